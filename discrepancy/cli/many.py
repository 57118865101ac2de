"""The commands on many files: check (pairs from a project), pairs (which reports are
near-duplicates), roster (every report on a story)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from discrepancy.cli import app
from discrepancy.cli.options import (
    BIDI_HELP, MAX_JOBS, Bidi, Color, FailOn, codes, fail, rule_choice, wants_color, write_stdout,
)
from discrepancy.errors import InputError


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
    bidi: Optional[Bidi] = typer.Option(None, help=BIDI_HELP),
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
                format="terminal" if format == "text" else format, select=codes(select),
                ignore=codes(ignore), baseline=baseline, update_baseline=update_baseline,
                encoding=encoding, output=output,
            ),
            color, verbose=verbose, bidi=bidi and bidi.value,
        )

    try:
        if format not in formats():
            import difflib

            close = difflib.get_close_matches(format, formats(), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise InputError(f"--format: expected one of {', '.join(formats())}, got {format!r}{hint}")
        from discrepancy.report.bidi import for_terminal, terminal_mode

        to_terminal = output in (None, "-") and sys.stdout.isatty()
        use_color, mode = wants_color(color, to_terminal), terminal_mode(bidi and bidi.value, to_terminal)
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
            compare_options=rule_choice(select, ignore),
            output=output,
            render_options={"color": use_color, "verbose": verbose, "bidi": mode},
        )
        say = (lambda line: None) if quiet else (lambda line: typer.echo(line, err=True))
        drawn = use_color and to_terminal and format == "terminal"
        status = run(options, lambda text: write_stdout(for_terminal(text, mode) if drawn else text), say)
    except InputError as err:
        fail(str(err))
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
            write_stdout, lambda line: typer.echo(line, err=True),
        )
    except InputError as err:
        fail(str(err))
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
    bidi: Optional[Bidi] = typer.Option(None, help=BIDI_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show other names and info findings."),
) -> None:
    """Who is who across every report on a story: people, spellings, ranks, and what disagrees."""
    from discrepancy.roster.command import RosterOptions

    _run_roster(
        RosterOptions(
            files=files, format=format, fail_on=fail_on.value if fail_on else None,
            select=codes(select), ignore=codes(ignore), baseline=baseline,
            update_baseline=update_baseline, keep_boilerplate=keep_boilerplate,
            encoding=encoding, config=config, output=output,
        ),
        Color.never if no_color else color, width=width, verbose=verbose, bidi=bidi and bidi.value,
    )


def _run_roster(options, color: Optional[Color], **render_options) -> None:
    """Write the roster; right-to-left text in the terminal view is drawn as ``compare`` draws it."""
    from discrepancy.report.bidi import for_terminal, terminal_mode
    from discrepancy.roster.command import run

    to_terminal = options.output in (None, "-") and sys.stdout.isatty()
    use_color = wants_color(color, to_terminal)
    try:
        mode = terminal_mode(render_options.pop("bidi", None), to_terminal)
        options.render_options = {**render_options, "color": use_color, "bidi": mode}
        drawn = use_color and to_terminal and options.format == "terminal"
        status = run(options, lambda text: write_stdout(for_terminal(text, mode) if drawn else text),
                     lambda line: typer.echo(line, err=True))
    except InputError as err:
        fail(str(err))
    raise typer.Exit(status)
