"""Where a finding sits in the checked file, for the formats that point at lines and columns.

B, the second document, is the one checked (as in ``diff old new``, and as ``check`` pairs
source and translation): a finding is located at its B evidence, or at its A evidence when B
has none, and the other side is its counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from discrepancy.model import Document, Finding, Report
from discrepancy.report.view import finding_sentences, line_column


@dataclass(frozen=True)
class Location:
    path: str
    doc: Document
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def region(self) -> tuple[int, int, int, int]:
        """Start line, start column, end line, end column (exclusive), all 1-based."""
        return (*line_column(self.doc.text, self.start), *line_column(self.doc.text, self.end))


def _path(report: Report, side: str) -> str:
    return getattr(report, side).path or side.upper()


def primary(report: Report, finding: Finding) -> Optional[Location]:
    """The finding's own span in the checked file (B), else in A."""
    for side in ("b", "a"):
        evidence = getattr(finding, side)
        if evidence is not None:
            return Location(_path(report, side), getattr(report, side), evidence.start, evidence.end)
    return None


def counterpart(report: Report, finding: Finding) -> Optional[Location]:
    """The sentence(s) on the other side that answer to the finding's span."""
    side = "a" if finding.b is not None else "b"
    if finding.a is None and finding.b is None:
        return None
    doc: Document = getattr(report, side)
    indices = finding_sentences(report, finding, side)
    if not indices:
        return None
    first, last = doc.sentences[min(indices)], doc.sentences[max(indices)]
    return Location(_path(report, side), doc, first.start, last.end)
