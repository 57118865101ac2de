"""The sentences between two anchors, grouped by a monotone DP (1-1, 1-2, 2-1, 1-0, 0-1)."""

from __future__ import annotations

from discrepancy.align.anchors import anchors, monotone_chain
from discrepancy.align.bags import dice
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

    Cells are numbered ``x * (m + 1) + y`` and each passes its gain on, in a fixed order (down,
    right, 1-1, 2-1, 1-2), to a cell that takes it only when strictly better: ties go to the
    first. A pair's score is computed once though up to three moves ask for it, and a merge's
    pairs only once the merge reaches the threshold (gaps grow with the document, as fewer
    stems stay rare enough to anchor: this loop is where a long document's time per sentence
    grows)."""
    n, m = len(xs), len(ys)
    if not n or not m:
        return []
    wide = n * m <= _DENSE_CELLS
    threshold, width = scorer.threshold, m + 1
    bags_x = [scorer.bags_a[i] for i in xs]
    bags_y = [scorer.bags_b[j] for j in ys]
    keys_x = [bag.keys() for bag in bags_x]
    sizes_x = [scorer.sizes_a[i] for i in xs]
    sizes_y = [scorer.sizes_b[j] for j in ys]
    # Whether a sentence and the next one in the gap follow each other in the document.
    x_runs = [x + 1 < n and xs[x + 1] == xs[x] + 1 for x in range(n)]
    y_runs = [y + 1 < m and ys[y + 1] == ys[y] + 1 for y in range(m)]
    pairs: dict[int, float] = {}
    # The bags of two neighbouring sentences, merged once for every move that groups them.
    joined_x: dict[int, tuple[dict, float]] = {}
    joined_y: dict[int, tuple[dict, float]] = {}

    def pair(x: int, y: int) -> float:
        s = pairs.get(x * width + y)
        if s is None:
            s = pairs[x * width + y] = dice(bags_x[x], bags_y[y], sizes_x[x] + sizes_y[y])
        return s

    def rows(x: int) -> range:
        if wide:
            return range(m + 1)
        centre, half = x * m / n, _BAND + m / n  # rows overlap however steep the slope
        return range(max(0, int(centre - half)), min(m, int(centre + half) + 1) + 1)

    best: dict[int, tuple[float, int, tuple | None]] = {0: (0.0, -1, None)}
    get = best.get
    for x in range(n + 1):
        inside_x = x < n
        for y in rows(x):
            cell = x * width + y
            here = get(cell)
            if here is None:
                continue
            gain = here[0]
            if inside_x:  # 1-0: nothing gained
                old = get(cell + width)
                if old is None or gain > old[0]:
                    best[cell + width] = (gain, cell, None)
            if y < m:  # 0-1
                old = get(cell + 1)
                if old is None or gain > old[0]:
                    best[cell + 1] = (gain, cell, None)
                if not inside_x:
                    continue
            else:
                continue
            # Sentences that share no stem score 0; a merge can only beat 1-1 when the extra
            # sentence shares a stem.
            keys, bag_y = keys_x[x], bags_y[y]
            if not keys.isdisjoint(bag_y):
                s = pair(x, y)
                if s >= threshold:
                    _take(best, cell + width + 1, gain + (s - threshold) * 2, cell, ((xs[x],), (ys[y],), s))
            if x_runs[x] and not keys_x[x + 1].isdisjoint(bag_y):
                joined = joined_x.get(x)
                if joined is None:
                    joined = joined_x[x] = scorer.joined_a((xs[x], xs[x + 1]))
                s = dice(joined[0], bag_y, joined[1] + sizes_y[y])
                # Absorbing a stray sentence into a strong pair is not a split.
                if s >= threshold and s > max(pair(x, y), pair(x + 1, y)):
                    group = ((xs[x], xs[x + 1]), (ys[y],), s)
                    _take(best, cell + 2 * width + 1, gain + (s - threshold) * 3, cell, group)
            if y_runs[y] and not keys.isdisjoint(bags_y[y + 1]):
                joined = joined_y.get(y)
                if joined is None:
                    joined = joined_y[y] = scorer.joined_b((ys[y], ys[y + 1]))
                s = dice(bags_x[x], joined[0], sizes_x[x] + joined[1])
                if s >= threshold and s > max(pair(x, y), pair(x, y + 1)):
                    group = ((xs[x],), (ys[y], ys[y + 1]), s)
                    _take(best, cell + width + 2, gain + (s - threshold) * 3, cell, group)
    groups = []
    _, cell, group = best[n * width + m]
    while cell >= 0:
        if group is not None:
            groups.append(group)
        _, cell, group = best[cell]
    return groups


def _take(best: dict, target: int, gain: float, cell: int, group: tuple) -> None:
    """A move from ``cell`` reaches ``target`` with ``gain``: kept when strictly better."""
    old = best.get(target)
    if old is None or gain > old[0]:
        best[target] = (gain, cell, group)
