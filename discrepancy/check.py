"""Many pairs at once, for CI: checked in parallel, against a baseline, one report.

Which pairs is ``discrepancy.pairs``' job. Results keep the order of the pairs whatever order
the workers finish in, so the report is byte-identical for any ``jobs``.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from discrepancy.baseline import Baseline, Fact, facts_of, split_accepted
from discrepancy.config import Config, load_config, relative_posix
from discrepancy.settings import merged_choice
from discrepancy.errors import InputError
from discrepancy.model import Report
from discrepancy.pairs import (
    PairSpec,
    changed_files,
    inside,
    only_touching,
    pairs_from_config,
    pairs_from_manifest,
)
from discrepancy.report import counted, printable


@dataclass
class PairResult:
    pair: PairSpec
    report: Report
    facts: list[Fact]  # of report.findings, in order
    suppressed: int = 0


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


def pair_options(
    pair: PairSpec, config: Config, overrides: Optional[dict] = None, root: Optional[Path] = None
) -> dict:
    """Pipeline options for one pair: the config's, the command line's over them, then the
    pair's own select/ignore/severity (from its ``[[pairs]]`` entry or ``[[rules]]`` rule).
    ``root`` is the config's root resolved, when known."""
    root = root or config.root.resolve()
    a, b = (relative_posix(path, root, resolve=False) for path in (pair.a, pair.b))
    options = {**config.settings.compare_options(a, b), **(overrides or {})}
    return merged_choice(options, pair.choice)


def rule_codes(options: dict) -> frozenset[str]:
    """The codes of the pair rules that run with these pipeline options."""
    from discrepancy.rules import chosen_rules

    return frozenset(r.code for r, _ in chosen_rules(options.get("select"), options.get("ignore"), None, "pair"))


def check_pairs(
    pairs: list[PairSpec],
    options: list[dict],
    *,
    jobs: int = 1,
    encoding: Optional[str] = None,
    on_done: Callable[[PairSpec, Report], None] = lambda pair, report: None,
) -> list[Report]:
    """Reports for ``pairs`` (each with its pipeline ``options``) in their order; ``on_done`` is
    told as each one finishes. At most ``jobs`` worker processes, and no more than there are
    chunks of work."""
    cwd = Path.cwd().resolve()
    work = [
        (pair.a, pair.b, pair.shown(pair.a, cwd), pair.shown(pair.b, cwd), own, encoding)
        for pair, own in zip(pairs, options)
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
    judged: Callable[[Fact], bool],
) -> tuple[list[PairResult], list[tuple[Fact, int]]]:
    """Drop accepted findings from each report (``facts``: of each report's findings); also
    return the ``judged`` entries nothing matched (stale), each once with its unmatched count.

    An entry is judged when this run could have found it again: its pair was checked and its
    rule ran (or, on a run over every pair, its pair is gone).
    """
    remaining = baseline.counts.copy()
    results = []
    for pair, report, found in zip(pairs, reports, facts):
        new, new_facts, suppressed = split_accepted(report.findings, found, remaining)
        results.append(PairResult(pair, report.model_copy(update={"findings": new}), new_facts, suppressed))
    stale = sorted((fact, count) for fact, count in remaining.items() if count > 0 and judged(fact))
    return results, stale


# ---- one command ---------------------------------------------------------------------------------


@dataclass
class CheckOptions:
    """What the ``check`` command was asked; None means "as the config says"."""

    config: Optional[str] = None
    pairs_file: Optional[str] = None
    changed_since: Optional[str] = None
    files: list[str] = field(default_factory=list)
    skip_unpaired: bool = False
    baseline: Optional[str] = None
    update_baseline: bool = False
    jobs: Optional[int] = None
    scheduler: Optional[str] = None
    shared_root: Optional[str] = None
    format: str = "text"
    fail_on: Optional[str] = None
    output: Optional[str] = None
    encoding: Optional[str] = None
    statistics: bool = False
    compare_options: dict = field(default_factory=dict)
    render_options: dict = field(default_factory=dict)


def run(options: CheckOptions, write: Callable[[str], None], say: Callable[[str], None]) -> int:
    """Check every pair, write the report, and return the exit status (0 clean, 1 findings)."""
    from discrepancy.report.many import render_many, statistics
    from discrepancy.report.output import write_atomic
    from discrepancy.report.view import failing

    config = load_config(options.config)
    settings = config.settings
    pairs, every_pair = _chosen_pairs(options, config, say)
    baseline_path = _baseline_path(options, config)
    if options.update_baseline and baseline_path is None:
        raise InputError("--update-baseline: name the file with --baseline or 'baseline' in the config")
    if options.update_baseline and not baseline_path.parent.is_dir():
        raise InputError(f"{baseline_path}: cannot write the baseline there (no such folder)")
    baseline = Baseline.read(baseline_path) if baseline_path else Baseline()
    root = config.root.resolve()
    per_pair = [pair_options(pair, config, options.compare_options, root) for pair in pairs]
    codes = {pair.id: rule_codes(own) for pair, own in zip(pairs, per_pair)}
    project_ids = {pair.id for pair in pairs} if every_pair else set()

    def judged(fact: Fact) -> bool:
        if fact.pair in codes:
            return fact.code in codes[fact.pair]
        return every_pair and fact.pair not in project_ids

    if options.scheduler or settings.scheduler:
        from discrepancy.cluster import check_on_cluster, connect

        with connect(options.scheduler or settings.scheduler, from_config=not options.scheduler) as client:
            with progress(len(pairs), say) as on_done:
                reports = check_on_cluster(
                    pairs, per_pair, client=client, root=config.root, shared_root=options.shared_root,
                    encoding=options.encoding, on_done=on_done,
                )
    else:
        if options.shared_root:
            raise InputError("--shared-root: only with --scheduler (or scheduler in the config)")
        # More workers than cores cannot speed up this CPU-bound work, only start more processes.
        jobs = min(options.jobs or settings.jobs or _cores(), _cores())
        with progress(len(pairs), say) as on_done:
            reports = check_pairs(pairs, per_pair, jobs=jobs, encoding=options.encoding, on_done=on_done)
    inputs = tuple(str(path) for pair in pairs for path in (pair.a, pair.b))
    inputs += tuple(str(p) for p in (config.path,) if p)
    facts = [facts_of(pair.id, report) for pair, report in zip(pairs, reports)]
    if options.update_baseline:
        baseline = _update_baseline(baseline_path, facts, judged, inputs)
        say(f"baseline: wrote {sum(baseline.counts.values())} accepted findings to {baseline_path}")
    results, stale = apply_baseline(pairs, reports, facts, baseline, judged)
    for fact, count in stale:
        say(_stale_line(fact, count))
    fail_on = options.fail_on or settings.fail_on
    if options.statistics:
        text = statistics(results, **options.render_options)
    else:
        text = render_many(results, options.format, stale, fail_on=fail_on, **options.render_options)
    if options.output and options.output != "-":
        write_atomic(options.output, text, inputs=inputs + tuple(str(p) for p in (baseline_path,) if p))
    else:
        write(text)
    return 1 if any(failing(r.report.findings, fail_on) for r in results) else 0


def _chosen_pairs(options: CheckOptions, config: Config, say) -> tuple[list[PairSpec], bool]:
    """The pairs to check, and whether they are every pair of the project."""
    if options.pairs_file:
        pairs = pairs_from_manifest(Path(options.pairs_file), config.root)
    else:
        pairs = pairs_from_config(config)
        if not pairs:
            where = config.path or "no config file found"
            raise InputError(
                f"{where}: no pairs to check; add [[pairs]] or [[rules]] to the config, or give --pairs"
            )
    if options.changed_since:
        pairs = only_touching(pairs, changed_files(options.changed_since, Path.cwd()))
        say(f"{counted(len(pairs), 'pair')} with changes since {printable(options.changed_since)}")
    if options.files:
        given = {Path(name).resolve(): name for name in options.files}
        lonely = [name for path, name in given.items() if not only_touching(pairs, {path})]
        if lonely and not options.skip_unpaired:
            raise InputError(f"{printable(lonely[0])}: the file of no pair (see [[pairs]], [[rules]] or --pairs)")
        pairs = only_touching(pairs, set(given))
    return pairs, not (options.changed_since or options.files)


def _update_baseline(path: Path, facts: list[list[Fact]], judged, inputs: tuple[str, ...]) -> Baseline:
    """Replace the judged entries of the file with this run's findings, under a lock: the file
    is read again there, so concurrent runs on other pairs or rules keep each other's entries."""
    from discrepancy.report.output import locked_folder, write_atomic

    with locked_folder(path.parent):
        current = Baseline.read(path)
        kept = Baseline(Counter({f: n for f, n in current.counts.items() if not judged(f)}))
        updated = Baseline(kept.counts + Counter(fact for found in facts for fact in found))
        write_atomic(str(path), updated.dumps(), inputs=inputs, what="baseline")
    return updated


def _stale_line(fact: Fact, count: int) -> str:
    about = f" of {fact.subject!r}" if fact.subject else ""
    times = f", {count} times" if count > 1 else ""
    return printable(
        f"baseline: stale entry {fact.fingerprint} ({fact.pair} {fact.code}: {fact.a!r} / {fact.b!r}"
        f"{about}{times}) is no longer found; --update-baseline drops it"
    )


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
        return inside(config.root, config.root / config.settings.baseline, f"{config.path}: baseline")
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
            from rich.markup import escape

            self.bar.update(self.task, advance=1, description=escape(printable(pair.id)))
        else:
            self.say(f"[{self.done}/{self.total}] {printable(pair.id)}: {counted(len(report.findings), 'finding')}")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
