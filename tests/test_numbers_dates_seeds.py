"""Numbers and dates on the example pair: the agency's translation (000) and the official joint
statement (004) of the same meeting."""

import datetime as dt
import json
from pathlib import Path

import pytest

from discrepancy import compare

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAIR = [CORPUS / p for p in json.loads((CORPUS / "manifest.json").read_text())["example_pair"]]
A, B = (p.read_text(encoding="utf-8") for p in PAIR)


def _serious(report, kind):
    return [f for f in report.findings if f.kind.value == kind and f.severity.rank >= 1]


def _covers(evidence, text, phrase):
    start = text.index(phrase)
    return evidence is not None and evidence.start <= start < evidence.end


@pytest.mark.parametrize(
    "dates",
    [{}, {"date_a": dt.date(2021, 11, 4), "date_b": dt.date(2021, 11, 5), "day_first_a": True}],
    ids=["datelines as read", "dates given"],
)
def test_meeting_date_is_flagged_and_agreeing_counts_are_not(dates):
    report = compare(A, B, **dates)
    assert any(_covers(f.a, A, "Thursday, November 4") for f in _serious(report, "date"))
    for phrase in ("2,100", "1,800"):
        assert not any(
            _covers(f.a, A, phrase) or _covers(f.b, B, phrase) for f in _serious(report, "number")
        )


def test_with_both_dates_the_meeting_day_is_one_error_with_both_spans():
    report = compare(A, B, date_a=dt.date(2021, 11, 4), date_b=dt.date(2021, 11, 5))
    (finding,) = [f for f in _serious(report, "date") if _covers(f.a, A, "Thursday, November 4")]
    assert finding.severity.value == "error"
    assert finding.b.text == "today"
    assert "5 November 2021" in finding.message


def test_an_all_digit_date_read_two_ways_names_both_days():
    """The same digits, read day-first on one side and month-first on the other, are a changed
    date; the message must say which days, or the editor sees "04/11/2021 → 04/11/2021"."""
    sentence = "The committee met on 04/11/2021 in Baghdad."
    report = compare(sentence, sentence, day_first_a=True, day_first_b=False)
    assert [(f.code, f.message) for f in report.findings] == [
        ("DAT001", "date: 04/11/2021 (4 November 2021) → 04/11/2021 (11 April 2021)")
    ]


def test_a_weekday_slip_is_a_warning_on_one_side_and_a_note_when_both_share_it():
    """A text compared with itself raises nothing at warning (found by the fuzzer on a seed page
    whose "Thursday, November 4" was mutated to a Wednesday's date); one side's slip still does."""
    slip, right = "They met on Friday, 4 November 2021.", "They met on Thursday, 4 November 2021."
    shared = compare(slip, slip).findings
    assert [(f.code, f.severity.value, f.a.text, f.b.text) for f in shared] == [
        ("DAT002", "info", "Friday, 4 November 2021", "Friday, 4 November 2021")
    ]
    one_side = [f for f in compare(right, slip).findings if f.code == "DAT002"]
    assert [(f.severity.value, f.a, f.b.text) for f in one_side] == [
        ("warning", None, "Friday, 4 November 2021")
    ]
