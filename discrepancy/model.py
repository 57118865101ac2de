"""Values shared by every pipeline stage, and the JSON contract they serialise to.

Text is never copied apart from its offsets: every ``start``/``end`` is a character offset into
``Document.text``, the decoded original. The ``text`` fields carried for readers of the JSON are
always ``document.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"
FINDING_CODE = re.compile(r"^[A-Z]+[0-9]*$")  # a finding code or prefix: NUM, NUM001


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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


class Sentence(Frozen):
    index: int
    start: int
    end: int
    text: str


class Dropped(Frozen):
    """A stretch of page chrome removed before segmentation, and why."""

    start: int
    end: int
    text: str
    reason: str


class Document(BaseModel):
    """One input: its decoded original text and everything read off it."""

    model_config = ConfigDict(extra="forbid")

    path: Optional[str] = None
    text: str = Field(exclude=True, repr=False)
    date: Optional[dt.date] = None
    date_source: Optional[str] = Field(
        default=None, description="Where the date came from: 'dateline' text, or 'option'."
    )
    day_first: Optional[bool] = Field(
        default=None, description="Whether numeric dates in this document read day-first."
    )
    lang: Optional[str] = Field(
        default=None, description="The document's language (ISO 639-1), given or detected."
    )
    lang_source: Optional[str] = Field(
        default=None, description="How the language was told: 'option', or what detection saw."
    )
    sentences: list[Sentence] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)


class AlignmentGroup(Frozen):
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


class Evidence(Frozen):
    """One side of a finding: the span and the sentence it sits in (and, in the JSON output,
    where the span starts and ends as an editor counts lines and columns)."""

    text: str
    start: int
    end: int
    sentence: int
    line: Optional[int] = Field(default=None, description="1-based line of start (JSON output).")
    column: Optional[int] = Field(default=None, description="1-based column of start, in characters.")
    end_line: Optional[int] = Field(default=None, description="1-based line of end.")
    end_column: Optional[int] = Field(default=None, description="1-based column of end (exclusive).")


class Finding(Frozen):
    code: str
    kind: Kind
    severity: Severity
    message: str
    a: Optional[Evidence] = None
    b: Optional[Evidence] = None
    group: Optional[int] = Field(default=None, description="Index into Report.alignment.")


class Contract(BaseModel):
    """A whole output of ``--format json``: versioned, written indented."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION

    def to_json(self) -> str:
        # model_dump_json's text plus "\n" would be two copies: of a 100k-sentence report with
        # one curly quote, 180 MB each. The newline goes on the UTF-8 bytes, decoded once.
        return (self.__pydantic_serializer__.to_json(self, indent=2) + b"\n").decode()


class Report(Contract):
    """The result of comparing two documents: the JSON contract of ``--format json``."""

    a: Document
    b: Document
    alignment: list[AlignmentGroup] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
