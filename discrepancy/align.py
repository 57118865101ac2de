"""Stage 3: two sentence lists -> alignment groups (1-1, 1-2, 2-1, 1-0, 0-1)."""

from __future__ import annotations

from discrepancy.model import AlignmentGroup


def align(a: list[str], b: list[str]) -> list[AlignmentGroup]:
    """Group sentences of ``a`` with the sentences of ``b`` that say the same thing."""
    from rapidfuzz import fuzz

    used_b: set[int] = set()
    groups = []
    for i, sa in enumerate(a):
        best, best_j = 0.0, None
        for j, sb in enumerate(b):
            if j in used_b:
                continue
            score = fuzz.token_set_ratio(sa, sb) / 100
            if score > best:
                best, best_j = score, j
        if best_j is not None and best >= 0.5:
            used_b.add(best_j)
            groups.append(AlignmentGroup(a=[i], b=[best_j], score=round(best, 4)))
        else:
            groups.append(AlignmentGroup(a=[i], b=[], score=0.0))
    groups += [AlignmentGroup(a=[], b=[j], score=0.0) for j in range(len(b)) if j not in used_b]
    return sorted(groups, key=lambda g: (min(g.a, default=None) is None, g.a or g.b))
