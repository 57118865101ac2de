"""Many pairs at once, for CI: checked in parallel, against a baseline, one report.

Which pairs is ``discrepancy.pairs``' job. Results keep the order of the pairs whatever order
the workers finish in, so the report is byte-identical for any ``jobs``.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from discrepancy.baseline import Baseline, Fact
from discrepancy.config import Config, load_config, relative_posix
from discrepancy.settings import merged_choice
from discrepancy.errors import InputError
from discrepancy.pairs import (
    PairSpec,
    changed_files,
    inside,
    only_touching,
    pairs_from_config,
    pairs_from_manifest,
)
from discrepancy.report import counted, printable
from discrepancy.worker import Checked, Finish, Job, PairResult, accepted_out, check_chunk, chunks, read_local


# ---- checking ------------------------------------------------------------------------------------


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


def warm_up() -> None:
    """Warm this process before forking the workers, which inherit what it holds: else each
    would build it again (the language identifier's model alone is 0.6 s, most of it
    decompressing, a quarter of what two workers take on 2,000 small pairs)."""
    _warm_pipeline()
    _load_identifier()


def _warm_pipeline() -> None:
    """Import the pipeline and run it on a short pair, so that what it builds on first use is
    built once (languages given: the identifier is another thread's to load)."""
    from discrepancy.pipeline import compare

    compare(*_WARM_PAIR, lang_a="en", lang_b="en")


_WARM_PAIR = (
    "General John Smith paid $1,200 to 12 officers on 3 May 1999 in Paris.",
    "Colonel John Smyth paid $1,300 to 13 officers on 4 May 1998 in Paris.",
)


def _load_identifier() -> None:
    from discrepancy.lang.detect import identifier

    identifier()


class WarmingUp:
    """``warm_up`` begun before the parent chooses the pairs: the language identifier loads in
    a thread (mostly LZMA decompression, which lets go of the GIL, so it runs on a second core
    beside the main thread's work), and the call, once the pairs are chosen, warms the pipeline
    in the main thread and waits for that thread, which must be over before the fork."""

    def __init__(self):
        self.thread = threading.Thread(target=_load_identifier, name="load-identifier", daemon=True)
        self.thread.start()

    def __call__(self) -> None:
        _warm_pipeline()
        self.thread.join()


def check_pairs(
    pairs: list[PairSpec],
    options: list[dict],
    *,
    jobs: int = 1,
    encoding: Optional[str] = None,
    on_done: Callable[[PairSpec, int], None] = lambda pair, found: None,
    finish: Optional[Finish] = None,
    baseline: Optional[Baseline] = None,
    warmed: Callable[[], None] = warm_up,
) -> list:
    """Each pair's Checked (the pair with its pipeline ``options``), in pair order, or with
    ``finish`` its Finished, the ``baseline`` taken out; ``on_done`` is told as each one
    finishes, with its count of findings. At most ``jobs`` worker processes, and no more than
    there are chunks of work; ``warmed`` returns once this process is warm for them to fork."""
    cwd = Path.cwd().resolve()
    accepted = _by_pair(baseline) if finish and baseline else {}
    work = [
        Job(pair, str(pair.a), str(pair.b), pair.shown(pair.a, cwd), pair.shown(pair.b, cwd), own, encoding,
            accepted.get(pair.id, ()))
        for pair, own in zip(pairs, options)
    ]
    if jobs <= 1 or len(work) <= 1:
        results = []
        for pair, job in zip(pairs, work):
            (outcome,) = check_chunk([job], read_local, finish)
            if isinstance(outcome, InputError):
                raise outcome
            on_done(pair, outcome.found)
            results.append(outcome)
        return results
    from concurrent.futures import ProcessPoolExecutor, as_completed

    warmed()
    parts = chunks(pairs, jobs)
    # Frozen, what the workers inherit (the pipeline, its lexicons) is skipped by their garbage
    # collections and its pages stay shared: 5 % less CPU in the workers on 2,000 DEMETR pairs.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(parts))) as pool:
            futures = {pool.submit(check_chunk, [work[i] for i in part], read_local, finish): part for part in parts}
            return collected(pairs, futures, as_completed(futures), on_done)
    finally:
        gc.unfreeze()


def collected(
    pairs: list[PairSpec], futures: dict, completed: Iterable, on_done: Callable[[PairSpec, int], None]
) -> list:
    """Every pair's outcome from its chunk's future (``futures``: future -> range of pairs), in
    pair order, as ``completed`` yields the futures. Raises the first bad pair's InputError in
    pair order, whichever worker met it first: the same error each run."""
    results: list = [None] * len(pairs)
    for future in completed:
        for index, outcome in zip(futures[future], future.result()):
            results[index] = outcome
            if not isinstance(outcome, InputError):
                on_done(pairs[index], outcome.found)
    errors = [outcome for outcome in results if isinstance(outcome, InputError)]
    if errors:
        raise errors[0]
    return results


def _by_pair(baseline: Baseline) -> dict[str, tuple[tuple[Fact, int], ...]]:
    """The baseline's entries by pair id: each worker gets its pairs' own."""
    entries: dict[str, list] = {}
    for fact, count in baseline.counts.items():
        entries.setdefault(fact.pair, []).append((fact, count))
    return {pair: tuple(found) for pair, found in entries.items()}


def apply_baseline(
    pairs: list[PairSpec],
    checked: list[Checked],
    baseline: Baseline,
    judged: Callable[[Fact], bool],
) -> tuple[list[PairResult], list[tuple[Fact, int]]]:
    """Drop accepted findings from each pair's report; also return the ``judged`` entries
    nothing matched (stale), each once with its unmatched count.

    An entry is judged when this run could have found it again: its pair was checked and its
    rule ran (or, on a run over every pair, its pair is gone).
    """
    remaining = baseline.counts.copy()
    results = [accepted_out(pair, outcome, remaining) for pair, outcome in zip(pairs, checked)]
    return results, _stale(remaining, judged)


def _stale(remaining: Counter, judged: Callable[[Fact], bool]) -> list[tuple[Fact, int]]:
    return sorted((fact, count) for fact, count in remaining.items() if count > 0 and judged(fact))


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
    from discrepancy.report.many import joined, render_many, statistics
    from discrepancy.report.output import write_atomic
    from discrepancy.report.view import failing

    config = load_config(options.config)
    settings = config.settings
    scheduler = options.scheduler or settings.scheduler
    # More workers than cores cannot speed up this CPU-bound work, only start more processes.
    jobs = min(options.jobs or settings.jobs or _cores(), _cores())
    warmed = WarmingUp() if jobs > 1 and not scheduler else warm_up
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

    fail_on = options.fail_on or config.fail_on
    finish = None
    if scheduler:
        from discrepancy.cluster import check_on_cluster, connect

        with connect(scheduler, from_config=not options.scheduler) as client:
            with progress(len(pairs), say) as on_done:
                outcomes = check_on_cluster(
                    pairs, per_pair, client=client, root=config.root, shared_root=options.shared_root,
                    encoding=options.encoding, on_done=on_done,
                )
    else:
        if options.shared_root:
            raise InputError("--shared-root: only with --scheduler (or scheduler in the config)")
        if options.format in ("json", "jsonl") and not (options.update_baseline or options.statistics):
            finish = Finish(options.format, fail_on)
        with progress(len(pairs), say) as on_done:
            outcomes = check_pairs(pairs, per_pair, jobs=jobs, encoding=options.encoding, on_done=on_done,
                                   finish=finish, baseline=baseline, warmed=warmed)
    inputs = tuple(str(path) for pair in pairs for path in (pair.a, pair.b))
    inputs += tuple(str(p) for p in (config.path,) if p)
    if finish:
        consumed = Counter()
        for outcome in outcomes:
            consumed.update(outcome.consumed)
        stale = _stale(baseline.counts - consumed, judged)
        text = joined([outcome.part for outcome in outcomes], finish.fmt, stale)
        fails = any(outcome.failing for outcome in outcomes)
    else:
        if options.update_baseline:
            baseline = _update_baseline(baseline_path, [found for _, found in outcomes], judged, inputs)
            say(f"baseline: wrote {sum(baseline.counts.values())} accepted findings to {baseline_path}")
        results, stale = apply_baseline(pairs, outcomes, baseline, judged)
        if options.statistics:
            text = statistics(results, **options.render_options)
        else:
            text = render_many(results, options.format, stale, fail_on=fail_on, **options.render_options)
        fails = any(failing(r.report.findings, fail_on) for r in results)
    for fact, count in stale:
        say(_stale_line(fact, count))
    if options.output and options.output != "-":
        write_atomic(options.output, text, inputs=inputs + tuple(str(p) for p in (baseline_path,) if p))
    else:
        write(text)
    return 1 if fails else 0


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

    def __enter__(self) -> Callable[[PairSpec, int], None]:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        return self.update

    def update(self, pair: PairSpec, found: int) -> None:
        self.done += 1
        if self.bar is not None:
            from rich.markup import escape

            self.bar.update(self.task, advance=1, description=escape(printable(pair.id)))
        else:
            self.say(f"[{self.done}/{self.total}] {printable(pair.id)}: {counted(found, 'finding')}")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
