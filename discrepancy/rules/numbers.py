"""NUM: numbers that differ in value, qualifier or unit, appear on one side only, or swap roles.

Scores ("24:29") are compared with scores, orders of magnitude ("hundreds") with orders of
magnitude; a number in a convertible unit agrees with the same quantity in another unit.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator, Optional

from rapidfuzz.distance import OSA

from discrepancy.extract.numberwords import WORDS
from discrepancy.extract.words import folded_words
from discrepancy.model import Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.crossnames import across
from discrepancy.rules.pairing import Pairs, pair_mentions, stated_numbers, swapped
from discrepancy.rules.units import close, in_bases, same_quantity, units_named, units_of


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


def _readings(m: Mention) -> set[str]:
    return {m.value, m.attrs.get("alt", m.value)}


# A share in words rounds a percentage by up to this many points ("a third" / "thirty percent").
_SHARE_ROUNDING = 4


def _same(a: Mention, b: Mention) -> bool:
    """One number in two forms: a reading in common ("1.500" / "1,500"), a share against a
    percentage rounded ("a third" / "30%"), or one quantity in two units ("2 weeks" / "14 days")."""
    if a.kind != b.kind:
        return False
    if ("ordinal" in a.attrs) != ("ordinal" in b.attrs) and ("weak" in a.attrs or "weak" in b.attrs):
        return False  # "rose five places" is not "from fifth place", "two races" not "the second round"
    a_alt, b_alt = a.attrs.get("alt", a.value), b.attrs.get("alt", b.value)
    if a.value in (b.value, b_alt) or a_alt in (b.value, b_alt):  # a reading in common
        return True
    if "share" in a.attrs or "share" in b.attrs:
        return a.attrs.get("unit") == b.attrs.get("unit") and abs(_decimal(a) - _decimal(b)) < _SHARE_ROUNDING
    return a.kind == "number" and same_quantity(a, b)


def _decimal(m: Mention) -> Decimal:
    try:
        return Decimal(m.value)
    except InvalidOperation:
        return Decimal("NaN")


def _comparable(a: Mention, b: Mention) -> bool:
    """Scores pair with scores, orders of magnitude with orders of magnitude; a weak number
    ("one", "first", "both", "half") is paired as changed only with the same noun."""
    if a.kind != b.kind or ("magnitude" in a.attrs) != ("magnitude" in b.attrs):
        return False
    if ("share" in a.attrs or "share" in b.attrs) and a.attrs.get("unit") == b.attrs.get("unit") == "%":
        return True  # "half of the voters" / "60% of the voters"
    if "weak" in a.attrs or "weak" in b.attrs:
        same_noun = bool(a.attrs.get("noun")) and a.attrs.get("noun") == b.attrs.get("noun")
        return same_noun or "ordinal" in a.attrs and "ordinal" in b.attrs and _role(a) == _role(b)
    return True


def _pairs(group: Group) -> Pairs:
    a, b = group.mentions("number", "score")
    a, b = _as_lists(a, b)
    b, a = _as_lists(b, a)
    return pair_mentions(a, b, _same_across if across(group) else _same, _affinity, compatible=_comparable)


def _same_across(a: Mention, b: Mention) -> bool:
    """``_same``, and what a translation renders: a decade by its first year ("in his 40s" /
    "une quarantaine d'années", "40 лет"), one quantity converted into another unit system and
    rounded to the precision the number is written to ("200 miles" / "300 km"), a score in the
    other order, as the language writes the home side first."""
    if _same(a, b) or _decade_of(a, b) or _decade_of(b, a):
        return True
    if a.kind == b.kind == "score":  # "a 1-0 defeat" / "eine 0:1-Niederlage": told from the home side
        return a.value.split(":")[::-1] == b.value.split(":")
    return a.kind == b.kind == "number" and same_quantity(a, b, written=True)


def _decade_of(decade: Mention, year: Mention) -> bool:
    return decade.value.endswith("0s") and "ordinal" not in year.attrs and decade.value[:-1] in _readings(year)


def _as_lists(mine: list[Mention], other: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Both sides without a "3,5" that the other side reads as a list ("3 and 5"): the reading
    that agrees with the other side is never a finding."""
    for m in [m for m in mine if m.kind == "number" and "parts" in m.attrs]:
        parts = m.attrs["parts"].split()
        listed = [next((o for o in other if o.kind == "number" and o.value == part), None) for part in parts]
        if all(listed) and listed[0] is not listed[1] and m.value not in {o.value for o in other}:
            mine = [x for x in mine if x is not m]
            other = [o for o in other if all(o is not x for x in listed)]
    return mine, other


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
    return any(
        _typo(token, word.lower()) and word.lower() not in WORDS  # "billion" is no misspelt "million"
        for text in other_texts
        for word in _TOKEN.findall(text)
    )


def _label(*mentions: Mention) -> str:
    if mentions[0].kind == "score":
        return "score"
    noun = next(
        (m.attrs["counted"] for m in mentions if "counted" in m.attrs and "ordinal" not in m.attrs),
        None,
    )
    return f"number of {noun}" if noun else "number"


@rule("NUM001", "number-changed", Kind.number, Severity.error, needs=("number", "score"))
def number_changed(group: Group) -> Iterator[Hit]:
    """A number has a different value on the two sides.

    Bad: More than 2,100 shipments left Iraq. → More than 2,300 shipments left Iraq.
    Good: More than 1,800 trucks were handed over. → More than one thousand eight hundred trucks were handed over.
    """
    for a, b in group.memo(_pairs).differing:
        if _misspelt_pair(group, a, b) or _in_dates(a, group.b_mentions) and _in_dates(b, group.a_mentions):
            continue
        yield Hit(f"{_label(a, b)}: {a.text} → {b.text}", a, b)


def _in_dates(m: Mention, other: list[Mention]) -> bool:
    """Whether the other side states the number inside a date or time ("the 11th and 14th of
    September" / "September 11 and 14": each side's lone day is the other's date)."""
    return bool(_readings(m) & stated_numbers([o for o in other if o.kind in ("date", "time")]))


# What each qualifier says of the true value against the number written: below (<), equal (=)
# or above (>) it. Two qualifiers contradict each other when they share no strict side
# ("almost 5,000" / "more than 5,000", "at least 100" / "up to 100"); "exactly" agrees with a
# bound that allows equality.
_SIDES = {
    "more": ">", "at least": ">=", "about": "<=>", "almost": "<", "less": "<", "up to": "<=",
    "exactly": "=",
}  # fmt: skip


def _contradict(first: str, second: str) -> bool:
    shared = set(_SIDES[first]) & set(_SIDES[second])
    return not (shared - {"="} or "exactly" in (first, second) and shared)


@rule("NUM002", "qualifier-changed", Kind.number, Severity.warning, needs=("number", "score"))
def qualifier_changed(group: Group) -> Iterator[Hit]:
    """The same number carries qualifiers that cannot both be true (more than / almost, at least / up to).

    Bad: More than 2,100 shipments left Iraq. → Nearly 2,100 shipments left Iraq.
    Good: Just under 2,100 shipments left Iraq. → Almost 2,100 shipments left Iraq.
    """
    for a, b in group.memo(_pairs).agreeing:
        qualifiers = a.attrs.get("qualifier"), b.attrs.get("qualifier")
        if all(qualifiers) and _contradict(*qualifiers):
            yield Hit(f"{_label(a, b)}: {a.text} → {b.text}", a, b)


def _unit_named_there(m: Mention, other_words: set[str]) -> bool:
    """A quantity equal to one or half of a unit the other side names: "24 hours" / "per day",
    "six months" / "the first half of the year", "two weeks" / "a fortnight"."""
    units = units_of(m)
    if not units or not other_words:
        return False
    value = _decimal(m)
    if value.is_nan():
        return False
    fractions = (Decimal(1), Decimal("0.5")) if "half" in other_words else (Decimal(1),)
    for unit in units:
        mine = dict(in_bases(value, unit))
        for named in units_named(other_words):
            for base, one in in_bases(Decimal(1), named):
                if base in mine and any(close(mine[base], one * f) for f in fractions):
                    return True
    return False


def _stated_for(m: Mention, other: list[Mention]) -> set[str]:
    """The numbers the other side states that could be ``m``: not an ordinal for a count ("two
    races" / "the second round") nor a number in another unit ("a 30-day trial" / "30%"), but
    the hour of a time on either clock ("before 13h" / "before 1 p.m.", which
    ``stated_numbers`` gives)."""
    units = units_of(m)
    stated = stated_numbers([
        o for o in other
        if o.kind != "number"
        or ("ordinal" in o.attrs) == ("ordinal" in m.attrs) and not (units and units_of(o) and not units & units_of(o))
    ])
    return stated


def _decade_stated(m: Mention, other: list[Mention]) -> bool:
    """ "the 70s" against "the 1970s" (a date with its decade)."""
    return m.value.endswith("0s") and any(o.attrs.get("decade", "").endswith(m.value[0]) for o in other)


def _range_end_of_a_change(m: Mention, mine: list[Mention], changed: set[int]) -> bool:
    """The far end of a range whose near end is already reported changed ("4.6%" / "4%-6%")."""
    if m.attrs.get("range") != "end":
        return False
    numbers = [x for x in mine if x.kind == "number"]
    index = next(i for i, x in enumerate(numbers) if x is m)
    return index > 0 and id(numbers[index - 1]) in changed


def _side_words(sentences) -> set[str]:
    words = {w for s in sentences for w in folded_words(s.text)}
    return words | {w[:-1] for w in words if w.endswith("s")}


# A count or place up to this, spelt out, that only one side of a translation states is as often
# held in a word no reader takes for a number ("fourballs" / "الكرات الأربع", "tripled" / "в три
# раза", "a one two" / "Doppelsieg", "hour six" / "шестой час"): information, not a warning.
# Digits are copied by translators, so a lone number in digits stays a warning.
_SMALL = 12


def _small_word(m: Mention) -> bool:
    value = _decimal(m)
    return m.kind == "number" and not any(c.isdigit() for c in m.text) and not value.is_nan() and abs(value) <= _SMALL


# Languages that say "two" with the noun's dual ending, no number word: عامين is "two years".
_WRITES_DUAL = frozenset({"ar"})


@rule("NUM003", "number-one-side", Kind.number, Severity.warning, needs=("number", "score"))
def number_one_side(group: Group) -> Iterator[Hit]:
    """A number in one sentence has no counterpart in the aligned sentence.

    Bad: The convoy carried 40 trucks and 12 cranes. → The convoy carried 40 trucks and cranes.
    Good: The convoy carried 40 trucks and 12 cranes. → The convoy carried forty trucks and twelve cranes.
    """
    if not (group.group.a and group.group.b):
        return  # a sentence with no counterpart at all is an omission (OMI), not a number issue
    pairs = group.memo(_pairs)
    if not (pairs.only_a or pairs.only_b):
        return  # most groups: every number paired, nothing to look up
    changed = {id(m) for pair in pairs.differing for m in pair}
    a_texts, b_texts = [s.text for s in group.a_sentences], [s.text for s in group.b_sentences]
    for side, missing, mine, other, doc, other_texts, other_sentences in (
        ("A", pairs.only_a, group.a_mentions, group.b_mentions, group.a_doc, b_texts, group.b_sentences),
        ("B", pairs.only_b, group.b_mentions, group.a_mentions, group.b_doc, a_texts, group.a_sentences),
    ):
        other_words: Optional[set[str]] = None
        other_lang = (group.b_doc if side == "A" else group.a_doc).lang
        for m in missing:
            if "weak" in m.attrs or "magnitude" in m.attrs or _readings(m) & _stated_for(m, other):
                continue
            if _decade_stated(m, other) or _range_end_of_a_change(m, mine, changed):
                continue
            if m.kind == "score" and set(m.attrs["parts"].split()) <= stated_numbers(other):
                continue
            if _misspelt_elsewhere(m, doc.text, other_texts):
                continue
            if across(group) and any(x is not m and same_quantity(m, x, written=True, rounded=False) for x in mine):
                continue  # "environ 209 km (130 miles)": the translator's conversion beside the source's unit
            if units_of(m):
                other_words = _side_words(other_sentences) if other_words is None else other_words
                if _unit_named_there(m, other_words):
                    continue
            # Digits inside a name or code (COVID-19, Route 6) are information, unless the other
            # side names the same thing without them ("Sims 4 creators" / "Sims creators").
            other_words = _side_words(other_sentences) if other_words is None else other_words
            named_there = m.attrs.get("code") == "name" and m.attrs.get("before") in other_words
            severity = Severity.info if "code" in m.attrs and not named_there else None
            if m.value == "2" and other_lang in _WRITES_DUAL and doc.lang != other_lang:
                severity = Severity.info  # "two years" is one word in Arabic: عامين
            if across(group) and _small_word(m):
                severity = Severity.info  # a translation says "fourballs", "tripled", "a pair"
            yield Hit(f"{_label(m)} only in {side}: {m.text}", severity=severity, **{side.lower(): m})


@rule("NUM004", "qualifier-one-side", Kind.number, Severity.info, needs=("number", "score"))
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


@rule("NUM005", "unit-changed", Kind.number, Severity.warning, needs=("number", "score"))
def unit_changed(group: Group) -> Iterator[Hit]:
    """The same number is followed by a different unit (km / miles, $ / €, % / points).

    Bad: The convoy drove 40 km to the border. → The convoy drove 40 miles to the border.
    Good: The contract is worth £75,000. → The contract is worth seventy-five thousand pounds.
    """
    for a, b in group.memo(_pairs).agreeing:
        if a.value != b.value and not (_readings(a) & _readings(b)):
            continue  # one quantity in two convertible units
        units_a, units_b = units_of(a), units_of(b)
        if units_a and units_b and not units_a & units_b and not (across(group) and same_quantity(a, b, written=True)):
            shown_a = a.attrs.get("unit") or a.attrs["counted"]
            shown_b = b.attrs.get("unit") or b.attrs["counted"]
            yield Hit(f"unit of {a.text}: {shown_a} → {shown_b}", a, b)


def _role(m: Mention) -> Optional[str]:
    """What a number is about: the noun it counts, else the word before it."""
    return m.attrs.get("noun") or m.attrs.get("before")


@rule("NUM006", "numbers-swapped", Kind.number, Severity.error, needs=("number", "score"))
def numbers_swapped(group: Group) -> Iterator[Hit]:
    """The same numbers are attached to different things on the two sides (swapped values).

    Bad: The army lost 300 tanks and 20 jets. → The army lost 20 tanks and 300 jets.
    Good: The army lost 300 tanks and 20 jets. → The army lost 20 jets and 300 tanks.
    """
    agreeing = [(a, b) for a, b in group.memo(_pairs).agreeing if a.kind == "number"]
    for role, a, b, other in swapped(agreeing, _role):
        yield Hit(f"{role}: {a.text} → {b.text} (swapped with {other})", a, b)
