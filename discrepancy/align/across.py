"""Stage 3 across languages: two sentence lists that share no words -> alignment groups.

A translation keeps the order of its source, the length of its sentences in proportion, and
what survives translation (``discrepancy.lang.signals``: numbers, names read across scripts,
Latin words, quotes and marks). So, in near-linear time:

1. Each sentence becomes a bag of those tokens, each weighted by its rarity over both
   documents, and a length in characters (white space left out, as Chinese has none).
2. A group of sentences (1-1, 1-2 or 2-1) gains by what its two sides share (the weighted
   Dice of their bags, 0..1, times ``_SHARED``), loses a little by what they hold and do not
   share (``_UNSHARED``), and loses by how far its lengths stray from the documents' own
   length ratio (Gale and Church, "A program for aligning sentences in bilingual corpora",
   1993: the B length is normal around ratio x A length with a variance that grows with the
   length); a 1-2 or 2-1 group costs ``_MERGE`` more and must fit better or share more than
   its better pair, a sentence left alone costs ``_ALONE``.
3. Anchors: sentence pairs that hold a number or a name at most two sentences a side hold,
   share most of their tokens and are each other's best candidate by a margin. The longest
   run of anchors in order on both sides fixes the way; anchors off that run that follow each
   other on both sides are a moved paragraph and stay grouped; a lone anchor off the run goes.
4. Between anchors a monotone DP finds the groups of best total gain; a large gap is banded
   around its diagonal.
5. Sentences still alone on both sides that hold an anchor of their own were moved: each run
   of such neighbours of A is aligned, around its anchors and as in step 4, with the run of B
   leftovers they point to (a sentence moved on its own, or a paragraph only one of whose
   sentences names anything).

Output: the same groups as ``discrepancy.align.align``, in its order (A order; a group of B
sentences alone after the group of the nearest earlier B sentence). Two one-sentence documents
always form one group.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict

from discrepancy.align.anchors import monotone_chain as _monotone_chain
from discrepancy.align.bags import dice as _dice
from discrepancy.align.bags import merged as _merged
from discrepancy.lang.signals import document_signals
from discrepancy.model import AlignmentGroup

_SHARED = 6.0  # gain of a group whose two sides share all their tokens, and enough of them
_UNSHARED = 1.0  # loss of a group whose two sides hold enough tokens and share none of them
_ENOUGH = 4.0  # shared weight that is enough: a rare name on both sides (a mark is far less)
_KIND = {"#": 1.5, "@": 1.0, "%": 0.3}  # a number says more than a name, a mark far less
_MERGE = 2.5  # extra cost of a 1-2 or 2-1 group (Gale and Church: 1-1 is 10 times likelier)
_ALONE = 4.5  # cost of a sentence left without a counterpart
_VARIANCE = 6.8  # Gale and Church's variance of the length difference, per character
_ANCHOR = 0.5  # least shared share (Dice) of an anchor or a pair of leftovers
_RARE = 2  # an anchor's number or name is held by at most this many sentences a side
_MARGIN = 0.2  # an anchor's share beats its sentences' other candidates by this much
_ANCHOR_DELTA = 3.0  # an anchor's lengths stray at most this many deviations
_DENSE_CELLS = 2500  # gaps up to this many cells get the full DP
_BAND = 10  # half-width of the band around a large gap's diagonal


def align_across(a: list[str], b: list[str]) -> list[AlignmentGroup]:
    """Group sentences of ``a`` with the sentences of ``b`` (in another language) that
    translate them."""
    model = _Model(a, b)
    if len(a) == 1 and len(b) == 1:
        return [AlignmentGroup(a=[0], b=[0], score=model.score((0,), (0,)))]
    chain, moved = _kept_anchors(model.anchors(range(len(a)), range(len(b))))
    held_a = {x for x, _ in moved}
    held_b = {y for _, y in moved}
    xs = [x for x in range(len(a)) if x not in held_a]
    ys = [y for y in range(len(b)) if y not in held_b]
    groups = _around(model, xs, ys, chain) + [((x,), (y,)) for x, y in moved]
    grouped_a = {x for g in groups for x in g[0]}
    grouped_b = {y for g in groups for y in g[1]}
    left_a = [x for x in range(len(a)) if x not in grouped_a]
    left_b = [y for y in range(len(b)) if y not in grouped_b]
    groups += _moved_on_their_own(model, left_a, left_b)
    return _ordered(model, groups, len(a), len(b))


def _around(model: _Model, xs: list[int], ys: list[int], chain: list[tuple[int, int]]) -> list:
    """The ``chain`` of anchors (ascending on both sides) as groups, and the monotone groups of
    the A sentences ``xs`` and B sentences ``ys`` (ascending) before, between and after them."""
    groups, x_from, y_from = [], 0, 0
    for x, y in [*chain, (math.inf, math.inf)]:
        x_to, y_to = bisect.bisect_left(xs, x), bisect.bisect_left(ys, y)
        groups += model.monotone(xs[x_from:x_to], ys[y_from:y_to])
        if x != math.inf:
            groups.append(((x,), (y,)))
        x_from, y_from = bisect.bisect_right(xs, x), bisect.bisect_right(ys, y)
    return groups


def _moved_on_their_own(model: _Model, left_a: list[int], left_b: list[int]) -> list:
    """Groups among the sentences the first pass left alone (``left_a``, ``left_b``).

    Leftovers that hold an anchor of their own were moved: a sentence on its own, or a
    paragraph whose other sentences hold no anchor. So each run of neighbouring leftovers of A
    is aligned, around the anchors it holds, with the run of B leftovers they point to."""
    runs_a, runs_b = _runs(left_a), _runs(left_b)
    by_runs: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for x, y in model.anchors(left_a, left_b):
        by_runs[runs_a[x], runs_b[y]].append((x, y))
    groups = []
    for (run_a, run_b), anchors in sorted(by_runs.items()):
        xs = [x for x in left_a if runs_a[x] == run_a]
        ys = [y for y in left_b if runs_b[y] == run_b]
        groups += _around(model, xs, ys, _kept_anchors(anchors)[0])
    return groups


def _runs(indexes: list[int]) -> dict[int, int]:
    """Each of the ascending ``indexes`` -> the first index of its run of neighbours."""
    first: dict[int, int] = {}
    for k, index in enumerate(indexes):
        first[index] = first[indexes[k - 1]] if k and indexes[k - 1] == index - 1 else index
    return first


class _Model:
    """Token bags and lengths of both documents, and the gain of grouping their sentences."""

    def __init__(self, a: list[str], b: list[str]) -> None:
        counts = document_signals(a) + document_signals(b)
        # A token only one document holds can match nothing: it would only dilute the shares.
        in_a = {token for bag in counts[: len(a)] for token in bag}
        in_b = {token for bag in counts[len(a) :] for token in bag}
        frequency = Counter(token for bag in counts for token in bag if token in in_a and token in in_b)
        log_total = math.log(len(counts)) if counts else 0.0
        weight = {t: _KIND[t[0]] * (1.0 + log_total - math.log(n)) for t, n in frequency.items()}
        bags = [{t: n * weight[t] for t, n in bag.items() if t in weight} for bag in counts]
        self.bags_a, self.bags_b = bags[: len(a)], bags[len(a) :]
        self.size_a = [sum(bag.values()) for bag in self.bags_a]
        self.size_b = [sum(bag.values()) for bag in self.bags_b]
        self.length_a = [_length(s) for s in a]
        self.length_b = [_length(s) for s in b]
        self.ratio = (sum(self.length_b) or 1) / (sum(self.length_a) or 1)
        self._pairs: dict[tuple[int, int], tuple[float, float, float, float]] = {}

    def shared(self, xs: tuple[int, ...], ys: tuple[int, ...]) -> tuple[float, float, float]:
        """(Weighted Dice of the two sides' bags, the weight they share, their whole weight)."""
        size = sum(map(self.size_a.__getitem__, xs)) + sum(map(self.size_b.__getitem__, ys))
        if not size:
            return 0.0, 0.0, 0.0
        x = self.bags_a[xs[0]] if len(xs) == 1 else _merged([self.bags_a[i] for i in xs])
        y = self.bags_b[ys[0]] if len(ys) == 1 else _merged([self.bags_b[j] for j in ys])
        dice = _dice(x, y, size)
        return dice, dice * size / 2, size

    def pair(self, x: int, y: int) -> tuple[float, float, float, float]:
        """``delta`` and ``shared`` of one A and one B sentence, worked out once: the DP, every
        merge around them and the anchors ask again."""
        found = self._pairs.get((x, y))
        if found is None:
            found = self._pairs[x, y] = (self.delta((x,), (y,)), *self.shared((x,), (y,)))
        return found

    def delta(self, xs: tuple[int, ...], ys: tuple[int, ...]) -> float:
        """How many deviations the B length strays from the A length times the ratio."""
        expected = self.ratio * sum(map(self.length_a.__getitem__, xs))
        actual = sum(map(self.length_b.__getitem__, ys))
        return (actual - expected) / math.sqrt(_VARIANCE * max(1.0, (expected + actual) / 2))

    def gain(self, xs: tuple[int, ...], ys: tuple[int, ...]) -> float | None:
        """What grouping ``xs`` with ``ys`` gains; None when the group cannot be right: even
        sharing every token could not beat leaving each sentence alone, or a merge says no
        more than its better pair (it neither fits the lengths better nor shares more: a
        sentence missing on one side is not absorbed by its neighbour)."""
        merged = len(xs) + len(ys) > 2
        if not merged:
            delta, dice, common, size = self.pair(xs[0], ys[0])
        else:
            delta = self.delta(xs, ys)
        cost = delta * delta / 2 + (_MERGE if merged else 0.0)
        if _SHARED - cost < -_ALONE * (len(xs) + len(ys)):
            return None
        if merged:
            pairs = [self.pair(x, y) for x in xs for y in ys]
            fits_no_better = abs(delta) >= min(abs(p[0]) for p in pairs)
            most = max(p[2] for p in pairs)
            if fits_no_better and not most:  # it shares nothing, as none of its pairs does
                return None
            dice, common, size = self.shared(xs, ys)
            if fits_no_better and common <= most:
                return None
        unshared = _UNSHARED * (1 - dice) * min(1.0, size / (2 * _ENOUGH))
        return _SHARED * dice * min(1.0, common / _ENOUGH) - unshared - cost

    def score(self, xs: tuple[int, ...], ys: tuple[int, ...]) -> float:
        """A group's score for the report, 0..1: the mean of its shared share and of how well
        its lengths fit (1 at the expected length)."""
        fit = math.exp(-self.delta(xs, ys) ** 2 / 2)
        return round((self.shared(xs, ys)[0] + fit) / 2, 4)

    def anchors(self, xs, ys) -> list[tuple[int, int]]:
        """Pairs of A sentences ``xs`` and B sentences ``ys`` that hold a number or a name at
        most ``_RARE`` of them hold on each side, share at least ``_ANCHOR`` and ``_ENOUGH``
        weight, fit in length, and are each other's best such candidate by ``_MARGIN`` over
        any other candidate of either (two sentences that both name the same people are no
        anchor); in A order."""
        holders_a: dict[str, list[int]] = defaultdict(list)
        holders_b: dict[str, list[int]] = defaultdict(list)
        for x in xs:
            for token in self.bags_a[x]:
                holders_a[token].append(x)
        for y in ys:
            for token in self.bags_b[y]:
                holders_b[token].append(y)
        # x -> [best share, its y, second best share]; the first of equals wins
        best_a: dict[int, list] = defaultdict(lambda: [0.0, -1, 0.0])
        best_b: dict[int, list] = defaultdict(lambda: [0.0, -1, 0.0])
        seen = set()
        for token, holders in holders_a.items():
            others = holders_b.get(token, ())
            if token[0] == "%" or len(holders) > _RARE or not others or len(others) > _RARE:
                continue
            for x, y in ((x, y) for x in holders for y in others if (x, y) not in seen):
                seen.add((x, y))
                delta, value, common, _ = self.pair(x, y)
                if value < _ANCHOR or common < _ENOUGH or abs(delta) > _ANCHOR_DELTA:
                    continue
                for best, one, other in ((best_a, x, y), (best_b, y, x)):
                    if value > best[one][0]:
                        best[one] = [value, other, best[one][0]]
                    else:
                        best[one][2] = max(best[one][2], value)
        return [
            (x, y)
            for x, (value, y, second) in sorted(best_a.items())
            if best_b[y][1] == x and value - max(second, best_b[y][2]) >= _MARGIN
        ]

    def monotone(self, xs: list[int], ys: list[int]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        """The groups of best total gain of A sentences ``xs`` with B sentences ``ys``, in
        order; banded around the diagonal when the gap is large."""
        n, m = len(xs), len(ys)
        if not n or not m:
            return []
        best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
        for x, rows in enumerate(_band(n, m)):
            for y in rows:
                here = best.get((x, y))
                if here is None:
                    continue
                for dx, dy in ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2)):
                    if x + dx > n or y + dy > m:
                        continue
                    if not dx or not dy:
                        gain, group = -_ALONE, None
                    # only neighbours merge: not across a sentence a moved pair holds
                    elif (dx == 1 or xs[x + 1] == xs[x] + 1) and (dy == 1 or ys[y + 1] == ys[y] + 1):
                        group = (tuple(xs[x : x + dx]), tuple(ys[y : y + dy]))
                        gain = self.gain(*group)
                        if gain is None:
                            continue
                    else:
                        continue
                    cell = (x + dx, y + dy)
                    old = best.get(cell)
                    if old is None or here[0] + gain > old[0]:
                        best[cell] = (here[0] + gain, ((x, y), group))
        groups, cell = [], (n, m)
        while best[cell][1] is not None:
            cell, group = best[cell][1]
            if group is not None:
                groups.append(group)
        return groups[::-1]


def _band(n: int, m: int) -> list[range]:
    """For each of ``n`` + 1 DP rows, the columns visited: all of them in a small gap, else a
    band ``_BAND`` wide on either side of the gap's diagonal, widened by its slope so that
    neighbouring rows overlap."""
    if n * m <= _DENSE_CELLS:
        return [range(m + 1)] * (n + 1)
    half = _BAND + m / n
    return [range(max(0, int(x * m / n - half)), min(m, int(x * m / n + half) + 1) + 1) for x in range(n + 1)]


def _length(sentence: str) -> int:
    return len("".join(sentence.split()))


def _kept_anchors(anchors: list[tuple[int, int]]) -> tuple[list, list]:
    """(the longest run of ``anchors`` in order on both sides, the anchors off it that stand
    next to another one on both sides: a moved paragraph)."""
    chain = [(x, y) for x, y, _ in _monotone_chain([(x, y, 0.0) for x, y in anchors])]
    on_chain = set(chain)
    off = [pair for pair in anchors if pair not in on_chain]
    off_set = set(off)
    moved = [
        (x, y) for x, y in off if (x - 1, y - 1) in off_set or (x + 1, y + 1) in off_set
    ]
    return chain, moved


def _ordered(model: _Model, groups: list, n: int, m: int) -> list[AlignmentGroup]:
    """Groups in A order; B sentences alone after the group of the nearest earlier B one."""
    by_b = {y: g[0][0] for g in groups for y in g[1]}
    keyed = [((g[0][0], 0, 0), g[0], g[1], model.score(*g)) for g in groups]
    grouped_a = {x for g in groups for x in g[0]}
    keyed += [((x, 0, 0), (x,), (), 0.0) for x in range(n) if x not in grouped_a]
    last = -1
    for y in range(m):
        if y in by_b:
            last = by_b[y]
        else:
            keyed.append(((last, 1, y), (), (y,), 0.0))
    return [AlignmentGroup(a=list(xs), b=list(ys), score=s) for _, xs, ys, s in sorted(keyed)]
