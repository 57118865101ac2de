"""A person replaced by another of the same given name, across languages: the shared given name
alone does not find the name on the other side ("Chris Coons" / "Chris Pittman"), unless the
other side writes it alone ("Kim Jong-un" / "Kim"); accented surnames ("Zárate") are plain
words of a name."""

import pytest

from discrepancy import compare
from discrepancy.model import Severity

SERIOUS = (Severity.warning, Severity.error)

# (language, English, its faithful translation, the translation with the surname replaced,
# the English with the surname replaced)
CASES = [
    (
        "fr",
        "The senator spoke with his friend, Democratic Sen. Chris Coons, on Friday.",
        "Le sénateur s’est entretenu avec son ami, le sénateur démocrate Chris Coons, vendredi.",
        "Le sénateur s’est entretenu avec son ami, le sénateur démocrate Chris Pittman, vendredi.",
        "The senator spoke with his friend, Democratic Sen. Chris Pittman, on Friday.",
    ),
    (
        "fr",
        "The ruling was quick, said Paz Zárate, a Chilean expert in international law.",
        "La décision a été rapide, explique Paz Zárate, une experte chilienne en droit international.",
        "La décision a été rapide, explique Paz Marquardt, une experte chilienne en droit international.",
        "The ruling was quick, said Paz Marquardt, a Chilean expert in international law.",
    ),
    (
        "ru",
        "The minister met his colleague Boris Johnson in London on Monday.",
        "Министр встретился со своим коллегой Борисом Джонсоном в Лондоне в понедельник.",
        "Министр встретился со своим коллегой Борисом Чозиком в Лондоне в понедельник.",
        "The minister met his colleague Boris Chozick in London on Monday.",
    ),
]


def _serious_names(a: str, b: str, lang_a: str, lang_b: str) -> list[str]:
    report = compare(a, b, lang_a=lang_a, lang_b=lang_b)
    return [f.code for f in report.findings if f.kind.value == "name" and f.severity in SERIOUS]


def _found_at(changed: str, other: str, lang_changed: str, lang_other: str, changed_first: bool) -> bool:
    """Whether a serious name finding points at the replaced surname on the changed side (the
    surname is the word that differs from the faithful text)."""
    surname = next(w for w in ("Pittman", "Marquardt", "Чозиком", "Chozick") if w in changed)
    at = changed.index(surname)
    pair = (changed, other, lang_changed, lang_other) if changed_first else (other, changed, lang_other, lang_changed)
    report = compare(pair[0], pair[1], lang_a=pair[2], lang_b=pair[3])
    for f in report.findings:
        evidence = f.a if changed_first else f.b
        if f.kind.value == "name" and f.severity in SERIOUS and evidence is not None and evidence.start <= at < evidence.end:
            return True
    return False


@pytest.mark.parametrize("lang, english, translated, replaced, english_replaced", CASES)
def test_faithful_translation_has_no_name_finding(lang, english, translated, replaced, english_replaced):
    assert _serious_names(english, translated, "en", lang) == []
    assert _serious_names(translated, english, lang, "en") == []


@pytest.mark.parametrize("lang, english, translated, replaced, english_replaced", CASES)
def test_surname_replaced_in_translation_is_found_both_ways(lang, english, translated, replaced, english_replaced):
    assert _found_at(replaced, english, lang, "en", changed_first=False)
    assert _found_at(replaced, english, lang, "en", changed_first=True)


@pytest.mark.parametrize("lang, english, translated, replaced, english_replaced", CASES)
def test_surname_replaced_in_english_is_found_both_ways(lang, english, translated, replaced, english_replaced):
    assert _found_at(english_replaced, translated, "en", lang, changed_first=True)
    assert _found_at(english_replaced, translated, "en", lang, changed_first=False)


@pytest.mark.parametrize("lang, english, translated", [
    ("fr", "He said Kim is interested in a second meeting in Singapore.",
     "Il a indiqué que Kim Jong-un souhaitait une deuxième rencontre à Singapour."),
    ("ru", "He said Kim is interested in a second meeting in Singapore.",
     "Он сказал, что Ким Чен Ын заинтересован во второй встрече в Сингапуре."),
    ("fr", "Kennedy seemed more open than his colleague from South Carolina.",
     "Kennedy s’est montré plus ouvert que sa collègue de la Caroline du Sud."),
])
def test_a_given_name_written_alone_on_the_other_side_still_finds_the_name(lang, english, translated):
    assert _serious_names(english, translated, "en", lang) == []
    assert _serious_names(translated, english, lang, "en") == []
