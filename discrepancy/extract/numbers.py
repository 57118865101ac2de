"""Numbers in a sentence: digits, number words, ordinals, shares, percentages, money, scores.

Every form of one value gets the same ``value`` (1,800 / 1800 / 1.800 / ١٨٠٠ / one thousand
eight hundred -> "1800"), so rules compare values, not spellings; a shape with two readings
("1.500") carries the other in ``attrs["alt"]``. ``attrs`` carries what a reader needs to judge
a change: ``qualifier`` (a class such as ``more`` or ``about``), ``unit`` (%, a currency sign
or code), ``noun`` (the word counted, singular; ``counted`` as written), ``before`` (the word
before it, its role when nothing is counted), ``ordinal``, ``weak`` (a word such as "one" or
"half" that is as often no count at all), ``magnitude`` ("hundreds", "millions") and ``code``
(digits inside a name: COVID-19, G7, Route 6). Scores are their own kind (extract.scores).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from discrepancy.memo import per_text
from discrepancy.datafiles import data_sections
from discrepancy.extract.invisible import ZERO_WIDTH, Visible
from discrepancy.extract.numberwords import (
    DECADE_WORDS, MULTIPLES, ORDINALS, SCALE_ABBREVIATIONS, SCALE_SPELLINGS, WORDS, parse_words,
    QUALIFIER_BEFORE, QUALIFIER_CLASS, read_digits, scale_of, writes_decimal_comma,
)
from discrepancy.extract.scores import score_mention, scores
from discrepancy.extract.wordstart import any_word
from discrepancy.model import Document, Mention

# Alone, these are as often not numbers at all ("one of", "at first", "a second", "both",
# "no" as in "no deaths", "double" as a verb) or vague ("several hundred", "a few thousand"):
# they are compared when the other side has a number to compare them with, never reported alone.
_WEAK = frozenset(("no", "one", "a", "an", "first", "second", "both", *SCALE_SPELLINGS, *MULTIPLES))


def _currencies() -> tuple[list[str], list[str]]:
    """The signs ("$", "C$", "£") and the codes ("GBP") that may stand before an amount."""
    signs, codes = set(), set()
    for line in data_sections("units.txt")["currency"]:
        code, *spellings = line.split()
        codes.add(code.upper())
        signs.update(s for s in spellings if not s.isalpha())
    return sorted(signs, key=lambda s: (-len(s), s)), sorted(codes)


SIGNS, _CODES = _currencies()
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")
# Searching for them first is much faster than translating every sentence that has none.
ANY_ARABIC_DIGIT = re.compile("[" + "".join(map(chr, ARABIC_DIGITS)) + "]")
_WORD_ALT = "|".join(sorted(WORDS, key=len, reverse=True))
_SCALE_ALT = "|".join(sorted((w for w in SCALE_SPELLINGS if w != "hundred"), key=len, reverse=True))
_ABBREVIATION_ALT = "|".join(sorted((a for a in SCALE_ABBREVIATIONS if len(a) > 1), key=len, reverse=True))
DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]\d)"  # Indian grouping: 1,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"  # 1,234,567.5
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"  # 1.234.567,5 and the ambiguous 1.500
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+(?:[.,]\d+)?(?![\d]|[ \u00a0\u202f\u2009]\d)"  # 12 500
    r"|\d+,(?:\d{1,2}|\d{4,})(?![\d,])"  # decimal comma: 31,45
    r"|\d+(?:\.\d+)?"
)
_SHARES = {"half": Decimal(50), "quarter": Decimal(25), "third": Decimal(100) / 3, "fourth": Decimal(25),
           "fifth": Decimal(20), "tenth": Decimal(10)}
_NUMBER = re.compile(
    r"""
    (?P<currency>(?:SIGNS|\b(?-i:CODES))\s?)?
    (?:
        (?<!\d)(?<!\d[.,])
        (?P<digits>DIGITS)
        (?P<half>\s+1/2|½)?
        (?:(?P<ordsuffix>st|nd|rd|th)\b|(?P<decade>'?s)\b|(?P<short>[km])\b)?
        (?:[,;:!?]?(?:\s*|-)(?P<scale>hundred|SCALES|ABBREVIATIONS)\b(?:(?<=mio|mrd)\.)?(?:\s+(?P<scale2>crore|SCALES)\b)?)?
        (?P<fold>-?fold\b)?
      |
        \b(?P<decadeword>DECADES)\b
      |
        \b(?P<share>(?:an?\s+|one[\s-])?(?:half|quarter)|one-(?:third|fourth|fifth|tenth)
            |(?:an?|one)\s+(?:third|fourth|fifth|tenth)(?=\s+of\b)
            |two[\s-]thirds|three[\s-]quarters)\b(?!-)
        (?:\s+(?:of\s+)?(?:an?\s+)?(?P<sharescale>SCALES)\b)?
      |
        \b(?P<magnitude>(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)
            |dozens|hundreds|thousands|millions|billions|trillions)\b
      |
        (?P<words>(?:\ban?\s+(?=(?:hundred|SCALES|dozen)\b))?
          \b(?:WORDS)(?:(?:\s+|-|\s+and\s+)(?:WORDS))*(?P<wordfold>-?fold)?\b)
        (?P<wordhalf>[\s-]+and[\s-]+an?[\s-]+(?:half|quarter))?(?:\s+(?P<wordscale>SCALES)\b)?
      |
        (?P<aone>\ban?)(?=\s+[a-z]+\s+and\s+a\s+half\b)
      |
        (?P<none>\bno)(?=\s+[a-z]{3,}\b)
    )
    (?P<percent>\s?%|\s+per\s?cent\b|\s+percent\b)?
    """.replace("SIGNS", "|".join(map(re.escape, SIGNS)))
    .replace("CODES", "|".join(_CODES))
    .replace("DIGITS", DIGITS)
    .replace("WORDS", _WORD_ALT)
    .replace("DECADES", "|".join(DECADE_WORDS))
    .replace("ABBREVIATIONS", _ABBREVIATION_ALT)
    .replace("SCALES", _SCALE_ALT),
    re.I | re.X,
)
# Where a number can start: a digit not inside another number, a currency sign, or a number
# word, share, magnitude or currency code. Matching only there is much faster than scanning.
_START_WORDS = frozenset(WORDS) | frozenset(DECADE_WORDS) | {
    "a", "an", "no", "half", "quarter", "tens", "hundreds", "dozens", "thousands", "millions", "billions",
    "trillions",
} | {c.lower() for c in _CODES} | {s.rstrip("$") for s in SIGNS if s[0].isalpha()} | {
    f"{word}fold" for word in WORDS
}  # fmt: skip
_START = re.compile(
    r"(?<![\d])\d|" + any_word(_START_WORDS) + "|["
    + re.escape("".join(sorted({s[0] for s in SIGNS if not s[0].isalpha()}))) + "]"
)
_NEXT_WORD = re.compile(r"[\s-]*(°\s?[CF]\b|[A-Za-z]+)")
_UNIT_WORDS = frozenset(word for line in data_sections("units.txt")["unit"] for word in line.split()) | {"time"}
_OF_WORD = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z]+)")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")
_EVERY = re.compile(r"\bevery\s+$", re.I)
# A spelt ordinal counts a place only after one of these and before a noun ("the third day",
# "its second term"); else it names a kind or orders ("a third party", "Third, ...", "the third").
_DETERMINERS = frozenset("the this that these those every each his her its their our my your whose s".split())
# A number standing for a name or a place in a list: "No. 1", "number 1", "#1", "Route 6".
_NUMBERED = re.compile(r"(?:\b(?:No|Nr|[Nn]umber)\.?|#)\s*$")
_NAME_BEFORE = re.compile(r"\S\s+[A-Z][a-z]+\s+$")
# Between two numbers of one range: "30 to 40 thousand", "4.5-5.5%".
_RANGE = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.I)
# Words after a number that are not what it counts ("50 each", "17 crashed", "3 last year").
_SKIP_NOUNS = frozenset(
    "o of and or to in on at the a an by for per from with as was were is are has have had will"
    " would each last next this that than more less other others"
    # a verb or pronoun after a number counts nothing: "the two shall be one", "ten who came"
    " shall should can could may might must be been do did not who which whom whose"
    " he she it they we you i his her its their our my your them us him me".split()
)


# Only digits around a comma (an Arabic one, zero-width characters between) ask how the
# document writes decimals: most sentences never search the whole document for its habit.
_COMMA_IN_DIGITS = re.compile(rf"\d[{ZERO_WIDTH}]*[,٬][{ZERO_WIDTH}]*\d")


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    sentence = text[start:end]
    decimal_comma = _COMMA_IN_DIGITS.search(sentence) is not None and writes_decimal_comma(doc.text)
    return [m.shifted(start) for m in _read(sentence, decimal_comma)]


@per_text(8192)
def _read(sentence: str, decimal_comma: bool) -> tuple[Mention, ...]:
    """The numbers of one sentence, offsets into it: read once per sentence text, since what
    a number is depends on nothing else but whether the document writes decimal commas (two
    near-duplicate reports share most sentences)."""
    view = Visible(sentence, 0, len(sentence), WORDS)
    region = view.text[view.start : view.end]
    if ANY_ARABIC_DIGIT.search(region):
        region = region.translate(ARABIC_DIGITS)
    mentions, taken = [], []
    for s, e, value in scores(region, 0, len(region)):
        first, last = view.span(view.start + s, view.start + e)
        mentions.append(score_mention(sentence, first, last, value))
        taken.append((s, e))
    readings: list[_Reading] = []
    position = 0
    for trigger in _START.finditer(region):
        at = trigger.start()
        if at < position:
            continue
        if taken and any(s <= at < e for s, e in taken):
            continue
        match = _NUMBER.match(region, at)
        if match is None or match.end() == match.start():
            continue
        readings.extend(_readings(match, region, decimal_comma))
        position = match.end()
    _share_ranges(readings, region)
    readings = _join_minor_units(readings, region)
    mentions.extend(r.mention(sentence, view, region) for r in readings if not _part_of_a_name(r, region))
    return tuple(mentions)


class _Reading:
    """One number as read, before it becomes a Mention: ranges still share scale and unit."""

    __slots__ = ("value", "alt", "ordinal", "start", "end", "scale", "unit", "attrs")

    def __init__(self, value, start: int, end: int, ordinal: bool = False, scale: int = 1, unit=None):
        self.value, self.alt, self.ordinal = value, None, ordinal
        self.start, self.end, self.scale, self.unit = start, end, scale, unit
        self.attrs: dict[str, str] = {}

    def mention(self, text: str, view: Visible, region: str) -> Mention:
        attrs, s, e = self.attrs, self.start, self.end
        if self.ordinal and not _EVERY.search(region, max(0, s - 7), s):
            attrs["ordinal"] = "yes"  # "every sixth" is a rate, one in six
        if self.unit:
            attrs["unit"] = self.unit
        _noun(self, region)
        e = self.end  # "a year and a half" reads on past its noun
        if "code" not in attrs and not (self.unit and self.unit != "%"):
            _code(self, region)
        qualifier = None if self.ordinal else QUALIFIER_BEFORE.search(region, max(0, s - 20), s)
        if qualifier:
            attrs["qualifier"] = QUALIFIER_CLASS[" ".join(qualifier.group(1).lower().split())]
            s = qualifier.start()
        previous = _PREVIOUS_WORD.search(region, max(0, s - 30), s)
        if previous:
            attrs["before"] = previous.group(1).lower()
        written = region[self.start : e].lower()
        if written in _WEAK or written in ORDINALS and not (attrs.get("before") in _DETERMINERS and "noun" in attrs):
            attrs["weak"] = "yes"
        if self.alt is not None and self.alt != self.value:
            attrs["alt"] = canonical(self.alt)
        first, last = view.span(view.start + s, view.start + e)
        value = self.value if isinstance(self.value, str) else canonical(self.value)
        return Mention(kind="number", start=first, end=last, text=text[first:last], value=value, attrs=attrs)


def _readings(match: re.Match, region: str, decimal_comma: bool) -> list[_Reading]:
    """The numbers one match holds (a run of number words may hold several)."""
    unit = _unit_of(match)
    if match["decadeword"]:
        return [_Reading(DECADE_WORDS[match["decadeword"].lower()], match.start(), match.end())]
    if match["magnitude"]:
        return [_magnitude(match)]
    if match["share"]:
        return [_share(match, unit)]
    if match["aone"] or match["none"]:
        return [_Reading(Decimal(1 if match["aone"] else 0), match.start(), match.end())]
    if match["digits"] is None:
        phrase = match["words"][: -len(match["wordfold"])] if match["wordfold"] else match["words"]
        numbers = list(parse_words(phrase, match.start("words"), match.end()))
        readings = [_Reading(v, s, e, ordinal) for v, ordinal, s, e in numbers]
        if readings:
            last = readings[-1]
            last.end, last.unit = match.end(), unit
            if match["wordhalf"]:  # "and a half", "-and-a-quarter"
                last.value += _SHARES[re.split(r"[\s-]+", match["wordhalf"])[-1].lower()] / 100
            last.scale = scale_of(match["wordscale"] or "")
            last.value *= last.scale
            if match["wordfold"]:
                last.attrs["noun"] = last.attrs["counted"] = "time"
        return readings
    digits = match["digits"]
    if match["decade"] and digits.endswith("0"):
        return [_Reading(f"{digits}s", match.start(), match.end())]  # "the 1980s", "his 40's"
    value, alt = read_digits(digits, "," in digits and decimal_comma)
    if match["half"]:
        value += Decimal("0.5")
    scale = scale_of(match["scale"] or "") * scale_of(match["scale2"] or "")
    if match["short"] and (match["currency"] or match["short"].lower() == "k"):
        scale = scale_of(match["short"])  # "$2m", "50k"; without money "5m" is five metres
    reading = _Reading(value * scale, match.start(), match.end(), bool(match["ordsuffix"]), scale, unit)
    if alt is not None:
        reading.alt = alt * scale
    if match["fold"]:
        reading.attrs["noun"] = reading.attrs["counted"] = "time"
    if re.fullmatch(r"\d,\d", digits) and scale == 1 and not unit:
        reading.attrs["parts"] = digits.replace(",", " ")  # "(3,5)" may also be a list: 3 and 5
    return [reading]


def _unit_of(match: re.Match) -> Optional[str]:
    if match["percent"]:
        return "%"
    if match["currency"]:
        return match["currency"].strip().lower()
    return None


def _magnitude(match: re.Match) -> _Reading:
    """ "hundreds", "tens of thousands": an order of magnitude, compared only with another."""
    size = 1
    for word in match["magnitude"].lower().split():
        size *= {"tens": 10, "of": 1, "dozens": 12}.get(word) or scale_of(word)
    reading = _Reading(f"~{size}", match.start(), match.end())
    reading.attrs["magnitude"] = "yes"
    return reading


def _share(match: re.Match, unit: Optional[str]) -> _Reading:
    """ "half", "a quarter", "two-thirds": a share as a percentage, or with a scale word a number
    ("a quarter million" = 250,000)."""
    words = match["share"].lower().replace("-", " ").split()
    count = {"two": 2, "three": 3}.get(words[0], 1)
    percent = count * _SHARES[words[-1].rstrip("s")]
    start, end = match.start(), match.end()
    if match["sharescale"]:
        scale = scale_of(match["sharescale"])
        return _Reading(percent / 100 * scale, start, end, scale=scale, unit=unit)
    reading = _Reading(percent.quantize(Decimal("0.01")), start, end, unit="%")
    reading.attrs["weak"] = reading.attrs["share"] = "yes"
    return reading


def _share_ranges(readings: list[_Reading], region: str) -> None:
    """The two ends of a range share what is written once: "30 to 40 thousand" is 30,000 to
    40,000, "4.5-5.5%" two percentages, "$3-5 million" two amounts in dollars."""
    for first, second in zip(readings, readings[1:]):
        if isinstance(first.value, str) or isinstance(second.value, str) or first.ordinal or second.ordinal:
            continue
        if second.start - first.end > 5 or not _RANGE.fullmatch(region, first.end, second.start):
            continue
        second.attrs["range"] = "end"
        if second.scale > 1 and first.scale == 1 and first.value * second.scale <= second.value:
            first.value *= second.scale
            first.alt = first.alt * second.scale if first.alt is not None else None
        first.unit = first.unit or (second.unit if second.unit == "%" else None)
        second.unit = second.unit or (first.unit if first.unit != "%" else None)
        if "noun" not in first.attrs:
            _noun(second, region)
            if "noun" in second.attrs:
                first.attrs["noun"], first.attrs["counted"] = second.attrs["noun"], second.attrs["counted"]


_MAJOR_AND = re.compile(r"\s+(dollars?|pounds?|euros?|roubles?|rubles?)\s+and\s+", re.I)
_MINOR = re.compile(r"\s+(?:cents?|pence|pennies|kopecks?)\b", re.I)


def _join_minor_units(readings: list[_Reading], region: str) -> list[_Reading]:
    """ "eleven dollars and twenty cents" is one amount, 11.20 dollars."""
    joined: list[_Reading] = []
    for reading in readings:
        last = joined[-1] if joined else None
        major = last and _MAJOR_AND.fullmatch(region, last.end, reading.start)
        minor = major and _MINOR.match(region, reading.end)
        if minor and not isinstance(last.value, str) and not isinstance(reading.value, str):
            last.value += reading.value / 100
            last.attrs["noun"], last.attrs["counted"] = _singular(major.group(1).lower()), major.group(1)
            last.end = minor.end()
            continue
        joined.append(reading)
    return joined


_UNIT_SYMBOL = re.compile(r"(?:^|[^A-Za-z])(?:[kcm]?m|ft|in)$")
_YEAR_BEFORE = re.compile(r"\b(?:1\d|20)(\d\d)[/\-–]$")


def _part_of_a_name(reading: _Reading, region: str) -> bool:
    """The 2 of "m2" and the 3 of "km3" belong to the unit; the 18 of "2017/18" to the years."""
    written = region[reading.start : reading.end]
    if written in ("2", "3") and _UNIT_SYMBOL.search(region, max(0, reading.start - 3), reading.start):
        return True
    year = _YEAR_BEFORE.search(region, max(0, reading.start - 5), reading.start)
    return bool(year) and len(written) == 2 and written.isdecimal() and int(written) == (int(year.group(1)) + 1) % 100


def _noun(reading: _Reading, region: str) -> None:
    """The word the number counts ("three-time champion": champion; "twice": time), and a year
    and a half read whole."""
    attrs, e = reading.attrs, reading.end
    if "noun" in attrs:
        return
    if "magnitude" in attrs:
        following = _OF_WORD.match(region, e)
    else:
        following = _NEXT_WORD.match(region, e)
    written = region[reading.start : e].lower()
    if written in ("once", "twice"):
        attrs["noun"] = attrs["counted"] = "time"
        return
    if not following:
        return
    word = following.group(1)
    if word.lower() in ("time", "times") and region[e : e + 1] == "-":  # a three-time champion
        after = _NEXT_WORD.match(region, following.end())
        word = after.group(1) if after else word
    if word.lower() in _SKIP_NOUNS or word.endswith("ed"):
        return
    if region[e : e + 1] == "-" and region[reading.start].isalpha() and word.lower() not in _UNIT_WORDS:
        attrs["weak"] = "yes"  # a kind, not a count: "two-wheel vehicles", "a three-pack"
    if region[e : e + 1].isalpha() and (word.isupper() or region[e + len(word) : e + len(word) + 1].isdigit()):
        attrs["code"] = "yes"  # glued to letters of a name: 5G, 3D, 4x4
        return
    attrs["noun"] = _singular(word.lower().replace(" ", ""))
    attrs["counted"] = word
    half = _AND_A_HALF.match(region, following.end())
    if half and not isinstance(reading.value, str):
        reading.value += Decimal("0.5")  # "a year and a half"
        reading.end = half.end()


def _code(reading: _Reading, region: str) -> None:
    """Digits inside a name or code (COVID-19, km2, MH17, F-16, Route 6, No. 1), and a
    capitalised number word inside a sentence, which names: the Ten Towns."""
    s, attrs = reading.start, reading.attrs
    if region[s].isdigit():
        before = region[max(0, s - 12) : s]
        glued = before[-1:].isalpha() or (before[-1:] == "-" and before[-2:-1].isalpha())
        plain = reading.scale == 1 and not reading.unit and not isinstance(reading.value, str) \
            and reading.value == reading.value.to_integral()
        if glued or _NUMBERED.search(before):
            attrs["code"] = "yes"
        elif plain and _NAME_BEFORE.search(region, max(0, s - 30), s):
            attrs["code"] = "name"  # the number of a named thing: Route 6, Sims 4
    elif region[s].isupper() and region[:s].rstrip()[-1:].isalnum():
        attrs["code"] = "yes"


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def canonical(value: Decimal) -> str:
    return format(value.normalize(), "f")
