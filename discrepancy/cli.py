"""The command line: parse options, run the pipeline, pick a renderer, set the exit status.

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from typing import Optional

import typer

from discrepancy.errors import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Flag the differences that matter (names, ranks, numbers, dates) between two reports.",
)


class Format(str, Enum):
    terminal = "terminal"
    json = "json"


class FailOn(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"
    never = "never"


def _parse_date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None


def _codes(value: Optional[str]) -> Optional[list[str]]:
    return [c for c in value.split(",") if c.strip()] if value else None


def _fail(message: str) -> None:
    typer.echo(f"discrepancy: error: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def compare(
    a: str = typer.Argument(..., help="First document (a path, or - for standard input)."),
    b: str = typer.Argument(..., help="Second document (a path, or - for standard input)."),
    format: Format = typer.Option(Format.terminal, "--format", "-f", help="Output format."),
    date_a: Optional[str] = typer.Option(None, help="Date of A (YYYY-MM-DD), overriding its dateline."),
    date_b: Optional[str] = typer.Option(None, help="Date of B (YYYY-MM-DD), overriding its dateline."),
    keep_boilerplate: bool = typer.Option(False, help="Keep page chrome (banners, comment forms)."),
    encoding: Optional[str] = typer.Option(None, help="Encoding of both inputs when not UTF-8."),
    fail_on: FailOn = typer.Option(FailOn.warning, help="Exit 1 on findings at or above this."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text, no colours."),
    width: Optional[int] = typer.Option(None, help="Terminal width for the side-by-side view."),
    select: Optional[str] = typer.Option(
        None, help="Only these rules: comma-separated codes or prefixes (NUM,DAT001)."
    ),
    ignore: Optional[str] = typer.Option(
        None, help="Skip these rules: comma-separated codes or prefixes."
    ),
) -> None:
    """Align two reports of the same event sentence by sentence and flag discrepancies."""
    try:
        if a == "-" and b == "-":
            raise InputError("standard input (-) can be given for only one of the two documents")
        from discrepancy.load import read_source
        from discrepancy.pipeline import compare as run_compare

        report = run_compare(
            read_source(a, encoding),
            read_source(b, encoding),
            a_path=a,
            b_path=b,
            date_a=_parse_date(date_a, "--date-a"),
            date_b=_parse_date(date_b, "--date-b"),
            keep_boilerplate=keep_boilerplate,
            select=_codes(select),
            ignore=_codes(ignore),
        )
    except InputError as err:
        _fail(str(err))
    from discrepancy.report import render

    color = not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    sys.stdout.write(render(report, format.value, color=color, width=width))
    if fail_on is not FailOn.never:
        threshold = {"info": 0, "warning": 1, "error": 2}[fail_on.value]
        if any(f.severity.rank >= threshold for f in report.findings):
            raise typer.Exit(1)


@app.command()
def rules() -> None:
    """List the rule codes, their default severities and what each one flags."""
    from discrepancy.rules import describe

    for code, severity, name, summary in describe():
        typer.echo(f"{code}  {severity:<7}  {name:<24}  {summary}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (the contract of --format json)."""
    import json

    from discrepancy.model import Report

    typer.echo(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True))


def main() -> None:
    app()
