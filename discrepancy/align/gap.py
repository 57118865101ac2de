"""The sentences between two anchors, grouped by a monotone DP (1-1, 1-2, 2-1, 1-0, 0-1)."""

from __future__ import annotations

from discrepancy.align.anchors import anchors, monotone_chain
from discrepancy.align.scorer import Scorer

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
    """Best monotone grouping of A sentences ``xs`` with B sentences ``ys`` (global ids).

    Cells are numbered ``x * (m + 1) + y``; a pair's score is computed once though up to three
    moves ask for it (gaps grow with the document, as fewer stems stay rare enough to anchor)."""
    n, m = len(xs), len(ys)
    if not n or not m:
        return []
    wide = n * m <= _DENSE_CELLS
    threshold, width = scorer.threshold, m + 1
    bags_x = [scorer.bags_a[i] for i in xs]
    bags_y = [scorer.bags_b[j] for j in ys]
    pairs: dict[int, float] = {}
    # The bags of two neighbouring sentences, merged once for every move that groups them.
    joined_x: dict[int, tuple[dict, float]] = {}
    joined_y: dict[int, tuple[dict, float]] = {}

    def pair(x: int, y: int) -> float:
        s = pairs.get(x * width + y)
        if s is None:
            s = pairs[x * width + y] = scorer.pair(xs[x], ys[y])
        return s

    def rows(x: int) -> range:
        if wide:
            return range(m + 1)
        centre, half = x * m / n, _BAND + m / n  # rows overlap however steep the slope
        return range(max(0, int(centre - half)), min(m, int(centre + half) + 1) + 1)

    best: dict[int, tuple[float, int, tuple | None]] = {0: (0.0, -1, None)}
    for x in range(n + 1):
        for y in rows(x):
            cell = x * width + y
            here = best.get(cell)
            if here is None:
                continue
            gain = here[0]
            moves = [(cell + width, 0.0, None)] if x < n else []
            if y < m:
                moves.append((cell + 1, 0.0, None))
            if x < n and y < m:
                # Sentences that share no stem score 0; a merge can only beat 1-1 when the
                # extra sentence shares a stem.
                bag_x, bag_y = bags_x[x], bags_y[y]
                if not bag_x.keys().isdisjoint(bag_y):
                    s = pair(x, y)
                    if s >= threshold:
                        moves.append((cell + width + 1, (s - threshold) * 2, ((xs[x],), (ys[y],), s)))
                if x + 1 < n and xs[x + 1] == xs[x] + 1 and not bags_x[x + 1].keys().isdisjoint(bag_y):
                    a = (xs[x], xs[x + 1])
                    if x not in joined_x:
                        joined_x[x] = scorer.joined_a(a)
                    s = scorer.joined_score(joined_x[x], scorer.joined_b((ys[y],)))
                    group = _merge_move(scorer, a, (ys[y],), s, max(pair(x, y), pair(x + 1, y)))
                    if group:
                        moves.append((cell + 2 * width + 1, (group[2] - threshold) * 3, group))
                if y + 1 < m and ys[y + 1] == ys[y] + 1 and not bag_x.keys().isdisjoint(bags_y[y + 1]):
                    b = (ys[y], ys[y + 1])
                    if y not in joined_y:
                        joined_y[y] = scorer.joined_b(b)
                    s = scorer.joined_score(scorer.joined_a((xs[x],)), joined_y[y])
                    group = _merge_move(scorer, (xs[x],), b, s, max(pair(x, y), pair(x, y + 1)))
                    if group:
                        moves.append((cell + width + 2, (group[2] - threshold) * 3, group))
            for target, extra, group in moves:
                old = best.get(target)
                if old is None or gain + extra > old[0]:
                    best[target] = (gain + extra, cell, group)
    groups = []
    _, cell, group = best[n * width + m]
    while cell >= 0:
        if group is not None:
            groups.append(group)
        _, cell, group = best[cell]
    return groups


def _merge_move(scorer: Scorer, a: tuple, b: tuple, s: float, best_pair: float) -> tuple | None:
    """The 2-1 or 1-2 group scoring ``s``, when that reaches the threshold and says more than
    its best pair alone: absorbing a stray sentence into a strong pair is not a split."""
    return (a, b, s) if s > best_pair and s >= scorer.threshold else None
