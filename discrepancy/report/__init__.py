"""Stage 6: Report -> text, one module per output format, each a pure function."""

from __future__ import annotations

import re
from importlib import import_module
from typing import Callable

from discrepancy.model import Report

FORMATS = {
    "terminal": "discrepancy.report.terminal",
    "json": "discrepancy.report.json",
    "markdown": "discrepancy.report.markdown",
    "html": "discrepancy.report.html",
    "sarif": "discrepancy.report.sarif",
    "junit": "discrepancy.report.junit",
    "github": "discrepancy.report.github",
}


# C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional overrides:
# what can start a new line, a terminal escape, a workflow command, or reorder what is shown.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHOWN_AS_SPACE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def unprintable(text: str) -> bool:
    """Whether ``text`` holds a control character (see CONTROLS)."""
    return CONTROLS.search(text) is not None


def printable(text: str) -> str:
    """``text`` on one line with every control character written as an escape (``\\n``,
    ``\\x1b``): for names and messages printed where a newline could forge a line."""
    return CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def without_controls(text: str) -> str:
    """Document text for a screen: every control but newline and tab becomes a space, so no
    escape sequence reaches the terminal and every offset still points at the same character."""
    return _SHOWN_AS_SPACE.sub(" ", text)


def renderer(fmt: str) -> Callable[..., str]:
    """The ``render`` function of the format's module, imported only when asked for."""
    return import_module(FORMATS[fmt]).render


def counted(n: int, noun: str) -> str:
    """"1 finding", "2 findings": a count an editor reads without stumbling."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render(report: Report, fmt: str, **options) -> str:
    return renderer(fmt)(report, **options)
