"""The arithmetic both engines share: shingles, MinHash signatures, LSH band keys, the exact
Jaccard check and the final choice of pairs. Every function is pure and every hash is keyed by
content (never Python's per-process ``hash`` of a string), so a worker process, a Dask worker and
the client all compute the same values and both engines write the same manifest.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from typing import Iterable, Optional

import numpy as np

_WORD = re.compile(r"\w+")
_LOW32 = 0xFFFFFFFF


@dataclass(frozen=True)
class Params:
    """How reports are compared: ``shingle`` words per shingle, ``threshold`` the least Jaccard
    similarity of two reports' shingle sets, ``num_perm`` MinHash permutations; ``across`` pairs
    only reports of different groups, ``one_to_one`` keeps a pair only when each report is the
    other's closest in the other's group."""

    shingle: int = 3
    threshold: float = 0.5
    num_perm: int = 128
    across: bool = False
    one_to_one: bool = False

    @property
    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) from datasketch, weighted to miss few pairs: the exact check
        after LSH throws out the extra candidates cheaply, a missed pair is lost for good."""
        return _bands(self.threshold, self.num_perm)


@lru_cache(maxsize=None)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.2, 0.8))
    return lsh.b, lsh.r


@dataclass(frozen=True)
class Sketch:
    """One report's shingle hashes (sorted, unique, 64-bit) and its MinHash signature."""

    index: int
    group: str
    shingles: np.ndarray
    signature: np.ndarray


def words(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, punctuation dropped, so layout and case do not count."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """The sorted unique 64-bit hashes of the runs of ``size`` words (all words when fewer)."""
    found = words(text)
    runs = {" ".join(found[i : i + size]) for i in range(max(1, len(found) - size + 1))} if found else set()
    hashes = [int.from_bytes(blake2b(run.encode(), digest_size=8).digest(), "little") for run in runs]
    return np.unique(np.array(hashes, dtype=np.uint64))


@lru_cache(maxsize=None)
def _template(num_perm: int):
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, hashfunc=int)


def sketch(index: int, group: str, text: str, params: Params) -> Sketch:
    """The Sketch of one report (datasketch's MinHash over the low 32 bits of each shingle hash)."""
    from datasketch import MinHash

    shingles = shingle_hashes(text, params.shingle)
    template = _template(params.num_perm)
    minhash = MinHash(
        num_perm=params.num_perm, seed=1, hashfunc=int,
        permutations=template.permutations, scheme=template.scheme,
    )
    minhash.update_batch([int(h) & _LOW32 for h in shingles])
    return Sketch(index, group, shingles, minhash.hashvalues.copy())


def band_keys(item: Sketch, params: Params) -> list[int]:
    """One integer key per LSH band (empty for a report without words): two reports become
    candidates when they share a key. Integers, since Dask partitions by ``hash``."""
    if not item.shingles.size:
        return []
    bands, rows = params.bands
    return [
        int.from_bytes(
            blake2b(item.signature[band * rows : (band + 1) * rows].tobytes(), digest_size=8,
                    person=band.to_bytes(4, "little")).digest(),
            "little",
        )
        for band in range(bands)
    ]


def bucket_pairs(members: Iterable[tuple[int, str]], params: Params) -> list[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j``, of one bucket of ``(index, group)``."""
    ordered = sorted(set(members))
    return [
        (i, j)
        for k, (i, group_i) in enumerate(ordered)
        for j, group_j in ordered[k + 1 :]
        if not params.across or group_i != group_j
    ]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    both = np.intersect1d(a, b, assume_unique=True).size
    return both / (a.size + b.size - both)


def chosen(scored: Iterable[tuple[int, int, float]], groups: list[str], params: Params) -> list[tuple[int, int]]:
    """The pairs at or above the threshold, in corpus order; with ``one_to_one``, only those
    where each report is the other's best match in its group (ties go to the earlier report)."""
    kept = [(i, j, score) for i, j, score in scored if score >= params.threshold]
    if params.one_to_one:
        best: dict[tuple[int, str], tuple[float, int]] = {}
        for i, j, score in kept:
            for one, other in ((i, j), (j, i)):
                key, value = (one, groups[other]), (-score, other)
                if key not in best or value < best[key]:
                    best[key] = value
        kept = [(i, j, s) for i, j, s in kept if best[i, groups[j]][1] == j and best[j, groups[i]][1] == i]
    return sorted((i, j) for i, j, _ in kept)


def read_item(path: Optional[str], text: Optional[str]) -> str:
    """A report's text: given inline, or read from its file (strict UTF-8, as check reads)."""
    if text is not None:
        return text
    from discrepancy.load import read_source

    return read_source(path)
