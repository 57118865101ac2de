"""The roster in a terminal: a table person -> spellings -> ranks and titles -> reports, the
findings with where they sit, and why spellings were merged."""

from __future__ import annotations

import io

from discrepancy.report import bidi as rtl
from discrepancy.report.roster import view
from discrepancy.report.terminal import KIND_COLOURS, SEVERITY_MARKS, SEVERITY_STYLES
from discrepancy.roster.model import Roster


def render(
    roster: Roster, *, color: bool = True, width: int | None = None, verbose: bool = False, bidi: str = "logical",
    **_options,
) -> str:
    """With ``bidi="visual"``, names, ranks and messages holding right-to-left text are drawn in
    visual order, each line in a left-to-right table (see report/visual.py)."""
    from rich import box
    from rich.console import Console, Group
    from rich.table import Table
    from rich.text import Text

    def drawn(lines: list[str]):
        if bidi != "visual" or not any(map(rtl.has_rtl, lines)):
            return "\n".join(lines)
        from discrepancy.report.visual import Visual

        return Group(*(Visual(Text(line), "L", isolate=True) if rtl.has_rtl(line) else Text(line) for line in lines))

    out = io.StringIO()
    console = Console(
        file=out, force_terminal=color, no_color=not color, color_system="standard" if color else None,
        width=width or 120, highlight=False, emoji=False, legacy_windows=False,
    )
    names = view.labels(roster)
    people = Table(title=view.summary(roster), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    for column, options in (
        ("#", {"justify": "right", "no_wrap": True}), ("person", {"style": "bold", "ratio": 2}),
        ("spellings", {"ratio": 3}), ("ranks / titles", {"ratio": 3}), ("reports", {"ratio": 3}),
        ("flags", {"no_wrap": True}),
    ):
        people.add_column(column, overflow="fold", **options)
    for person in view.shown_people(roster, verbose):
        marks = Text()
        for f, count in view.flag_counts(roster, person.id):
            marks.append(f"{SEVERITY_MARKS[f.severity]} {view.flag_text(f, count)} ", style=KIND_COLOURS[f.kind])
        people.add_row(
            str(person.id + 1), drawn([person.name]), drawn(person.spellings),
            drawn(person.ranks + person.titles or ["—"]),
            view.reports_of(person, names), marks,
        )
    console.print(people)
    shown = view.shown_findings(roster, verbose)
    if not shown:
        console.print("No discrepancies found.")
    else:
        console.rule("Findings", align="left", style="bold")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        for f in shown:
            place = f.b or f.a
            mark = Text(f"{SEVERITY_MARKS[f.severity]} {f.code}", style=f"{KIND_COLOURS[f.kind]} {SEVERITY_STYLES[f.severity]}")
            grid.add_row(mark, view.where(roster, place, names) if place else "", drawn([f.message]))
        console.print(grid)
    hidden = len(roster.findings) - len(shown)
    if hidden:
        console.print(Text(f"{hidden} info findings folded away; -v shows them.", style="dim"))
    merged = [(p, m) for p in view.shown_people(roster, verbose) for m in p.merges]
    if merged:
        console.rule("Merged spellings", align="left", style="dim")
        for person, merge in merged:
            line = drawn([f"{person.name}: {merge.a} ~ {merge.b}: {merge.why}"])
            console.print(Text(line, style="dim") if isinstance(line, str) else line, style="dim")
    if color:
        return out.getvalue()
    return "".join(line.rstrip(" ") + "\n" for line in out.getvalue().splitlines())
