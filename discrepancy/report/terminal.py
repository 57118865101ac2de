"""Side-by-side view for a terminal: aligned groups, highlighted findings, a summary.

A finding's spans take its kind's colour and its severity's style; other differing words are
underlined. Without colour (piped, NO_COLOR, --no-color) the output has no escape codes at all.
Only the groups with a finding at or above ``fail_on`` are drawn unless ``verbose``; the others
fold into one line per run. Document text reaches rich as Text, never as markup, and without
control characters, so a document cannot send the terminal an escape sequence.

With ``bidi="visual"`` right-to-left text is drawn in visual order, line by line after
wrapping (see visual.py); ``logical`` leaves it to a terminal that applies the algorithm.
"""

from __future__ import annotations

import io

from discrepancy.model import Kind, Report, Severity
from discrepancy.report import bidi as rtl
from discrepancy.report import view, without_controls

KIND_COLOURS = {
    Kind.name: "magenta",
    Kind.rank: "cyan",
    Kind.number: "yellow",
    Kind.date: "green",
    Kind.omission: "red",
}
SEVERITY_STYLES = {Severity.error: "bold reverse", Severity.warning: "bold underline", Severity.info: "italic"}
SEVERITY_MARKS = {Severity.error: "✖", Severity.warning: "▲", Severity.info: "·"}
WORD_DIFFERENCE = "underline"


def render(
    report: Report,
    *,
    color: bool = True,
    width: int | None = None,
    verbose: bool = False,
    fail_on: str = "warning",
    bidi: str = "logical",
    **_options,
) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width or 120,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    a_name, b_name = report.a.path or "A", report.b.path or "B"

    def drawn(text: Text, lang: str | None = None, isolate: bool = False):
        """``text`` as it is, or in visual order when asked and it has right-to-left letters."""
        direction = rtl.direction(lang)
        if bidi != "visual" or (direction != "rtl" and not rtl.has_rtl(text.plain)):
            return text
        from discrepancy.report.visual import Visual

        return Visual(text, {"rtl": "R", "ltr": "L"}.get(direction), isolate)

    def side_text(side: view.Side):
        if not side.sentences:
            return Text("(no counterpart)", style="italic dim")
        text = Text(without_controls(side.text))
        for span in sorted(side.spans, key=lambda s: s.finding is not None):
            if span.finding is None:
                text.stylize(WORD_DIFFERENCE, span.start, span.end)
            else:
                finding = report.findings[span.finding]
                style = f"{SEVERITY_STYLES[finding.severity]} {KIND_COLOURS[finding.kind]}"
                text.stylize(style, span.start, span.end)
        return drawn(text, side.doc.lang)

    def findings_grid(indices: list[int]) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for index in indices:
            finding = report.findings[index]
            colour = KIND_COLOURS[finding.kind]
            message = Text(without_controls(finding.message))
            message.append(
                without_controls(f"\nA {view.quoted(finding.a)}  B {view.quoted(finding.b)}"), style="dim"
            )
            grid.add_row(
                Text(f"  {SEVERITY_MARKS[finding.severity]} {finding.severity.value:<7}", style=colour),
                Text(finding.code, style=f"bold {colour}"),
                drawn(message, "en", isolate=True),
            )
        return grid

    threshold = "info" if fail_on == "never" else fail_on

    def fold(run: list[view.Group]) -> None:
        if run:
            first, last = run[0].index + 1, run[-1].index + 1
            where = f"§{first}" if first == last else f"§{first}–§{last}"
            noun = "group" if len(run) == 1 else "groups"
            console.print(
                Text(f"{where}: {len(run)} {noun} without a finding at or above {threshold} (-v shows them)", style="dim")
            )
            run.clear()

    console.print(Text(without_controls(f"discrepancy: {a_name}  ↔  {b_name}"), style="bold"))
    quiet: list[view.Group] = []
    words = view.one_language(report)
    for group in view.groups(report, verbose, words=False):
        if not verbose and not view.failing([report.findings[i] for i in group.findings], threshold):
            quiet.append(group)
            continue
        if words:
            view.mark_word_differences(group.a, group.b)
        fold(quiet)
        console.rule(
            f"§{group.index + 1}  A {group.a.label} ↔ B {group.b.label}  score {group.score:.2f}",
            align="left",
            style="bold" if group.findings else "dim",
        )
        sides = Table.grid(padding=(0, 2), expand=True)
        sides.add_column(ratio=1)
        sides.add_column(ratio=1)
        sides.add_row(side_text(group.a), side_text(group.b))
        console.print(sides)
        if group.findings:
            console.print(findings_grid(group.findings))
    fold(quiet)
    loose = view.loose_findings(report, verbose)
    if loose:
        console.rule("Whole-document findings", align="left", style="bold")
        console.print(findings_grid(loose))
    hidden = len(report.findings) - len(view.visible(report.findings, verbose))
    if hidden:
        noun = "finding" if hidden == 1 else "findings"
        console.print(Text(f"{hidden} info {noun} folded away; -v shows them.", style="dim"))
    summary = view.summarize(report)
    console.print(_summary_table(summary, Table, Text, box))
    console.print(summary.groups_line(), style="dim")
    console.print(_documents_table(report, Table, Text, box))
    if color:
        return out.getvalue()
    return "".join(line.rstrip(" ") + "\n" for line in out.getvalue().splitlines())


def _summary_table(summary: view.Summary, table_type, text_type, box):
    table = table_type(title=summary.line(), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("kind")
    for severity in reversed(Severity):
        table.add_column(severity.value, justify="right")
    table.add_column("total", justify="right")
    for kind in Kind:
        row = [summary.counts[kind, s] for s in reversed(Severity)]
        table.add_row(text_type(kind.value, style=KIND_COLOURS[kind]), *map(str, row), str(sum(row)))
    table.add_row(
        "all", *(str(summary.by_severity[s]) for s in reversed(Severity)), str(summary.total),
        style="bold",
    )
    return table


def _documents_table(report: Report, table_type, text_type, box):
    """One row per fact, a column per document: long paths and datelines wrap in their own."""
    facts = [view.document_facts(report.a, "A"), view.document_facts(report.b, "B")]
    table = table_type(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("", no_wrap=True, style="bold")
    table.add_column("A", ratio=1, overflow="fold")
    table.add_column("B", ratio=1, overflow="fold")
    for key in facts[0]:
        table.add_row(key, *(text_type(without_controls(side[key])) for side in facts))
    return table
