"""Units and currencies of numbers, read from data/units.txt: which units a number may be in, and
whether two numbers in convertible units are one quantity ("14 days" / "2 weeks", "$0.25" /
"25 cents", 30 °C / 86 °F, 40 km / 25 miles)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from discrepancy.datafiles import data_sections
from discrepancy.model import Mention

# Two renderings of one quantity differ by the rounding of the numbers written, at most this
# share of the quantity ("100 km" / "62 miles").
_ROUNDING = Decimal("0.03")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[Decimal, str, Decimal], ...]]]:
    """Every spelling -> the units it may stand for; every unit -> (factor, base, offset)."""
    spellings: dict[str, set[str]] = {}
    sections = data_sections("units.txt")
    for line in sections["unit"] + sections["currency"]:
        name, *others = line.split()
        for spelling in (name, *others):
            spellings.setdefault(spelling, set()).add(name)
    conversions: dict[str, list[tuple[Decimal, str, Decimal]]] = {}
    for line in sections["convert"]:
        unit, factor, base, *offset = line.split()
        spellings.setdefault(unit, set()).add(unit)
        conversions.setdefault(unit, []).append((Decimal(factor), base, Decimal(offset[0] if offset else 0)))
    return (
        {spelling: frozenset(units) for spelling, units in spellings.items()},
        {unit: tuple(ways) for unit, ways in conversions.items()},
    )


def units_of(m: Mention) -> frozenset[str]:
    """The units a number may be in: its sign (%, $, £), else the unit word counted after it."""
    spellings = _table()[0]
    sign = m.attrs.get("unit")
    if sign:
        return spellings.get(sign, frozenset((sign,)))
    return spellings.get(m.attrs.get("noun", ""), frozenset())


def units_named(words: Iterable[str]) -> Iterator[str]:
    """The units the given (singular, lower-case) words name."""
    spellings = _table()[0]
    for word in words:
        yield from spellings.get(word, ())


def in_bases(value: Decimal, unit: str) -> Iterator[tuple[str, Decimal]]:
    """``value`` in ``unit`` and in every unit it converts to."""
    yield unit, value
    for factor, base, offset in _table()[1].get(unit, ()):
        yield base, value * factor + offset


def close(x: Decimal, y: Decimal) -> bool:
    return abs(x - y) <= _ROUNDING * max(abs(x), abs(y))


def same_quantity(a: Mention, b: Mention, written: bool = False, rounded: bool = True) -> bool:
    """Whether two numbers in different units are one quantity within rounding. ``written``
    also allows the rounding the precision of either number as written allows, as a
    translator converting a unit rounds the result ("200 miles" / "300 km", "12 mph" /
    "20 km/h", "30 yards" / "30 mètres"); without ``rounded``, only that rounding."""
    units_a, units_b = units_of(a), units_of(b)
    if not units_a or not units_b:
        return False
    try:
        value_a, value_b = Decimal(a.value), Decimal(b.value)
    except ArithmeticError:
        return False
    for unit_a in units_a:
        for unit_b in units_b - {unit_a}:
            if _converts_to(value_a, unit_a, value_b, unit_b, written, rounded):
                return True
            if written and _converts_to(value_b, unit_b, value_a, unit_a, written, rounded):
                return True
    return False


def _converts_to(value: Decimal, unit: str, target: Decimal, target_unit: str, written: bool, rounded: bool) -> bool:
    """Whether ``value`` in ``unit`` is ``target`` in ``target_unit`` within rounding, also
    within half the last written digit of ``target`` (at most a tenth of it) when ``written``."""
    bases = dict(in_bases(value, unit))
    slack = min(_precision(target), _AT_MOST * abs(target)) if written else Decimal(0)
    low, high = dict(in_bases(target - slack, target_unit)), dict(in_bases(target + slack, target_unit))
    for base, converted in in_bases(target, target_unit):
        if base not in bases:
            continue
        if rounded and close(bases[base], converted):
            return True
        if written and low[base] <= bases[base] <= high[base]:
            return True
    return False


# The rounding the written precision allows, at most this share of the number: "300" may be
# 322 rounded, "20" 19.3, but "200" is no 248 ("400 km").
_AT_MOST = Decimal("0.1")


def _precision(value: Decimal) -> Decimal:
    """Half the last digit a number is written to: 0.5 for 7, 5 for 20, 50 for 300, 0.005 for 1.98."""
    sign, digits, exponent = value.normalize().as_tuple()
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)
