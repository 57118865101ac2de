"""Stage 6: Report -> text, one module per output format, each a pure function."""

from __future__ import annotations

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


def renderer(fmt: str) -> Callable[..., str]:
    """The ``render`` function of the format's module, imported only when asked for."""
    return import_module(FORMATS[fmt]).render


def counted(n: int, noun: str) -> str:
    """"1 finding", "2 findings": a count an editor reads without stumbling."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render(report: Report, fmt: str, **options) -> str:
    return renderer(fmt)(report, **options)
