"""What the human-facing formats share: groups with their text, spans, findings and summary.

Every span here is an offset pair into the group's own excerpt, which is itself the slice of
the original document from the group's first sentence to its last; nothing is re-typed.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from discrepancy.model import Document, Finding, Kind, Report, Severity
from discrepancy.report import counted

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'.,;:!?()[]{}«»“”‘’"


def failing(findings: list[Finding], fail_on: str) -> list[Finding]:
    """The findings at or above ``fail_on`` (none when it is ``never``)."""
    if fail_on == "never":
        return []
    threshold = Severity(fail_on).rank
    return [f for f in findings if f.severity.rank >= threshold]


def visible(findings: list[Finding], verbose: bool) -> list[Finding]:
    """Info findings are folded away unless asked for."""
    return [f for f in findings if verbose or f.severity is not Severity.info]


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of an excerpt: a finding's evidence, or a differing word."""

    start: int
    end: int
    finding: Optional[int] = None  # index into Report.findings; None for a word difference


@dataclass
class Side:
    """One side of a group: the excerpt of the original text and its spans."""

    doc: Document
    sentences: list[int]
    offset: int = 0
    text: str = ""
    spans: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.sentences:
            first = self.doc.sentences[min(self.sentences)]
            last = self.doc.sentences[max(self.sentences)]
            self.offset, self.text = first.start, self.doc.text[first.start : last.end]

    def local(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """Document offsets -> excerpt offsets, or None when the span lies outside."""
        s, e = start - self.offset, end - self.offset
        if not self.text or s < 0 or e > len(self.text) or s >= e:
            return None
        return s, e

    @property
    def label(self) -> str:
        """Sentence numbers as people count them (from 1)."""
        return ",".join(str(i + 1) for i in self.sentences) or "-"


@dataclass
class Group:
    index: int
    score: float
    a: Side
    b: Side
    findings: list[int]  # indices into Report.findings

    @property
    def anchor(self) -> str:
        return f"g{self.index + 1}"


def groups(report: Report, verbose: bool = False, words: bool = True) -> list[Group]:
    """Every aligned group with its excerpts, visible findings and (``words``) word differences,
    which only a pair in one language has: across languages every word differs."""
    words = words and one_language(report)
    shown = {id(f) for f in visible(report.findings, verbose)}
    by_group: dict[int, list[int]] = {}
    for i, finding in enumerate(report.findings):
        if id(finding) in shown and finding.group is not None:
            by_group.setdefault(finding.group, []).append(i)
    result = []
    for index, group in enumerate(report.alignment):
        a, b = Side(report.a, group.a), Side(report.b, group.b)
        if words:
            mark_word_differences(a, b)
        mine = by_group.get(index, [])
        for i in mine:
            finding = report.findings[i]
            for side, evidence in ((a, finding.a), (b, finding.b)):
                where = evidence and side.local(evidence.start, evidence.end)
                if where:
                    side.spans.append(Span(*where, finding=i))
        result.append(Group(index, group.score, a, b, mine))
    return result


def mark_word_differences(a: Side, b: Side) -> None:
    """Add the spans of the words ``a`` and ``b`` do not share, ahead of any finding's: a view
    that folds most groups away marks only those it shows (at 10k groups, most of its time)."""
    if a.text and b.text:
        a_diff, b_diff = word_differences(a.text, b.text)
        a.spans[:0] = [Span(s, e) for s, e in a_diff]
        b.spans[:0] = [Span(s, e) for s, e in b_diff]


def loose_findings(report: Report, verbose: bool = False) -> list[int]:
    """Visible findings that belong to no aligned group (whole-document findings)."""
    shown = {id(f) for f in visible(report.findings, verbose)}
    return [
        i
        for i, f in enumerate(report.findings)
        if id(f) in shown and (f.group is None or not 0 <= f.group < len(report.alignment))
    ]


def one_language(report: Report) -> bool:
    return report.a.lang == report.b.lang


def word_differences(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the words of ``a`` and of ``b`` that the other does not share.

    Words compare case-blind and without surrounding punctuation, so a moved comma is no
    difference; runs of differing words come back as one span each.
    """
    a_words = [m.span() for m in _WORD.finditer(a)]
    b_words = [m.span() for m in _WORD.finditer(b)]
    matcher = difflib.SequenceMatcher(
        a=[_fold(a[s:e]) for s, e in a_words],
        b=[_fold(b[s:e]) for s, e in b_words],
        autojunk=False,
    )
    a_spans, b_spans = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            a_spans.append((a_words[i1][0], a_words[i2 - 1][1]))
        if j1 < j2:
            b_spans.append((b_words[j1][0], b_words[j2 - 1][1]))
    return a_spans, b_spans


def _fold(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).casefold() or word


def segments(length: int, spans: list[Span]) -> list[tuple[int, int, list[Span]]]:
    """Cut ``[0, length)`` at every span edge: pieces with the spans that cover each."""
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        if start < end:
            pieces.append((start, end, [s for s in spans if s.start <= start and end <= s.end]))
    return pieces


_LINE_BREAK = re.compile(r"\r\n?|\n")


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character offset.

    Lines end at LF, CRLF or a lone CR, the breaks SARIF viewers and editors count.
    """
    starts = _line_starts(text)
    line = bisect.bisect_right(starts, offset)
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        return line + 1, 1  # inside a CRLF the CR already ended the line
    return line, offset - starts[line - 1] + 1


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    """Offsets where the lines of ``text`` start, worked out once per text: a report locates
    every finding in the same two documents."""
    return [0, *(match.end() for match in _LINE_BREAK.finditer(text))]


@dataclass(frozen=True)
class Summary:
    counts: dict[tuple[Kind, Severity], int]
    by_severity: dict[Severity, int]
    total: int
    groups: int
    paired: int

    def line(self) -> str:
        """One sentence for headers: '3 findings: 1 error, 2 warnings, 0 info'."""
        parts = ", ".join(
            f"{self.by_severity[s]} {s.value if self.by_severity[s] == 1 else _PLURAL[s]}"
            for s in reversed(Severity)
        )
        return f"{counted(self.total, 'finding')}: {parts}"

    def groups_line(self) -> str:
        return (
            f"{counted(self.groups, 'aligned group')}, {self.paired} with both sides, "
            f"{self.groups - self.paired} without counterpart"
        )


_PLURAL = {Severity.error: "errors", Severity.warning: "warnings", Severity.info: "info"}


def summarize(report: Report) -> Summary:
    counts = {(k, s): 0 for k in Kind for s in Severity}
    for f in report.findings:
        counts[f.kind, f.severity] += 1
    by_severity = {s: sum(counts[k, s] for k in Kind) for s in Severity}
    paired = sum(1 for g in report.alignment if g.a and g.b)
    return Summary(counts, by_severity, len(report.findings), len(report.alignment), paired)


def summed(summaries: list[Summary]) -> Summary:
    """The counts of many pairs as one summary."""
    counts = {key: sum(s.counts[key] for s in summaries) for key in ((k, s) for k in Kind for s in Severity)}
    by_severity = {s: sum(x.by_severity[s] for x in summaries) for s in Severity}
    return Summary(
        counts, by_severity, sum(s.total for s in summaries), sum(s.groups for s in summaries),
        sum(s.paired for s in summaries),
    )


def document_facts(doc: Document, fallback: str) -> dict[str, str]:
    """What a reader wants to know about one input, as display strings."""
    if doc.date:
        source = f" (from {doc.date_source})" if doc.date_source else ""
        date = f"{doc.date.isoformat()}{source}"
    else:
        date = "not found"
    dropped = sum(d.end - d.start for d in doc.dropped)
    return {
        "document": doc.path or fallback,
        "sentences": str(len(doc.sentences)),
        "date read": date,
        "language": f"{doc.lang} ({doc.lang_source})" if doc.lang else "not known",
        "boilerplate dropped": f"{counted(len(doc.dropped), 'piece')}, {counted(dropped, 'character')}",
    }


def quoted(evidence) -> str:
    """The evidence text for a message line, or a dash when that side has none."""
    return f"“{evidence.text}”" if evidence else "—"


def finding_sentences(report: Report, finding: Finding, side: str) -> list[int]:
    """The sentences of ``side`` ('a' or 'b') a finding speaks of: its evidence's, else its group's."""
    doc: Document = getattr(report, side)
    evidence = getattr(finding, side)
    if evidence is not None and 0 <= evidence.sentence < len(doc.sentences):
        return [evidence.sentence]
    if finding.group is not None and 0 <= finding.group < len(report.alignment):
        return list(getattr(report.alignment[finding.group], side))
    return []
