"""Markdown for pull-request comments: a summary, then every finding with both sentences.

The words that differ between the two sentences are in bold; everything taken from the
documents is escaped so that no pipe, bracket or star in a report can break the table.
"""

from __future__ import annotations

import re

from discrepancy.model import Document, Finding, Kind, Report, Severity
from discrepancy.report import counted, view

# GitHub refuses comments longer than 65,536 characters; rows past this budget are left out.
COMMENT_BUDGET = 60_000
_SPECIAL = re.compile(r"([\\`*_\[\]{}()<>#+!|~])")
_SEVERITY_MARKS = {Severity.error: "🛑 error", Severity.warning: "⚠️ warning", Severity.info: "ℹ️ info"}


def escape(text: str) -> str:
    """Text that GitHub-flavoured Markdown shows as written, on one line."""
    text = text.replace("&", "&amp;")
    return " ".join(_SPECIAL.sub(r"\\\1", text).split())


def render(
    report: Report, *, verbose: bool = False, max_chars: int = COMMENT_BUDGET, **_options
) -> str:
    summary = view.summarize(report)
    a_name, b_name = report.a.path or "A", report.b.path or "B"
    lines = [
        f"### discrepancy: {escape(a_name)} ↔ {escape(b_name)}",
        "",
        f"**{summary.line()}** · {summary.groups_line()}",
        "",
        "| kind | " + " | ".join(s.value for s in reversed(Severity)) + " |",
        "| --- |" + " ---: |" * len(Severity),
    ]
    for kind in Kind:
        counts = " | ".join(str(summary.counts[kind, s]) for s in reversed(Severity))
        lines.append(f"| {kind.value} | {counts} |")
    facts = [view.document_facts(report.a, "A"), view.document_facts(report.b, "B")]
    lines += ["", "| | " + " | ".join(facts[0]) + " |", "| --- |" + " --- |" * len(facts[0])]
    for label, row in zip("AB", facts):
        lines.append(f"| {label} | " + " | ".join(escape(v) for v in row.values()) + " |")
    shown = view.visible(report.findings, verbose)
    lines.append("")
    if not shown:
        lines.append("No discrepancies found.")
    else:
        lines += [
            "| # | severity | code | kind | message | A | B |",
            "| ---: | --- | --- | --- | --- | --- | --- |",
        ]
        used = sum(len(line) + 1 for line in lines)
        for number, finding in enumerate(shown, 1):
            a_quote, b_quote = _quotes(report, finding)
            row = (
                f"| {number} | {_SEVERITY_MARKS[finding.severity]} | {escape(finding.code)} "
                f"| {finding.kind.value} | {escape(finding.message)} | {a_quote} | {b_quote} |"
            )
            used += len(row) + 1
            if used > max_chars:
                lines += ["", f"{len(shown) - number + 1} more findings left out to keep this "
                          "comment within GitHub's size limit; the HTML or SARIF report has them all."]
                break
            lines.append(row)
    hidden = len(report.findings) - len(shown)
    if hidden:
        lines += ["", f"{counted(hidden, 'info finding')} not shown (`-v` shows them)."]
    return "\n".join(lines) + "\n"


def _quotes(report: Report, finding: Finding) -> tuple[str, str]:
    """Both sentences of a finding, escaped, with the words they do not share in bold."""
    a_text, b_text = _sentence(report, finding, "a"), _sentence(report, finding, "b")
    if not a_text or not b_text:
        return escape(a_text) or "—", escape(b_text) or "—"
    a_diff, b_diff = view.word_differences(a_text, b_text)
    return _bold(a_text, a_diff), _bold(b_text, b_diff)


def _sentence(report: Report, finding: Finding, side: str) -> str:
    doc: Document = getattr(report, side)
    return " ".join(doc.sentences[i].text for i in view.finding_sentences(report, finding, side))


def _bold(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [escape(text[cursor:start]), f"**{escape(text[start:end])}**"]
        cursor = end
    pieces.append(escape(text[cursor:]))
    return " ".join(p for p in pieces if p)
