"""Which counts and which dated events across the documents are the same thing.

Two counts are one quantity when they count the same noun and the words around them say the
same ("2,100 shipments of military equipment from Iraq" / "2,300 shipments of military
equipment out of Iraq"); two days are one event's when their sentences name the same person or
body and say the same around it. Around means the sentences' content words outside names,
numbers and dates, each weighted by how rare it is among all sentences of the documents, so
"coalition" and "Iraq", which every report says, tell nothing apart.

Blocking: facts are compared only within a block (the counted noun; a person in the sentence),
and within a block each fact meets at most ``_SAMPLE`` facts of each value from other
documents, so the work grows with facts times distinct values, never with all pairs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Callable, Hashable, Iterable

from discrepancy.roster.cluster import UnionFind
from discrepancy.roster.gather import Fact, Reading

# Share of the rarer sentence's weight that both must hold to tell of one thing.
SAME_CONTEXT = 0.5
_SAMPLE = 3


class Context:
    """Rarity-weighted overlap of two sentences' content words."""

    def __init__(self, reading: Reading):
        n = reading.sentences
        df = reading.document_frequency
        self.weight = {w: math.log(1 + n / c) for w, c in df.items()}
        self._masses: dict[frozenset[str], float] = {}

    def mass(self, words: frozenset[str]) -> float:
        if words not in self._masses:
            self._masses[words] = sum(self.weight.get(w, 0.0) for w in words)
        return self._masses[words]

    def similar(self, a: Fact, b: Fact) -> bool:
        """Told of one thing: no two different places or people named (both name some, none
        in common), and the rarer words of the poorer context mostly shared."""
        if a.names and b.names and not a.names & b.names:
            return False
        smaller = min(self.mass(a.words), self.mass(b.words))
        return smaller > 0 and self.mass(a.words & b.words) >= SAME_CONTEXT * smaller


def same_things(
    facts: list[Fact], blocks: Callable[[Fact], Iterable[Hashable]], context: Context
) -> list[list[Fact]]:
    """``facts`` grouped into things told by more than one document (each group in order)."""
    union = UnionFind(len(facts))
    by_block: dict[Hashable, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        for key in blocks(fact):
            by_block[key].append(i)
    for members in by_block.values():
        samples: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for others in samples.values():
                for j in others:
                    if facts[j].document != facts[i].document and context.similar(facts[i], facts[j]):
                        union.join(i, j)
                        break
            sample = samples[facts[i].mention.value]
            if len(sample) < _SAMPLE and all(facts[j].document != facts[i].document for j in sample):
                sample.append(i)
    groups: dict[int, list[Fact]] = defaultdict(list)
    for i, fact in enumerate(facts):
        groups[union.find(i)].append(fact)
    return [g for g in groups.values() if len({f.document for f in g}) > 1]
