"""Numbers in a language other than English, read into the English extractor's conventions.

A language module (``lang/de/numbers.py``) describes its language with a ``NumberLanguage``:
a library that reads its number words, its scale words and abbreviations, its percent words,
its qualifiers mapped to the English qualifier classes, and the shape of its ordinals. The
reader here gives every number the ``kind``, ``value`` and ``attrs`` the English reader gives
(see ``extract/numbers.py``): "2,5 Mio." and "2.5 million" are both ``2500000``, "mehr als
3.000" carries ``qualifier`` "more" as "more than 3,000" does. The counted noun is the word as
written, except a unit word, which becomes the English spelling data/units.txt knows
("Kilometern" -> "kilometer"), and a currency, which becomes a ``unit`` ("US-Dollar" -> "$").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Callable, Mapping, Optional

from discrepancy.extract.invisible import Visible
from discrepancy.extract.numberwords import read_digits
from discrepancy.extract.numbers import ARABIC_DIGITS, DIGITS, SIGNS, canonical
from discrepancy.extract.scores import score_mention, scores
from discrepancy.lang import cldr
from discrepancy.model import Document, Mention
from discrepancy.rules.units import units_named


@dataclass(frozen=True)
class NumberLanguage:
    """What a language writes numbers with. ``read_words`` gives the value of a run of number
    words or None; ``ordinal`` the value of one ordinal word or None."""

    code: str
    read_words: Callable[[str], Optional[Decimal]]
    ordinal: Callable[[str], Optional[int]]
    scales: Mapping[str, int]  # lower case, without a final dot: "mio", "millionen", "млн"
    magnitudes: Mapping[str, int]  # "tausende" -> 1000: an order of magnitude, as "thousands"
    qualifiers: Mapping[str, str]  # phrase -> English class ("mehr als" -> "more")
    percent: str  # after a number: the words that make it a percentage
    ordinal_suffix: str = ""  # after digits: what makes them an ordinal ("." in German)
    decimal_comma: bool = True
    weak: frozenset[str] = frozenset()  # as often no count at all: "ein", "un", "один"
    joiners: frozenset[str] = frozenset()  # inside one number: "et" (vingt et un)
    skip: frozenset[str] = frozenset()  # between a number and what it counts: "de", "von"
    ranges: str = r"-|–|—"  # between the two ends of a range: "bis", "à", "до"
    results: str = r"(?!)"  # words of winning and losing that make "1:0" or "1 à 0" a score
    score_join: str = r"(?!)"  # a word joining a score's two counts: "à"
    compounds: Mapping[str, str] = field(default_factory=dict)  # "jährig" -> "year": "fünfjährigen"
    units: Mapping[str, str] = field(default_factory=dict)  # unit words CLDR lacks: "années" -> "year"
    approximate: Mapping[str, int] = field(default_factory=dict)  # "vingtaine" -> 20: about twenty
    unit_adjective: str = r"(?!)"  # the ending that makes a unit an adjective: "300-килограммовое"
    clitics: str = ""  # letters glued before a word (Arabic و ب ل ك)
    glued_letters: str = ""  # letters a writer leaves no space after before digits: "يعتقد38%"
    counts_before_ordinal: frozenset[str] = frozenset()  # an age in ordinals: "في سن الثالثة عشر", aged 13
    decade_ending: str = r"(?!)"  # after a tens word, what makes it a decade: "Vierzigern", the 40s
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)
    # Words read so far that are no number word and begin no reading ("Regierung", "le").
    inert: set = field(default_factory=set, compare=False, repr=False)

    def pattern(self, name: str, build: Callable[[], str]) -> re.Pattern:
        if name not in self._compiled:
            self._compiled[name] = re.compile(build(), re.I)
        return self._compiled[name]


# A word, with the Arabic short vowels some writers add inside it ("ستُوضع").
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064b-\u0652])*(?:[-‐][^\W\d_]+)*\.?")
_GAP = re.compile(r"[\s\u00a0\u202f'’]*(?:-\s*)?")  # also past the apostrophe of "d’années"
_ARABIC_COMMA_GROUP = re.compile(r"(?<=\d)،(?=\d{3}(?!\d))")
_SIGN_BEFORE = re.compile("(?:" + "|".join(map(re.escape, SIGNS)) + r")\s?$")


class _Reading:
    __slots__ = ("value", "alt", "start", "end", "attrs")

    def __init__(self, value, start: int, end: int, alt=None):
        self.value, self.alt, self.start, self.end = value, alt, start, end
        self.attrs: dict[str, str] = {}


def extract(language: NumberLanguage, text: str, start: int, end: int, doc: Document) -> list[Mention]:
    """The numbers of ``text[start:end]``, a sentence in ``language``."""
    view = Visible(text, start, end)
    region = view.text[view.start : view.end].translate(ARABIC_DIGITS).replace("٪", "%")
    region = _ARABIC_COMMA_GROUP.sub(",", region)  # "30،000": the Arabic comma between digit groups
    mentions, taken = [], []
    for s, e, value in [*scores(region, 0, len(region)), *_scores(language, region)]:
        if any(s < e2 and s2 < e for s2, e2 in taken):
            continue
        first, last = view.span(view.start + s, view.start + e)
        mentions.append(score_mention(text, first, last, value))
        taken.append((s, e))
    readings: list[_Reading] = []
    for reading in _digit_readings(language, region) + _word_readings(language, region):
        if not any(s <= reading.start < e for s, e in taken):
            _describe(language, reading, region)  # "2,5 Mio." takes its scale word with it
            readings.append(reading)
            taken.append((reading.start, reading.end))
    readings.sort(key=lambda r: r.start)
    _share_ranges(language, readings, region)
    for reading in readings:
        first, last = view.span(view.start + reading.start, view.start + reading.end)
        value = reading.value if isinstance(reading.value, str) else canonical(reading.value)
        if reading.alt is not None and reading.alt != reading.value:
            reading.attrs["alt"] = canonical(reading.alt)
        mentions.append(Mention(kind="number", start=first, end=last, text=text[first:last], value=value,
                                attrs=reading.attrs))
    return mentions


def _scores(language: NumberLanguage, region: str):
    """(start, end, value) of each score the language's words of winning and losing stand by:
    "0:1-Niederlage", "remporte le match 1 à 0", "победа со счётом 2:1"."""
    pattern = language.pattern("score", lambda: r"(?<![\d.,:/])(\d{1,3})\s?(?:[:\-–—]|\s(?:" + language.score_join
                               + r")\s)\s?(\d{1,3})(?![\d.,:/]\d)")
    results = language.pattern("results", lambda: language.results)
    for match in pattern.finditer(region):
        window = region[max(0, match.start() - 40) : match.end() + 40]
        if results.search(window):
            yield match.start(), match.end(), f"{int(match[1])}:{int(match[2])}"


def _digit_readings(language: NumberLanguage, region: str) -> list[_Reading]:
    readings = []
    # Digits not glued to letters (COVID-19 and G7 name things), an ordinal's ending aside.
    comma = r"\d+,\d+(?!\d)|" if language.decimal_comma else ""  # "7,5," ends a clause
    glued = rf"|(?<=(?<![^\W\d_])[{language.clitics}])" if language.clitics else ""  # و2,5
    glued += rf"|(?<=[{language.glued_letters}])" if language.glued_letters else ""
    number = language.pattern("number", lambda: rf"(?<![\d.,])(?:(?<![^\W\d_]){glued})(?P<digits>{comma}{DIGITS})"
                              rf"(?P<ordinal>{language.ordinal_suffix or '(?!)'})?(?!(?!½)[^\W_])")
    for match in number.finditer(region):
        digits = match["digits"]
        try:
            value, alt = read_digits(digits, language.decimal_comma and "," in digits)
        except InvalidOperation:
            continue
        reading = _Reading(value, match.start(), match.end(), alt)
        if region.startswith("½", match.end()):  # 14½
            reading.value, reading.alt, reading.end = value + Decimal("0.5"), None, match.end() + 1
        if match["ordinal"]:
            if not digits.isdigit():
                continue
            reading.attrs["ordinal"] = "yes"
        sign = _SIGN_BEFORE.search(region, max(0, match.start() - 4), match.start())
        if sign:
            reading.start = sign.start()
            reading.attrs["unit"] = sign.group().strip().lower()
        readings.append(reading)
    return readings


def _word_readings(language: NumberLanguage, region: str) -> list[_Reading]:
    """Runs of number words ("dreihundertfünfundzwanzig", "deux mille cent", "ثلاثة آلاف"),
    ordinal words ("fünften") and orders of magnitude ("Tausende")."""
    readings: list[_Reading] = []
    words = list(_WORD.finditer(region))
    index = 0
    inert = language.inert
    while index < len(words):
        word = words[index]
        if word.group() in inert:
            index += 1
            continue
        folded = _bare(language, word.group())
        if folded in language.approximate:  # "une vingtaine de": about twenty
            reading = _Reading(Decimal(language.approximate[folded]), word.start(), word.end())
            reading.attrs["qualifier"] = "about"
            readings.append(reading)
            index += 1
            continue
        decade = _decade(language, folded)
        if decade:  # "in den Vierzigern": in the 40s
            readings.append(_Reading(decade, word.start(), word.end()))
            index += 1
            continue
        if folded in language.magnitudes:
            reading = _Reading(f"~{language.magnitudes[folded]}", word.start(), word.end())
            reading.attrs["magnitude"] = "yes"
            readings.append(reading)
            index += 1
            continue
        value = language.read_words(word.group().rstrip("."))
        if value is None:
            place = language.ordinal(folded)
            if place is None and len(inert) < 65536:
                inert.add(word.group())  # no number, and none begins with it
            if place is not None:
                reading = _Reading(Decimal(place), word.start(), word.end())
                if not (index and _bare(language, words[index - 1].group()) in language.counts_before_ordinal):
                    reading.attrs["ordinal"] = reading.attrs["weak"] = "yes"  # "der erste" is as often no place
                tens = language.read_words(words[index + 1].group().rstrip(".")) if index + 1 < len(words) else None
                if place < 10 and tens and tens % 10 == 0 and tens < 100:  # "السادس والثلاثين": 36th
                    reading.value, reading.end = reading.value + tens, words[index + 1].end()
                    index += 1
                readings.append(reading)
            index += 1
            continue
        last = index
        probe = index + 1
        while probe < len(words) and region[words[probe - 1].end() : words[probe].start()].strip() in ("", "-"):
            if _bare(language, words[probe].group()) in language.joiners:
                probe += 1
                continue
            longer = language.read_words(region[word.start() : words[probe].end()].rstrip("."))
            if longer is None or longer == value:
                break
            value, last = longer, probe
            probe += 1
        reading = _Reading(Decimal(value), word.start(), words[last].end())
        place = language.ordinal(_bare(language, words[last + 1].group())) if last + 1 < len(words) else None
        if place and place < 10 and value % 10 == 0 and value < 100:  # "сорок пятой": forty-fifth
            reading.value, reading.end = reading.value + place, words[last + 1].end()
            reading.attrs["ordinal"] = "yes"
            last += 1
        if last == index:
            noun = next((n for part, n in language.compounds.items() if part in folded), None)
            if noun:
                reading.attrs["noun"], reading.attrs["counted"] = noun, word.group()
        if language.scales.get(_bare(language, words[last].group())) and last == index and value > 1:
            reading.attrs["weak"] = "yes"  # "Millionen" alone is "millions", no count
        written = _bare(language, region[reading.start : reading.end])
        if value == 1 or "ordinal" in reading.attrs or written in language.weak:
            reading.attrs["weak"] = "yes"
        readings.append(reading)
        index = last + 1
    return readings


def _decade(language: NumberLanguage, folded: str) -> Optional[str]:
    """ "40s" for "vierzigern", as the English reader reads "forties"; None for no decade."""
    match = language.pattern("decade", lambda: r"(\w+?)(?:" + language.decade_ending + ")").fullmatch(folded)
    tens = language.read_words(match.group(1)) if match else None
    return f"{tens}s" if tens and 20 <= tens < 100 and tens % 10 == 0 else None


def _bare(language: NumberLanguage, word: str) -> str:
    """A word folded, its final dot and a glued Arabic conjunction or preposition taken off."""
    word = _HARAKAT.sub("", word.lower().rstrip("."))
    if language.clitics and len(word) > 3 and word[0] in language.clitics:
        return word[1:]
    return word


def _next_word(region: str, at: int) -> Optional[re.Match]:
    """The word after ``at``, past spaces and a hyphen ("300-килограммовое")."""
    return _WORD.match(region, _GAP.match(region, at).end())


def _describe(language: NumberLanguage, reading: _Reading, region: str) -> None:
    """Scale, percent, currency, counted noun and qualifier of a number, as the English reader
    sets them."""
    attrs = reading.attrs
    if "magnitude" in attrs:
        return
    following = _next_word(region, reading.end)
    applied = 1
    while following and isinstance(reading.value, Decimal):  # "2 mil millones": two scales, 2 × 10⁹
        scale = language.scales.get(_bare(language, following.group()))
        if not scale or scale <= applied or applied == 1 and reading.value >= 1000 and reading.value % 1000 == 0 \
                and scale == 1000:
            break
        reading.value *= scale
        reading.alt = reading.alt * scale if reading.alt is not None else None
        reading.end, applied = following.end(), scale
        following = _next_word(region, reading.end)
    percent = language.pattern("percent", lambda: r"[\s\u00a0\u202f]*(?:%|" + language.percent + r")(?!\w)")
    match = percent.match(region, reading.end)
    if match:
        attrs["unit"] = "%"
        reading.end = match.end()
    else:
        _unit_and_noun(language, reading, region)
    qualifier = _qualifier(language, region, reading.start)
    if qualifier and "ordinal" not in attrs and "qualifier" not in attrs:
        attrs["qualifier"] = language.qualifiers[" ".join(qualifier.group(1).lower().split())]
        reading.start = qualifier.start(1)


def _unit_and_noun(language: NumberLanguage, reading: _Reading, region: str) -> None:
    """What the number counts: a currency (as a ``unit``), a unit of measure (as its English
    spelling) or the noun as written."""
    attrs, at = reading.attrs, reading.end
    if "noun" in attrs:
        return
    following = _next_word(region, at)
    while following and following.group().lower() in language.skip:
        following = _next_word(region, following.end())
    if following is None:
        return
    currency = _currency(language, region, following)
    if currency and "unit" not in attrs:
        attrs["unit"] = currency
        return
    word = following.group()
    after = _next_word(region, following.end())
    if after and cldr.lookup(after.group(), "weekdays", language.code) is not None:
        return  # "الدقيقة 89 يوم السبت": the day of a date, not what is counted
    if word.lower().rstrip(".") in language.scales or word[:1].isupper() and not word[1:2].islower():
        return  # an acronym or the scale of another number
    unit = cldr.lookup(word, "units", language.code) or cldr.lookup(word.rstrip("."), "units", language.code)
    unit = unit or language.units.get(word.lower())
    adjective = language.pattern("unit_adjective", lambda: language.unit_adjective + "$").search(word)
    if unit is None and adjective:
        unit = cldr.lookup(word[: adjective.start()], "units", language.code)
    if unit is None and next(units_named([word.lower().rstrip(".")]), None):
        unit = word.lower().rstrip(".")  # a unit spelt as in English: "Kilo", "km"
    attrs["noun"] = unit or _bare(language, word)
    attrs["counted"] = word.rstrip(".")


def _currency(language: NumberLanguage, region: str, following: re.Match) -> Optional[str]:
    """The unit a currency name after a number stands for: its code when its words name one
    currency ("britische Pfund" -> "gbp"), "$" for any dollar, else None."""
    codes: Optional[frozenset[str]] = None
    match: Optional[re.Match] = following
    for _ in range(3):
        if match is None:
            break
        parts = [p for p in re.split(r"[-‐]", _bare(language, match.group())) if len(p) >= 3]
        known = [cldr.lookup(p, "currencies", language.code) for p in parts]
        if not parts or not all(known):
            break
        for found in known:
            codes = found if codes is None else (codes & found or codes)
        match = _next_word(region, match.end())
    if not codes:
        return None
    if len(codes) == 1:
        return next(iter(codes))
    return "$" if codes <= {"usd", "cad", "aud", "hkd", "nzd"} else None


def _qualifier(language: NumberLanguage, region: str, start: int) -> Optional[re.Match]:
    def build() -> str:
        phrases = sorted(language.qualifiers, key=len, reverse=True)
        clitic = f"[{language.clitics}]?" if language.clitics else ""
        return (r"(?<!\w)" + clitic + "(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                + r")[,:]?[\s\u00a0\u202f]+$")
    return language.pattern("qualifier", build).search(region, max(0, start - 30), start)


def _share_ranges(language: NumberLanguage, readings: list[_Reading], region: str) -> None:
    """The two ends of a range share the unit and noun written once: "5 bis 10 Zentimeter"."""
    between = language.pattern("range", lambda: r"[\s\u00a0]*(?:" + language.ranges + r")[\s\u00a0]*")
    for first, second in zip(readings, readings[1:]):
        if "magnitude" in first.attrs or not between.fullmatch(region, first.end, second.start):
            continue
        second.attrs["range"] = "end"
        for key in ("noun", "counted"):
            if key in second.attrs:
                first.attrs[key] = second.attrs[key]
            else:
                first.attrs.pop(key, None)
        if "unit" in second.attrs:
            first.attrs.setdefault("unit", second.attrs["unit"])
