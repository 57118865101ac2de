"""The sentences between two anchors, grouped by a monotone DP (1-1, 1-2, 2-1, 1-0, 0-1)."""

from __future__ import annotations

from discrepancy.align_anchors import anchors, monotone_chain
from discrepancy.align_scorer import Scorer

_BAND = 12  # half-width of the DP band in large gaps
_DENSE_CELLS = 400  # gaps up to this many cells get the full DP
_GAP_LEVELS = 3  # how often a large gap is cut at its own anchors before a banded DP


def align_gap(scorer: Scorer, xs: list[int], ys: list[int], depth: int = 0) -> list:
    """Monotone grouping of a gap; a large gap is first cut at anchors found among its own
    sentences (words rare in the gap need not be rare in the document), a few levels deep."""
    if len(xs) * len(ys) > _DENSE_CELLS and depth < _GAP_LEVELS:
        chain = monotone_chain(anchors(scorer, xs, ys))
        if chain:
            groups, x0, y0 = [], 0, 0
            for x, y, s in chain:
                groups += align_gap(scorer, xs[x0:x], ys[y0:y], depth + 1)
                groups.append(((xs[x],), (ys[y],), s))
                x0, y0 = x + 1, y + 1
            return groups + align_gap(scorer, xs[x0:], ys[y0:], depth + 1)
    return _gap_dp(scorer, xs, ys)


def _gap_dp(scorer: Scorer, xs: list[int], ys: list[int]) -> list:
    """Best monotone grouping of A sentences ``xs`` with B sentences ``ys`` (global ids)."""
    n, m = len(xs), len(ys)
    if not n or not m:
        return []
    wide = n * m <= _DENSE_CELLS
    threshold = scorer.threshold

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
                steps = [(1, 1)] if scorer.shares(xs[x], ys[y]) else []
                if x + 1 < n and xs[x + 1] == xs[x] + 1 and scorer.shares(xs[x + 1], ys[y]):
                    steps.append((2, 1))
                if y + 1 < m and ys[y + 1] == ys[y] + 1 and scorer.shares(xs[x], ys[y + 1]):
                    steps.append((1, 2))
                for dx, dy in steps:
                    a, b = tuple(xs[x : x + dx]), tuple(ys[y : y + dy])
                    s = scorer.score(a, b)
                    # A merge must say more than its best pair alone: absorbing a stray
                    # sentence into a strong pair is not a split.
                    if dx + dy > 2 and s <= max(scorer.pair(i, j) for i in a for j in b):
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
