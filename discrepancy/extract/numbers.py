"""Numbers in a sentence: digits, number words, ordinals, percentages, money, with qualifiers.

Every form of one value gets the same ``value`` (1,800 / 1800 / ١٨٠٠ / one thousand eight
hundred -> "1800"), so rules compare values, not spellings. ``attrs`` carries what a reader
needs to judge a change: ``qualifier`` (a class such as ``more`` or ``about``), ``unit`` (%,
a currency), ``noun`` (the word counted, singular; ``counted`` as written) and ``ordinal``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from discrepancy.extract.invisible import Visible
from discrepancy.model import Document, Mention

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "first": 1, "second": 2,
}  # fmt: skip
_DECADE_WORDS = {w.replace("ty", "ties"): f"{n}s" for w, n in _TENS.items()}
# Alone, these are as often not numbers at all ("one of", "at first", "a second", "both") or
# vague ("several hundred", "a few thousand"): they
# are compared when the other side has a number to compare them with, never reported alone.
_WEAK = frozenset(("one", "a", "an", "first", "second", "both", *_SCALES))
_WORDS = {**_UNITS, **_TENS, **_SCALES, **_ORDINALS, "dozen": 12, "both": 2}

_QUALIFIERS = {
    "more": ("more than", "over", "above", "in excess of", "upwards of", "exceeding", "just over",
             "well over", "greater than"),
    "at least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "almost",
              "nearly", "close to", "approx.", "circa", "or so"),
    "less": ("less than", "fewer than", "under", "below", "just under"),
    "up to": ("up to", "at most", "as many as", "no more than", "a maximum of", "as much as"),
    "exactly": ("exactly", "precisely"),
}  # fmt: skip
_QUALIFIER_CLASS = {phrase: cls for cls, phrases in _QUALIFIERS.items() for phrase in phrases}
_QUALIFIER_BEFORE = re.compile(
    r"\b("
    + "|".join(
        re.escape(phrase).replace("\\ ", r"\s+")  # any space between words: NBSP, thin...
        for phrase in sorted(_QUALIFIER_CLASS, key=len, reverse=True)
    )
    + r")[,;:!?]?\s+$",
    re.I,
)

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")
_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_SCALE_ALT = "thousand|million|billion|trillion"
_NUMBER = re.compile(
    r"""
    (?P<currency>[$€£¥]|\b(?:US\$|USD|EUR|GBP|IQD|CZK)\s?)?
    (?:
        (?<!\d)(?<!\d[.,])
        (?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=\s*(?:SCALES|bn|mn)\b)|\d+(?:\.\d+)?)
        (?!,\d{3})
        (?P<half>\s+1/2|½)?
        (?:(?P<ordsuffix>st|nd|rd|th)|(?P<decade>'?s))?
        (?:[,;:!?]?\s*(?P<scale>hundred|SCALES|bn|mn)\b)?
      |
        \b(?P<decadeword>DECADES)\b
      |
        (?P<words>(?:\ban?\s+(?=(?:hundred|SCALES|dozen)\b))?
          \b(?:WORDS)(?:(?:\s+|-|\s+and\s+)(?:WORDS))*\b)
        (?P<wordhalf>\s+and\s+a\s+half)?(?:\s+(?P<wordscale>SCALES)\b)?
    )
    (?P<percent>\s?%|\s+per\s?cent\b|\s+percent\b)?
    """.replace("WORDS", _WORD_ALT)
    .replace("DECADES", "|".join(_DECADE_WORDS))
    .replace("SCALES", _SCALE_ALT),
    re.I | re.X,
)
# Where a number can start: a digit not inside another number, a currency sign, or a word (kept
# when it is a number word or currency code). Matching only there is much faster than scanning.
_START = re.compile(r"(?<![\d])\d|[$€£¥]|[A-Za-z]+")
_START_WORDS = frozenset(_WORDS) | frozenset(_DECADE_WORDS) | {"a", "an", "us", "usd", "eur", "gbp", "iqd", "czk"}
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")
# Words after a number that are not what it counts ("50 each", "17 crashed", "3 last year").
_SKIP_NOUNS = frozenset(
    "o of and or to in on at the a an by for per from with as was were is are has have had will"
    " would each last next this that than more less other others"
    # a verb or pronoun after a number counts nothing: "the two shall be one", "ten who came"
    " shall should can could may might must be been do did not who which whom whose"
    " he she it they we you i his her its their our my your them us him me".split()
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    view = Visible(text, start, end, _WORDS)
    region = view.text[view.start : view.end].translate(_ARABIC_DIGITS)
    mentions = []
    position = 0
    for trigger in _START.finditer(region):
        word = trigger.group()
        if trigger.start() < position or word[0].isalpha() and word.lower() not in _START_WORDS:
            continue
        match = _NUMBER.match(region, trigger.start())
        if match is None or match.end() == match.start():
            continue
        for value, ordinal, s, e in _values(match):
            mentions.append(_mention(text, view, region, match, value, ordinal, s, e))
        position = match.end()
    return mentions


def _values(match: re.Match):
    """(value, ordinal, start, end) for each number in the match (a word run may hold several).

    ``value`` is a Decimal, or a string for a decade of life ("50s", "fifties")."""
    if match.group("decadeword"):
        yield _DECADE_WORDS[match.group("decadeword").lower()], False, match.start(), match.end()
        return
    if match.group("digits") is None:
        numbers = list(_parse_words(match.group("words"), match.start("words"), match.end()))
        if numbers and (match.group("wordhalf") or match.group("wordscale")):
            value, ordinal, s, e = numbers[-1]
            value += Decimal("0.5") if match.group("wordhalf") else 0
            numbers[-1] = value * _SCALES.get((match.group("wordscale") or "").lower(), 1), ordinal, s, e
        yield from numbers
        return
    digits = match.group("digits")
    if match.group("decade"):
        yield f"{digits}s", False, match.start(), match.end()
        return
    # A comma before one or two digits and a scale word is a decimal comma: "3,5 million".
    decimal_comma = re.fullmatch(r"\d+,\d{1,2}", digits)
    value = Decimal(digits.replace(",", ".") if decimal_comma else digits.replace(",", ""))
    if match.group("half"):
        value += Decimal("0.5")
    scale = (match.group("scale") or "").lower()
    value *= {"bn": 10**9, "mn": 10**6}.get(scale, _SCALES.get(scale, 1))
    yield value, bool(match.group("ordsuffix")), match.start(), match.end()


_TOKEN = re.compile(r"[A-Za-z]+")


def _parse_words(phrase: str, offset: int, match_end: int):
    """Split a run of number words into numbers: "two hundred and seventy-six" is one, "two three"
    two. A lone "one" or "a(n)" is not a number worth comparing."""
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
        if word == "both":
            word_value, kind = 2, "unit"
        elif word in ("a", "an"):
            word_value, kind = 1, "unit"
        elif word in _UNITS:
            word_value, kind = _UNITS[word], "unit" if _UNITS[word] < 10 else "teen"
        elif word in _TENS:
            word_value, kind = _TENS[word], "ten"
        elif word == "dozen":
            word_value, kind = 12, "dozen"
        elif word in _SCALES:
            word_value, kind = _SCALES[word], "scale"
        else:
            word_value, kind = _ORDINALS[word], "ordinal"
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


def _mention(text, view, region, match, value, ordinal, s, e) -> Mention:
    """The mention of one number found at ``region[s:e]`` (``region`` is ``view`` as read)."""
    attrs = {}
    if ordinal:
        attrs["ordinal"] = "yes"
    if region[s:e].lower() in _WEAK:
        attrs["weak"] = "yes"
    if match.group("digits") and (
        region[s - 1 : s].isalpha() or (region[s - 1 : s] == "-" and region[s - 2 : s - 1].isalpha())
    ):
        attrs["code"] = "yes"  # part of a name or code: COVID-19, km2, MH17
    elif region[s].isupper() and region[:s].rstrip()[-1:].isalnum():
        attrs["code"] = "yes"  # a capitalised number word inside a sentence names: the Ten Towns
    if e == match.end() and match.group("percent"):
        attrs["unit"] = "%"
    if s <= match.start() and match.group("currency"):
        attrs["unit"] = match.group("currency").strip().upper().replace("US$", "$").replace("USD", "$")
    qualifier = None if ordinal else _QUALIFIER_BEFORE.search(region, max(0, s - 20), s)
    if qualifier:
        attrs["qualifier"] = _QUALIFIER_CLASS[" ".join(qualifier.group(1).lower().split())]
        s = qualifier.start()
    following = _NEXT_WORD.match(region, e)
    if following and following.group(1).lower() not in _SKIP_NOUNS and not following.group(1).endswith("ed"):
        attrs["noun"] = _singular(following.group(1).lower())
        attrs["counted"] = following.group(1)  # as written, for messages
    first, last = view.span(view.start + s, view.start + e)
    return Mention(
        kind="number",
        start=first,
        end=last,
        text=text[first:last],
        value=value if isinstance(value, str) else _canonical(value),
        attrs=attrs,
    )


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _canonical(value: Decimal) -> str:
    return format(value.normalize(), "f")
