"""Odd content through the command line: every input gets a report or a one-line refusal
(exit 2) within a time bound, and equivalent encodings of one text give one report."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.hostile.conftest import ROOT, assert_input_error, assert_report, at_or_above_warning, run_cli

SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
STATEMENT = (ROOT / "corpus" / "seeds" / "004_f4fab77a5333ccde.txt").read_text(encoding="utf-8")
ARTICLE = (
    "Baghdad, 4 November 2021\n"
    "Lieutenant General Abdul Amir Yarallah met Major General John Brennan.\n"
    "The parties noted the transfer of more than 1,800 vehicles.\r\n"
    "They agreed to meet again on 5 December 2021.\r"
    "The coalition will keep 2,500 advisers in Iraq.\n"
)


def compare_json(a: Path, b: Path, *options):
    return run_cli("compare", a, b, "--format", "json", *options)


def sentence_texts(report: dict, side: str) -> list[str]:
    return [s["text"] for s in report[side]["sentences"]]


def assert_report_or_refusal(result, path: Path):
    """Either answer is right for some inputs (an empty file); a refusal must name the file."""
    if result.returncode == 2:
        assert_input_error(result, path.name)
    else:
        assert_report(result)


@pytest.mark.parametrize("content", ["", " \n\t\r\n  \u00a0\u3000\n", "\ufeff"], ids=["empty", "whitespace", "bom-only"])
def test_empty_and_blank_files_are_refused_by_name(write, content):
    blank = write("blank.txt", content)
    full = write("full.txt", ARTICLE)
    for a, b in ((blank, full), (full, blank), (blank, blank)):
        assert_report_or_refusal(compare_json(a, b), blank)


def test_one_word_documents(write):
    same = assert_report(compare_json(write("a.txt", "Baghdad"), write("b.txt", "Baghdad")))
    assert sentence_texts(same, "a") == ["Baghdad"]
    assert not at_or_above_warning(same["findings"])
    assert_report(compare_json(write("c.txt", "Baghdad"), write("d.txt", "Erbil")))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_document_compared_with_itself_is_clean(seed):
    result = compare_json(seed, seed)
    report = assert_report(result)
    assert result.returncode == 0
    assert not at_or_above_warning(report["findings"])
    assert sentence_texts(report, "a") == sentence_texts(report, "b")


@pytest.mark.parametrize("cut", [0.5, 0.93])
def test_one_document_a_prefix_of_the_other(write, cut):
    """A truncated copy (cut mid-sentence, even mid-word) gets a report, whichever side it is on."""
    head = STATEMENT[: int(len(STATEMENT) * cut)]
    full, prefix = write("full.txt", STATEMENT), write("prefix.txt", head)
    for a, b in ((full, prefix), (prefix, full)):
        report = assert_report(compare_json(a, b))
        assert report["alignment"]


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256)) * 8


@pytest.mark.parametrize(
    "data", [b"Hello\x00world. " * 50, PNG, bytes(range(256)) * 100], ids=["nul", "png", "all-bytes"]
)
def test_binary_data_is_refused_in_one_line(write, data):
    binary = write("image.png", data)
    assert_input_error(compare_json(binary, write("ok.txt", ARTICLE)), "image.png")
    assert_input_error(run_cli("compare", "-", write("ok2.txt", ARTICLE), stdin=data), "stdin")


def test_invalid_utf8_is_refused_naming_the_encoding_option(write):
    broken = write("broken.txt", ARTICLE.encode() + b"\xc3\x28 and \xff\xfe\xfd")
    line = assert_input_error(compare_json(broken, write("ok.txt", ARTICLE)), "broken.txt")
    assert "--encoding" in line


def test_latin1_is_refused_until_named_then_read_exactly(write):
    text = "Le général Qassem Al-Araji a reçu 1 800 soldats à Bagdad, déclaré vendredi.\n"
    latin = write("latin.txt", text.encode("latin-1"))
    utf8 = write("utf8.txt", text)
    assert "--encoding" in assert_input_error(compare_json(latin, utf8), "latin.txt")
    report = assert_report(compare_json(latin, latin, "--encoding", "latin-1"))
    assert "général" in sentence_texts(report, "a")[0]
    assert not at_or_above_warning(report["findings"])


def test_unknown_encoding_name_is_a_one_line_error(write):
    path = write("a.txt", ARTICLE)
    assert_input_error(compare_json(path, path, "--encoding", "no-such-codec"), "no-such-codec")


@pytest.mark.parametrize(
    "bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8")]
)
def test_byte_order_marks_give_the_same_report_as_plain_utf8(write, bom, codec):
    plain = assert_report(compare_json(write("a.txt", ARTICLE), write("b.txt", STATEMENT)))
    marked = write("a16.txt", bom + ARTICLE.encode(codec))
    report = assert_report(compare_json(marked, write("b2.txt", STATEMENT)))
    assert sentence_texts(report, "a") == sentence_texts(plain, "a")
    assert [f["code"] for f in report["findings"]] == [f["code"] for f in plain["findings"]]


def test_line_endings_do_not_change_the_sentences(write):
    """LF, CRLF, lone CR and a mixture split the same text into the same sentences."""
    lines = ARTICLE.replace("\r\n", "\n").replace("\r", "\n").splitlines()
    styles = {
        "lf": "\n".join(lines),
        "crlf": "\r\n".join(lines),
        "cr": "\r".join(lines),
        "mixed": "".join(line + ("\n", "\r\n", "\r")[i % 3] for i, line in enumerate(lines)),
    }
    reference = write("lf.txt", styles["lf"])
    for name, text in styles.items():
        report = assert_report(compare_json(reference, write(f"{name}.txt", text)))
        assert sentence_texts(report, "b") == sentence_texts(report, "a"), name
        assert not any("\r" in s for s in sentence_texts(report, "b")), name
        assert not at_or_above_warning(report["findings"]), name


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u202f", "\u2009", "\u3000"], ids=["nbsp", "narrow-nbsp", "thin", "ideographic"]
)
def test_unusual_spaces_are_spaces(write, space):
    """Same sentences (a line may be read as a dateline on one side only), no warnings."""
    report = assert_report(compare_json(write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace(" ", space))))
    a_spans = {" ".join(s["text"].split()) for s in report["a"]["sentences"] + report["a"]["dropped"]}
    b_spans = {" ".join(s["text"].split()) for s in report["b"]["sentences"] + report["b"]["dropped"]}
    assert a_spans == b_spans
    assert not at_or_above_warning(report["findings"])


def test_zero_width_characters_in_words_do_not_make_a_discrepancy(write):
    """ZWSP, ZWNJ, ZWJ, word joiner and a stray BOM inside ordinary words are invisible."""
    hidden = (
        ARTICLE.replace("transfer", "trans\u200bfer")
        .replace("advisers", "advis\u2060ers")
        .replace("parties", "par\ufefftie\u200ds")
        .replace("agreed", "agr\u200ceed")
    )
    report = assert_report(compare_json(write("a.txt", ARTICLE), write("b.txt", hidden)))
    assert not at_or_above_warning(report["findings"])


@pytest.mark.parametrize(
    "before, after",
    [
        ("Yarallah", "Yar\u200ballah"),
        ("Brennan", "Bren\u200cnan"),
        ("Yarallah", "Yar\u00adallah"),
        ("1,800", "1,\u2060800"),
        ("2,500", "2,5\u200b00"),
        ("1,800", "one thousand eight\u00adhundred"),
        ("2,500", "two thousand five\u200bhundred"),
        ("5 December 2021", "5 December 20\u200b21"),
    ],
    ids=[
        "zwsp-in-name", "zwnj-in-name", "soft-hyphen-in-name", "word-joiner-in-number",
        "zwsp-in-number", "soft-hyphen-in-number-words", "zwsp-between-number-words", "zwsp-in-date",
    ],
)
def test_zero_width_characters_in_names_numbers_and_dates(write, before, after):
    report = assert_report(
        compare_json(write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace(before, after)))
    )
    assert not [f for f in report["findings"] if f["kind"] in ("name", "number", "date")]


ARABIC = (
    "بغداد - التقى مستشار الأمن الوطني قاسم الأعرجي بالفريق الركن عبد الأمير يار الله.\n"
    "وأكد الطرفان نقل أكثر من ١٨٠٠ عربة خلال الأشهر الماضية؟ نعم، وإخراج ٢١٠٠ شاحنة.\n"
)


def test_arabic_text_is_read_and_segmented(write):
    path = write("ar.txt", ARABIC)
    report = assert_report(compare_json(path, path))
    assert len(report["a"]["sentences"]) >= 2
    assert not at_or_above_warning(report["findings"])
    assert_report(compare_json(path, write("en.txt", ARTICLE)))


def test_arabic_indic_digits_agree_with_the_same_western_number(write):
    a = write("a.txt", "The coalition removed ٢١٠٠ truckloads of equipment from Iraq.\n")
    b = write("b.txt", "The coalition removed 2,100 truckloads of equipment from Iraq.\n")
    report = assert_report(compare_json(a, b))
    assert not [f for f in report["findings"] if f["kind"] == "number"]


def test_arabic_indic_digits_differ_from_another_western_number(write):
    a = write("a.txt", "The coalition removed ٢١٠٠ truckloads of equipment from Iraq.\n")
    b = write("b.txt", "The coalition removed 2,500 truckloads of equipment from Iraq.\n")
    report = assert_report(compare_json(a, b))
    numbers = [f for f in report["findings"] if f["kind"] == "number"]
    assert [(f["a"]["text"], f["b"]["text"]) for f in numbers] == [("٢١٠٠", "2,500")]
    assert at_or_above_warning(numbers)


def test_json_is_byte_identical_across_runs(write):
    a, b = write("a.txt", ARTICLE), write("b.txt", STATEMENT)
    first, second = compare_json(a, b), compare_json(a, b)
    assert_report(first)
    assert first.stdout == second.stdout
    json.loads(first.stdout)
