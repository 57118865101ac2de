"""Renderer snapshots of the seed pair at a fixed width.

Regenerate after an intended change to a renderer, then review the diff:
    UPDATE_SNAPSHOTS=1 python3 -m pytest tests/test_report_snapshots.py
(this also re-runs the pipeline on the seed pair and stores its report as seed_report.json).
"""

from __future__ import annotations

import os

import pytest
from report_fixtures import FROZEN, SNAPSHOTS, frozen_seed_report, seed_report

from discrepancy.report import render

UPDATE = bool(os.environ.get("UPDATE_SNAPSHOTS"))
WIDTH = 100
CASES = {
    "terminal_plain.txt": ("terminal", {"color": False, "width": WIDTH}),
    "terminal_verbose_color.ansi": ("terminal", {"color": True, "width": WIDTH, "verbose": True}),
    "markdown.md": ("markdown", {}),
    "github.txt": ("github", {"verbose": True}),
    "junit.xml": ("junit", {"fail_on": "warning"}),
}


@pytest.fixture(scope="module")
def report():
    if UPDATE:
        FROZEN.write_text(seed_report().to_json(), encoding="utf-8")
    return frozen_seed_report()


@pytest.mark.parametrize("name", sorted(CASES))
def test_snapshot(report, name):
    fmt, options = CASES[name]
    rendered = render(report, fmt, **options)
    assert rendered == render(report, fmt, **options), "rendering is not deterministic"
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_bytes(rendered.encode("utf-8"))
    expected = path.read_bytes().decode("utf-8")
    assert rendered == expected, f"{name} changed; if intended: UPDATE_SNAPSHOTS=1 python3 -m pytest {__file__}"
