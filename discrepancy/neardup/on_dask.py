"""``pairs`` on a Dask cluster: signatures as a Dask bag, LSH buckets gathered by a shuffle on
their band keys, and the candidates joined with both reports' shingles by two more shuffles (on
each report's index), so no step needs the whole corpus in one place. The same ``sketch``
functions as the local engine give the same pairs."""

from __future__ import annotations

from discrepancy.neardup.corpus import Doc
from discrepancy.neardup.sketch import Params, band_keys, bucket_pairs, chosen, jaccard, read_item, sketch

PER_PARTITION = 500  # reports per partition at the least, unless there are few threads


def find_on_dask(docs: list[Doc], params: Params, client) -> list[tuple[int, int]]:
    import dask.bag as db

    items = [(index, doc.group, str(doc.path) if doc.path else None, doc.text) for index, doc in enumerate(docs)]
    if not items:
        return []
    threads = sum(client.nthreads().values()) or 1
    partitions = max(1, min(threads * 4, -(-len(items) // PER_PARTITION)))
    sketches = client.persist(db.from_sequence(items, npartitions=partitions).map(_sketch_item, params))
    members = sketches.map(_keyed, params).flatten()
    candidates = members.groupby(_first, shuffle="tasks").map(_bucket, params).flatten()
    shingles = sketches.map(_shingles_by_index)
    halves = db.concat([candidates, shingles]).groupby(_first, shuffle="tasks").map(_with_left).flatten()
    scored = db.concat([halves, shingles]).groupby(_first, shuffle="tasks").map(_score).flatten()
    return chosen(client.compute(scored).result(), [doc.group for doc in docs], params)


def _sketch_item(item: tuple, params: Params):
    index, group, path, text = item
    return sketch(index, group, read_item(path, text), params)


def _first(record: tuple):
    return record[0]


def _keyed(item, params: Params) -> list[tuple]:
    return [(key, (item.index, item.group)) for key in band_keys(item, params)]


def _bucket(grouped: tuple, params: Params) -> list[tuple]:
    """A bucket's candidates, keyed by the earlier report: ``(i, ("pair", j))``."""
    _, members = grouped
    return [(i, ("pair", j)) for i, j in bucket_pairs([member for _, member in members], params)]


def _shingles_by_index(item) -> tuple:
    return item.index, ("doc", item.shingles)


def _with_left(grouped: tuple) -> list[tuple]:
    """Report ``i``'s candidates, each carrying ``i``'s shingles to ``j``: ``(j, ("left", i, s))``.
    A pair found in several buckets is sent once."""
    i, records = grouped
    own, values = _own_and_others(records)
    partners = sorted({value[1] for value in values if value[0] == "pair"})
    return [(j, ("left", i, own)) for j in partners]


def _score(grouped: tuple) -> list[tuple[int, int, float]]:
    j, records = grouped
    own, values = _own_and_others(records)
    return [(value[1], j, jaccard(value[2], own)) for value in values if value[0] == "left"]


def _own_and_others(records: list[tuple]) -> tuple:
    """The shingles of the report a group is keyed on (every report sends its own), and the
    group's values."""
    values = [value for _, value in records]
    return next(value[1] for value in values if value[0] == "doc"), values
