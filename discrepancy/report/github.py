"""GitHub Actions workflow commands: one annotation line per finding.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message``; warnings and info
become ``::warning`` and ``::notice`` (info only with ``verbose``). Values are escaped as the
runner expects: %, CR and LF everywhere, and also : and , inside properties.
"""

from __future__ import annotations

from discrepancy.model import Report, Severity
from discrepancy.report import locations, view

COMMANDS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, verbose: bool = False, **_options) -> str:
    lines = []
    for finding in view.visible(report.findings, verbose):
        properties = {}
        here = locations.primary(report, finding)
        if here is not None:
            line, col, end_line, end_col = here.region()
            properties = {"file": here.path, "line": line, "col": col, "endLine": end_line, "endColumn": end_col}
        properties["title"] = f"{finding.code} ({finding.kind.value})"
        joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
        message = finding.message
        there = locations.counterpart(report, finding)
        if there is not None:
            message += f"\nCounterpart in {there.path} line {there.region()[0]}: {there.text}"
        lines.append(f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
