"""Near-duplicate discovery (``discrepancy pairs``): which reports of a large corpus tell the
same story, written as a manifest ``check --pairs`` reads.

Comparing every report with every other grows with the square of the corpus; MinHash signatures
of word shingles with locality-sensitive hashing (datasketch) find the candidates in about
linear time, and an exact Jaccard check on the shingle sets then drops LSH's false candidates.
It runs on local processes (``local``) or on a Dask cluster (``on_dask``), with the same
arithmetic (``sketch``) and so the same output. Needs the ``dask`` extra (datasketch).
"""

from __future__ import annotations

from discrepancy.neardup.corpus import Doc
from discrepancy.neardup.sketch import Params


def find_pairs(docs: list[Doc], params: Params, *, jobs: int = 1, client=None) -> list[tuple[int, int]]:
    """The near-duplicate pairs ``(i, j)`` of ``docs`` by index, ``i < j``, in order: on the Dask
    cluster of ``client`` if given, else on ``jobs`` local processes."""
    if client is not None:
        from discrepancy.neardup.on_dask import find_on_dask

        return find_on_dask(docs, params, client)
    from discrepancy.neardup.local import find_local

    return find_local(docs, params, jobs)
