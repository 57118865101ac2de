"""The fuzz target: raw bytes through every stage (decode -> load -> segment -> align ->
extract -> rules -> JSON), with the report's invariants checked, a text compared with itself
found clean, and the two texts read as a roster.

Used by bench/fuzz.py (atheris or a built-in mutator) and by the regression test that replays
every saved crash in tests/hostile/fixtures/crashes/.
"""

from __future__ import annotations

from discrepancy import compare
from discrepancy.errors import InputError
from discrepancy.load import decode
from discrepancy.roster.story import build_roster
from tests.hostile.invariants import check_report, report_json

SPLIT = b"\n\x1d\n"  # a group separator line splits one input into the two documents


def as_text(data: bytes, name: str) -> str | None:
    """The text the CLI would read, or, when it refuses the bytes, the bytes decoded leniently
    (so the later stages see hostile text too). None when refusal is the whole story."""
    try:
        return decode(data, name)
    except InputError as err:
        assert "\n" not in str(err), "an input error must be one line"
    text = data.decode("utf-8", "replace").replace("\x00", "")
    return text or None


def one_input(data: bytes) -> None:
    """Raise (AssertionError or any crash) when the pipeline misbehaves on ``data``."""
    a_bytes, _, b_bytes = data.partition(SPLIT)
    a, b = as_text(a_bytes, "a"), as_text(b_bytes or a_bytes[::-1], "b")
    if a is None or b is None:
        return
    try:
        report = compare(a, b)
    except InputError as err:
        assert "\n" not in str(err), "an input error must be one line"
        return
    check_report(report, a, b)
    assert report_json(report) == report_json(compare(a, b)), "JSON output is not deterministic"
    same = compare(a, a)
    assert not [f for f in same.findings if f.severity.rank >= 1], "a text differs from itself"
    check_roster(build_roster([a, b]), [a, b])


def check_roster(roster, texts: list[str]) -> None:
    """The roster of the two texts (each read in its language, names met across scripts):
    every place it names slices its document."""
    for finding in roster.findings:
        for place in (finding.a, finding.b):
            if place is not None:
                assert texts[place.document][place.start:place.end] == place.text, "a roster span does not slice its text"
    for person in roster.people:
        assert person.spellings, "a person without a spelling"
