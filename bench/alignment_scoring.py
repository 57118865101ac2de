"""Shared by the alignment benchmarks and their quick test versions: gold, F1 and measuring.

Every sentence carries labels with character counts: which gold units (Bible verses, source
sentences of a generated pair) its text comes from, and how many of its characters each gave.

Content F1, the headline figure: a character inside a group is right when its label also occurs
on the other side of the same group. Precision = right characters / characters in groups that
hold both sides; recall = right characters / characters whose label occurs in both documents.
Both sides count. A sentence that straddles two verses costs only its straddling part.

Link F1, the issue's figure: a link is a pair (A sentence, B sentence), and predicted links are
all pairs inside a group. Precision = predicted links whose two sentences share a label /
predicted links; recall = labels found by a right link (both its sentences hold the label) /
labels in both documents.

All-pairs link F1, the strictest figure: recall counts every pair of sentences that share a label
as a gold link. A verse told in two sentences by each translation then wants all four pairs,
so the right fine alignment (first with first, second with second) loses half of them; and when
sentences straddle labels in chains (A: v1+v2a, v2b+v3; B: v1a, v1b+v2+v3) no grouping reaches
1: grouping whole chains keeps all gold links but adds pairs that share nothing.
`link_ceiling` gives the precision of that whole-chain grouping, to read it against.
"""

from __future__ import annotations

import difflib
import time
import tracemalloc
from typing import Callable, NamedTuple


class Score(NamedTuple):
    precision: float
    recall: float
    f1: float


def _labels_in_both(labels_a: list[dict], labels_b: list[dict]) -> set:
    return {label for d in labels_a for label in d} & {label for d in labels_b for label in d}


def predicted_links(groups) -> set[tuple[int, int]]:
    return {(i, j) for g in groups for i in g.a for j in g.b}


def content_score(groups, labels_a: list[dict], labels_b: list[dict]) -> Score:
    in_both = _labels_in_both(labels_a, labels_b)
    due = sum(n for d in labels_a + labels_b for label, n in d.items() if label in in_both)
    grouped = right = 0
    for group in groups:
        if not group.a or not group.b:
            continue
        sides = [[labels_a[i] for i in group.a], [labels_b[j] for j in group.b]]
        for this, other in (sides, sides[::-1]):
            present = {label for d in other for label in d}
            for d in this:
                grouped += sum(d.values())
                right += sum(n for label, n in d.items() if label in present)
    return _score(right, grouped, due)


def gold_links(labels_a: list[dict], labels_b: list[dict]) -> set[tuple[int, int]]:
    """Pairs of sentences that share a label, found through a label -> B sentences index."""
    holders: dict = {}
    for j, labels in enumerate(labels_b):
        for label in labels:
            holders.setdefault(label, []).append(j)
    return {
        (i, j) for i, labels in enumerate(labels_a) for label in labels for j in holders.get(label, ())
    }


def link_score(groups, labels_a: list[dict], labels_b: list[dict]) -> Score:
    predicted = predicted_links(groups)
    right, found = 0, set()
    for i, j in predicted:
        shared = labels_a[i].keys() & labels_b[j].keys()
        right += bool(shared)
        found |= shared
    in_both = _labels_in_both(labels_a, labels_b)
    return _score(right, len(predicted), len(in_both), found=len(found & in_both))


def all_pairs_link_score(groups, gold: set) -> Score:
    predicted = predicted_links(groups)
    return _score(len(predicted & gold), len(predicted), len(gold))


def finer_than_labels(groups, gold: set) -> tuple[int, int]:
    """(gold links missed, those of them whose two sentences are each linked right elsewhere):
    the second count is alignment finer than the labels, not error."""
    predicted = predicted_links(groups)
    right = predicted & gold
    linked_a, linked_b = {i for i, _ in right}, {j for _, j in right}
    missed = gold - predicted
    return len(missed), sum(1 for i, j in missed if i in linked_a and j in linked_b)


def link_ceiling(gold: set) -> float:
    """Link precision when every chain of gold links (a connected component) is one group."""
    parent: dict = {}

    def root(node):
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for i, j in gold:
        parent[root(("a", i))] = root(("b", j))
    sizes: dict = {}
    for i, j in gold:
        for node in (("a", i), ("b", j)):
            sizes.setdefault(root(node), [set(), set()])[node[0] == "b"].add(node[1])
    pairs = sum(len(a) * len(b) for a, b in sizes.values())
    return round(len(gold) / pairs, 4) if pairs else 1.0


def _score(right: int, predicted: int, due: int, found: int | None = None) -> Score:
    """Precision right / predicted; recall found / due, where found is right unless given."""
    precision = right / predicted if predicted else 1.0
    recall = (right if found is None else found) / due if due else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(round(precision, 4), round(recall, 4), round(f1, 4))


class Pair(NamedTuple):
    a: list[int]
    b: list[int]


def difflib_baseline(a: list[str], b: list[str]) -> list[Pair]:
    """The baseline: difflib.SequenceMatcher over the sentence lists; equal and replaced
    stretches link their sentences pairwise in order."""
    groups = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            groups += [Pair([a0 + k], [b0 + k]) for k in range(min(a1 - a0, b1 - b0))]
    return groups


class Timing(NamedTuple):
    wall: float
    cpu: float  # this process only: steadier than wall time on a shared machine


def timed(run: Callable[[], object]) -> tuple[object, Timing]:
    start, start_cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, Timing(time.perf_counter() - start, time.process_time() - start_cpu)


def peak_memory(run: Callable[[], object]) -> int:
    """Peak bytes Python allocated during ``run`` (a separate, slower run under tracemalloc)."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
