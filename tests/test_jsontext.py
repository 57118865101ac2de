"""The report records' JSON (discrepancy.jsontext) is what pydantic-core writes for them, byte for
byte: pydantic still describes the records (``discrepancy schema``), so its serialiser is the
reference the writer is held to."""

from __future__ import annotations

import datetime as dt
import math
import random
import typing
from dataclasses import fields, is_dataclass

import pydantic_core
import pytest
from pydantic import TypeAdapter
from report_fixtures import CORPUS, mixed_seed_report, seed_report

from discrepancy.jsontext import _float, data
from discrepancy.model import AlignmentGroup, Document, Dropped, Evidence, Finding, Kind, Report, Sentence, Severity
from discrepancy.roster.story import build_roster

ODD = 'a "quote", a \\ backslash, \x00\x01\x1f\x7f\b\f\n\r\t, é ش 中 \u2028\u2029 \U0001f600 %s %d {}'


def pydantic_json(record) -> str:
    return TypeAdapter(type(record)).dump_json(record, indent=2).decode() + "\n"


def odd_report() -> Report:
    """Every kind of value the records hold, with strings JSON must escape."""
    text = ODD * 3
    a = Document(path=ODD, text=text, date=dt.date(987, 3, 1), date_source=ODD, day_first=False, lang="ar",
                 sentences=[Sentence(index=0, start=0, end=len(ODD), text=ODD)],
                 dropped=[Dropped(start=1, end=2, text=ODD, reason=ODD)])
    b = Document(text="")
    scores = [0.0, -0.0, 1.0, 0.5, 1 / 3, 1e-5, 1.5e-5, 9.99e-5, 1e-4, 1e-7, 2.5e-300, 5e-324, 1e15, 1e16,
              1.2345e16, 1e300, math.inf, -math.inf, math.nan, 123456789.125]
    alignment = [AlignmentGroup(a=[0, 10**30], b=[], score=s) for s in scores] + [AlignmentGroup(a=[], b=[], score=0.25)]
    evidence = Evidence(text=ODD, start=0, end=3, sentence=0, line=1, column=2, end_line=3, end_column=None)
    findings = [Finding(code="NUM001", kind=Kind.number, severity=Severity.error, message=ODD, a=evidence, group=0),
                Finding(code="OMI001", kind=Kind.omission, severity=Severity.info, message="")]
    return Report(a=a, b=b, alignment=alignment, findings=findings)


@pytest.mark.parametrize("make", [odd_report, seed_report, mixed_seed_report], ids=["odd", "seed", "mixed"])
def test_a_report_is_written_as_pydantic_core_writes_it(make):
    report = make()
    assert report.to_json() == pydantic_json(report)
    assert data(report) == TypeAdapter(Report).dump_python(report, mode="json")


SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def test_a_roster_is_written_as_pydantic_core_writes_it():
    roster = build_roster([p.read_text(encoding="utf-8") for p in SEEDS], [p.name for p in SEEDS])
    assert roster.people and roster.findings
    assert roster.to_json() == pydantic_json(roster)


def test_floats_are_written_as_pydantic_core_writes_them():
    rng = random.Random(14)
    values = [rng.uniform(1, 10) * 10.0 ** rng.randint(-330, 308) * rng.choice((1, -1)) for _ in range(20000)]
    values += [float(f"{d}e{e}") for d in (1, 1.5, 9.999, 2.5) for e in range(-12, 24)]
    for value in values:
        if math.isfinite(value):
            assert _float(value) == pydantic_core.to_json(value).decode(), value


def test_a_value_of_another_type_than_declared_fails_instead_of_being_written_otherwise():
    # Nothing validates the records any more: an int score would have been written as 1, not 1.0.
    with pytest.raises(TypeError):
        Report(a=Document(text=""), b=Document(text=""), alignment=[AlignmentGroup(a=[], b=[], score=1)]).to_json()


def test_the_seed_reports_values_are_of_their_declared_types():
    """Pydantic coerced what the pipeline built (a str into a Severity, an int into a float); the
    records take what they are given, so the pipeline must give the declared types."""
    reports = [seed_report(), build_roster([p.read_text(encoding="utf-8") for p in SEEDS])]
    for report in reports:
        check_types(report)


def check_types(record) -> None:
    hints = typing.get_type_hints(type(record))
    for field in fields(record):
        check_value(getattr(record, field.name), hints[field.name], f"{type(record).__name__}.{field.name}")


def check_value(value, kind, where: str) -> None:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Union:
        if value is not None:
            check_value(value, next(a for a in args if a is not type(None)), where)
    elif origin is list:
        assert type(value) is list, where
        for item in value:
            check_value(item, args[0], where)
    elif origin is typing.Literal:
        assert value in args, where
    elif is_dataclass(kind):
        assert isinstance(value, kind), where
        check_types(value)
    else:
        assert type(value) is kind, (where, value)
