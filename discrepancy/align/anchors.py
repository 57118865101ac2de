"""Anchors: pairs of sentences that are each other's best candidate, kept where they form blocks.

An inverted index of the rarest stems proposes a few candidates per sentence; anchors that
follow each other in both documents form a block, and the gaps between them are aligned by the
DP of ``align_gap``.
"""

from __future__ import annotations

import bisect
import heapq

from discrepancy.align.scorer import Scorer

_ANCHOR = 0.35  # least score of an anchor
_LONE_ANCHOR = 0.6  # least score of an anchor without a neighbouring anchor
_RARE_STEMS = 6  # stems per sentence looked up in the index
_POSTING_CAP = 40  # stems in more B sentences than this propose no candidates
_CANDIDATES = 6  # candidates scored per sentence


def anchor_blocks(scorer: Scorer, ia: list[int], jb: list[int], tiny: bool, drop_noise: bool) -> list:
    """Anchors of the A sentences ``ia`` and the B sentences ``jb`` (both ascending) that
    stand in blocks, as (position in ia, position in jb, score).

    Among sentences left over by a first pass order means little: no anchor is noise for
    breaking a block there, only for being weak and alone.
    ``tiny`` inputs skip the anchors: one DP over everything.
    """
    return [] if tiny else _blocks_without_noise(anchors(scorer, ia, jb), drop_noise)


def anchors(scorer: Scorer, ia: list[int], jb: list[int]) -> list[tuple[int, int, float]]:
    """Mutually best candidate pairs as (position in ia, position in jb, score), by A."""
    index: dict[str, list[int]] = {}  # stem -> B positions, the first _POSTING_CAP + 1 of them
    for y, j in enumerate(jb):
        for stem in scorer.bags_b[j]:
            postings = index.get(stem)
            if postings is None:
                index[stem] = [y]
            elif len(postings) <= _POSTING_CAP:
                postings.append(y)
    best_a: dict[int, tuple[tuple[float, float], int]] = {}
    best_b: dict[int, tuple[tuple[float, float], int]] = {}
    slope = len(ia) / len(jb)
    for x, i in enumerate(ia):
        bag = scorer.bags_a[i]
        rare = sorted(
            (len(postings), s) for s in bag
            if (postings := index.get(s)) is not None and len(postings) <= _POSTING_CAP
        )[:_RARE_STEMS]
        votes: dict[int, float] = {}
        for _, stem in rare:
            w = bag[stem]
            for y in index[stem]:
                votes[y] = votes.get(y, 0.0) + w
        # Equal votes and scores (repeated wording) go to the pair nearest the diagonal.
        ranked = heapq.nsmallest(_CANDIDATES, [(-v, abs(y * slope - x), y) for y, v in votes.items()])
        for _, off_diagonal, y in ranked:
            key = (scorer.pair(i, jb[y]), -off_diagonal)
            if x not in best_a or key > best_a[x][0]:
                best_a[x] = (key, y)
            if y not in best_b or key > best_b[y][0]:
                best_b[y] = (key, x)
    return [
        (x, y, key[0])
        for x, (key, y) in sorted(best_a.items())
        if key[0] >= _ANCHOR and best_b[y][1] == x
    ]


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


def monotone_chain(anchors: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
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


def gaps(anchors: list[tuple[int, int, float]], n: int, m: int):
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
