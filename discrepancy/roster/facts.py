"""Which counts and which dated events across the documents are the same thing.

Two counts are one quantity when they count the same noun and the words around them say the
same ("2,100 shipments of military equipment from Iraq" / "2,300 shipments of military
equipment out of Iraq"); two days are one event's when their sentences name the same person or
body and say the same around it. Around means the sentences' content words outside names,
numbers and dates, each weighted by how rare it is among all sentences of the documents, so
"coalition" and "Iraq", which every report says, tell nothing apart.

Blocking: facts are compared only within a block (the counted noun; a person in the sentence),
and within a block only with the first fact of each group that shares a word with it (at most
``_CANDIDATES`` groups), never with all pairs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Callable, Hashable, Iterable

from discrepancy.roster.gather import Fact, Reading

# Share of the poorer context's weight that both must hold to tell of one thing, and how many
# words at least: three for counts, blocked by their noun only; two for days, blocked by a
# person, which already says much of what the event is.
SAME_CONTEXT = 0.5
SHARED_WORDS = {"count": 3, "date": 2}
_CANDIDATES = 50


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

    def similar(self, a: Fact, b: Fact, at_least: int) -> bool:
        """Told of one thing: no two different places or people named (both name some, none
        in common), and the rarer words of the poorer context mostly shared."""
        if a.names and b.names and not a.names & b.names:
            return False
        shared = a.words & b.words
        if len(shared) < at_least:
            return False
        return self.mass(shared) >= SAME_CONTEXT * min(self.mass(a.words), self.mass(b.words))


def same_things(
    facts: list[Fact], blocks: Callable[[Fact], Iterable[Hashable]], context: Context, at_least: int
) -> list[list[Fact]]:
    """``facts`` grouped into things told by more than one document (each group in order).

    A group is named by its first fact, and a fact joins the first group of its block whose
    first fact, from another document, tells of the same thing: likeness is never chained
    through a third fact. Groups are found through the words they share with the fact."""
    group_of: dict[int, int] = {}
    groups: list[list[int]] = []
    by_block: dict[Hashable, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        for key in blocks(fact):
            by_block[key].append(i)
    for members in by_block.values():
        by_word: dict[str, list[int]] = defaultdict(list)
        for i in members:
            if i in group_of:
                continue
            fact = facts[i]
            near = _candidates(fact.words, by_word)
            joined = next(
                (g for g in near if facts[groups[g][0]].document != fact.document and context.similar(facts[groups[g][0]], fact, at_least)),
                None,
            )
            if joined is None:
                joined = len(groups)
                groups.append([])
                for w in fact.words:
                    by_word[w].append(joined)
            groups[joined].append(i)
            group_of[i] = joined
    return [[facts[i] for i in sorted(g)] for g in groups if len({facts[i].document for i in g}) > 1]


def _candidates(words: frozenset[str], by_word: dict[str, list[int]]) -> list[int]:
    """The groups that share a word with a fact, through its rarest words first, at most
    ``_CANDIDATES`` of them, in the order they were made."""
    near: dict[int, None] = {}
    for word in sorted(words, key=lambda w: (len(by_word.get(w, ())), w)):
        for group in by_word.get(word, ()):
            near.setdefault(group)
            if len(near) == _CANDIDATES:
                return sorted(near)
    return sorted(near)
