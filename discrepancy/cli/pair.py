"""The commands on one pair of texts: compare, and rules (what compare checks)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from discrepancy.cli import app
from discrepancy.cli.options import (
    BIDI_HELP, Bidi, Color, FailOn, Format, NameTolerance, fail, languages, parse_date,
    rule_choice, wants_color, write_stdout,
)
from discrepancy.errors import InputError


@app.command()
def compare(
    a: str = typer.Argument(..., metavar="A", hidden=True),
    b: str = typer.Argument(..., metavar="B", hidden=True),
    format: Format = typer.Option(Format.terminal, "--format", "-f", help="Output format."),
    date_a: Optional[str] = typer.Option(
        None, metavar="DATE", help="Date of A (YYYY-MM-DD), overriding its dateline."
    ),
    date_b: Optional[str] = typer.Option(
        None, metavar="DATE", help="Date of B (YYYY-MM-DD), overriding its dateline."
    ),
    lang_a: Optional[str] = typer.Option(
        None, metavar="LANG", help="Language of A (ISO 639-1: ar, de, en...), instead of detecting it."
    ),
    lang_b: Optional[str] = typer.Option(
        None, metavar="LANG", help="Language of B (ISO 639-1), instead of detecting it."
    ),
    keep_boilerplate: bool = typer.Option(
        False, help="Keep page chrome (banners, comment forms, widgets, the dateline line)."
    ),
    encoding: Optional[str] = typer.Option(None, metavar="NAME", help="Encoding of both inputs when not UTF-8."),
    fail_on: Optional[FailOn] = typer.Option(
        None, help="Exit 1 on findings at or above this (default: the config's, else warning)."
    ),
    color: Optional[Color] = typer.Option(
        None, help="Colours: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces them), always, never."
    ),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text, no colours (as --color never)."),
    width: Optional[int] = typer.Option(
        None, min=40, metavar="COLUMNS", help="Width of the terminal view (default: the terminal's, or 120)."
    ),
    bidi: Optional[Bidi] = typer.Option(None, help=BIDI_HELP),
    select: Optional[str] = typer.Option(
        None, metavar="CODES", help="Only these rules: comma-separated codes or prefixes (NUM,DAT001)."
    ),
    ignore: Optional[str] = typer.Option(
        None, metavar="CODES", help="Skip these rules: comma-separated codes or prefixes."
    ),
    name_tolerance: Optional[NameTolerance] = typer.Option(
        None,
        help="How far two spellings may differ and still be one name (default: the config's, else normal).",
    ),
    config: Optional[str] = typer.Option(
        None, metavar="FILE", help="Settings file (default: discrepancy.toml or pyproject.toml found upward)."
    ),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write the report to this file (atomically) instead of stdout; - is stdout.",
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show info findings and every group."),
) -> None:
    """Align two reports of the same event sentence by sentence and flag discrepancies.

    A and B are paths, or - for standard input (one of them); B is the document checked.
    """
    try:
        if a == "-" and b == "-":
            raise InputError("standard input (-) can be given for only one of the two documents")
        from discrepancy.config import load_config
        from discrepancy.load import read_source
        from discrepancy.pipeline import compare as run_compare

        project = load_config(config)
        options = project.compare_options(a, b)
        options.update(rule_choice(select, ignore))
        if name_tolerance is not None:
            options["name_tolerance"] = name_tolerance.value
        options.update(languages(lang_a, lang_b))
        report = run_compare(
            read_source(a, encoding),
            read_source(b, encoding),
            a_path=a,
            b_path=b,
            date_a=parse_date(date_a, "--date-a"),
            date_b=parse_date(date_b, "--date-b"),
            keep_boilerplate=keep_boilerplate,
            **options,
        )
    except InputError as err:
        fail(str(err))
    from discrepancy.report import render
    from discrepancy.report.view import failing

    to_stdout = output in (None, "-")
    to_terminal = to_stdout and sys.stdout.isatty()
    use_color = wants_color(Color.never if no_color else color, to_terminal)
    if width is None and to_terminal:
        import shutil

        width = shutil.get_terminal_size().columns
    threshold = fail_on.value if fail_on else project.fail_on
    from discrepancy.report.bidi import for_terminal, terminal_mode

    try:
        mode = terminal_mode(bidi and bidi.value, to_terminal)
    except InputError as err:
        fail(str(err))
    text = render(
        report, format.value, color=use_color, width=width, verbose=verbose, fail_on=threshold, bidi=mode
    )
    if to_stdout:
        write_stdout(for_terminal(text, mode) if use_color and to_terminal and format is Format.terminal else text)
    else:
        from discrepancy.report.output import write_atomic

        try:
            write_atomic(output, text, inputs=(a, b))
        except InputError as err:
            fail(str(err))
    if failing(report.findings, threshold):
        raise typer.Exit(1)


@app.command()
def rules(
    code: Optional[str] = typer.Argument(None, metavar="CODE", hidden=True),
    markdown: bool = typer.Option(False, help="Print the README's Markdown table instead."),
) -> None:
    """List the rule codes, their default severities and what each one flags.

    With a CODE (or a prefix such as NUM), show those rules in full, with their examples.
    """
    from discrepancy.rules import all_rules, describe, markdown_table

    if code is not None:
        try:
            typer.echo(_explain(code.strip().upper(), all_rules()), nl=False)
        except InputError as err:
            fail(str(err))
        return
    if markdown:
        typer.echo(markdown_table(), nl=False)
        return
    for code_, severity, name, summary in describe():
        typer.echo(f"{code_}  {severity:<7}  {name:<24}  {summary}")


def _explain(code: str, rules: list) -> str:
    """Every rule whose code starts with ``code``: its summary, what it checks, its examples."""
    chosen = [r for r in rules if r.code.startswith(code)] if code else []
    if not chosen:
        import difflib

        close = difflib.get_close_matches(code, [r.code for r in rules], n=1)
        hint = f"; did you mean {close[0]}?" if close else " (see `discrepancy rules`)"
        raise InputError(f"no rule code starts with {code!r}{hint}")
    import inspect

    parts = []
    for rule in chosen:
        lines = [f"{rule.code} ({rule.name}), {rule.kind.value}, {rule.severity.value} by default", ""]
        lines += inspect.cleandoc(rule.check.__doc__ or rule.summary).splitlines()
        parts.append("\n".join(lines).rstrip() + "\n")
    return "\n".join(parts)
