"""The JSON contract: the Report model, serialised deterministically."""

from __future__ import annotations

from discrepancy.model import Report


def render(report: Report, **_options) -> str:
    return report.to_json()
