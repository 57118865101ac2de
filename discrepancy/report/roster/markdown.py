"""The roster as Markdown for a pull request or a desk's notes: the people table, the findings
with where they sit, and why spellings were merged. Document text is escaped."""

from __future__ import annotations

from discrepancy.report.markdown import escape
from discrepancy.report.roster import view
from discrepancy.roster.model import Roster


def render(roster: Roster, *, verbose: bool = False, **_options) -> str:
    names = view.labels(roster)
    lines = [
        "### discrepancy roster", "", f"**{view.summary(roster)}**", "",
        "| # | person | spellings | ranks / titles | reports | flags |",
        "| ---: | --- | --- | --- | --- | --- |",
    ]
    for person in view.shown_people(roster, verbose):
        cells = [
            str(person.id + 1), escape(person.name),
            "<br>".join(escape(s) for s in person.spellings),
            "<br>".join(escape(r) for r in person.ranks + person.titles) or "—",
            escape(view.reports_of(person, names)),
            " ".join(view.flag_text(f, n) for f, n in view.flag_counts(roster, person.id)),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    shown = view.shown_findings(roster, verbose)
    lines += ["", "No discrepancies found." if not shown else "| severity | code | where | message |"]
    if shown:
        lines.append("| --- | --- | --- | --- |")
        for f in shown:
            place = f.b or f.a
            at = escape(view.where(roster, place, names)) if place else ""
            lines.append(f"| {f.severity.value} | {f.code} | {at} | {escape(f.message)} |")
    merges = [(p, m) for p in view.shown_people(roster, verbose) for m in p.merges]
    if merges:
        lines += ["", "Merged spellings:", ""]
        lines += [f"- {escape(m.a)} ~ {escape(m.b)}: {escape(m.why)}" for _, m in merges]
    return "\n".join(lines) + "\n"
