"""Cross-lingual alignment on real NTREX-128 documents (English source, professional
translations), and the tokens it aligns by."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import alignment_scoring as scoring  # noqa: E402
import ntrex_pair  # noqa: E402

from discrepancy import compare  # noqa: E402
from discrepancy.align import align  # noqa: E402
from discrepancy.align.across import align_across  # noqa: E402
from discrepancy.lang.signals import number_tokens, skeleton  # noqa: E402
from alignment_properties import assert_partition_in_order  # noqa: E402

DOCS = ntrex_pair.documents()
# A campaign speech full of names and quotes, and a letter with few names and no numbers.
HARD = ("cnn.304489", "scotsman.133783")


def link_f1(report, ranges_a, ranges_b) -> float:
    spans = lambda doc: [(s.start, s.end) for s in doc.sentences]  # noqa: E731
    labels_a = ntrex_pair.labels(spans(report.a), ranges_a)
    labels_b = ntrex_pair.labels(spans(report.b), ranges_b)
    return scoring.link_score(report.alignment, labels_a, labels_b).f1


@pytest.mark.parametrize("lang", ntrex_pair.GOAL_LANGUAGES)
@pytest.mark.parametrize("doc", HARD)
def test_whole_documents_align_line_by_line(lang, doc):
    english, ranges_a = ntrex_pair.text_of(DOCS[doc], "en")
    translation, ranges_b = ntrex_pair.text_of(DOCS[doc], lang)
    report = compare(english, translation)  # languages detected
    assert (report.a.lang, report.b.lang) == ("en", lang)
    assert link_f1(report, ranges_a, ranges_b) >= 0.9


def test_an_arabic_translation_is_no_longer_all_only_in_a_or_b():
    english, _ = ntrex_pair.text_of(DOCS["cnn.304489"], "en")
    arabic, _ = ntrex_pair.text_of(DOCS["cnn.304489"], "ar")
    report = compare(arabic, english)
    paired = [g for g in report.alignment if g.a and g.b]
    assert len(paired) >= 0.9 * len(report.alignment)
    assert not [f for f in report.findings if f.code in ("OMI001", "OMI002")]


def test_a_dropped_line_leaves_its_counterpart_alone_and_the_rest_aligned():
    rows = DOCS["cnn.304489"]
    english, ranges_a = ntrex_pair.text_of(rows, "en")
    kept = rows[:7] + rows[8:]
    russian, ranges_b = ntrex_pair.text_of(kept, "ru")
    report = compare(english, russian, lang_a="en", lang_b="ru")
    alone = [f.a for f in report.findings if f.code == "OMI001"]
    assert [english[e.start : e.end] for e in alone] == [rows[7]["eng"]]
    spans = lambda doc: [(s.start, s.end) for s in doc.sentences]  # noqa: E731
    labels_a = ntrex_pair.labels(spans(report.a), ranges_a)
    labels_b = ntrex_pair.labels(spans(report.b), ranges_b, ids=[k for k in range(len(rows)) if k != 7])
    assert scoring.link_score(report.alignment, labels_a, labels_b).precision == 1.0


def test_a_moved_paragraph_is_found_where_it_went():
    rows = DOCS["cnn.304489"]
    english = [row["eng"] for row in rows]
    order = list(range(8, 13)) + list(range(8))  # the last five lines moved to the front
    german = [rows[k]["deu"] for k in order]
    pairs = {(g.a[0], order[g.b[0]]) for g in align_across(english, german) if len(g.a) == len(g.b) == 1}
    right = {(i, k) for i, k in pairs if i == k}
    assert len(right) >= 11
    assert {(i, i) for i in range(8, 13)} & right  # the moved lines found, not left alone


def test_two_one_sentence_documents_are_one_group():
    groups = align_across(["Le président a parlé."], ["Совет собрался в 1870 году."])
    assert [(g.a, g.b) for g in groups] == [([0], [0])]


def test_same_language_documents_keep_the_english_aligner():
    a = "The council met on Tuesday. It approved the budget. Protesters gathered outside."
    b = "Protesters gathered outside. The council met on Tuesday and approved the budget."
    report = compare(a, b)
    assert report.a.lang == report.b.lang == "en"
    assert report.alignment == align([s.text for s in report.a.sentences], [s.text for s in report.b.sentences])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("في عام ٢٠١٨ غادر ۱۵۰۰ جندي", ["#2018", "#1500"]),
        ("1,800 / 1.800 / 1 800 / 1 800", ["#1800"] * 4),
        ("2,8 Milliarden; 2.8 billion; 0.5", ["#28", "#28", "#5"]),
    ],
)
def test_numbers_keep_their_digits_whatever_the_script_and_separators(text, expected):
    assert number_tokens(text) == expected


@pytest.mark.parametrize(
    "spellings",
    [("Trump", "ترامب", "Трамп"), ("Wales", "ويلز", "Уэльса"), ("Shammari", "شمري", "Шаммари")],
)
def test_a_name_has_one_skeleton_across_scripts(spellings):
    assert len({skeleton(word) for word in spellings}) == 1


def test_every_sentence_lands_in_exactly_one_group_on_any_input():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["Trump", "ترامب", "Трамп", "1,800", "١٨٠٠", "«", "the", "قال", "Kim", "", "?"])
    sentences = st.lists(st.lists(words, min_size=0, max_size=6).map(" ".join), max_size=30)

    @settings(max_examples=80, deadline=None)
    @given(sentences, sentences)
    def check(a, b):
        groups = align_across(a, b)
        assert_partition_in_order(groups, a, b)
        assert groups == align_across(a, b)

    check()
