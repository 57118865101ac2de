"""What a worker does with a chunk of pairs, for the local pool (discrepancy.check) and Dask
(discrepancy.cluster) alike, so both send back the same results.

A worker gets paths, never texts: the parent has already kept them inside the project (see
discrepancy.pairs). It sends back each pair's report with the baseline fact of each finding, or,
for a JSON report, the pair's finished part of it (``Finish``): worked out there, where the
sentences' mentions are still cached, and not in the parent, whose serial share is what keeps
two workers from being twice as fast as one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, NamedTuple, Optional

from discrepancy.baseline import Fact, facts_of, split_accepted
from discrepancy.errors import InputError
from discrepancy.model import Report
from discrepancy.pairs import PairSpec

CHUNKS_PER_WORKER = 4  # enough to balance the load, few enough to keep the scheduler idle
MOST_PER_CHUNK = 64  # a progress step and a retried task stay small, the last chunk short


class Job(NamedTuple):
    """One pair as a worker receives it: where to read each side, and how to show it; with a
    ``Finish``, the baseline entries of the pair."""

    pair: PairSpec
    a: str  # a path, or a URL on a Dask worker
    b: str
    a_shown: str
    b_shown: str
    options: dict
    encoding: Optional[str]
    accepted: tuple[tuple[Fact, int], ...] = ()


class Checked(NamedTuple):
    """One pair's report, and the fact of each of its findings (in order)."""

    report: Report
    facts: list[Fact]

    @property
    def found(self) -> int:
        return len(self.report.findings)


@dataclass
class PairResult:
    """One pair's report once the baseline has taken out the findings it accepts."""

    pair: PairSpec
    report: Report
    facts: list[Fact]  # of report.findings, in order
    suppressed: int = 0


def accepted_out(pair: PairSpec, checked: Checked, remaining: Counter) -> PairResult:
    """``checked`` without the findings ``remaining`` accepts (which it consumes)."""
    new, new_facts, suppressed = split_accepted(checked.report.findings, checked.facts, remaining)
    return PairResult(pair, replace(checked.report, findings=new), new_facts, suppressed)


class Finish(NamedTuple):
    """The report's format (``json`` or ``jsonl``) and the severity that fails the run, when
    workers finish their pairs: baseline taken out, the pair's part of the report written."""

    fmt: str
    fail_on: str


class Finished(NamedTuple):
    """One pair finished by its worker."""

    part: str  # of the report, as many.joined puts it
    found: int  # findings before the baseline
    failing: bool
    consumed: Counter  # the baseline entries that accepted a finding


def check_chunk(
    jobs: list[Job], read: Callable[[str, str, Optional[str]], str], finish: Optional[Finish] = None
) -> list:
    """Runs on a worker: each pair's Checked (Finished with ``finish``), or the InputError met
    reading or comparing it. ``read(where, shown, encoding)`` gives a side's text."""
    from discrepancy.pipeline import compare

    outcomes: list = []
    for job in jobs:
        try:
            a, b = (read(where, shown, job.encoding) for where, shown in ((job.a, job.a_shown), (job.b, job.b_shown)))
            report = compare(a, b, a_path=job.a_shown, b_path=job.b_shown, **job.options)
            checked = Checked(report, facts_of(job.pair.id, report))
            outcomes.append(_finished(job, checked, finish) if finish else checked)
        except InputError as err:
            outcomes.append(err)
    return outcomes


def _finished(job: Job, checked: Checked, finish: Finish) -> Finished:
    from discrepancy.report.many import pair_part
    from discrepancy.report.view import failing

    accepted = Counter(dict(job.accepted))
    remaining = accepted.copy()
    result = accepted_out(job.pair, checked, remaining)
    return Finished(
        pair_part(result, finish.fmt),
        checked.found,
        bool(failing(result.report.findings, finish.fail_on)),
        accepted - remaining,
    )


def read_local(path: str, shown: str, encoding: Optional[str]) -> str:
    """A side read from this machine's disk (an error names the path read, as before workers)."""
    from discrepancy.load import read_source

    return read_source(path, encoding)


def chunks(pairs: list[PairSpec], workers: int) -> list[range]:
    """Runs of neighbouring pairs (which often share a source, and the stages cache per
    sentence) of about equal size in bytes, CHUNKS_PER_WORKER for each worker: a count of pairs
    would put the four gospels in one task and leave the other workers idle."""
    sizes = [pair.a.stat().st_size + pair.b.stat().st_size + 1 for pair in pairs]
    target = sum(sizes) / (workers * CHUNKS_PER_WORKER)
    found, start, held = [], 0, 0
    for index, size in enumerate(sizes):
        if index > start and (held + size > target or index - start >= MOST_PER_CHUNK):
            found.append(range(start, index))
            start, held = index, 0
        held += size
    return found + [range(start, len(sizes))] if sizes else []
