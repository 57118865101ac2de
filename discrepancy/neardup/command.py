"""The ``pairs`` command: read the corpus, find the pairs here or on Dask, write the manifest."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from discrepancy.cluster import INSTALL_HINT
from discrepancy.errors import InputError
from discrepancy.report import counted


@dataclass
class PairsOptions:
    corpus: str
    output: Optional[str] = None
    jobs: Optional[int] = None
    scheduler: Optional[str] = None
    params: dict = field(default_factory=dict)


def run(options: PairsOptions, write: Callable[[str], None], say: Callable[[str], None]) -> int:
    try:
        import datasketch  # noqa: F401
    except ImportError:
        raise InputError(f"pairs: finding near-duplicates needs the dask extra: {INSTALL_HINT}") from None
    from discrepancy.neardup import find_pairs
    from discrepancy.neardup.corpus import manifest, read_corpus
    from discrepancy.neardup.sketch import Params

    params = Params(**options.params)
    try:
        params.bands
    except ValueError as err:  # datasketch: too few bands for this threshold and permutations
        raise InputError(f"pairs: --threshold {params.threshold} with --num-perm {params.num_perm}: {err}") from None
    docs = read_corpus(options.corpus)
    to_file = options.output not in (None, "-")
    if options.scheduler:
        from discrepancy.cluster import connect

        with connect(options.scheduler) as client:
            found = find_pairs(docs, params, client=client)
    else:
        from discrepancy.check import _cores

        found = find_pairs(docs, params, jobs=min(options.jobs or _cores(), _cores()))
    text = manifest(docs, found, Path(options.output).parent if to_file else Path.cwd())
    if to_file:
        from discrepancy.report.output import write_atomic

        write_atomic(options.output, text, inputs=(options.corpus,))
    else:
        write(text)
    say(f"{counted(len(found), 'pair')} among {counted(len(docs), 'report')}")
    return 0
