"""Values shared by every pipeline stage, and the JSON contract they serialise to (records:
stdlib dataclasses, written by discrepancy.jsontext).

Text is never copied apart from its offsets: every ``start``/``end`` is a character offset into
``Document.text``, the decoded original. The ``text`` fields carried for readers of the JSON are
always ``document.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

from discrepancy import jsontext

SCHEMA_VERSION = "1"
FINDING_CODE = re.compile(r"^[A-Z]+[0-9]*$")  # a finding code or prefix: NUM, NUM001
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # as Document.lang: ar, de, en (ISO 639-1)


def _records(frozen: bool):
    """A decorator making a class a record: a dataclass of keyword-only fields with slots
    (plain records build far faster than pydantic models, and pydantic still describes them:
    ``discrepancy schema``)."""
    make = dataclass(frozen=frozen, slots=True, kw_only=True)

    def decorate(cls: type) -> type:
        # Unknown fields are refused; pydantic reads this when it describes the class
        # ("additionalProperties": false, as for the models the records were).
        cls.__pydantic_config__ = {"extra": "forbid"}
        return make(cls)

    return decorate


frozen_record = _records(frozen=True)
record = _records(frozen=False)


def described(text: str, default=None):
    """A field with a default and the description the JSON schema gives it."""
    return field(default=default, metadata={"description": text})


class Severity(str, Enum):
    """Ordered severities; ``Severity.rank`` compares them."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


class Kind(str, Enum):
    """The family a finding belongs to; renderers give each its own colour."""

    name = "name"
    rank = "rank"
    number = "number"
    date = "date"
    omission = "omission"


@frozen_record
class Sentence:
    index: int
    start: int
    end: int
    text: str


@frozen_record
class Dropped:
    """A stretch of page chrome removed before segmentation, and why."""

    start: int
    end: int
    text: str
    reason: str


@record
class Document:
    """One input: its decoded original text and everything read off it."""

    path: Optional[str] = None
    text: str = field(repr=False, metadata={"exclude": True})  # not in the JSON
    date: Optional[dt.date] = None
    date_source: Optional[str] = described("Where the date came from: 'dateline' text, or 'option'.")
    day_first: Optional[bool] = described("Whether numeric dates in this document read day-first.")
    lang: Optional[str] = described("The document's language (ISO 639-1), given or detected.")
    lang_source: Optional[str] = described("How the language was told: 'option', or what detection saw.")
    sentences: list[Sentence] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


@frozen_record
class AlignmentGroup:
    """Sentences of A that answer to sentences of B (either side may be empty)."""

    a: list[int]
    b: list[int]
    score: float


class Mention:
    """Something in a sentence worth comparing: a person, a number, a date...

    ``value`` is the normalised form that comparisons use (a float's repr, an ISO date, a
    folded name); ``attrs`` holds extras a rule may need (rank, qualifier, counted noun).
    Mentions never reach the report, and a pass builds thousands: a plain record with slots,
    built in a fraction of a pydantic model's time. ``attrs`` is copied, as validation did.
    """

    __slots__ = ("kind", "start", "end", "text", "value", "attrs")

    def __init__(self, *, kind: str, start: int, end: int, text: str, value: str,
                 attrs: Optional[dict[str, str]] = None):
        self.kind, self.start, self.end, self.text, self.value = kind, start, end, text, value
        self.attrs = dict(attrs) if attrs else {}

    def shifted(self, offset: int) -> "Mention":
        """This mention ``offset`` characters further on: a sentence read once is placed
        wherever its text stands."""
        return Mention(kind=self.kind, start=self.start + offset, end=self.end + offset, text=self.text,
                       value=self.value, attrs=self.attrs)

    def _fields(self) -> tuple:
        return self.kind, self.start, self.end, self.text, self.value, self.attrs

    def __eq__(self, other: object) -> bool:
        return type(other) is Mention and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # attrs is a dict, as with the pydantic model

    def __repr__(self) -> str:
        return "Mention(" + ", ".join(f"{k}={v!r}" for k, v in zip(self.__slots__, self._fields())) + ")"


@frozen_record
class Evidence:
    """One side of a finding: the span and the sentence it sits in (and, in the JSON output,
    where the span starts and ends as an editor counts lines and columns)."""

    text: str
    start: int
    end: int
    sentence: int
    line: Optional[int] = described("1-based line of start (JSON output).")
    column: Optional[int] = described("1-based column of start, in characters.")
    end_line: Optional[int] = described("1-based line of end.")
    end_column: Optional[int] = described("1-based column of end (exclusive).")


@frozen_record
class Finding:
    code: str
    kind: Kind
    severity: Severity
    message: str
    a: Optional[Evidence] = None
    b: Optional[Evidence] = None
    group: Optional[int] = described("Index into Report.alignment.")


@record
class Contract:
    """A whole output of ``--format json``: versioned, written indented."""

    schema_version: str = SCHEMA_VERSION

    def to_json(self) -> str:
        """The JSON text, ending with a newline (see discrepancy.jsontext)."""
        return jsontext.document(self)


@record
class Report(Contract):
    """The result of comparing two documents: the JSON contract of ``--format json``."""

    a: Document
    b: Document
    alignment: list[AlignmentGroup] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
