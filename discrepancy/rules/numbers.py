"""NUM: numbers that differ in value or qualifier, or appear on one side only."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from rapidfuzz.distance import OSA

from discrepancy.datafiles import data_text
from discrepancy.model import Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.pairing import Pairs, pair_mentions, stated_numbers


def _affinity(a: Mention, b: Mention) -> float:
    attrs_a, attrs_b = a.attrs, b.attrs
    score = 0.0
    if attrs_a.get("noun") and attrs_a.get("noun") == attrs_b.get("noun"):
        score += 2
    if attrs_a.get("unit") == attrs_b.get("unit"):
        score += 1
    if attrs_a.get("ordinal") == attrs_b.get("ordinal"):
        score += 0.5
    return score


def _comparable(a: Mention, b: Mention) -> bool:
    """A weak number ("one", "first", "both") is paired as changed only with the same noun."""
    if "weak" in a.attrs or "weak" in b.attrs:
        return bool(a.attrs.get("noun")) and a.attrs.get("noun") == b.attrs.get("noun")
    return True


def _pairs(group: Group) -> Pairs:
    a, b = group.mentions("number")
    return pair_mentions(a, b, lambda x, y: x.value == y.value, _affinity, compatible=_comparable)


_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _token(text: str, m: Mention) -> str:
    """The whole word the mention's last number word sits in: "sevnty-eight" for the "eight"
    read from it, "thousand" for "more than a thousand"."""
    start = end = m.end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return text[start:end].lower()


def _typo(token: str, other: str) -> bool:
    return token != other and len(token) >= 4 and OSA.distance(token, other) <= 1


def _misspelt_pair(group: Group, a: Mention, b: Mention) -> bool:
    """Two number words that differ by one typing slip, one of them not wholly read as a number
    ("seventy-eight" / "sevnty-eight" read as "eight")."""
    if any(c.isdigit() for c in a.text + b.text):
        return False
    token_a, token_b = _token(group.a_doc.text, a), _token(group.b_doc.text, b)
    whole = a.text.lower().endswith(token_a) and b.text.lower().endswith(token_b)
    return not whole and _typo(token_a, token_b)


def _misspelt_elsewhere(m: Mention, doc_text: str, other_texts: list[str]) -> bool:
    """A number word whose counterpart on the other side is misspelt ("eight" / "eigth")."""
    if any(c.isdigit() for c in m.text):
        return False
    token = _token(doc_text, m)
    return any(_typo(token, word.lower()) for text in other_texts for word in _TOKEN.findall(text))


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    """Every spelling of a unit -> its short name, from data/units.txt."""
    units = {}
    for line in data_text("units.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            names = line.split()
            units.update((name, names[0]) for name in names)
    return units


def _unit(m: Mention) -> Optional[str]:
    """The currency or % sign, else the unit of measure that follows the number, if any."""
    return m.attrs.get("unit") or _units().get(m.attrs.get("noun", ""))


def _label(*mentions: Mention) -> str:
    noun = next(
        (m.attrs["counted"] for m in mentions if "counted" in m.attrs and "ordinal" not in m.attrs),
        None,
    )
    return f"number of {noun}" if noun else "number"


@rule("NUM001", "number-changed", Kind.number, Severity.error)
def number_changed(group: Group) -> Iterator[Hit]:
    """A number has a different value on the two sides.

    Bad: More than 2,100 shipments left Iraq. → More than 2,300 shipments left Iraq.
    Good: More than 1,800 trucks were handed over. → More than one thousand eight hundred trucks were handed over.
    """
    for a, b in group.memo(_pairs).differing:
        if not _misspelt_pair(group, a, b):
            yield Hit(f"{_label(a, b)}: {a.text} → {b.text}", a, b)


@rule("NUM002", "qualifier-changed", Kind.number, Severity.warning)
def qualifier_changed(group: Group) -> Iterator[Hit]:
    """The same number carries a different qualifier (more than, about, up to...).

    Bad: More than 2,100 shipments left Iraq. → About 2,100 shipments left Iraq.
    Good: Around 2,100 shipments left Iraq. → About 2,100 shipments left Iraq.
    """
    for a, b in group.memo(_pairs).agreeing:
        qualifiers = a.attrs.get("qualifier"), b.attrs.get("qualifier")
        if all(qualifiers) and qualifiers[0] != qualifiers[1]:
            yield Hit(f"{_label(a, b)}: {a.text} → {b.text}", a, b)


@rule("NUM003", "number-one-side", Kind.number, Severity.warning)
def number_one_side(group: Group) -> Iterator[Hit]:
    """A number in one sentence has no counterpart in the aligned sentence.

    Bad: The convoy carried 40 trucks and 12 cranes. → The convoy carried 40 trucks and cranes.
    Good: The convoy carried 40 trucks and 12 cranes. → The convoy carried forty trucks and twelve cranes.
    """
    if not (group.group.a and group.group.b):
        return  # a sentence with no counterpart at all is an omission (OMI), not a number issue
    pairs = group.memo(_pairs)
    a_texts, b_texts = [s.text for s in group.a_sentences], [s.text for s in group.b_sentences]
    for side, missing, other, doc, other_texts in (
        ("A", pairs.only_a, group.b_mentions, group.a_doc, b_texts),
        ("B", pairs.only_b, group.a_mentions, group.b_doc, a_texts),
    ):
        stated = stated_numbers(other)
        for m in missing:
            if "weak" in m.attrs or m.value in stated or _misspelt_elsewhere(m, doc.text, other_texts):
                continue
            # Digits inside a name or code (COVID-19, km2) are reported for information only.
            severity = Severity.info if "code" in m.attrs else None
            yield Hit(f"{_label(m)} only in {side}: {m.text}", severity=severity, **{side.lower(): m})


@rule("NUM004", "qualifier-one-side", Kind.number, Severity.info)
def qualifier_one_side(group: Group) -> Iterator[Hit]:
    """The same number is qualified on one side only (more than 2,100 / 2,100).

    Translations add and drop "about" and "more than" freely, so this is information by default;
    raise it with a severity override where precision matters.

    Bad: More than 2,100 shipments left Iraq. → 2,100 shipments left Iraq.
    Good: More than 2,100 shipments left Iraq. → Over 2,100 shipments left Iraq.
    """
    for a, b in group.memo(_pairs).agreeing:
        if bool(a.attrs.get("qualifier")) != bool(b.attrs.get("qualifier")):
            yield Hit(f"{_label(a, b)}: {a.text} → {b.text}", a, b)


@rule("NUM005", "unit-changed", Kind.number, Severity.warning)
def unit_changed(group: Group) -> Iterator[Hit]:
    """The same number is followed by a different unit (km / miles, $ / €, % / points).

    Bad: The convoy drove 40 km to the border. → The convoy drove 40 miles to the border.
    Good: The convoy drove 40 km to the border. → The convoy drove 40 kilometres to the border.
    """
    for a, b in group.memo(_pairs).agreeing:
        unit_a, unit_b = _unit(a), _unit(b)
        if unit_a and unit_b and unit_a != unit_b:
            shown_a = a.attrs.get("unit") or a.attrs["counted"]
            shown_b = b.attrs.get("unit") or b.attrs["counted"]
            yield Hit(f"unit of {a.text}: {shown_a} → {shown_b}", a, b)
