"""Markdown for pull-request comments: a summary, then every finding with both sentences.

The words that differ between the two sentences are in bold; everything taken from the
documents is escaped so that no pipe, bracket or star in a report can break the table, no
control character reaches it, and no ``@user``, ``@org/team``, ``#12`` or ``owner/repo#12``
pings anyone or links an issue when the comment is posted.

The right-to-left pieces of a message sit between FSI and PDI (U+2068, U+2069), which we add
in pairs after escaping, so that "rank of الشمري: الفريق أول ركن → …" keeps its order on
GitHub; the quoted sentences stay as written, for GitHub's own ``dir="auto"``.
"""

from __future__ import annotations

import re

from discrepancy.model import Document, Finding, Kind, Report, Severity
from discrepancy.report import bidi, counted, view, without_controls

# GitHub refuses comments longer than 65,536 characters; rows past this budget are left out.
COMMENT_BUDGET = 60_000
_SPECIAL = re.compile(r"([\\`*_\[\]{}()<>#+!|~])")
# A zero-width space after "@" or "#", or inside "GH-12", breaks GitHub's mention and reference
# autolinking while the reader sees the same text (as Dependabot writes them).
_REFERENCE = re.compile(r"(@|#|(?<![A-Za-z])GH-)(?=\w)", re.I)
_SEVERITY_MARKS = {Severity.error: "🛑 error", Severity.warning: "⚠️ warning", Severity.info: "ℹ️ info"}


def escape(text: str) -> str:
    """Text that GitHub-flavoured Markdown shows as written, on one line, pinging no one."""
    text = without_controls(text).replace("&", "&amp;")
    text = " ".join(_SPECIAL.sub(r"\\\1", text).split())
    return _REFERENCE.sub(lambda m: m.group() + "&#8203;", text)


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
                f"| {finding.kind.value} | {bidi.isolated(escape(finding.message))} | {a_quote} | {b_quote} |"
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


def render_project(results, *, stale: int = 0, verbose: bool = False, max_chars: int = COMMENT_BUDGET, **_options) -> str:
    """One comment for many pairs (``check``'s PairResults): a summary row per pair with
    findings, then those pairs, within GitHub's comment limit (the rest named in a note)."""
    shown = [r for r in results if view.visible(r.report.findings, verbose)]
    total = view.summed([view.summarize(r.report) for r in results])
    accepted = sum(r.suppressed for r in results)
    lines = [
        "### discrepancy check",
        "",
        f"**{counted(len(results), 'pair')} checked; {total.line()}** · {accepted} accepted in the baseline"
        + (f" · {stale} stale baseline {'entry' if stale == 1 else 'entries'}" if stale else ""),
        "",
    ]
    if shown:
        lines += ["| pair | " + " | ".join(s.value for s in reversed(Severity)) + " | baselined |",
                  "| --- |" + " ---: |" * (len(Severity) + 1)]
        for result in shown:
            summary = view.summarize(result.report)
            cells = " | ".join(str(summary.by_severity[s]) for s in reversed(Severity))
            lines.append(f"| {escape(result.pair.id)} | {cells} | {result.suppressed} |")
        clean = len(results) - len(shown)
        if clean:
            lines += ["", f"{counted(clean, 'other pair')} without findings to show."]
    else:
        lines.append("No discrepancies found.")
    text = "\n".join(lines) + "\n"
    note = "\n{} more pairs with findings left out to keep this comment within GitHub's size limit; the HTML or SARIF report has them all.\n"
    for number, result in enumerate(shown):
        room = max_chars - len(text) - len(note) - 20
        section = "\n" + render(result.report, verbose=verbose, max_chars=room).replace(
            "### discrepancy:", f"#### {escape(result.pair.id)}:", 1
        )
        if len(section) > room:
            return text + note.format(len(shown) - number)
        text += section
    return text


def _quotes(report: Report, finding: Finding) -> tuple[str, str]:
    """Both sentences of a finding, escaped, with the words they do not share in bold (when
    they are in one language)."""
    a_text, b_text = _sentence(report, finding, "a"), _sentence(report, finding, "b")
    if not a_text or not b_text or not view.one_language(report):
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
