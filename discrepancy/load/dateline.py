"""Read the document's own date from its dateline, and whether its numeric dates are day-first.

A dateline is a short metadata line near the top ("Statement | Nov. 5, 2021",
"\u2022 Time: 04/11/2021 12:08:47", "2021-12-10 05:29"). ``Document.day_first`` is always
decided, so that every numeric date of a document reads one way. Day-first unless the document
shows otherwise, in this order of weight: a numeric date whose first or second field is over
12; a written date ("November 4") that agrees with only one reading of an ambiguous numeric one;
the style of its written dates ("November 5, 2021" month-first, "5 November 2021" day-first).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional

from discrepancy.load.boilerplate import HEADER_LINES, is_paragraph
from discrepancy.load.lines import has_line_break, lines

_LONGEST_DATELINE = 120

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_NAME = re.compile(_MONTH)
_ORDINAL = r"(?:st|nd|rd|th)?"
# Month-first ("Nov. 5, 2021", "November 5th 2021") and day-first ("5 November 2021") dates.
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH})\.?[ \xa0]+(?P<day>\d{{1,2}}){_ORDINAL}\b(?:,?[ \xa0]+(?P<year>\d{{4}})\b)?",
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORDINAL}[ \xa0]+(?:of[ \xa0]+)?(?P<month>{_MONTH})\b\.?"
    rf"(?:,?[ \xa0]+(?P<year>\d{{4}})\b)?"
)
_YEAR_FIRST = re.compile(r"(?<!\d)(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
# Day and month in either order, then a four-digit year (or two digits after a slash).
# (An alternation per separator: a back-reference makes the scan twice as slow.)
_NUMERIC = re.compile(
    r"(\d\d?)(?:(/)(\d\d?)/(\d{4}|\d\d)|(-)(\d\d?)-(\d{4})|(\.)(\d\d?)\.(\d{4}))(?!\d)"
)
_TIME = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:[ \xa0]?[AaPp]\.?[Mm]\.?)?(?:[ \xa0]?(?:GMT|UTC)(?:[+-]\d{1,2})?)?"
)
_WEEKDAY = re.compile(
    r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
)
# Words a dateline may carry besides its date: labels, and page widgets glued to it.
_LABELS = frozenset(
    "time date posted published updated last modified on at by statement news release press "
    "am pm gmt utc".split()
)
_WIDGET = re.compile(r"A-AA\+|\+A\s*-A|A\+\s*A-|A-\s*A\+")
# A wire story's opening: a place in capitals or title case, a comma, the date, then (after an
# optional agency in brackets) a dash or a colon.
_PLACE = re.compile(
    r"(?!(?:In|On|At|By|From|The|Since|Until|After|Before|During|Last|Next|Early|Late)\b)"
    r"[A-Z][A-Za-z'.-]{0,30}(?: [A-Z][A-Za-z'.-]{0,30}){0,3},[ \xa0]+"
)
_WIRE_DASH = re.compile(r"[ \xa0]*(?:\([^()\n]{1,40}\)[ \xa0]*)?[-\u2013\u2014:]")
_LABELLED = re.compile(r"\b(?:Time|Date|Posted|Published|Updated|Modified)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATED = re.compile(r"[|:\u2022\u00b7/\u2013\u2014\t]|\s-\s|\s{2}|\xa0")


class Dateline(NamedTuple):
    """The document's date, how its numeric dates read, and the dateline line it came from."""

    date: Optional[dt.date]
    day_first: bool
    text: Optional[str]
    start: Optional[int] = None
    end: Optional[int] = None


def read_dateline(text: str, day_first: Optional[bool] = None) -> Dateline:
    """The first dateline above the first paragraph of ``text`` (a one-line text has none).

    ``day_first`` given (from settings) is trusted; otherwise the document's evidence decides.
    """
    if day_first is None:
        day_first = document_day_first(text)
    if not has_line_break(text):
        return _wire_dateline(text, day_first)
    for start, end in lines(text)[:HEADER_LINES]:
        line = text[start:end]
        if is_paragraph(line):
            return _wire_dateline(line, day_first)  # the body has begun
        if end - start > _LONGEST_DATELINE:
            continue
        reading = parse_dateline(line, day_first)
        if reading is not None:
            source_start = start + len(line) - len(line.lstrip("\u2022\u00b7*-\u2013 \t\xa0"))
            return Dateline(reading, day_first, text[source_start:end], source_start, end)
    return Dateline(None, day_first, None)


def _wire_dateline(paragraph: str, day_first: bool) -> Dateline:
    """The date of a wire-style opening ("BAGHDAD, Nov. 5, 2021 (INA) - ..."), kept in the body."""
    place = _PLACE.match(paragraph)
    if place is not None:
        for pattern in (_MONTH_DAY, _DAY_MONTH, _YEAR_FIRST, _NUMERIC):
            match = pattern.match(paragraph, place.end())
            if match is None or (pattern is not _NUMERIC and match.group("year") is None):
                continue
            if pattern is _NUMERIC:
                date = _numeric(match, day_first)
            else:
                date = _make_date(match.group("year"), _month(match.group("month")), match.group("day"))
            if date is not None and _WIRE_DASH.match(paragraph, match.end()):
                return Dateline(date, day_first, paragraph[: match.end()])
    return Dateline(None, day_first, None)


def parse_dateline(line: str, day_first: bool = True) -> Optional[dt.date]:
    """The date of ``line`` if the line is a dateline: a full date and little else."""
    found = _first_date(line, day_first)
    if found is None:
        return None
    date, start, end = found
    rest = line[:start] + " " + line[end:]
    rest = _TIME.sub(" ", _WIDGET.sub(" ", rest))
    rest = _WEEKDAY.sub(" ", rest)
    words = [w for w in _WORD.findall(rest) if w.casefold() not in _LABELS]
    if rest.rstrip().endswith((".", "!", "?")) or len(words) > 3:
        return None
    marked = _LABELLED.search(line) or _TIME.search(line)
    if words and not (marked or _SEPARATED.search(line[:start] + line[end:])):
        return None  # "Iraq votes on 5 November 2021" is a headline, not a dateline
    return date


def _first_date(line: str, day_first: bool) -> Optional[tuple[dt.date, int, int]]:
    """The leftmost full date in ``line`` (with a year), as (date, start, end)."""
    best = None
    for pattern in (_YEAR_FIRST, _MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(line):
            if match.group("year") is None:
                continue
            date = _make_date(match.group("year"), _month(match.group("month")), match.group("day"))
            if date is not None and (best is None or match.start() < best[1]):
                best = (date, match.start(), match.end())
            break
    for match in _numeric_dates(line):
        if best is not None and match.start() > best[1]:
            break
        date = _numeric(match, day_first)
        if date is not None:
            best = (date, match.start(), match.end())
        break
    return best


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTH_NUMBERS[value[:3].casefold()]


def _make_date(year: str, month: int, day: str) -> Optional[dt.date]:
    number = int(year) + (2000 if len(year) == 2 else 0)
    if not 1900 <= number <= 2100:
        return None
    try:
        return dt.date(number, month, int(day))
    except ValueError:
        return None


def _numeric(match: re.Match, day_first: bool) -> Optional[dt.date]:
    """A day/month/year match read as the fields force, else in the given order."""
    first, second, year = _fields(match)
    if first > 12 or (day_first and second <= 12):
        day, month = first, second
    else:
        day, month = second, first
    return _make_date(year, month, str(day))


def _numeric_dates(text: str) -> list[re.Match]:
    """Matches of day/month/year dates, not inside a longer run of numbers ("1.04.11.2021")."""
    if text.count("/") < 2 and text.count("-") < 2 and text.count(".") < 2:
        return []  # the cheap test that spares most single sentences the regex
    found = []
    for match in _NUMERIC.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before in "._"):
            found.append(match)
    return found


def _fields(match: re.Match) -> tuple[int, int, str]:
    """First field, second field and year of a ``_NUMERIC`` match."""
    first, _, second, year = (group for group in match.groups() if group is not None)
    return int(first), int(second), year


def document_day_first(text: str) -> bool:
    """Whether the numeric dates of ``text`` read day-first (the default when nothing shows)."""
    strong = 0  # > 0: day-first
    ambiguous = []
    for match in _numeric_dates(text):
        first, second, _ = _fields(match)
        if first > 12 and second <= 12:
            strong += 1
        elif second > 12 and first <= 12:
            strong -= 1
        elif first != second and first <= 12 and second <= 12:
            ambiguous.append((first, second))
    if strong:
        return strong > 0
    month_first, day_first = _written_month_days(text)
    written = set(month_first) | set(day_first)
    agree = sum((month, day) in written for day, month in ambiguous)
    disagree = sum((month, day) in written for month, day in ambiguous)
    if agree != disagree:
        return agree > disagree
    return len(day_first) >= len(month_first)


def _written_month_days(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(month, day) of written dates: those written month-first, then those day-first."""
    found: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    if not _MONTH_NAME.search(text):
        return found
    for side, pattern in enumerate((_MONTH_DAY, _DAY_MONTH)):
        for match in pattern.finditer(text):
            day = int(match.group("day"))
            if 1 <= day <= 31:
                found[side].append((_month(match.group("month")), day))
    return found
