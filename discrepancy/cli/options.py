"""What the commands share: the choices their options take and the helpers that read them."""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from typing import Optional

import typer

from discrepancy.errors import InputError

MAX_JOBS = 256  # as settings.MAX_JOBS, which imports pydantic: this module starts light


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


def wants_color(choice: Optional[Color], to_terminal: bool) -> bool:
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


BIDI_HELP = (
    "Right-to-left text in the terminal view: visual (drawn in display order), logical "
    "(for terminals that reorder it themselves), auto (visual on a terminal; DISCREPANCY_BIDI sets it)."
)


class NameTolerance(str, Enum):
    strict = "strict"
    normal = "normal"
    loose = "loose"


def parse_date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None


def codes(value: Optional[str]) -> Optional[list[str]]:
    return [c for c in value.split(",") if c.strip()] if value else None


def rule_choice(select: Optional[str], ignore: Optional[str]) -> dict:
    """--select/--ignore as pipeline options; one not given leaves the config's in force."""
    return {key: codes(value) for key, value in (("select", select), ("ignore", ignore)) if value}


def fail(message: str) -> None:
    from discrepancy.report import printable

    typer.echo(f"discrepancy: error: {printable(message)}", err=True)
    raise typer.Exit(2)


def languages(lang_a: Optional[str], lang_b: Optional[str]) -> dict:
    """--lang-a/--lang-b as pipeline options, each checked as a settings value is."""
    from discrepancy.model import LANGUAGE_CODE

    for option, value in (("--lang-a", lang_a), ("--lang-b", lang_b)):
        if value is not None and not LANGUAGE_CODE.match(value):
            raise InputError(f"{option}: {value!r} is not a language code like ar, de or en (ISO 639-1)")
    return {key: value for key, value in (("lang_a", lang_a), ("lang_b", lang_b)) if value}


_CHUNK = 1 << 20  # characters written to standard output at a time


def write_stdout(text: str) -> None:
    """Write to standard output; a closed pipe or a full disk is a one-line error, exit 2."""
    try:
        for start in range(0, len(text), _CHUNK):  # never the whole text encoded at once
            sys.stdout.write(text[start : start + _CHUNK])
        sys.stdout.flush()
    except OSError as err:
        # Point fd 1 at /dev/null so the interpreter's final flush cannot fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        fail(f"cannot write to standard output ({err.strerror or err})")
