"""What ``discrepancy roster`` and ``check --roster`` do between parsing options and exiting:
find and read the files, build the roster, apply a baseline, render, and say the exit status.
"""

from __future__ import annotations

import glob
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from discrepancy.errors import InputError

FORMATS = ("terminal", "json", "markdown", "html", "sarif")
# Baseline entries of a roster are filed under this pair id.
ROSTER_PAIR = "roster"


@dataclass
class RosterOptions:
    """What the command was asked; None means "as the config says"."""

    files: list[str] = field(default_factory=list)
    project: bool = False  # check --roster: every file of the project's pairs
    pairs_file: Optional[str] = None
    config: Optional[str] = None
    format: str = "terminal"
    fail_on: Optional[str] = None
    select: Optional[list[str]] = None
    ignore: Optional[list[str]] = None
    encoding: Optional[str] = None
    keep_boilerplate: bool = False
    output: Optional[str] = None
    baseline: Optional[str] = None
    update_baseline: bool = False
    render_options: dict = field(default_factory=dict)


def run(options: RosterOptions, write: Callable[[str], None], say: Callable[[str], None]) -> int:
    """Build and write the roster; return the exit status (0 clean, 1 findings at --fail-on)."""
    from discrepancy.config import load_config
    from discrepancy.load import read_source
    from discrepancy.report.output import write_atomic
    from discrepancy.report.roster import render
    from discrepancy.report.view import failing
    from discrepancy.roster.story import build_roster

    if options.format not in FORMATS:
        raise InputError(f"--format: expected one of {', '.join(FORMATS)}, got {options.format!r}")
    config = load_config(options.config)
    # a file's language is known from its pair (the side it is on); files given are detected
    languages = project_files(config, options.pairs_file) if options.project else dict.fromkeys(expand(options.files))
    paths = list(languages)
    per_file = [config.compare_options(path, path) for path in paths]
    settings = per_file[0]  # the same for every file, but for how numeric dates read
    texts = [read_source(path, options.encoding) for path in paths]
    roster = build_roster(
        texts, paths, keep_boilerplate=options.keep_boilerplate,
        day_first=[o.get("day_first_a") for o in per_file], langs=list(languages.values()),
        select=options.select, ignore=options.ignore or settings.get("ignore"),
        severity=settings.get("severity"), ranks=settings.get("ranks"), titles=settings.get("titles"),
        aliases=settings.get("aliases"),
    )
    if options.baseline or options.update_baseline:
        roster.findings[:] = _after_baseline(roster, options, paths, say)
    fail_on = options.fail_on or config.fail_on
    text = render(roster, options.format, fail_on=fail_on, **options.render_options)
    if options.output not in (None, "-"):
        write_atomic(options.output, text, inputs=tuple(paths))
    else:
        write(text)
    return 1 if failing(roster.findings, fail_on) else 0


def expand(arguments: list[str]) -> list[str]:
    """The files named: paths as given, ``-`` for standard input (once), and glob patterns
    (``reports/**/*.txt``) expanded in sorted order; a pattern matching nothing is an error."""
    if not arguments:
        raise InputError("roster: name the reports to read (files or glob patterns)")
    if arguments.count("-") > 1:
        raise InputError("standard input (-) can be given only once")
    paths: list[str] = []
    for argument in arguments:
        if argument != "-" and glob.has_magic(argument) and not os.path.exists(argument):
            found = sorted(p for p in glob.glob(argument, recursive=True) if os.path.isfile(p))
            if not found:
                raise InputError(f"{argument}: no file matches this pattern")
            paths.extend(found)
        else:
            paths.append(argument)
    return list(dict.fromkeys(paths))


def project_files(config, pairs_file: Optional[str]) -> dict[str, Optional[str]]:
    """Every file of the pairs a project lists ([[pairs]], [[rules]] globs, or a manifest),
    each once, in the order the pairs list them, with the language its first pair gives it
    (``lang-a`` for a source, ``lang-b`` for a translation), else None."""
    from discrepancy.pairs import pairs_from_config, pairs_from_manifest
    from discrepancy.settings import merged_choice

    pairs = pairs_from_manifest(Path(pairs_file), config.root) if pairs_file else pairs_from_config(config)
    if not pairs:
        raise InputError(f"{config.path or 'no config file found'}: no pairs, so no files for the roster")
    languages: dict[str, Optional[str]] = {}
    for pair in pairs:
        choice = merged_choice(config.settings.choice(), pair.choice)
        for path, key in ((pair.a, "lang_a"), (pair.b, "lang_b")):
            languages.setdefault(pair.shown(path), choice.get(key))  # as check shows it: no absolute path
    return languages


def _after_baseline(roster, options: RosterOptions, paths: list[str], say: Callable[[str], None]) -> list:
    """The findings the baseline does not accept; --update-baseline accepts them all first."""
    from discrepancy.baseline import Baseline, Fact, fold, split_accepted
    from discrepancy.report.output import write_atomic

    if not options.baseline:
        raise InputError("--update-baseline: name the file with --baseline")
    path = Path(options.baseline)
    facts = [
        Fact(
            ROSTER_PAIR, f.code, fold(f.a.text if f.a else None), fold(f.b.text if f.b else None),
            fold(roster.people[f.person].name) if f.person is not None else "",
        )
        for f in roster.findings
    ]
    if options.update_baseline:
        if not path.parent.resolve().is_dir():
            raise InputError(f"{path}: cannot write the baseline there (no such folder)")
        write_atomic(str(path), Baseline.from_facts(facts).dumps(), inputs=tuple(paths), what="--baseline")
        say(f"baseline: wrote {len(facts)} accepted findings to {path}")
    remaining = Counter(Baseline.read(path).counts)
    new, _, _ = split_accepted(roster.findings, facts, remaining)
    for fact in sorted(f for f, n in remaining.items() if n > 0):
        say(f"baseline: stale entry {fact.fingerprint} ({fact.code}: {fact.a!r} / {fact.b!r}) is no longer found")
    return new
