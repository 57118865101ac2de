"""The command line: parse options, run the pipeline, pick a renderer, set the exit status.

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error. The commands
live by what they read: one pair (``pair.py``: compare, rules) or many files
(``many.py``: check, pairs, roster); ``options.py`` holds what they share. Each imports the
pipeline only when it runs, so ``--help`` stays light.
"""

from __future__ import annotations

import sys

from discrepancy import runcache

runcache.prime()  # before anything compiles: the command line's runs share their patterns, a library's not

import typer  # noqa: E402

app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: no <str>/<bool> placeholders, and rich is not imported
    help="Flag the differences that matter (names, ranks, numbers, dates) between two reports.",
)


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


# The commands join the app in the order --help lists them.
from discrepancy.cli import pair  # noqa: E402,F401,I001
from discrepancy.cli import many  # noqa: E402,F401,I001


@app.command()
def schema(
    roster: bool = typer.Option(False, "--roster", help="The schema of `roster --format json` instead."),
) -> None:
    """Print the JSON Schema of the report (the contract of --format json)."""
    import json

    from pydantic import TypeAdapter

    if roster:
        from discrepancy.roster.model import Roster as Report
    else:
        from discrepancy.model import Report

    # The schema of what --format json writes (a document's text is left out of it): pydantic
    # describes the records from their fields and metadata.
    schema = TypeAdapter(Report).json_schema(mode="serialization")
    typer.echo(json.dumps(schema, indent=2, sort_keys=True))


def _terminated(signum, frame) -> None:
    """SIGTERM unwinds like an exception, so a file being written is tidied away."""
    raise SystemExit(128 + signum)


def main() -> None:
    """Run the app, with usage errors as one line (typer would draw a multi-line box)."""
    import gc
    import signal

    # A run builds most of what it keeps at start-up (modules, patterns, lexicons, pydantic
    # schemas) and makes little cyclic garbage: collecting young objects every 700 allocations,
    # the default, took about 8 % of a short run's CPU time, half of it re-reading the older
    # ones. On a long document nearly every object it makes lives to the end (sentences,
    # mentions, findings) and each young collection reads them again for nothing: every
    # 100,000 allocations, and the middle generation every 20 of those, the 30k generated pair
    # spent 0.7 s in the collector instead of 1.8 s (of 23 s), 2 MiB more at its peak.
    gc.set_threshold(100_000, 20)
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
