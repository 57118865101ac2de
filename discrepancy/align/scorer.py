"""Scores of groups of sentences, from the two documents' weighted bags (``bags``)."""

from __future__ import annotations

from discrepancy.align.bags import dice, merged


class Scorer:
    """Weighted Dice of sentence groups, and the least score worth grouping (``threshold``)."""

    def __init__(self, bags_a: list[dict], bags_b: list[dict], threshold: float) -> None:
        self.bags_a, self.bags_b, self.threshold = bags_a, bags_b, threshold
        self.sizes_a = [sum(bag.values()) for bag in bags_a]
        self.sizes_b = [sum(bag.values()) for bag in bags_b]

    def learn(self, lexicon: dict) -> None:
        """Add to each B bag the A stems its stems are associated with (in place: the bags
        without them are not used again, and a copy of every B bag cost 40 MB at 100k).

        A learnt stem weighs what its B stem weighs and is not counted in the sentence's size:
        it can only raise a score."""
        for bag in self.bags_b:
            learnt: dict[str, float] = {}
            for t, w in bag.items():
                for s in lexicon.get(t, ()):
                    if s not in bag:
                        learnt[s] = max(learnt.get(s, 0.0), w)
            bag.update(learnt)

    def pair(self, i: int, j: int) -> float:
        return dice(self.bags_a[i], self.bags_b[j], self.sizes_a[i] + self.sizes_b[j])

    def shares(self, i: int, j: int) -> bool:
        return not self.bags_a[i].keys().isdisjoint(self.bags_b[j])

    def score(self, a: tuple[int, ...], b: tuple[int, ...]) -> float:
        if len(a) == 1 and len(b) == 1:
            return self.pair(a[0], b[0])
        return self.joined_score(self.joined_a(a), self.joined_b(b))

    def joined_a(self, a: tuple[int, ...]) -> tuple[dict, float]:
        """The bag and the size of A sentences ``a`` taken together."""
        return _joined(self.bags_a, self.sizes_a, a)

    def joined_b(self, b: tuple[int, ...]) -> tuple[dict, float]:
        return _joined(self.bags_b, self.sizes_b, b)

    @staticmethod
    def joined_score(joined_a: tuple[dict, float], joined_b: tuple[dict, float]) -> float:
        return dice(joined_a[0], joined_b[0], joined_a[1] + joined_b[1])

    def unsaid_share(self, side: int, i: int, group: tuple) -> float:
        """Share of sentence ``i``'s weight (on ``side``, 0 for A) found in what the other side of
        ``group`` holds beyond the group's own side."""
        bags, sizes = ((self.bags_a, self.sizes_a), (self.bags_b, self.sizes_b))[side]
        other_bags = (self.bags_b, self.bags_a)[side]
        own = merged([bags[k] for k in group[side]])
        other = merged([other_bags[k] for k in group[1 - side]])
        shared = 0.0
        for stem, w in bags[i].items():
            unsaid = other.get(stem, 0.0) - own.get(stem, 0.0)
            if unsaid > 0:
                shared += min(w, unsaid)
        return shared / sizes[i] if sizes[i] else 0.0


def _joined(bags: list[dict], sizes: list[float], ids: tuple[int, ...]) -> tuple[dict, float]:
    if len(ids) == 1:
        return bags[ids[0]], sizes[ids[0]]
    return merged([bags[k] for k in ids]), sum(sizes[k] for k in ids)
