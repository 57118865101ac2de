"""Stage 3: two sentence lists -> alignment groups (1-1, 1-2, 2-1, n-m, 1-0, 0-1).

How, in near-linear time (never a dense n x m matrix):

1. Each sentence becomes a bag of crude stems (lower case, no function words, first letters of
   each word, "1,800" read as "1800"), each stem weighted by its rarity over both documents.
   Two groups of sentences score the weighted Dice overlap of their bags (0..1).
2. An inverted index of the rarest stems proposes a few candidates per sentence; pairs that are
   each other's best candidate become anchors (equal scores go to the pair nearest the diagonal).
3. Anchors that follow each other in both documents form a block; a reordered paragraph is a
   block of its own. A lone anchor that is weak, or breaks an otherwise continuous block, goes.
4. The sentences between anchors are aligned by a monotone DP with 1-1, 1-2, 2-1, 1-0 and 0-1
   moves; a large gap is first cut at anchors found among its own sentences, and banded if
   still large. Where blocks meet, the A sentences between them are aligned against the end of
   one block and the start of the next in B.
5. Long documents (200 confident 1-1 groups or more) teach a lexicon: in those groups, stems of
   one side that the other side lacks are counted together ("town" in A where B says "city").
   Pairs seen together at least 3 times with a Dice of at least 0.3 become associations, at
   most 2 per B stem. From then on a B sentence also holds the A stems its stems are associated
   with, at their B stem's weight, and the gaps between the anchors of step 3 are aligned again
   (step 4): paraphrase that shares few stems can now group.
6. Sentences still unmatched pair when they are each other's best candidate (step 2: a sentence
   moved on its own), and the DP of step 4 groups what lies between two such pairs when nothing
   else does, on either side (a moved paragraph the first pass lost); then groups grow by an unmatched neighbour while that raises the score,
   or merge with the next group when the merged score beats both by a margin (sentences
   straddling each other, up to 4 a side). Last, a sentence still alone joins a neighbouring
   group when the group's other side holds a fair share of its words that the group's own side
   lacks (the rest of a long sentence rendered in two).
7. Inputs of a few sentences skip the index: one DP, tens of microseconds. Two one-sentence
   documents always form one group: the user chose them as counterparts.

Output order: groups holding A sentences in A order; a group of B sentences only stands right
after the group holding the nearest earlier B sentence (at the start when there is none).
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import defaultdict

from discrepancy.model import AlignmentGroup

THRESHOLD = 0.15
"""Least score for sentences to be grouped at all."""

_ANCHOR = 0.35  # least score of an anchor
_LONE_ANCHOR = 0.6  # least score of an anchor without a neighbouring anchor
_STEM = 4  # letters kept of a word
_RARE_STEMS = 6  # stems per sentence looked up in the index
_POSTING_CAP = 40  # stems in more B sentences than this propose no candidates
_CANDIDATES = 6  # candidates scored per sentence
_BAND = 12  # half-width of the DP band in large gaps
_DENSE_CELLS = 400  # gaps up to this many cells get the full DP
_GAP_LEVELS = 3  # how often a large gap is cut at its own anchors before a banded DP
_TINY = 16  # inputs with at most this many sentence pairs skip the index
_MAX_SIDE = 4  # most sentences on one side of a group grown from neighbours
_STRAY_SHARE = 0.15  # least share of a lone sentence's weight that must join it to a neighbour
_MAX_JOINED = 8  # a group takes lone sentences on a side until it has this many there
_MERGE_MARGIN = 0.05  # two groups merge only when that beats both by this much
_LEXICON_GROUPS = 200  # confident groups needed before a lexicon is learnt
_CONFIDENT = 0.4  # least score of a 1-1 group the lexicon learns from
_ASSOCIATION_COUNT = 3  # least confident groups an associated pair of stems occurs in
_ASSOCIATION_DICE = 0.3  # least Dice of that pair over the groups each stem occurs in alone
_ASSOCIATIONS = 2  # most A stems associated with one B stem

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]{2,}")
FUNCTION_WORDS = frozenset(
    """a an the and or nor but if so than then of to in on at by for with from as into onto
    upon about over under after before between through during against among within without
    is are was were be been being am has have had do does did will would shall should can
    could may might must it its this that these those there here he him his she her hers they
    them their theirs we us our you your i me my mine who whom whose which what when where why
    how all any both each some such no not only own same too very just also yet unto""".split()
)


def align(a: list[str], b: list[str], *, threshold: float = THRESHOLD) -> list[AlignmentGroup]:
    """Group sentences of ``a`` with the sentences of ``b`` that say the same thing."""
    bags_a, bags_b = _weighted_bags(a, b)
    scorer = _Scorer(bags_a, bags_b, threshold)
    if len(a) == 1 and len(b) == 1:
        # Two one-sentence documents are counterparts by the user's choice, however worded.
        return [AlignmentGroup(a=[0], b=[0], score=round(scorer.pair(0, 0), 4))]
    # A handful of sentences (a single pair, say) needs no index: one DP is cheaper.
    tiny = len(a) * len(b) <= _TINY
    every_a, every_b = list(range(len(a))), list(range(len(b)))
    anchors = scorer.anchor_blocks(every_a, every_b, tiny, drop_noise=True)
    matched = scorer.align_between(every_a, every_b, anchors)
    confident = sorted(
        (ga[0], gb[0]) for ga, gb, s in matched.groups.values() if len(ga) == len(gb) == 1 and s >= _CONFIDENT
    )
    if len(confident) >= _LEXICON_GROUPS:
        # The anchors stand; the sentences between them are grouped again, with the lexicon.
        scorer = scorer.with_lexicon(_learn_lexicon(bags_a, bags_b, confident))
        anchors = [(x, y, scorer.pair(x, y)) for x, y, _ in anchors]
        matched = scorer.align_between(every_a, every_b, anchors)
    left_a = [i for i in range(len(a)) if i not in matched.by_a]
    left_b = [j for j in range(len(b)) if j not in matched.by_b]
    if left_a and left_b:
        for group in scorer.pair_leftovers(left_a, left_b, tiny):
            matched.add(*group)
    scorer.merge_neighbours(matched, len(a), len(b))
    scorer.attach_strays(matched, len(a), len(b))
    return _ordered(matched, len(a), len(b))


def _stems(sentence: str) -> list[str]:
    stems = []
    for token in _TOKEN.findall(sentence.lower()):
        if token[0].isdigit():
            stems.append(token.replace(",", ""))
        elif token not in FUNCTION_WORDS:
            stems.append(token[:_STEM])
    # A sentence of only short or function words ("B", "So it is.") still matches its double.
    return stems or ["=" + " ".join(sentence.lower().split())]


def _weighted_bags(a: list[str], b: list[str]) -> tuple[list[dict], list[dict]]:
    """Stem -> count x rarity weight, per sentence; rarity is 1 + log(N / sentences with it)."""
    counts, frequency = [], {}
    for sentence in (*a, *b):
        bag: dict[str, int] = {}
        for stem in _stems(sentence):
            bag[stem] = bag.get(stem, 0) + 1
        for stem in bag:
            frequency[stem] = frequency.get(stem, 0) + 1
        counts.append(bag)
    log_total = math.log(len(counts)) if counts else 0.0
    weight = {stem: 1.0 + log_total - math.log(n) for stem, n in frequency.items()}
    bags = [{stem: n * weight[stem] for stem, n in bag.items()} for bag in counts]
    return bags[: len(a)], bags[len(a) :]


def _dice(x: dict, y: dict, size: float) -> float:
    """Weighted Dice overlap of two bags whose weights add up to ``size`` together."""
    if not size:
        return 0.0
    if len(x) > len(y):
        x, y = y, x
    shared = 0.0
    for stem, w in x.items():
        other = y.get(stem)
        if other is not None:
            shared += w if w < other else other
    return min(1.0, 2.0 * shared / size)  # learnt stems count in shared, not in size


def _learn_lexicon(bags_a: list[dict], bags_b: list[dict], pairs: list[tuple[int, int]]) -> dict:
    """B stem -> [A stems] for stems that stand in for each other in the sentence pairs.

    Only stems one side lacks count, and numbers stand for themselves. Stems unpaired fewer
    than ``_ASSOCIATION_COUNT`` times are dropped before pairs are counted, which keeps the
    counts near-linear. Equal Dice go to the alphabetically first A stem."""

    def unshared(pair: tuple[int, int]) -> tuple[list[str], list[str]]:
        x, y = bags_a[pair[0]], bags_b[pair[1]]
        return (
            [s for s in x if s not in y and not s[0].isdigit()],
            [t for t in y if t not in x and not t[0].isdigit()],
        )

    splits = [unshared(pair) for pair in pairs]
    alone_a: dict[str, int] = defaultdict(int)
    alone_b: dict[str, int] = defaultdict(int)
    for only_a, only_b in splits:
        for s in only_a:
            alone_a[s] += 1
        for t in only_b:
            alone_b[t] += 1
    together: dict[tuple[str, str], int] = defaultdict(int)
    for only_a, only_b in splits:
        for s in only_a:
            if alone_a[s] >= _ASSOCIATION_COUNT:
                for t in only_b:
                    if alone_b[t] >= _ASSOCIATION_COUNT:
                        together[s, t] += 1
    candidates: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (s, t), n in together.items():
        dice = 2 * n / (alone_a[s] + alone_b[t])
        if n >= _ASSOCIATION_COUNT and dice >= _ASSOCIATION_DICE:
            candidates[t].append((-dice, s))
    return {t: [s for _, s in sorted(found)[:_ASSOCIATIONS]] for t, found in candidates.items()}


def _merged(bags: list[dict]) -> dict:
    out = dict(bags[0])
    for bag in bags[1:]:
        for stem, w in bag.items():
            out[stem] = out.get(stem, 0.0) + w
    return out


class _Matching:
    """Chosen groups by id, looked up from either side."""

    def __init__(self) -> None:
        self.groups: dict[int, tuple[tuple[int, ...], tuple[int, ...], float]] = {}
        self.by_a: dict[int, int] = {}
        self.by_b: dict[int, int] = {}
        self._next_id = 0

    def add(self, a: tuple[int, ...], b: tuple[int, ...], score: float) -> None:
        self.groups[self._next_id] = (a, b, score)
        for i in a:
            self.by_a[i] = self._next_id
        for j in b:
            self.by_b[j] = self._next_id
        self._next_id += 1

    def replace(self, ids: list[int], a: tuple[int, ...], b: tuple[int, ...], score: float) -> int:
        """Put one new group in place of groups ``ids``; return its id."""
        for gid in ids:
            del self.groups[gid]
        self.add(a, b, score)
        return self._next_id - 1


class _Scorer:
    """Scores groups of sentences and runs the alignment steps over the two documents' bags."""

    def __init__(self, bags_a: list[dict], bags_b: list[dict], threshold: float) -> None:
        self.bags_a, self.bags_b, self.threshold = bags_a, bags_b, threshold
        self.sizes_a = [sum(bag.values()) for bag in bags_a]
        self.sizes_b = [sum(bag.values()) for bag in bags_b]

    def with_lexicon(self, lexicon: dict) -> _Scorer:
        """This scorer with each B bag also holding the A stems its stems are associated with.

        A learnt stem weighs what its B stem weighs and is not counted in the sentence's size:
        it can only raise a score."""
        bags_b = []
        for bag in self.bags_b:
            learnt: dict[str, float] = {}
            for t, w in bag.items():
                for s in lexicon.get(t, ()):
                    if s not in bag:
                        learnt[s] = max(learnt.get(s, 0.0), w)
            bags_b.append({**bag, **learnt} if learnt else bag)
        scorer = _Scorer(self.bags_a, bags_b, self.threshold)
        scorer.sizes_b = self.sizes_b
        return scorer

    def pair(self, i: int, j: int) -> float:
        return _dice(self.bags_a[i], self.bags_b[j], self.sizes_a[i] + self.sizes_b[j])

    def shares(self, i: int, j: int) -> bool:
        return not self.bags_a[i].keys().isdisjoint(self.bags_b[j])

    def score(self, a: tuple[int, ...], b: tuple[int, ...]) -> float:
        if len(a) == 1 and len(b) == 1:
            return self.pair(a[0], b[0])
        size = sum(self.sizes_a[i] for i in a) + sum(self.sizes_b[j] for j in b)
        return _dice(_merged([self.bags_a[i] for i in a]), _merged([self.bags_b[j] for j in b]), size)

    def anchor_blocks(self, ia: list[int], jb: list[int], tiny: bool, drop_noise: bool) -> list:
        """Anchors of the A sentences ``ia`` and the B sentences ``jb`` (both ascending) that
        stand in blocks, as (position in ia, position in jb, score).

        Among sentences left over by a first pass order means little: no anchor is noise for
        breaking a block there, only for being weak and alone.
        ``tiny`` inputs skip the anchors: one DP over everything.
        """
        return [] if tiny else _blocks_without_noise(self._anchors(ia, jb), drop_noise)

    def align_between(self, ia: list[int], jb: list[int], anchors: list) -> _Matching:
        """The ``anchors`` of ``ia`` and ``jb`` and the groups of the gaps between them."""
        proposals = []
        for xs, ys in _gaps(anchors, len(ia), len(jb)):
            proposals += self._gap([ia[x] for x in xs], [jb[y] for y in ys])
        for x, y, s in anchors:
            proposals.append(((ia[x],), (jb[y],), s))
        matched = _Matching()  # a B sentence two gaps claim goes to the better group
        for a, b, s in sorted(proposals, key=lambda g: (-g[2], g[0], g[1])):
            if not any(j in matched.by_b for j in b) and not any(i in matched.by_a for i in a):
                matched.add(a, b, s)
        return matched

    def pair_leftovers(self, left_a: list[int], left_b: list[int], tiny: bool) -> list:
        """Groups among the sentences a first pass left over (``left_a``, ``left_b``: ascending).

        Leftovers may stand far apart: only mutually best pairs among them group (a sentence
        moved on its own), and the DP runs only between two such pairs that enclose nothing but
        leftovers on both sides (a moved paragraph the first pass lost), never over whatever the
        leftovers would put side by side. A tiny input is one neighbourhood: one DP."""
        if tiny:
            return list(self.align_between(left_a, left_b, []).groups.values())
        anchors = self.anchor_blocks(left_a, left_b, False, drop_noise=False)
        groups = [((left_a[x],), (left_b[y],), s) for x, y, s in anchors]
        # Anchors need not be in order: one that pairs outside a gap may still hold a sentence
        # inside it, and that sentence is taken.
        taken_x, taken_y = {x for x, _, _ in anchors}, {y for _, y, _ in anchors}
        for (x0, y0, _), (x1, y1, _) in zip(anchors, anchors[1:]):
            if y0 < y1 and left_a[x1] - left_a[x0] == x1 - x0 and left_b[y1] - left_b[y0] == y1 - y0:
                groups += self._gap([left_a[x] for x in range(x0 + 1, x1) if x not in taken_x],
                                    [left_b[y] for y in range(y0 + 1, y1) if y not in taken_y])
        return groups

    def _anchors(self, ia: list[int], jb: list[int]) -> list[tuple[int, int, float]]:
        """Mutually best candidate pairs as (position in ia, position in jb, score), by A."""
        index: dict[str, list[int]] = defaultdict(list)
        for y, j in enumerate(jb):
            for stem in self.bags_b[j]:
                index[stem].append(y)
        best_a: dict[int, tuple[tuple[float, float], int]] = {}
        best_b: dict[int, tuple[tuple[float, float], int]] = {}
        slope = len(ia) / len(jb)
        for x, i in enumerate(ia):
            bag = self.bags_a[i]
            rare = sorted(
                (len(index[s]), s) for s in bag if s in index and len(index[s]) <= _POSTING_CAP
            )[:_RARE_STEMS]
            votes: dict[int, float] = defaultdict(float)
            for _, stem in rare:
                for y in index[stem]:
                    votes[y] += bag[stem]
            # Equal votes and scores (repeated wording) go to the pair nearest the diagonal.
            ranked = heapq.nsmallest(
                _CANDIDATES, votes, key=lambda y: (-votes[y], abs(y * slope - x), y)
            )
            for y in ranked:
                key = (self.pair(i, jb[y]), -abs(y * slope - x))
                if x not in best_a or key > best_a[x][0]:
                    best_a[x] = (key, y)
                if y not in best_b or key > best_b[y][0]:
                    best_b[y] = (key, x)
        return [
            (x, y, key[0])
            for x, (key, y) in sorted(best_a.items())
            if key[0] >= _ANCHOR and best_b[y][1] == x
        ]

    def _gap(self, xs: list[int], ys: list[int], depth: int = 0) -> list:
        """Monotone grouping of a gap; a large gap is first cut at anchors found among its own
        sentences (words rare in the gap need not be rare in the document), a few levels deep."""
        if len(xs) * len(ys) > _DENSE_CELLS and depth < _GAP_LEVELS:
            chain = _monotone_chain(self._anchors(xs, ys))
            if chain:
                groups, x0, y0 = [], 0, 0
                for x, y, s in chain:
                    groups += self._gap(xs[x0:x], ys[y0:y], depth + 1)
                    groups.append(((xs[x],), (ys[y],), s))
                    x0, y0 = x + 1, y + 1
                return groups + self._gap(xs[x0:], ys[y0:], depth + 1)
        return self._gap_dp(xs, ys)

    def _gap_dp(self, xs: list[int], ys: list[int]) -> list:
        """Best monotone grouping of A sentences ``xs`` with B sentences ``ys`` (global ids)."""
        n, m = len(xs), len(ys)
        if not n or not m:
            return []
        wide = n * m <= _DENSE_CELLS
        threshold = self.threshold

        def rows(x: int) -> range:
            if wide:
                return range(m + 1)
            centre, half = x * m / n, _BAND + m / n  # rows overlap however steep the slope
            return range(max(0, int(centre - half)), min(m, int(centre + half) + 1) + 1)

        best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
        for x in range(n + 1):
            for y in rows(x):
                here = best.get((x, y))
                if here is None:
                    continue
                gain = here[0]
                moves = [((x + 1, y), 0.0, None), ((x, y + 1), 0.0, None)]
                if x < n and y < m:
                    # Sentences that share no stem score 0; a merge can only beat 1-1 when the
                    # extra sentence shares a stem.
                    steps = [(1, 1)] if self.shares(xs[x], ys[y]) else []
                    if x + 1 < n and xs[x + 1] == xs[x] + 1 and self.shares(xs[x + 1], ys[y]):
                        steps.append((2, 1))
                    if y + 1 < m and ys[y + 1] == ys[y] + 1 and self.shares(xs[x], ys[y + 1]):
                        steps.append((1, 2))
                    for dx, dy in steps:
                        a, b = tuple(xs[x : x + dx]), tuple(ys[y : y + dy])
                        s = self.score(a, b)
                        # A merge must say more than its best pair alone: absorbing a stray
                        # sentence into a strong pair is not a split.
                        if dx + dy > 2 and s <= max(self.pair(i, j) for i in a for j in b):
                            continue
                        if s >= threshold:
                            moves.append(((x + dx, y + dy), (s - threshold) * (dx + dy), (a, b, s)))
                for cell, extra, group in moves:
                    if cell[0] > n or cell[1] > m:
                        continue
                    old = best.get(cell)
                    if old is None or gain + extra > old[0]:
                        best[cell] = (gain + extra, ((x, y), group))
        groups = []
        cell = (n, m)
        while best[cell][1] is not None:
            cell, group = best[cell][1]
            if group is not None:
                groups.append(group)
        return groups

    def merge_neighbours(self, matched: _Matching, n: int, m: int) -> None:
        """Grow groups by a neighbouring unmatched sentence or a neighbouring group (next on both
        sides) while that raises the score; sentences that straddle two others end up together.
        Two groups of paraphrase score higher merged, as words meet across them, so a merge of
        groups must beat both by ``_MERGE_MARGIN``.

        Growing only helps when what joins shares a stem with the other side, which is checked
        before scoring."""
        for gid in sorted(matched.groups, key=lambda g: matched.groups[g][0]):
            while gid in matched.groups:
                a, b, s = matched.groups[gid]
                best = None
                for x, y, others in _neighbours(matched, a, b, n, m):
                    if len(x) > _MAX_SIDE or len(y) > _MAX_SIDE:
                        continue
                    new_a, new_b = set(x) - set(a), set(y) - set(b)
                    if not any(self.shares(i, j) for i in new_a for j in y) and not any(
                        self.shares(i, j) for i in x for j in new_b
                    ):
                        continue
                    merged = self.score(x, y)
                    floor = max([s] + [matched.groups[o][2] for o in others])
                    if others:
                        floor += _MERGE_MARGIN
                    if merged > floor and (best is None or merged > best[0]):
                        best = (merged, x, y, others)
                if best is None:
                    break
                merged, x, y, others = best
                gid = matched.replace([gid, *others], x, y, merged)

    def attach_strays(self, matched: _Matching, n: int, m: int) -> None:
        """Give a sentence still alone to a neighbouring group whose other side says what the
        sentence says and the group's own side does not.

        A verse one translation renders in two sentences and the other in one: the second
        sentence carries the rest of the long counterpart, which growing by score misses as the
        short sentence shares little with the whole. A sentence joins the neighbour where that
        unsaid rest covers the largest share of its weight, at least ``_STRAY_SHARE`` (the one
        before on a tie). Every lone sentence of both sides decides on the groups as they stand
        before any of them joins, so swapping A and B changes nothing; rounds repeat while some
        join, so a run of lone sentences can join the group at either end."""
        sides = (matched.by_a, matched.by_b)
        strays = [(0, i) for i in range(n) if i not in matched.by_a]
        strays += [(1, j) for j in range(m) if j not in matched.by_b]
        while strays:
            joining: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for side, i in strays:
                best = None
                for before, gid in ((1, sides[side].get(i - 1)), (0, sides[side].get(i + 1))):
                    group = matched.groups.get(gid)
                    if group and group[1 - side] and len(group[side]) < _MAX_JOINED:
                        key = (self._unsaid_share(side, i, group), before)
                        best = max(best or (key, gid), (key, gid))
                if best and best[0][0] >= _STRAY_SHARE:
                    joining[best[1]].append((side, i))
            if not joining:
                return
            for gid, sentences in sorted(joining.items()):
                a, b, _ = matched.groups[gid]
                a = tuple(sorted((*a, *(i for side, i in sentences if side == 0))))
                b = tuple(sorted((*b, *(i for side, i in sentences if side == 1))))
                matched.replace([gid], a, b, self.score(a, b))
            strays = [(side, i) for side, i in strays if i not in sides[side]]

    def _unsaid_share(self, side: int, i: int, group: tuple) -> float:
        """Share of sentence ``i``'s weight (on ``side``, 0 for A) found in what the other side of
        ``group`` holds beyond the group's own side."""
        bags, sizes = ((self.bags_a, self.sizes_a), (self.bags_b, self.sizes_b))[side]
        other_bags = (self.bags_b, self.bags_a)[side]
        own = _merged([bags[k] for k in group[side]])
        other = _merged([other_bags[k] for k in group[1 - side]])
        shared = 0.0
        for stem, w in bags[i].items():
            unsaid = other.get(stem, 0.0) - own.get(stem, 0.0)
            if unsaid > 0:
                shared += min(w, unsaid)
        return shared / sizes[i] if sizes[i] else 0.0


def _neighbours(matched: _Matching, a: tuple, b: tuple, n: int, m: int):
    """(A, B, absorbed group ids) for each way a group can grow by one neighbour."""
    if a[-1] + 1 < n and a[-1] + 1 not in matched.by_a:
        yield a + (a[-1] + 1,), b, []
    if a[0] > 0 and a[0] - 1 not in matched.by_a:
        yield (a[0] - 1,) + a, b, []
    if b[-1] + 1 < m and b[-1] + 1 not in matched.by_b:
        yield a, b + (b[-1] + 1,), []
    if b[0] > 0 and b[0] - 1 not in matched.by_b:
        yield a, (b[0] - 1,) + b, []
    after = matched.by_a.get(a[-1] + 1)
    if after is not None and matched.groups[after][1][0] == b[-1] + 1:
        other = matched.groups[after]
        yield a + other[0], b + other[1], [after]
    before = matched.by_a.get(a[0] - 1)
    if before is not None and matched.groups[before][1][-1] == b[0] - 1:
        other = matched.groups[before]
        yield other[0] + a, other[1] + b, [before]


def _blocks_without_noise(anchors: list[tuple[int, int, float]], breaking: bool) -> list:
    """Drop anchors that stand alone (no neighbour in both orders) and score below
    ``_LONE_ANCHOR``, and with ``breaking`` those whose removal lets their neighbours (in A
    order) continue in B order. Of two breaking anchors side by side only the first goes per
    round: they may be a real swap."""
    while True:
        order_b = sorted(range(len(anchors)), key=lambda k: anchors[k][1])
        rank = [0] * len(anchors)
        for r, k in enumerate(order_b):
            rank[k] = r
        rank = [-1] + rank + [len(anchors)]  # virtual anchors at both ends
        noise: list[int] = []
        for k in range(1, len(anchors) + 1):
            if rank[k - 1] + 1 == rank[k] or rank[k] + 1 == rank[k + 1]:
                continue
            if anchors[k - 1][2] < _LONE_ANCHOR:
                noise.append(k)
                continue
            before = rank[k - 1] - (rank[k - 1] > rank[k])
            after = rank[k + 1] - (rank[k + 1] > rank[k])
            if breaking and after == before + 1 and (not noise or noise[-1] != k - 1):
                noise.append(k)
        if not noise:
            return anchors
        drop = {k - 1 for k in noise}
        anchors = [t for k, t in enumerate(anchors) if k not in drop]


def _monotone_chain(anchors: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The longest run of anchors (given in A order) that also ascends in B."""
    tails: list[int] = []  # tails[k]: index of the anchor ending the best chain of length k+1
    tail_ys: list[int] = []
    before: list[int] = []
    for k, (_, y, _) in enumerate(anchors):
        length = bisect.bisect_left(tail_ys, y)
        before.append(tails[length - 1] if length else -1)
        if length == len(tails):
            tails.append(k)
            tail_ys.append(y)
        else:
            tails[length], tail_ys[length] = k, y
    chain, k = [], tails[-1] if tails else -1
    while k >= 0:
        chain.append(anchors[k])
        k = before[k]
    return chain[::-1]


def _gaps(anchors: list[tuple[int, int, float]], n: int, m: int):
    """(A positions, B positions) between anchors, to be aligned monotonically.

    Inside a block the gap is the sentences between two anchors on both sides. Where a block ends
    in A, the A sentences up to the next anchor face the B sentences after the block's last anchor
    followed by those before the next anchor's block in B.
    """
    by_b = sorted(range(len(anchors)), key=lambda k: anchors[k][1])
    next_b: dict[int, int | None] = {}
    prev_b: dict[int, int | None] = {}
    for r, k in enumerate(by_b):
        prev_b[k] = by_b[r - 1] if r > 0 else None
        next_b[k] = by_b[r + 1] if r + 1 < len(by_b) else None
    for k in range(-1, len(anchors)):
        x0 = anchors[k][0] + 1 if k >= 0 else 0
        x1 = anchors[k + 1][0] if k + 1 < len(anchors) else n
        ys: list[int] = []
        if k >= 0:
            following = next_b[k]
            ys += range(anchors[k][1] + 1, anchors[following][1] if following is not None else m)
            if following == k + 1:
                yield list(range(x0, x1)), ys
                continue
        if k + 1 < len(anchors):
            preceding = prev_b[k + 1]
            ys += range(anchors[preceding][1] + 1 if preceding is not None else 0, anchors[k + 1][1])
        elif k < 0:
            ys = list(range(m))
        yield list(range(x0, x1)), ys


def _ordered(matched: _Matching, n: int, m: int) -> list[AlignmentGroup]:
    """Groups in A order; B-only groups after the group of the nearest earlier B sentence."""
    groups = [(a, b, round(s, 4)) for a, b, s in matched.groups.values()]
    groups += [((i,), (), 0.0) for i in range(n) if i not in matched.by_a]
    groups += [((), (j,), 0.0) for j in range(m) if j not in matched.by_b]
    preceding_a, last = [], -1
    for j in range(m):
        index = matched.by_b.get(j)
        if index is not None:
            last = matched.groups[index][0][0]
        preceding_a.append(last)
    keyed = sorted(((a[0], 0, 0) if a else (preceding_a[b[0]], 1, b[0]), a, b, s) for a, b, s in groups)
    return [AlignmentGroup(a=list(a), b=list(b), score=s) for _, a, b, s in keyed]
