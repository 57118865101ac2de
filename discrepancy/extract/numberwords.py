"""How a number is written: number words, scale words and the shapes digits take in each locale.

``read_digits`` gives the value (and, for a truly ambiguous shape, the other reading) of digits
written with a decimal comma ("31,45"), a thousands dot ("184.000"), space, thin space or
apostrophe grouping ("1 000", "1'000") or Indian grouping ("1,00,000"). ``parse_words`` splits a
run of number words into numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1000, "lakh": 10**5, "million": 10**6, "crore": 10**7,
    "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
# Scale words as news wires and other languages abbreviate them ("$2 tln", "4,5 Mio.").
SCALE_ABBREVIATIONS = {
    "k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "mio": 10**6, "bn": 10**9, "bln": 10**9,
    "mrd": 10**9, "tn": 10**12, "tln": 10**12, "trn": 10**12,
}  # fmt: skip
ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "first": 1, "second": 2,
    "centennial": 100, "centenary": 100, "bicentennial": 200, "bicentenary": 200,
}  # fmt: skip
# Words that say how many times: "twice" = two times, "a triple champion" = a three-time one.
MULTIPLES = {"once": 1, "twice": 2, "single": 1, "double": 2, "triple": 3, "quadruple": 4}
DECADE_WORDS = {w.replace("ty", "ties"): f"{n}s" for w, n in TENS.items()}
# A scale word spelt with one "l" ("milion"), as writers of many languages spell it.
SCALE_SPELLINGS = {**SCALES, **{w.replace("ll", "l"): v for w, v in SCALES.items() if "ll" in w}}
WORDS = {**UNITS, **TENS, **SCALE_SPELLINGS, **ORDINALS, **MULTIPLES, "dozen": 12, "both": 2}


# The words before a number that qualify it, by what they say of the true value.
_QUALIFIERS = {
    "more": ("more than", "over", "above", "in excess of", "upwards of", "exceeding", "just over",
             "well over", "greater than"),
    "at least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "close to",
              "approx.", "circa", "ca.", "or so"),
    "almost": ("almost", "nearly", "just under", "just below", "not quite", "just shy of"),
    "less": ("less than", "fewer than", "under", "below"),
    "up to": ("up to", "at most", "as many as", "no more than", "a maximum of", "as much as"),
    "exactly": ("exactly", "precisely"),
}  # fmt: skip
QUALIFIER_CLASS = {phrase: cls for cls, phrases in _QUALIFIERS.items() for phrase in phrases}
QUALIFIER_BEFORE = re.compile(
    r"\b("
    + "|".join(
        re.escape(phrase).replace("\\ ", r"\s+")  # any space between words: NBSP, thin...
        for phrase in sorted(QUALIFIER_CLASS, key=len, reverse=True)
    )
    + r")[,;:!?]?\s+$",
    re.I,
)


def scale_of(word: str) -> int:
    """The multiplier of a scale word or its abbreviation ("bn", "Mio.", "lakhs", "milion")."""
    word = word.lower().rstrip(".")
    if word in SCALE_ABBREVIATIONS:
        return SCALE_ABBREVIATIONS[word]
    return SCALE_SPELLINGS.get(word, SCALE_SPELLINGS.get(word[:-1], 1))


_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+(?:[.,]\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_DECIMAL_COMMA = re.compile(r"\d+,(?:\d{1,2}|\d{4,})")
_ONE_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")


_HABIT_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])|\d\.\d{3},\d")


@lru_cache(maxsize=8)
def writes_decimal_comma(text: str) -> bool:
    """Whether a document writes decimals with a comma somewhere ("4,6 billion", "2.500,50")."""
    return _HABIT_DECIMAL_COMMA.search(text) is not None


def read_digits(digits: str, decimal_comma: bool = False) -> tuple[Decimal, Optional[Decimal]]:
    """The value of digits as written and, when the shape has a second reading, that too.

    "1.500" is fifteen hundred or one and a half (both are returned); "1.500.000", "2.500,50",
    "31,45" and "1 000" have one reading each; "1,500" is fifteen hundred, and also one and a
    half in a document that writes decimals with a comma."""
    if _INDIAN.fullmatch(digits):
        return Decimal(digits.replace(",", "")), None
    if _GROUPED_DOT.fullmatch(digits) and (digits.count(".") > 1 or "," in digits):
        return Decimal(digits.replace(".", "").replace(",", ".")), None
    if _GROUPED_DOT.fullmatch(digits):
        grouped, decimal = Decimal(digits.replace(".", "")), Decimal(digits)
        # A decimal is seldom written with a trailing zero: "184.000" is a count, "3.125" a rate.
        return (grouped, decimal) if digits.endswith("0") else (decimal, grouped)
    if _SPACED.fullmatch(digits):
        return Decimal(re.sub(r"[^\d.,]", "", digits).replace(",", ".")), None
    if _DECIMAL_COMMA.fullmatch(digits):
        return Decimal(digits.replace(",", ".")), None
    if decimal_comma and _ONE_COMMA_GROUP.fullmatch(digits):
        return Decimal(digits.replace(",", "")), Decimal(digits.replace(",", "."))
    return Decimal(digits.replace(",", "")), None


_TOKEN = re.compile(r"[A-Za-z]+")


def parse_words(phrase: str, offset: int, match_end: int):
    """Split a run of number words into numbers: "two hundred and seventy-six" is one, "two three"
    two; "two lakh crore" is 2 × 10¹². Yields (value, ordinal, start, end)."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(phrase)]
    total = current = 0
    first = last = None
    last_kind = None
    ordinal = False
    numbers = []

    def close():
        if first is not None:
            numbers.append((Decimal(total + current), ordinal, first, last))

    for word, s, e in tokens:
        if word == "and":
            continue
        word_value, kind = _word_kind(word)
        fresh = last_kind is None or ordinal or (
            kind in ("unit", "teen", "ten")
            and (last_kind in ("unit", "teen") or (last_kind == "ten" and kind != "unit"))
        ) or (kind == "ordinal" and last_kind in ("unit", "teen", "ordinal"))
        if fresh:
            close()
            total = current = 0
            first, ordinal = s, False
        if kind == "scale":
            if word_value == 100:
                current = (current or 1) * 100
            elif current == 0 and total:
                total *= word_value  # "two lakh crore", "a thousand million"
            else:
                total += (current or 1) * word_value
                current = 0
        elif kind == "dozen":
            current = (current or 1) * 12
        else:
            current += word_value
            ordinal = kind == "ordinal"
        last, last_kind = e, kind
    close()
    for value, is_ordinal, s, e in numbers:
        yield value, is_ordinal, offset + s, (match_end if e == len(phrase) else offset + e)


def _word_kind(word: str) -> tuple[int, str]:
    if word == "both":
        return 2, "unit"
    if word in ("a", "an"):
        return 1, "unit"
    if word in UNITS:
        return UNITS[word], "unit" if UNITS[word] < 10 else "teen"
    if word in MULTIPLES:
        return MULTIPLES[word], "unit"
    if word in TENS:
        return TENS[word], "ten"
    if word == "dozen":
        return 12, "dozen"
    if word in SCALE_SPELLINGS:
        return SCALE_SPELLINGS[word], "scale"
    return ORDINALS[word], "ordinal"
