"""Names, ranks and titles across languages: a source in Arabic, Russian, German or French and
its English translation (and the other way round)."""

from pathlib import Path

import pytest

from discrepancy import compare
from discrepancy.model import Severity

FIXTURES = Path(__file__).parent / "fixtures" / "crosslingual"
SERIOUS = (Severity.warning, Severity.error)

# For each language: the source, its faithful English translation, the translation with one
# person replaced, with a name dropped, and with a rank changed; the source with a name dropped.
CASES = {
    "ar": dict(
        source="التقى الفريق عبد الأمير الشمري بالسيد قاسم الأعرجي في بغداد.",
        english="Lieutenant General Abdul-Amir Al-Shammari met Mr. Qassem Al-Araji in Baghdad.",
        replaced="Lieutenant General Abdul-Amir Al-Shammari met Mr. John Smith in Baghdad.",
        dropped="Lieutenant General Abdul-Amir Al-Shammari met the adviser in Baghdad.",
        rank="Major General Abdul-Amir Al-Shammari met Mr. Qassem Al-Araji in Baghdad.",
        source_dropped="التقى الفريق عبد الأمير الشمري بالمستشار في بغداد.",
    ),
    "ru": dict(
        source="Министр обороны Сергей Шойгу встретился с генерал-лейтенантом Андреем Ивановым и президентом Владимиром Путиным.",
        english="Defense Minister Sergei Shoigu met Lieutenant General Andrei Ivanov and President Vladimir Putin.",
        replaced="Defense Minister Sergei Shoigu met Lieutenant General Andrei Ivanov and President Joe Biden.",
        dropped="Defense Minister Sergei Shoigu met Lieutenant General Andrei Ivanov and the president.",
        rank="Defense Minister Sergei Shoigu met Major General Andrei Ivanov and President Vladimir Putin.",
        source_dropped="Министр обороны Сергей Шойгу встретился с генерал-лейтенантом Андреем Ивановым и президентом.",
    ),
    "de": dict(
        source="Bundeskanzlerin Angela Merkel traf Generalleutnant Klaus Meyer und Präsident Emmanuel Macron in Berlin.",
        english="Chancellor Angela Merkel met Lieutenant General Klaus Meyer and President Emmanuel Macron in Berlin.",
        replaced="Chancellor Angela Merkel met Lieutenant General Klaus Meyer and President Joe Biden in Berlin.",
        dropped="Chancellor Angela Merkel met Lieutenant General Klaus Meyer and the president in Berlin.",
        rank="Chancellor Angela Merkel met Colonel Klaus Meyer and President Emmanuel Macron in Berlin.",
        source_dropped="Bundeskanzlerin Angela Merkel traf Generalleutnant Klaus Meyer und den Präsidenten in Berlin.",
    ),
    "fr": dict(
        source="Le président Emmanuel Macron a reçu le général de corps d'armée Pierre Dupont et la chancelière Angela Merkel à Paris.",
        english="President Emmanuel Macron received Lieutenant General Pierre Dupont and Chancellor Angela Merkel in Paris.",
        replaced="President Emmanuel Macron received Lieutenant General Pierre Dupont and Chancellor Olaf Scholz in Paris.",
        dropped="President Emmanuel Macron received Lieutenant General Pierre Dupont and the chancellor in Paris.",
        rank="President Emmanuel Macron received Major General Pierre Dupont and Chancellor Angela Merkel in Paris.",
        source_dropped="Le président Emmanuel Macron a reçu le général de corps d'armée Pierre Dupont et la chancelière à Paris.",
    ),
}


def _serious(a: str, b: str, lang_a: str, lang_b: str) -> list[str]:
    report = compare(a, b, lang_a=lang_a, lang_b=lang_b)
    return sorted(f.code for f in report.findings if f.severity in SERIOUS)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_one_person_across_scripts_is_no_finding(lang):
    case = CASES[lang]
    assert _serious(case["source"], case["english"], lang, "en") == []
    assert _serious(case["english"], case["source"], "en", lang) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_another_person_is_nam001_both_ways(lang):
    case = CASES[lang]
    assert _serious(case["source"], case["replaced"], lang, "en") == ["NAM001"]
    assert _serious(case["replaced"], case["source"], "en", lang) == ["NAM001"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_dropped_name_is_nam002_both_ways(lang):
    case = CASES[lang]
    assert _serious(case["source"], case["dropped"], lang, "en") == ["NAM002"]
    assert _serious(case["english"], case["source_dropped"], "en", lang) == ["NAM002"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_another_grade_is_rnk001_both_ways(lang):
    case = CASES[lang]
    assert _serious(case["source"], case["rank"], lang, "en") == ["RNK001"]
    assert _serious(case["rank"], case["source"], "en", lang) == ["RNK001"]


def test_staff_general_and_lieutenant_general_are_two_grades():
    """The seed's discrepancy: فريق أول ركن is a Staff General, not a Lieutenant General."""
    arabic = "حضر الفريق أول ركن عبد الأمير الشمري الاجتماع."
    assert _serious(arabic, "Staff General Abdul Amir Al-Shammari attended the meeting.", "ar", "en") == []
    assert _serious(arabic, "Lieutenant General Abdul-Amir Al-Shammari attended the meeting.", "ar", "en") == ["RNK001"]


def _statement() -> tuple[list[str], list[str]]:
    read = lambda name: (FIXTURES / name).read_text(encoding="utf-8").splitlines()  # noqa: E731
    return read("statement.ar.txt"), read("statement.en.txt")


def test_arabic_statement_sentence_by_sentence_finds_only_the_changed_rank():
    """The Arabic statement and its translation, whose one slip is Al-Shammari's rank; each
    sentence pair compared on its own (names rendered, numbers and dates equal)."""
    found = []
    for arabic, english in zip(*_statement()):
        report = compare(arabic, english)
        assert (report.a.lang, report.b.lang) == ("ar", "en")
        found += [(f.code, f.a.text, f.b.text) for f in report.findings if f.severity in SERIOUS]
    assert found == [("RNK001", "الفريق أول ركن", "Lieutenant General")]


def test_arabic_statement_whole_finds_only_the_changed_rank():
    arabic, english = ("\n".join(lines) + "\n" for lines in _statement())
    report = compare(arabic, english)
    assert all(group.a and group.b for group in report.alignment)
    assert [f.code for f in report.findings if f.severity in SERIOUS] == ["RNK001"]
