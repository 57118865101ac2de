"""Dates and times in a sentence: absolute, numeric, years, weekdays and relative words.

A date mention's ``attrs`` hold the parts it states or implies: ``y``, ``m``, ``d`` (numbers as
text), ``wd`` (weekday 0=Monday, stated in the text), ``rel`` (the relative word it was resolved
from, against ``Document.date``), ``ahead`` (days from the document's date, for a relative day
word when the document has no date), ``decade`` (the first three digits, or the decade's digit
alone for "the 70s") and ``c`` (century). ``value`` is ``YYYY-MM-DD`` with unknown parts as
``?``, so "November 4" is ``????-11-04``. Numeric dates read day-first or month-first as
``Document.day_first`` says; a part above 12 settles it either way. A range that shares its
month or century ("the 2nd and 6th of October", "1989/90") gives a date for each end.

Times are kind ``time`` with ``value`` ``HH:MM`` (``HH:MM:SS`` when seconds are given) on a
24-hour clock; ``twelve`` marks an hour written without a.m./p.m. that may be either ("8:30"),
and ``vague`` a time of day that is no clock reading ("midday").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional

from discrepancy.memo import per_text
from discrepancy.extract.invisible import Visible
from discrepancy.extract.numberwords import DECADE_WORDS
from discrepancy.extract.wordstart import alternation, any_word, word_starting
from discrepancy.model import Document, Mention

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAY_NAMES = [w.capitalize() for w in WEEKDAYS]
MONTH_NAMES = [m.capitalize() for m in list(MONTHS)[:12]]
_DAY_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
        "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split()
    )
}
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

_MONTH = r"(?P<{0}>" + alternation(MONTHS) + r")\b\.?"
_NOISE = r"[,;:!?]?"  # a stray punctuation mark inside a date ("March! 3rd") leaves it a date
_WEEKDAY_ALT = alternation(WEEKDAYS)
_WEEKDAY = r"(?:(?P<wd>" + _WEEKDAY_ALT + r")\b\s*,?\s+(?:the\s+)?)?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?\b"
_DAY_WORD = r"(?P<dw>" + alternation(_DAY_WORDS) + r")\b"
_YEAR = r"(?:,?\s+(?P<{0}>\d{{4}})\b)?"
# The words between the two ends of a range: "2 to 6", "the 2nd and the 6th", "2–6".
_RANGE = r"\s*(?:-|–|—|to|and|until|till|through)\s*(?:the\s+)?"
# Where a day number ends a range it is not a count or a clock reading: not "6 p.m.", "6.5".
_LAST_DAY = r"(?P<last1>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:%|[ap]\.?m\b|h\b|uhr\b|o'?clock))"
# A second decade that shares the first one's century: "the 1960s and 70s", "the 60s-70s".
_NEXT_DECADE = r"(?:(?P<{0}_and>\s*(?:and|or|to|through|-|–)\s*)['’]?(?P<{0}_next>[1-9])0['’]?s\b)?"
_DECADE_WORDS = {word: decade[0] for word, decade in DECADE_WORDS.items()}  # "seventies": "7"


def _digit(pattern: str) -> str:
    """A pattern that starts with a digit, saying so first: the matcher then leaves it at the
    first character of every word that triggers a match (the most of them)."""
    return r"(?=\d)" + pattern


def _letter(pattern: str) -> str:
    """A pattern that starts with a letter, saying so first (see ``_digit``)."""
    return r"(?=[a-z])" + pattern


_PATTERNS = [
    # Thursday, November 4, 2021 / Nov. 5, 2021 / November first / October 2 and 6, 2021
    _letter(_WEEKDAY + _MONTH.format("m1") + _NOISE + r"\s+(?:" + _DAY.format("d1") + "|" + _DAY_WORD + ")"
    + r"(?:" + _RANGE + _LAST_DAY + r")?" + _YEAR.format("y1")),
    # Thursday 4 November 2021 / the 4th of November / the 2nd and 6th of October
    _WEEKDAY.replace("wd", "wd2") + r"(?:(?:the\s+)?(?P<first2>[0-3]?\d)(?:st|nd|rd|th)?" + _RANGE + r")?"
    + _DAY.format("d2") + _NOISE + r"(?:\s+of)?\s+" + _MONTH.format("m2") + _YEAR.format("y2"),
    # November 2021
    _letter(_MONTH.format("m3") + r",?\s+(?P<y3>\d{4})\b"),
    # 04/11/2021, 4.11.2021, 2021-11-04
    _digit(r"(?<![\d.])(?P<n1>\d{1,2})(?P<sep>[/.-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{4}|\d{2})(?![\d.]\d)"),
    _digit(r"(?<![\d.])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"),
    # 03.04. (day and month, German style), after a word that introduces a date
    _digit(r"(?<![\d.])(?P<dm_day>[0-3]?\d)\.(?P<dm_month>[01]?\d)\.(?![\d\w])"),
    # 8:30 p.m. / 20:30 / 7:5 / 12.00 GMT / 18.20 Uhr / 21h45 / (18h) / 8 pm / 6 o'clock
    _digit(r"(?<![\d.:])(?P<hh>[0-2]?\d)(?:(?::(?P<mm>[0-5]\d|\d(?!\d))(?::(?P<ss>[0-5]\d))?(?!\d)"
    r"|\.(?P<mm2>[0-5]\d)(?=\s*(?:[ap]\.?m\b|gmt\b|utc\b|hrs?\b|local\b|h\b|uhr\b|o'?clock\b))"
    r"|h(?P<mm3>[0-5]\d)?\b)(?:\s*(?P<ampm>[ap])\.?m\b\.?)?"
    r"|\s*(?P<ampm2>[ap])\.?m\b\.?|\s*(?P<oclock>o'?clock|uhr)\b)"),
    _letter(r"\b(?P<noon>noon|midday|midnight|lunchtime)\b"),
    # the night before Sunday / the night of Saturday to Sunday: Saturday night
    _letter(r"\b(?:the\s+)?night\s+(?:(?:before|to|into)\s+(?P<night_to>" + _WEEKDAY_ALT + r")|(?:of|from)\s+(?P<night_of>"
    + _WEEKDAY_ALT + r")\s+(?:to|into)\s+(?:" + _WEEKDAY_ALT + r"))\b"),
    # the 19th century, the 1800s; the 1960s, the 1930ies; the 70s, the seventies
    r"\b(?:(?P<century>[12]?\d)(?:st|nd|rd|th)|(?P<cword>" + alternation(_DAY_WORDS)
    + r"))\s+centur(?:y|ies)\b",
    _digit(r"\b(?P<hundreds>1\d|20)00'?s\b"),
    _digit(r"\b(?P<decade>1\d|20)(?P<decade_digit>\d)0(?:'?s|ies)\b" + _NEXT_DECADE.format("full")),
    _letter(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:['’](?=\d))?(?:(?P<short_decade>[1-9])0(?:['’]?s|ies)|(?P<decade_word>"
    + "|".join(_DECADE_WORDS) + r"))\b" + _NEXT_DECADE.format("short")),
    # year ranges: 1989/90, 2021-22, 2017/2018
    _digit(r"(?<![\d.,$€£])(?P<from_year>1\d{3}|20\d{2})\s?[/–—-]\s?(?P<to_year>\d{4}|\d{2})\b(?![/.,–-]\d)"),
    # bare years: in 2016, since 1985
    _digit(r"(?<![\d.,$€£])(?P<year>1\d{3}|20\d{2})\b(?!\s*(?:%|per\s?cent|[.,]\d))"),
    # relative words and weekdays on their own
    _letter(r"\b(?:(?P<dir>last|next|this|coming|past)\s+)?(?P<wd3>" + _WEEKDAY_ALT + r")\b"),
    _letter(r"\b(?P<rel>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday|tomorrow"
    r"|this\s+(?:morning|afternoon|evening))\b"),
    r"\b(?P<ago>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+days?\s+ago\b",
    _letter(r"\b(?P<relwhen>last|next|this)\s+(?P<unit>week|month|year)\b"),
    # a month on its own, capitalised, after a preposition (checked in code): in March
    _letter(r"\b(?P<m4>(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))\b"),
]
_DATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.I)
# Where a date may start: a digit, or a word that begins like a month, a weekday or another
# date word (trying the full pattern only there is many times faster). Words far more common
# elsewhere trigger only where a date can go on: "the 1960s", "the day after", "three days
# ago", "the fourth century"; "the" and "a" were four in five triggers.
_THE_OPENS_DATE = r"(?ai:the)(?=\s+(?i:\d|['’]|night\b|day\b|early|mid|late|" + "|".join(_DECADE_WORDS) + "))"
_COUNT_AGO = any_word("a one two three four five six seven eight nine ten".split()) + r"(?=\s+(?i:days?\s+ago\b))"
_ORDINAL_CENTURY = word_starting(["fou", "six", "sev", "eig", "nin", "ten", "thi"]) + r"(?=[A-Za-z-]*\s+(?i:centur))"
_START = re.compile(
    r"(?<![\w.])\d|(?<![A-Za-z])" + _THE_OPENS_DATE + "|" + _COUNT_AGO + "|" + _ORDINAL_CENTURY + "|" + word_starting(
        "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun tod ton yes tom"
        " last next this past coming noo mid lun nig".split()
    )
)
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?!was\b|is\b|has\b|as\b|this\b|its\b|his\b)[a-z]+s\b", re.I)
_MONTH_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|from|during|early|late|mid|of|last|next|this|through|before|after"
    r"|between|is|was)[\s-]+$", re.I
)
# Words that put a clock reading right after them ("at 23h", "before 13h", "(18h)"); without
# one, "18h" is as often a duration ("a 24h strike").
_CLOCK_WORD_BEFORE = re.compile(
    r"\b(?:at|from|until|till|to|by|before|after|around|about|approximately|since|between|and"
    r"|starting|shortly|latest)\s*$", re.I
)
# Words before a day and month written "03.04." (a decimal ends "grew by 3.4." as well).
_DAY_MONTH_BEFORE = re.compile(
    r"(?:\b(?:on|from|until|till|since|between|and|to|as\s+of|dated|" + _WEEKDAY_ALT + r")|[(\-–])[,\s]*$", re.I
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)?", re.I)
_HOUR_MARK_AFTER = re.compile(r"\s*(?:uhr\b|h\b)", re.I)


class Dating(NamedTuple):
    """What reading a date takes from its document besides the text."""

    date: Optional[dt.date]
    day_first: Optional[bool]


# How far a reading looks past its sentence: 16 characters back (the words before a clock
# reading) and on to the end of the next word ("in 1800 trucks", "at 18 h").
_BEFORE = 16
_NEXT_WORD = re.compile(r"\s*\w*")


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    before, after = text[max(0, start - _BEFORE) : start], _NEXT_WORD.match(text, end).group()
    return [m.shifted(start) for m in _read(before, text[start:end], after, Dating(doc.date, doc.day_first))]


@per_text(8192)
def _read(before: str, sentence: str, after: str, dating: Dating) -> tuple[Mention, ...]:
    """The dates and times of ``sentence``, offsets into it, read once per sentence and what
    stands around it (near-duplicate reports share most sentences)."""
    text, start = before + sentence + after, len(before)
    view = Visible(text, start, start + len(sentence))
    mentions = []
    position = view.start
    for trigger in _START.finditer(view.text, view.start, view.end):
        if trigger.start() < position:
            continue
        match = _DATE.match(view.text, trigger.start(), view.end)
        readings = match and _readings(match, view.text, dating)
        if not readings:
            continue
        position = match.end()
        for kind, attrs, first, last in readings:
            s, e = view.span(first, last)
            mentions.append(Mention(kind=kind, start=s - start, end=e - start, text=text[s:e],
                                    value=date_value(kind, attrs), attrs=attrs))
    return tuple(mentions)


def _readings(match: re.Match, text: str, doc: Dating) -> list[tuple[str, dict, int, int]]:
    """(kind, attrs, start, end) of each date or time in the match: one, or one for each end of
    a range that shares its month ("the 2nd and 6th of October") or century ("1989/90")."""
    g = match.groupdict()
    if g["from_year"]:
        return _year_range(match)
    parts = _parts(match, text, doc)
    if not parts:
        return []
    kind, attrs = parts
    whole = [(kind, attrs, match.start(), match.end())]
    if g["last1"]:
        first_end = match.end("d1") if g["d1"] else match.end("dw")
        if _PLURAL_NOUN_AFTER.match(text, match.end("last1")):  # "on July 17 and 22 soldiers..."
            return [(kind, attrs, match.start(), first_end)]
        attrs_last = {**{k: v for k, v in attrs.items() if k != "wd"}, "d": str(int(g["last1"]))}
        return [(kind, attrs, match.start(), first_end), (kind, attrs_last, match.start("last1"), match.end())]
    for written in ("full", "short"):
        if g[f"{written}_next"]:
            second = {"decade": attrs["decade"][:-1] + g[f"{written}_next"]}
            return [(kind, attrs, match.start(), match.start(f"{written}_and")),
                    (kind, second, match.start(f"{written}_next"), match.end())]
    if g["first2"]:
        if not 1 <= int(g["first2"]) <= 31:
            return whole
        attrs_first = {**attrs, "d": str(int(g["first2"]))}
        attrs_last = {k: v for k, v in attrs.items() if k != "wd"}
        first_end = _ORDINAL_SUFFIX.match(text, match.end("first2")).end()
        return [(kind, attrs_first, match.start("first2"), first_end), (kind, attrs_last, match.start("d2"), match.end())]
    return whole


def _year_range(match: re.Match) -> list[tuple[str, dict, int, int]]:
    """Both years of "1989/90", "2021–22", "2017/2018"; only the first when the second cannot
    be the end of a range that starts there."""
    first, written = int(match.group("from_year")), match.group("to_year")
    last = int(written)
    if len(written) == 2:
        last += first // 100 * 100
        last += 100 if last <= first else 0
    readings = [("date", {"y": str(first)}, match.start("from_year"), match.end("from_year"))]
    if 0 < last - first <= (50 if len(written) == 2 else 200):
        readings.append(("date", {"y": str(last)}, match.start("to_year"), match.end("to_year")))
    return readings


def _parts(match: re.Match, text: str, doc: Dating) -> Optional[tuple[str, dict]]:
    g = match.groupdict()
    for m_key, d_key, y_key, wd_key in (("m1", "d1", "y1", "wd"), ("m2", "d2", "y2", "wd2")):
        if g[m_key]:
            day = int(g[d_key]) if g.get(d_key) else _DAY_WORDS.get((g.get("dw") or "").lower())
            if not day or day > 31:
                return None
            verb = g[m_key] in ("may", "march")
            if verb and (m_key == "m2" and not g[y_key] or g["dw"] and m_key == "m1"):
                # "4 may", "may first", "march second" are more often verbs than dates;
                # "may 4" and "november first" (lower-cased) are dates
                return None
            attrs = {"m": str(MONTHS[g[m_key].lower().rstrip(".")]), "d": str(day)}
            if g[y_key]:
                attrs["y"] = g[y_key]
            if g[wd_key]:
                attrs["wd"] = str(WEEKDAYS[g[wd_key].lower()])
            return "date", attrs
    if g["m3"]:
        return "date", {"y": g["y3"], "m": str(MONTHS[g["m3"].lower().rstrip(".")])}
    if g["n1"]:
        return _numeric(int(g["n1"]), int(g["n2"]), g["n3"], doc, dotted=g["sep"] == ".")
    if g["iy"]:
        return "date", {"y": g["iy"], "m": str(int(g["im"])), "d": str(int(g["id"]))}
    if g["dm_day"]:
        day, month = int(g["dm_day"]), int(g["dm_month"])
        if not _DAY_MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return None  # "grew by 3.4." ends a sentence with a decimal
        return ("date", {"m": str(month), "d": str(day)}) if 1 <= month <= 12 and 1 <= day <= 31 else None
    if g["hh"] is not None:
        return _clock(match, text)
    if g["noon"]:
        word = g["noon"].lower()
        if word == "midnight":
            return "time", {"h": "0", "min": "0"}
        return "time", {"h": "12", "min": "0", "vague": "yes"}
    if g["night_to"] or g["night_of"]:
        if g["night_of"]:
            return weekday_date(WEEKDAYS[g["night_of"].lower()], "", doc)
        return weekday_date((WEEKDAYS[g["night_to"].lower()] - 1) % 7, "", doc)
    if g["century"] or g["cword"] or g["hundreds"]:
        if g["hundreds"]:
            return "date", {"c": str(int(g["hundreds"]) + 1)}
        return "date", {"c": g["century"] or str(_DAY_WORDS[g["cword"].lower()])}
    if g["decade"]:
        return "date", {"decade": g["decade"] + g["decade_digit"]}
    if g["short_decade"] or g["decade_word"]:
        return "date", {"decade": g["short_decade"] or _DECADE_WORDS[g["decade_word"].lower()]}
    if g["year"]:
        if _PLURAL_NOUN_AFTER.match(text, match.end()):
            return None  # "1800 trucks" counts trucks
        return "date", {"y": g["year"]}
    if g["wd3"]:
        return weekday_date(WEEKDAYS[g["wd3"].lower()], (g["dir"] or "").lower(), doc)
    if g["rel"]:
        return relative_day(" ".join(g["rel"].lower().split()), doc)
    if g["ago"]:
        days = int(g["ago"]) if g["ago"].isdigit() else _COUNT_WORDS[g["ago"].lower()]
        if doc.date is None:
            return "date", {"rel": f"{days} days ago", "ahead": str(-days)}
        return "date", _on(doc.date - dt.timedelta(days=days), match.group().lower())
    if g["relwhen"]:
        return relative_period(g["relwhen"].lower(), g["unit"].lower(), doc)
    if g["m4"]:
        if not _MONTH_CONTEXT.search(text, max(0, match.start() - 12), match.start()):
            return None
        return "date", {"m": str(MONTHS[g["m4"].lower()])}
    return None


def _clock(match: re.Match, text: str) -> Optional[tuple[str, dict]]:
    """A clock reading, unless it is a duration ("a 24h strike"). A score ("won 18:16") is the
    scores' to claim (``SHADOWED_BY`` in extract/__init__.py)."""
    g = match.groupdict()
    ampm = (g["ampm"] or g["ampm2"] or "").lower()
    if g["mm3"] is None and match.group().lower().endswith("h"):
        before = text[max(0, match.start() - 16) : match.start()]
        if not (_CLOCK_WORD_BEFORE.search(before) or before.endswith("(")):
            return None
    kind, attrs = _time(int(g["hh"]), int(g["mm"] or g["mm2"] or g["mm3"] or 0), ampm) or (None, None)
    if not attrs:
        return None
    if g["ss"]:
        attrs["s"] = str(int(g["ss"]))
    marked = g["mm3"] is not None or match.group().lower().endswith(("h", "uhr"))
    if not (ampm or marked or _HOUR_MARK_AFTER.match(text, match.end())) and g["hh"][0] != "0" and 1 <= int(g["hh"]) <= 12:
        attrs["twelve"] = "yes"  # "8:30" may be morning or evening
    return kind, attrs


def _numeric(first: int, second: int, year: str, doc: Dating, dotted: bool = False):
    """A numeric date: a part above 12 must be the day; otherwise the document's order decides.
    When it is not known, a date written with dots ("03.04.2021", the German, Czech and Russian
    way) reads day-first and any other month-first."""
    day_first = doc.day_first if doc.day_first is not None else dotted
    if first > 12 or (day_first and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year) == 2:
        year = str((2000 if int(year) < 50 else 1900) + int(year))
    return "date", {"y": year, "m": str(month), "d": str(day)}


def _time(hour: int, minute: int, ampm: str):
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 24:
        return None
    return "time", {"h": str(hour), "min": str(minute)}


def _on(day: dt.date, rel: str) -> dict:
    return {"y": str(day.year), "m": str(day.month), "d": str(day.day), "rel": rel}


def weekday_date(weekday: int, direction: str, doc: Dating | Document):
    attrs = {"wd": str(weekday)}
    if doc.date is not None:
        back = (doc.date.weekday() - weekday) % 7
        if direction in ("next", "coming"):
            day = doc.date + dt.timedelta(days=(weekday - doc.date.weekday()) % 7 or 7)
        else:
            day = doc.date - dt.timedelta(days=back or (7 if direction == "last" else 0))
        attrs.update(_on(day, WEEKDAY_NAMES[weekday]))
    return "date", attrs


def relative_day(word: str, doc: Dating | Document, days: Optional[int] = None):
    """The day ``word`` ("yesterday", or ``days`` from the document's date) names."""
    days = _RELATIVE_DAYS[word] if days is None else days
    if doc.date is None:
        return "date", {"rel": word, "ahead": str(days)}
    return "date", _on(doc.date + dt.timedelta(days=days), word)


def relative_period(when: str, unit: str, doc: Dating | Document):
    """The week, month or year ``when`` ("last", "next", "this") names, against the document's date."""
    rel = f"{when} {unit}"
    if doc.date is None or unit == "week":
        return "date", {"rel": rel}
    step = {"last": -1, "next": 1, "this": 0}[when]
    if unit == "year":
        return "date", {"y": str(doc.date.year + step), "rel": rel}
    month_index = doc.date.year * 12 + doc.date.month - 1 + step
    return "date", {"y": str(month_index // 12), "m": str(month_index % 12 + 1), "rel": rel}


def date_value(kind: str, attrs: dict) -> str:
    if kind == "time":
        seconds = f":{int(attrs['s']):02d}" if "s" in attrs else ""
        return f"{int(attrs['h']):02d}:{int(attrs['min']):02d}{seconds}"
    if "decade" in attrs:
        return f"{attrs['decade']:?>3}?-??-??"
    if "c" in attrs:
        return f"century {attrs['c']}"
    if "y" not in attrs and "m" not in attrs:
        return attrs.get("rel") or WEEKDAY_NAMES[int(attrs["wd"])]
    year = attrs.get("y", "????")
    month = f"{int(attrs['m']):02d}" if "m" in attrs else "??"
    day = f"{int(attrs['d']):02d}" if "d" in attrs else "??"
    return f"{year}-{month}-{day}"
