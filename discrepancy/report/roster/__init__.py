"""Roster -> text, one module per output format (as ``discrepancy.report`` does for a pair).

``view`` holds what several formats share: document labels, locations, each person's flags.
"""

from __future__ import annotations

from importlib import import_module

from discrepancy.roster.model import Roster

FORMATS = {
    "terminal": "discrepancy.report.roster.terminal",
    "json": "discrepancy.report.roster.json",
    "markdown": "discrepancy.report.roster.markdown",
    "html": "discrepancy.report.roster.html",
    "sarif": "discrepancy.report.roster.sarif",
}


def render(roster: Roster, fmt: str, **options) -> str:
    """``roster`` in format ``fmt`` (a key of ``FORMATS``); the module loads only when asked."""
    return import_module(FORMATS[fmt]).render(roster, **options)
