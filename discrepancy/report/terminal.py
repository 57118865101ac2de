"""Side-by-side view of aligned sentences for a terminal, with word-level differences."""

from __future__ import annotations

import difflib
import io
import re

from discrepancy.model import Report

_WORD = re.compile(r"\S+")


def render(report: Report, *, color: bool = True, width: int | None = None, **_options) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(
        file=out, force_terminal=color, no_color=not color, width=width or 120, highlight=False
    )
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(report.a.path or "A", ratio=1)
    table.add_column(report.b.path or "B", ratio=1)
    table.add_column("score", justify="right", style="dim", no_wrap=True)
    for number, group in enumerate(report.alignment):
        a_text = " ".join(report.a.sentences[i].text for i in group.a)
        b_text = " ".join(report.b.sentences[j].text for j in group.b)
        left, right = _word_diff(a_text, b_text, Text)
        if not group.a:
            left = Text("(missing)", style="italic red")
        if not group.b:
            right = Text("(missing)", style="italic red")
        table.add_row(str(number), left, right, f"{group.score:.2f}")
    console.print(table)
    paired = sum(1 for g in report.alignment if g.a and g.b)
    console.print(
        f"{len(report.a.sentences)} sentences in A, {len(report.b.sentences)} in B; "
        f"{paired} aligned groups, {len(report.alignment) - paired} without counterpart; "
        f"{len(report.findings)} findings"
    )
    return out.getvalue()


def _word_diff(a: str, b: str, text_type):
    """Two rich Texts with the words that differ between ``a`` and ``b`` highlighted."""
    a_words = [m.span() for m in _WORD.finditer(a)]
    b_words = [m.span() for m in _WORD.finditer(b)]
    matcher = difflib.SequenceMatcher(
        a=[a[s:e].lower() for s, e in a_words], b=[b[s:e].lower() for s, e in b_words], autojunk=False
    )
    left, right = text_type(a), text_type(b)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            left.stylize("bold yellow", a_words[i1][0], a_words[i2 - 1][1])
        if j1 < j2:
            right.stylize("bold yellow", b_words[j1][0], b_words[j2 - 1][1])
    return left, right
