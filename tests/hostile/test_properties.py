"""Properties that hold for any pair of texts: news-like ones and arbitrary unicode.

Example counts come from the hypothesis profile (HYPOTHESIS_PROFILE=ci by default, =long for a
deep run), so CI stays fast.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import compare
from discrepancy.errors import InputError
from tests.hostile import newslike
from tests.hostile.conftest import PROFILE, at_or_above_warning
from tests.hostile.invariants import check_report, report_json


@st.composite
def news_documents(draw):
    choose = lambda options: draw(st.sampled_from(options))  # noqa: E731
    between = lambda lo, hi: draw(st.integers(lo, hi))  # noqa: E731
    odd = draw(st.lists(st.text(min_size=1, max_size=30), max_size=2))
    return newslike.document(choose, between, odd)


@st.composite
def news_pairs(draw):
    """A news-like document and a near-duplicate of it after one or two edits."""
    choose = lambda options: draw(st.sampled_from(options))  # noqa: E731
    between = lambda lo, hi: draw(st.integers(lo, hi))  # noqa: E731
    a = draw(news_documents())
    b = a
    for _ in range(between(1, 2)):
        b = newslike.near_duplicate(b, choose, between)
    return a, b


TEXTS = news_documents() | st.text(min_size=1, max_size=300)
PAIRS = news_pairs() | st.tuples(TEXTS, TEXTS)


def compare_or_refuse(a: str, b: str):
    """The report, or None when the input is refused the documented way (InputError)."""
    try:
        report = compare(a, b)
    except InputError as err:
        assert "\n" not in str(err)
        return None
    check_report(report, a, b)
    return report


@PROFILE
@given(TEXTS)
def test_a_text_compared_with_itself_has_no_warning(text):
    report = compare_or_refuse(text, text)
    if report is not None:
        assert not at_or_above_warning(report.findings), report.findings


@PROFILE
@given(PAIRS)
def test_spans_slice_the_original_and_nothing_is_lost(pair):
    compare_or_refuse(*pair)


@PROFILE
@given(PAIRS)
def test_json_output_is_deterministic(pair):
    first = compare_or_refuse(*pair)
    if first is not None:
        assert report_json(first) == report_json(compare(*pair))


@PROFILE
@given(news_pairs())
def test_swapping_the_documents_mirrors_the_findings(pair):
    """On near-duplicates (the tool's use)."""
    a, b = pair
    forward = compare_or_refuse(a, b)
    backward = compare_or_refuse(b, a)
    assert (forward is None) == (backward is None)
    if forward is not None and not has_repeated_sentences(forward):
        assert Counter(map(finding_key, symmetric(forward))) == Counter(
            map(mirrored_key, symmetric(backward))
        )


# Known: on garbled text (a surname repeated beside a different given name) a name can be one
# finding one way and none the other (found by the long profile); the other families mirror.
ASYMMETRIC_KINDS = {"name"}


def symmetric(report):
    """The discrepancies (warning and above) of the families that mirror. Info notes are left
    out: among near-identical repeated sentences, which copy counts as unmatched is a free
    choice the aligner may make differently in each direction."""
    return [
        f
        for f in at_or_above_warning(report.findings)
        if f.kind.value not in ASYMMETRIC_KINDS
    ]


def has_repeated_sentences(report) -> bool:
    """Repeated sentences leave the aligner a free choice of which copy to pair, and it may
    choose differently in each direction (test_repeated_sentences_align_the_same_both_ways)."""
    return any(
        len({" ".join(s.text.split()) for s in doc.sentences}) < len(doc.sentences)
        for doc in (report.a, report.b)
    )


@pytest.mark.xfail(strict=True, reason="known: the aligner pairs repeated sentences differently by direction")
def test_repeated_sentences_align_the_same_both_ways():
    same = (
        "Lieutenant General Qassem Al-Araji, the National Security Adviser, met Lieutenant "
        "General Qassem Al-Araji in Baghdad on 1 January 1990. "
    )
    other = same.replace("met Lieutenant", "met Staff")
    a, b = other + same * 3, same * 2 + other + same * 2
    forward, backward = compare(a, b), compare(b, a)
    assert Counter(map(finding_key, symmetric(forward))) == Counter(map(mirrored_key, symmetric(backward)))


def test_reordered_sentences_align_the_same_both_ways():
    """Found by the property above (hypothesis, long profile): the DP absorbed a stray
    sentence into a strong pair on one side, so each direction grouped differently."""
    meeting = (
        "Lieutenant General Qassem Al-Araji, the National Security Adviser, met Lieutenant "
        "General Qassem Al-Araji in Baghdad on 1 January 1990. "
    )
    leave = "The committee said 1 soldiers would leave Baghdad by 1 January 1990. "
    a = "0 0\n" + meeting + leave + "Qassem Al-Araji told reporters that 1 soldiers remain at Baghdad. "
    b = (
        "0\n" + leave + meeting + "According to the statement, about 1 soldiers were counted on "
        "1 January 1990. " + meeting.replace("met Lieutenant General Qassem Al-Araji", "met Lieutenant General Qasim Alaraji")
    )
    forward, backward = compare(a, b), compare(b, a)
    assert Counter(map(finding_key, symmetric(forward))) == Counter(map(mirrored_key, symmetric(backward)))


def test_a_stray_line_pairs_with_its_counterpart_both_ways():
    """Found by the property above: a short line before a strong pair was merged into that
    pair on whichever side came first, leaving its counterpart alone and both numbers
    one-sided. "000 00" and "0 00" hold the same values and must raise nothing either way."""
    body = (
        "Lieutenant General Qassem Al-Araji, the National Security Adviser, met Lieutenant "
        "General Qassem Al-Araji in Baghdad on 1 January 1990. "
    )
    for a, b in (("000 00\n", "0 00\n"), ("0 00\n", "000 00\n")):
        report = compare(a + body, b + body)
        assert [(g.a, g.b) for g in report.alignment] == [([0], [0]), ([1], [1])]
        assert not at_or_above_warning(report.findings)


def test_a_changed_place_name_reads_the_same_both_ways():
    a = "General Qassem Al-Araji met General John Brennan in Baghdad on 1 January 1990."
    b = "General Qassem Al-Araji met General John Brennan in Ain al-Asad air base on 1 January 1990."
    forward, backward = compare(a, b), compare(b, a)
    assert Counter(map(finding_key, forward.findings)) == Counter(map(mirrored_key, backward.findings))


def finding_key(finding):
    return (finding.code, finding.kind.value, finding.severity.value, _span(finding.a), _span(finding.b))


def mirrored_key(finding):
    """The key the finding would have had with A and B swapped."""
    return (
        mirror_code(finding.code),
        finding.kind.value,
        finding.severity.value,
        _span(finding.b),
        _span(finding.a),
    )


def _span(evidence):
    """The evidence's text: among repeated identical sentences, which copy is the unmatched one
    is a free choice, so offsets may differ between directions (check_report vets them)."""
    return None if evidence is None else evidence.text


def mirror_code(code: str) -> str:
    """The code of the rule that reports the same thing the other way round: a rule named
    "...-in-a" answers to "...-in-b"; a rule without a direction answers to itself."""
    from discrepancy.rules import REGISTRY

    name = REGISTRY[code].name
    swapped = re.sub(r"\b(in|from|to)-(a|b)\b", lambda m: f"{m[1]}-{'b' if m[2] == 'a' else 'a'}", name)
    partners = [c for c, rule in REGISTRY.items() if rule.name == swapped]
    return partners[0] if partners else code
