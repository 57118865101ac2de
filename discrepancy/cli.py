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
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: no <str>/<bool> placeholders, and rich is not imported
    help="Flag the differences that matter (names, ranks, numbers, dates) between two reports.",
)
MAX_JOBS = 256  # as settings.MAX_JOBS, which imports pydantic: this module starts light


def _version(value: bool) -> None:
    if value:
        from discrepancy import __version__

        typer.echo(f"discrepancy {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Flag the differences that matter (names, ranks, numbers, dates) between two reports."""


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"
    junit = "junit"
    github = "github"


class FailOn(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"
    never = "never"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _use_color(choice: Optional[Color], to_terminal: bool) -> bool:
    """--color wins; else FORCE_COLOR, then NO_COLOR (non-empty), then whether it is a terminal."""
    if choice is not None and choice is not Color.auto:
        return choice is Color.always
    if os.environ.get("FORCE_COLOR"):
        return True
    return not os.environ.get("NO_COLOR") and to_terminal


class Bidi(str, Enum):
    auto = "auto"
    visual = "visual"
    logical = "logical"


class NameTolerance(str, Enum):
    strict = "strict"
    normal = "normal"
    loose = "loose"


def _parse_date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None


def _codes(value: Optional[str]) -> Optional[list[str]]:
    return [c for c in value.split(",") if c.strip()] if value else None


def _rule_choice(select: Optional[str], ignore: Optional[str]) -> dict:
    """--select/--ignore as pipeline options; one not given leaves the config's in force."""
    return {key: _codes(value) for key, value in (("select", select), ("ignore", ignore)) if value}


def _fail(message: str) -> None:
    from discrepancy.report import printable

    typer.echo(f"discrepancy: error: {printable(message)}", err=True)
    raise typer.Exit(2)


def _languages(lang_a: Optional[str], lang_b: Optional[str]) -> dict:
    """--lang-a/--lang-b as pipeline options, each checked as a settings value is."""
    from discrepancy.settings import RuleChoice

    for option, value in (("--lang-a", lang_a), ("--lang-b", lang_b)):
        if value is not None and not RuleChoice.LANGUAGE.match(value):
            raise InputError(f"{option}: {value!r} is not a language code like ar, de or en (ISO 639-1)")
    return RuleChoice(lang_a=lang_a, lang_b=lang_b).choice()


_CHUNK = 1 << 20  # characters written to standard output at a time


def _write_stdout(text: str) -> None:
    """Write to standard output; a closed pipe or a full disk is a one-line error, exit 2."""
    try:
        for start in range(0, len(text), _CHUNK):  # never the whole text encoded at once
            sys.stdout.write(text[start : start + _CHUNK])
        sys.stdout.flush()
    except OSError as err:
        # Point fd 1 at /dev/null so the interpreter's final flush cannot fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _fail(f"cannot write to standard output ({err.strerror or err})")


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
    bidi: Optional[Bidi] = typer.Option(
        None, help="Right-to-left text in the terminal view: visual (drawn in display order), logical "
        "(for terminals that reorder it themselves), auto (visual on a terminal; DISCREPANCY_BIDI sets it).",
    ),
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
        settings = project.settings
        options = project.compare_options(a, b)
        options.update(_rule_choice(select, ignore))
        if name_tolerance is not None:
            options["name_tolerance"] = name_tolerance.value
        options.update(_languages(lang_a, lang_b))
        report = run_compare(
            read_source(a, encoding),
            read_source(b, encoding),
            a_path=a,
            b_path=b,
            date_a=_parse_date(date_a, "--date-a"),
            date_b=_parse_date(date_b, "--date-b"),
            keep_boilerplate=keep_boilerplate,
            **options,
        )
    except InputError as err:
        _fail(str(err))
    from discrepancy.report import render
    from discrepancy.report.view import failing

    to_stdout = output in (None, "-")
    to_terminal = to_stdout and sys.stdout.isatty()
    use_color = _use_color(Color.never if no_color else color, to_terminal)
    if width is None and to_terminal:
        import shutil

        width = shutil.get_terminal_size().columns
    threshold = fail_on.value if fail_on else settings.fail_on
    from discrepancy.report.bidi import for_terminal, terminal_mode

    try:
        mode = terminal_mode(bidi and bidi.value, to_terminal)
    except InputError as err:
        _fail(str(err))
    text = render(
        report, format.value, color=use_color, width=width, verbose=verbose, fail_on=threshold, bidi=mode
    )
    if to_stdout:
        _write_stdout(for_terminal(text, mode) if use_color and to_terminal and format is Format.terminal else text)
    else:
        from discrepancy.report.output import write_atomic

        try:
            write_atomic(output, text, inputs=(a, b))
        except InputError as err:
            _fail(str(err))
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
            _fail(str(err))
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


@app.command()
def check(
    files: Optional[list[str]] = typer.Argument(None, metavar="FILE", hidden=True),
    pairs: Optional[str] = typer.Option(
        None, "--pairs", metavar="FILE", help="Manifest of pairs (JSONL or CSV with a,b[,id]) instead of the config's."
    ),
    config: Optional[str] = typer.Option(None, metavar="FILE", help="Settings file (default: found upward)."),
    format: str = typer.Option(
        "text", "--format", "-f", metavar="FORMAT",
        help="text, json, jsonl, sarif, junit, github, markdown, html or terminal.",
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, max=MAX_JOBS, metavar="N", help="Worker processes (default and most: the cores it may use)."
    ),
    scheduler: Optional[str] = typer.Option(
        None, metavar="ADDRESS", help="Check on this Dask scheduler's workers (tcp://HOST:8786) instead."
    ),
    shared_root: Optional[str] = typer.Option(
        None, metavar="PATH|URL", help="Where the workers find the project's files (default: the project root)."
    ),
    changed_since: Optional[str] = typer.Option(
        None, metavar="REV", help="Only pairs with a file changed since this git revision (or untracked)."
    ),
    baseline: Optional[str] = typer.Option(None, metavar="FILE", help="File of accepted findings to suppress."),
    update_baseline: bool = typer.Option(
        False, "--update-baseline", help="Write the current findings to the baseline (for the pairs and rules checked)."
    ),
    fail_on: Optional[FailOn] = typer.Option(None, help="Exit 1 on findings at or above this."),
    select: Optional[str] = typer.Option(None, metavar="CODES", help="Only these rules (codes or prefixes, comma-separated)."),
    ignore: Optional[str] = typer.Option(None, metavar="CODES", help="Skip these rules (codes or prefixes, comma-separated)."),
    encoding: Optional[str] = typer.Option(None, metavar="NAME", help="Encoding of the inputs when not UTF-8."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write the report to this file (atomically) instead of stdout; - is stdout.",
    ),
    skip_unpaired: bool = typer.Option(
        False, "--skip-unpaired", help="Pass over a FILE of no pair (pre-commit gives every staged file)."
    ),
    statistics: bool = typer.Option(False, "--statistics", help="Print how many findings of each code instead."),
    color: Optional[Color] = typer.Option(
        None, help="Colours of --format terminal: auto, always (also FORCE_COLOR), never."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Nothing on stderr but errors: no progress, no notes."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show info findings."),
    roster: bool = typer.Option(False, "--roster", help="One roster over every file of the project's pairs instead."),
) -> None:
    """Check many pairs (translation against source) as one CI step, with a baseline.

    Each FILE given keeps only the pairs it belongs to; a file of no pair is an error unless
    --skip-unpaired (as the pre-commit hook runs it).
    """
    from discrepancy.check import CheckOptions, run
    from discrepancy.report.many import formats

    if roster:
        from discrepancy.roster.command import RosterOptions

        _run_roster(
            RosterOptions(
                project=True, pairs_file=pairs, config=config, fail_on=fail_on.value if fail_on else None,
                format="terminal" if format == "text" else format, select=_codes(select),
                ignore=_codes(ignore), baseline=baseline, update_baseline=update_baseline,
                encoding=encoding, output=output,
            ),
            color=_use_color(color, output in (None, "-") and sys.stdout.isatty()), verbose=verbose,
        )

    try:
        if format not in formats():
            import difflib

            close = difflib.get_close_matches(format, formats(), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise InputError(f"--format: expected one of {', '.join(formats())}, got {format!r}{hint}")
        to_terminal = output in (None, "-") and sys.stdout.isatty()
        options = CheckOptions(
            config=config,
            pairs_file=pairs,
            changed_since=changed_since,
            files=files or [],
            skip_unpaired=skip_unpaired,
            baseline=baseline,
            update_baseline=update_baseline,
            jobs=jobs,
            scheduler=scheduler,
            shared_root=shared_root,
            format=format,
            fail_on=fail_on.value if fail_on else None,
            encoding=encoding,
            statistics=statistics,
            compare_options=_rule_choice(select, ignore),
            output=output,
            render_options={"color": _use_color(color, to_terminal), "verbose": verbose},
        )
        say = (lambda line: None) if quiet else (lambda line: typer.echo(line, err=True))
        status = run(options, _write_stdout, say)
    except InputError as err:
        _fail(str(err))
    raise typer.Exit(status)


@app.command("pairs")
def find_pairs(
    corpus: str = typer.Argument(..., metavar="CORPUS", help="A folder of .txt reports, or a JSONL of {id, text} or {path}."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write the manifest here (paths relative to it); - is stdout."
    ),
    threshold: float = typer.Option(0.5, min=0.01, max=0.99, help="Least Jaccard similarity of two reports' shingles."),
    shingle: int = typer.Option(3, min=1, max=20, metavar="WORDS", help="Words per shingle (1 for translations)."),
    num_perm: int = typer.Option(128, min=16, max=1024, metavar="N", help="MinHash permutations."),
    across: bool = typer.Option(False, "--across", help="Pair only reports of different groups (subfolders, or 'group')."),
    one_to_one: bool = typer.Option(
        False, "--one-to-one", help="Keep a pair only when each report is the other's closest in its group."
    ),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, max=MAX_JOBS, metavar="N", help="Worker processes."),
    scheduler: Optional[str] = typer.Option(None, metavar="ADDRESS", help="Run on this Dask scheduler instead."),
) -> None:
    """Find the reports of a corpus that tell the same story, as a manifest for check --pairs.

    Of each pair the report earlier in the corpus is a (the source), the later b.
    """
    from discrepancy.neardup.command import PairsOptions, run

    params = dict(threshold=threshold, shingle=shingle, num_perm=num_perm, across=across, one_to_one=one_to_one)
    try:
        status = run(
            PairsOptions(corpus=corpus, output=output, jobs=jobs, scheduler=scheduler, params=params),
            _write_stdout, lambda line: typer.echo(line, err=True),
        )
    except InputError as err:
        _fail(str(err))
    raise typer.Exit(status)


@app.command()
def roster(
    files: list[str] = typer.Argument(..., help="Every report on the story: files, glob patterns, or -."),
    format: str = typer.Option("terminal", "--format", "-f", help="terminal, json, markdown, html or sarif."),
    fail_on: Optional[FailOn] = typer.Option(None, help="Exit 1 on findings at or above this."),
    select: Optional[str] = typer.Option(None, help="Only these ROS rules (codes or prefixes, comma-separated)."),
    ignore: Optional[str] = typer.Option(None, help="Skip these ROS rules (codes or prefixes, comma-separated)."),
    baseline: Optional[str] = typer.Option(None, help="File of accepted roster findings to suppress."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Accept every current finding."),
    keep_boilerplate: bool = typer.Option(False, help="Keep page chrome."),
    encoding: Optional[str] = typer.Option(None, help="Encoding of the inputs when not UTF-8."),
    config: Optional[str] = typer.Option(None, help="Settings file (default: found upward)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to this file (atomically)."),
    color: Optional[Color] = typer.Option(
        None, help="Colours: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces them), always, never."
    ),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text, no colours (as --color never)."),
    width: Optional[int] = typer.Option(None, min=40, help="Width of the terminal view."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show other names and info findings."),
) -> None:
    """Who is who across every report on a story: people, spellings, ranks, and what disagrees."""
    from discrepancy.roster.command import RosterOptions

    _run_roster(
        RosterOptions(
            files=files, format=format, fail_on=fail_on.value if fail_on else None,
            select=_codes(select), ignore=_codes(ignore), baseline=baseline,
            update_baseline=update_baseline, keep_boilerplate=keep_boilerplate,
            encoding=encoding, config=config, output=output,
        ),
        color=_use_color(Color.never if no_color else color, output in (None, "-") and sys.stdout.isatty()),
        width=width, verbose=verbose,
    )


def _run_roster(options, **render_options) -> None:
    from discrepancy.roster.command import run

    options.render_options = render_options
    try:
        status = run(options, _write_stdout, lambda line: typer.echo(line, err=True))
    except InputError as err:
        _fail(str(err))
    raise typer.Exit(status)


@app.command()
def schema(
    roster: bool = typer.Option(False, "--roster", help="The schema of `roster --format json` instead."),
) -> None:
    """Print the JSON Schema of the report (the contract of --format json)."""
    import json

    if roster:
        from discrepancy.roster.model import Roster as Report
    else:
        from discrepancy.model import Report

    # The schema of what --format json writes (a document's text is left out of it).
    schema = Report.model_json_schema(mode="serialization")
    typer.echo(json.dumps(schema, indent=2, sort_keys=True))


def _terminated(signum, frame) -> None:
    """SIGTERM unwinds like an exception, so a file being written is tidied away."""
    raise SystemExit(128 + signum)


def main() -> None:
    """Run the app, with usage errors as one line (typer would draw a multi-line box)."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    try:
        status = app(standalone_mode=False)
    except typer.TyperException as err:
        message = " ".join(err.format_message().split())
        if type(err).__name__ == "NoArgsIsHelpError":
            typer.echo(err.format_message())
        else:
            typer.echo(f"discrepancy: error: {message}", err=True)
        status = 2
    except typer.Abort:
        typer.echo("discrepancy: error: interrupted", err=True)
        status = 2
    sys.exit(status or 0)
