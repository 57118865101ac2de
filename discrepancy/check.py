"""Many pairs at once, for CI: which pairs, checked in parallel, against a baseline, one report.

Pairs come from the config (explicit ``[[tool.discrepancy.pairs]]`` and glob ``rules`` that map
each translation to its source) or from a manifest (JSONL or CSV). Results keep the order of the
pairs whatever order the workers finish in, so the report is byte-identical for any ``jobs``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Optional

from discrepancy.baseline import Baseline, Fact, facts_of, split_accepted
from discrepancy.config import Config, GlobRule, load_config
from discrepancy.config import relative_posix as _relative
from discrepancy.pathglob import glob_captures
from discrepancy.errors import InputError
from discrepancy.model import Report
from discrepancy.report import counted

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_SKIP_DIRS = {"__pycache__", "node_modules"}  # and every hidden directory (.git, .venv...)


@dataclass(frozen=True)
class PairSpec:
    """One pair, compared as ``compare(a, b)``: ``b`` (the translation) is the file checked
    against ``a`` (its source); both paths absolute."""

    id: str
    a: Path
    b: Path

    def shown(self, path: Path) -> str:
        """``path`` as a report shows it: relative to the working directory when below it."""
        return _relative(path, Path.cwd())


@dataclass
class PairResult:
    pair: PairSpec
    report: Report
    facts: list[Fact]  # of report.findings, in order
    suppressed: int = 0


# ---- which pairs -------------------------------------------------------------------------------


def pairs_from_config(config: Config) -> list[PairSpec]:
    """Explicit pairs, then every translation the glob rules find (in path order) against its
    source, unless that pair of files is already listed (an explicit pair gives it an id, and a
    pair is checked once); a pair's id is its translation's path unless given."""
    root, settings = config.root, config.settings
    specs = [
        _spec(pair.id, root / pair.a, root / pair.b, root, f"{config.path}: pairs")
        for pair in settings.pairs
    ]
    listed = {(spec.a, spec.b) for spec in specs}
    for number, rule in enumerate(settings.rules, 1):
        for translation, source in expand_rule(rule, root):
            if not (root / source).is_file():
                raise InputError(
                    f"{translation}: its source {source} (rule {number}: {rule.source!r}) does not exist"
                )
            spec = _spec(None, root / source, root / translation, root, str(config.path))
            if (spec.a, spec.b) not in listed:
                listed.add((spec.a, spec.b))
                specs.append(spec)
    return _unique(specs)


def expand_rule(rule: GlobRule, root: Path) -> list[tuple[str, str]]:
    """(translation, source) relative paths for every file under ``root`` matching the rule."""
    fixed = PurePosixPath(re.split(r"[*?\[]", rule.translation, maxsplit=1)[0]).parent
    pairs = []
    for translation in _walk(root, root / fixed):
        matched = glob_captures(rule.translation, translation)
        if matched is None:
            continue
        captures = [g.rstrip("/") for g in matched]
        path = PurePosixPath(translation)
        fields = dict(stem=captures[-1], name=path.name, dir=path.parent.as_posix())
        try:
            source = rule.source.format(translation, *captures, **fields)
        except IndexError:
            raise InputError(
                f"rule source {rule.source!r}: {rule.translation!r} has only {len(captures)} wildcards"
            ) from None
        pairs.append((translation, source))
    return sorted(pairs)


def _walk(root: Path, start: Path) -> list[str]:
    found = []
    for directory, dirs, files in os.walk(start):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in files:
            found.append(_relative(Path(directory) / name, root))
    return sorted(found)


def pairs_from_manifest(path: Path) -> list[PairSpec]:
    """Pairs listed in a JSONL (``{"a", "b", "id"?}`` per line) or CSV (``a,b[,id]``) file."""
    if not path.is_file():
        raise InputError(f"{path}: no such pairs file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    root = path.resolve().parent
    suffix = path.suffix.lower()
    is_csv = suffix == ".csv" or suffix not in _JSONL_SUFFIXES and not text.lstrip().startswith("{")
    rows = _csv_rows(text, path) if is_csv else _jsonl_rows(text, path)
    specs = [_spec(row.get("id"), root / row["a"], root / row["b"], root, where) for where, row in rows]
    return _unique(specs)


def _jsonl_rows(text: str, path: Path):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as err:
            raise InputError(f"{where}: not a JSON object ({err.msg})") from None
        yield where, _check_row(row, where)


def _csv_rows(text: str, path: Path):
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in reader.fieldnames or []]
    if not {"a", "b"} <= set(header) or not set(header) <= {"a", "b", "id"}:
        raise InputError(f"{path}:1: the CSV header must be a,b or a,b,id (got {','.join(header)})")
    reader.fieldnames = header
    for row in reader:
        where = f"{path}:{reader.line_num}"
        yield where, _check_row({k: v for k, v in row.items() if v not in (None, "")}, where)


def _check_row(row, where: str) -> dict:
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected an object with \"a\" and \"b\"")
    for key in ("a", "b"):
        if not isinstance(row.get(key), str) or not row[key]:
            raise InputError(f"{where}: missing {key!r} (a path)")
    if "id" in row and not isinstance(row["id"], str):
        raise InputError(f"{where}: 'id' must be a string")
    unknown = set(row) - {"a", "b", "id"}
    if unknown:
        raise InputError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    return row


def _spec(pair_id: Optional[str], a: Path, b: Path, root: Path, where: str) -> PairSpec:
    for path in (a, b):
        if not path.is_file():
            raise InputError(f"{where}: {_relative(path, root)}: no such file")
    return PairSpec(id=pair_id or _relative(b, root), a=a.resolve(), b=b.resolve())


def _unique(specs: list[PairSpec]) -> list[PairSpec]:
    counts = Counter(spec.id for spec in specs)
    repeated = sorted(pair_id for pair_id, n in counts.items() if n > 1)
    if repeated:
        raise InputError(f"pair id {repeated[0]!r} is used twice; give the pairs distinct ids")
    return specs


def changed_files(rev: str, cwd: Path) -> set[Path]:
    """Files changed since ``rev`` in git, plus untracked ones, as absolute paths."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
            )
        except FileNotFoundError:
            raise InputError("--changed-since: git is not installed") from None
        if done.returncode != 0:
            detail = (done.stderr.strip().splitlines() or ["git failed"])[0]
            raise InputError(f"--changed-since {rev}: {detail}")
        return done.stdout

    top = Path(git("rev-parse", "--show-toplevel").strip())
    names = git("diff", "--name-only", rev, "--").splitlines()
    names += git("ls-files", "--others", "--exclude-standard", "--full-name").splitlines()
    return {(top / name).resolve() for name in names if name}


def only_touching(pairs: list[PairSpec], files: set[Path]) -> list[PairSpec]:
    """The pairs of which ``files`` (absolute, resolved) hold the translation or the source."""
    return [p for p in pairs if p.a in files or p.b in files]


# ---- checking ------------------------------------------------------------------------------------


def _check_one(job: tuple) -> Report | InputError:
    """Compare one pair (runs in a worker process); input errors come back as values."""
    a, b, a_shown, b_shown, options, encoding = job
    from discrepancy.load import read_source
    from discrepancy.pipeline import compare

    try:
        return compare(
            read_source(str(a), encoding),
            read_source(str(b), encoding),
            a_path=a_shown,
            b_path=b_shown,
            **options,
        )
    except InputError as err:
        return err


def check_pairs(
    pairs: list[PairSpec],
    config: Config,
    *,
    jobs: int = 1,
    encoding: Optional[str] = None,
    overrides: Optional[dict] = None,
    on_done: Callable[[PairSpec, Report], None] = lambda pair, report: None,
) -> list[Report]:
    """Reports for ``pairs`` in their order; ``on_done`` is told as each one finishes.

    ``overrides`` are pipeline options given on the command line; they win over the config's.
    """
    work = [
        (
            pair.a,
            pair.b,
            pair.shown(pair.a),
            pair.shown(pair.b),
            {**config.compare_options(pair.a, pair.b), **(overrides or {})},
            encoding,
        )
        for pair in pairs
    ]
    reports: list = [None] * len(work)
    if jobs <= 1 or len(work) <= 1:
        for index, job in enumerate(work):
            reports[index] = _finish(pairs[index], _check_one(job), on_done)
        return reports
    from concurrent.futures import ProcessPoolExecutor, as_completed

    import discrepancy.pipeline  # noqa: F401  (imported once here, inherited by forked workers)

    # Neighbouring pairs often share a source, and the stages cache per sentence: contiguous
    # chunks keep those together, and four chunks per worker still balance the load.
    size = max(1, -(-len(work) // (jobs * 4)))
    chunks = [range(i, min(i + size, len(work))) for i in range(0, len(work), size)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures = {pool.submit(_check_chunk, [work[i] for i in chunk]): chunk for chunk in chunks}
        for future in as_completed(futures):
            for index, outcome in zip(futures[future], future.result()):
                reports[index] = outcome
                if not isinstance(outcome, InputError):
                    on_done(pairs[index], outcome)
    # The first bad pair in pair order, whichever worker met it first: the same error each run.
    errors = [outcome for outcome in reports if isinstance(outcome, InputError)]
    if errors:
        raise errors[0]
    return reports


def _check_chunk(jobs: list[tuple]) -> list:
    return [_check_one(job) for job in jobs]


def _finish(pair: PairSpec, outcome, on_done) -> Report:
    if isinstance(outcome, InputError):
        raise outcome
    on_done(pair, outcome)
    return outcome


def apply_baseline(
    pairs: list[PairSpec],
    reports: list[Report],
    facts: list[list[Fact]],
    baseline: Baseline,
    every_pair: bool = True,
) -> tuple[list[PairResult], list[Fact]]:
    """Drop accepted findings from each report (``facts``: of each report's findings); also
    return the entries nothing matched.

    When ``pairs`` are ``every_pair`` of the project, entries of pairs that no longer exist are
    stale too; otherwise only the entries of the pairs checked are judged.
    """
    if not every_pair:
        baseline = baseline.only_pairs({p.id for p in pairs}, keep=True)
    remaining = baseline.counts.copy()
    results = []
    for pair, report, found in zip(pairs, reports, facts):
        new, new_facts, suppressed = split_accepted(report.findings, found, remaining)
        results.append(PairResult(pair, report.model_copy(update={"findings": new}), new_facts, suppressed))
    stale = sorted(fact for fact, count in remaining.items() for _ in range(count))
    return results, stale


# ---- one command ---------------------------------------------------------------------------------


@dataclass
class CheckOptions:
    """What the ``check`` command was asked; None means "as the config says"."""

    config: Optional[str] = None
    pairs_file: Optional[str] = None
    changed_since: Optional[str] = None
    files: list[str] = field(default_factory=list)
    baseline: Optional[str] = None
    update_baseline: bool = False
    jobs: Optional[int] = None
    format: str = "text"
    fail_on: Optional[str] = None
    output: Optional[str] = None
    encoding: Optional[str] = None
    compare_options: dict = field(default_factory=dict)
    render_options: dict = field(default_factory=dict)


def run(options: CheckOptions, write: Callable[[str], None], say: Callable[[str], None]) -> int:
    """Check every pair, write the report, and return the exit status (0 clean, 1 findings)."""
    from discrepancy.report.many import render_many
    from discrepancy.report.output import write_atomic
    from discrepancy.report.view import failing

    config = load_config(options.config)
    settings = config.settings
    if options.pairs_file:
        pairs = pairs_from_manifest(Path(options.pairs_file))
    else:
        pairs = pairs_from_config(config)
        if not pairs:
            where = config.path or "no config file found"
            raise InputError(
                f"{where}: no pairs to check; add [[pairs]] or [[rules]] to the config, or give --pairs"
            )
    every_pair = not (options.changed_since or options.files)
    if options.changed_since:
        pairs = only_touching(pairs, changed_files(options.changed_since, Path.cwd()))
        say(f"{len(pairs)} pairs with changes since {options.changed_since}")
    if options.files:
        pairs = only_touching(pairs, {Path(name).resolve() for name in options.files})
    baseline_path = _baseline_path(options, config)
    if options.update_baseline and baseline_path is None:
        raise InputError("--update-baseline: name the file with --baseline or 'baseline' in the config")
    if options.update_baseline and not baseline_path.parent.is_dir():
        raise InputError(f"{baseline_path}: cannot write the baseline there (no such folder)")
    baseline = Baseline.read(baseline_path) if baseline_path else Baseline()

    jobs = options.jobs or settings.jobs or _cores()
    with progress(len(pairs), say) as on_done:
        reports = check_pairs(
            pairs,
            config,
            jobs=jobs,
            encoding=options.encoding,
            overrides=options.compare_options,
            on_done=on_done,
        )

    facts = [facts_of(pair.id, report) for pair, report in zip(pairs, reports)]
    if options.update_baseline:
        kept = Baseline() if every_pair else baseline.only_pairs({p.id for p in pairs}, keep=False)
        updated = kept.merged(Baseline.from_facts(fact for found in facts for fact in found))
        write_atomic(str(baseline_path), updated.dumps())
        say(f"baseline: wrote {sum(updated.counts.values())} accepted findings to {baseline_path}")
        baseline = updated
    results, stale = apply_baseline(pairs, reports, facts, baseline, every_pair)
    for fact in stale:
        say(
            f"baseline: stale entry {fact.fingerprint} ({fact.pair} {fact.code}: "
            f"{fact.a!r} / {fact.b!r}{' of ' + repr(fact.subject) if fact.subject else ''}) "
            "is no longer found"
        )
    fail_on = options.fail_on or settings.fail_on
    text = render_many(results, options.format, stale, fail_on=fail_on, **options.render_options)
    if options.output:
        inputs = tuple(str(path) for pair in pairs for path in (pair.a, pair.b))
        write_atomic(options.output, text, inputs=inputs)
    else:
        write(text)
    return 1 if any(failing(r.report.findings, fail_on) for r in results) else 0


def _cores() -> int:
    """Cores this process may run on (fewer than the machine's in a container or with taskset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _baseline_path(options: CheckOptions, config: Config) -> Optional[Path]:
    if options.baseline:
        return Path(options.baseline)
    if config.settings.baseline:
        return config.root / config.settings.baseline
    return None


class progress:
    """A rich progress bar on a terminal's stderr, else one plain line per finished pair."""

    def __init__(self, total: int, say: Callable[[str], None]):
        import sys

        self.total, self.say, self.done = total, say, 0
        self.bar = None
        if sys.stderr.isatty() and total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}", style="dim"),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> Callable[[PairSpec, Report], None]:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        return self.update

    def update(self, pair: PairSpec, report: Report) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=pair.id)
        else:
            self.say(f"[{self.done}/{self.total}] {pair.id}: {counted(len(report.findings), 'finding')}")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
