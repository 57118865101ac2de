"""Chosen groups of sentences, and how they grow: the gaps between anchors, leftovers, merges of
neighbours, lone sentences joining a group; last, the groups in output order."""

from __future__ import annotations

from collections import defaultdict

from discrepancy.align.anchors import anchor_blocks, gaps
from discrepancy.align.gap import align_gap
from discrepancy.align.scorer import Scorer
from discrepancy.model import AlignmentGroup

_MAX_SIDE = 4  # most sentences on one side of a group grown from neighbours
_STRAY_SHARE = 0.15  # least share of a lone sentence's weight that must join it to a neighbour
_MAX_JOINED = 8  # a group takes lone sentences on a side until it has this many there
_MERGE_MARGIN = 0.05  # two groups merge only when that beats both by this much


class Matching:
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


def align_between(scorer: Scorer, ia: list[int], jb: list[int], anchors: list) -> Matching:
    """The ``anchors`` of ``ia`` and ``jb`` and the groups of the gaps between them."""
    proposals = []
    for xs, ys in gaps(anchors, len(ia), len(jb)):
        proposals += align_gap(scorer, [ia[x] for x in xs], [jb[y] for y in ys])
    for x, y, s in anchors:
        proposals.append(((ia[x],), (jb[y],), s))
    matched = Matching()  # a B sentence two gaps claim goes to the better group
    for a, b, s in sorted(proposals, key=lambda g: (-g[2], g[0], g[1])):
        if not any(j in matched.by_b for j in b) and not any(i in matched.by_a for i in a):
            matched.add(a, b, s)
    return matched


def pair_leftovers(scorer: Scorer, left_a: list[int], left_b: list[int], tiny: bool) -> list:
    """Groups among the sentences a first pass left over (``left_a``, ``left_b``: ascending).

    Leftovers may stand far apart: only mutually best pairs among them group (a sentence
    moved on its own), and the DP runs only between two such pairs that enclose nothing but
    leftovers on both sides (a moved paragraph the first pass lost), never over whatever the
    leftovers would put side by side. A tiny input is one neighbourhood: one DP."""
    if tiny:
        return list(align_between(scorer, left_a, left_b, []).groups.values())
    anchors = anchor_blocks(scorer, left_a, left_b, False, drop_noise=False)
    groups = [((left_a[x],), (left_b[y],), s) for x, y, s in anchors]
    # Anchors need not be in order: one that pairs outside a gap may still hold a sentence
    # inside it, and that sentence is taken.
    taken_x, taken_y = {x for x, _, _ in anchors}, {y for _, y, _ in anchors}
    for (x0, y0, _), (x1, y1, _) in zip(anchors, anchors[1:]):
        if y0 < y1 and left_a[x1] - left_a[x0] == x1 - x0 and left_b[y1] - left_b[y0] == y1 - y0:
            groups += align_gap(scorer, [left_a[x] for x in range(x0 + 1, x1) if x not in taken_x],
                                [left_b[y] for y in range(y0 + 1, y1) if y not in taken_y])
    return groups


def merge_neighbours(scorer: Scorer, matched: Matching, n: int, m: int) -> None:
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
                if not any(scorer.shares(i, j) for i in new_a for j in y) and not any(
                    scorer.shares(i, j) for i in x for j in new_b
                ):
                    continue
                merged = scorer.score(x, y)
                floor = max([s] + [matched.groups[o][2] for o in others])
                if others:
                    floor += _MERGE_MARGIN
                if merged > floor and (best is None or merged > best[0]):
                    best = (merged, x, y, others)
            if best is None:
                break
            merged, x, y, others = best
            gid = matched.replace([gid, *others], x, y, merged)


def attach_strays(scorer: Scorer, matched: Matching, n: int, m: int) -> None:
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
                    key = (scorer.unsaid_share(side, i, group), before)
                    best = max(best or (key, gid), (key, gid))
            if best and best[0][0] >= _STRAY_SHARE:
                joining[best[1]].append((side, i))
        if not joining:
            return
        for gid, sentences in sorted(joining.items()):
            a, b, _ = matched.groups[gid]
            a = tuple(sorted((*a, *(i for side, i in sentences if side == 0))))
            b = tuple(sorted((*b, *(i for side, i in sentences if side == 1))))
            matched.replace([gid], a, b, scorer.score(a, b))
        strays = [(side, i) for side, i in strays if i not in sides[side]]


def _neighbours(matched: Matching, a: tuple, b: tuple, n: int, m: int):
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


def ordered(matched: Matching, n: int, m: int) -> list[AlignmentGroup]:
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
