"""``pairs`` on this machine: signatures on every core, LSH buckets one band at a time (so
memory holds one band's keys, not all of them), the exact check in this process."""

from __future__ import annotations

from collections import defaultdict

from discrepancy.neardup.corpus import Doc
from discrepancy.neardup.sketch import Params, Sketch, band_keys, bucket_pairs, chosen, jaccard, read_item, sketch

PER_TASK = 2000  # reports per task sent to a worker process


def find_local(docs: list[Doc], params: Params, jobs: int) -> list[tuple[int, int]]:
    items = [(index, doc.group, str(doc.path) if doc.path else None, doc.text) for index, doc in enumerate(docs)]
    chunks = [items[start : start + PER_TASK] for start in range(0, len(items), PER_TASK)]
    if jobs <= 1 or len(chunks) <= 1:
        done = [_sketch_chunk(chunk, params) for chunk in chunks]
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
            done = list(pool.map(_sketch_chunk, chunks, [params] * len(chunks)))
    sketches = [item for chunk in done for item in chunk[0]]
    keys = [item for chunk in done for item in chunk[1]]
    candidates: set[tuple[int, int]] = set()
    for band in range(params.bands[0]):
        buckets = defaultdict(list)
        for item, own in zip(sketches, keys):
            if own:
                buckets[own[band]].append((item.index, item.group))
        for members in buckets.values():
            if len(members) > 1:
                candidates.update(bucket_pairs(members, params))
    scored = ((i, j, jaccard(sketches[i].shingles, sketches[j].shingles)) for i, j in candidates)
    return chosen(scored, [doc.group for doc in docs], params)


def _sketch_chunk(chunk: list[tuple], params: Params) -> tuple[list[Sketch], list[list[int]]]:
    sketches = [sketch(index, group, read_item(path, text), params) for index, group, path, text in chunk]
    return sketches, [band_keys(item, params) for item in sketches]
