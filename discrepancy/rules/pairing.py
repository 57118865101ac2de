"""Pair the mentions of one kind across the two sides of an aligned group.

A changed value must be ONE finding with both spans, so pairing runs in two passes: first
mentions that agree (same value, in whatever form) pair up; then what is left pairs by
affinity (same counted noun, same unit, similar position), and only the remainder is one-sided.
"""

from __future__ import annotations

from typing import Callable, Iterator, NamedTuple, Optional

from discrepancy.model import Mention


class Pairs(NamedTuple):
    agreeing: list[tuple[Mention, Mention]]
    differing: list[tuple[Mention, Mention]]
    only_a: list[Mention]
    only_b: list[Mention]


def pair_mentions(
    a: list[Mention],
    b: list[Mention],
    same: Callable[[Mention, Mention], bool],
    affinity: Callable[[Mention, Mention], float],
    compatible: Callable[[Mention, Mention], bool] = lambda x, y: True,
) -> Pairs:
    """Pair ``a`` with ``b``: ``same`` mentions first, then the most alike of the ``compatible``
    rest. With one side empty there is nothing to pair (most groups lack some kind)."""
    if not (a and b):
        return Pairs([], [], list(a), list(b))
    free_a, free_b = list(range(len(a))), list(range(len(b)))
    agreeing = _greedy(a, b, free_a, free_b, same, affinity)
    differing = _greedy(a, b, free_a, free_b, compatible, affinity)
    return Pairs(
        agreeing, differing, [a[i] for i in free_a], [b[j] for j in free_b]
    )


def _greedy(a, b, free_a, free_b, allowed, affinity):
    """The ``allowed`` pairs of the free mentions, most affine first; relative position in the
    sentence breaks ties (the 2nd number of A answers the 2nd of B). ``free_a`` and ``free_b``
    lose what pairs."""
    span_a, span_b = max(len(a), 1), max(len(b), 1)
    candidates = sorted(
        (-affinity(a[i], b[j]), abs(i / span_a - j / span_b), i, j)
        for i in free_a
        for j in free_b
        if allowed(a[i], b[j])
    )
    if not candidates:
        return []
    taken_a, taken_b, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((i, j))
    free_a[:] = [i for i in free_a if i not in taken_a]
    free_b[:] = [j for j in free_b if j not in taken_b]
    return [(a[i], b[j]) for i, j in sorted(pairs)]


def stated_numbers(mentions: list[Mention]) -> set[str]:
    """Every number a side states, whatever kind of mention holds it: a number's value, a date's
    day, year and century, a time's hour (on either clock) and minute. A number one side gives as
    "22" and the other inside "July 22" is not missing, nor "6" beside "6 a.m." or "18-16" beside "18:16"."""
    stated = set()
    for m in mentions:
        if m.kind == "number":
            stated.add(m.value)
            stated.add(m.attrs.get("alt", m.value))  # the other reading of "1.500"
        elif "parts" in m.attrs:  # the two counts of a score
            stated.update(m.attrs["parts"].split())
        elif m.kind == "time":
            hour = int(m.attrs["h"])
            stated.update((str(hour), str(hour % 12 or 12), m.attrs["min"]))
        else:
            stated.update(str(int(m.attrs[k])) for k in ("y", "d", "c") if k in m.attrs)
    return stated


def swapped(
    agreeing: list[tuple[Mention, Mention]], role: Callable[[Mention], Optional[str]]
) -> Iterator[tuple[str, Mention, Mention, str]]:
    """Values equal on both sides but attached to crossed roles ("300 tanks and 20 jets" /
    "20 tanks and 300 jets"): for each role, (role, its mention in A, the mention that has
    its role in B, the role it was swapped with)."""
    for i, (a1, b1) in enumerate(agreeing):
        for a2, b2 in agreeing[i + 1:]:
            r_a1, r_b1, r_a2, r_b2 = role(a1), role(b1), role(a2), role(b2)
            if None in (r_a1, r_b1, r_a2, r_b2) or a1.value == a2.value or r_a1 == r_a2:
                continue
            if r_a1 == r_b2 and r_a2 == r_b1:
                yield r_a1, a1, b2, r_a2
                yield r_a2, a2, b1, r_a1
