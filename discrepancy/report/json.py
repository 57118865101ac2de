"""The JSON contract: the Report model, serialised deterministically, each span with its line
and column beside its offsets."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from discrepancy.model import Document, Evidence, Report
from discrepancy.report.view import line_column


def render(report: Report, **_options) -> str:
    return located(report).to_json()


def located(report: Report) -> Report:
    """``report`` with every finding's evidence given its line and column (1-based)."""
    findings = [replace(f, a=_located(report.a, f.a), b=_located(report.b, f.b)) for f in report.findings]
    return replace(report, findings=findings)


def _located(doc: Document, evidence: Optional[Evidence]) -> Optional[Evidence]:
    if evidence is None:
        return None
    line, column = line_column(doc.text, evidence.start)
    end_line, end_column = line_column(doc.text, evidence.end)
    return replace(evidence, line=line, column=column, end_line=end_line, end_column=end_column)
