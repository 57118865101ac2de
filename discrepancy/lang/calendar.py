"""Dates in a language other than English, read into the English extractor's conventions.

Month and weekday names come from CLDR (``lang.cldr``) in every form the locale writes them;
a language module adds what CLDR has no data for: the words for today and yesterday, how a
decade is written ("1980er", "1980-х", "années 80") and a calendar of its own (the Hijri
months, ``lang/ar/dates.py``). Digits are read by the English extractor as well (numeric dates,
clock times, bare years): a mention read here wins over one of its spans read there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional

from discrepancy.extract import dates as english
from discrepancy.extract.invisible import Visible
from discrepancy.extract.numbers import ARABIC_DIGITS
from discrepancy.lang import cldr
from discrepancy.model import Document, Mention


@dataclass(frozen=True)
class DateLanguage:
    """What a language writes dates with, besides CLDR's month and weekday names."""

    code: str
    day_mark: str  # after the day, before the month: "." in German, "er" in French
    relative: Mapping[str, int]  # "gestern" -> -1
    periods: Mapping[str, tuple[str, str]]  # "letztes Jahr" -> ("last", "year"), as English reads it
    decades: str  # a pattern with groups "century" and "digit" ("1980er"), and "digit_short" ("80er")
    before_weekday: str = ""  # a word a weekday needs before it, where its name means more
    needs_before: frozenset[str] = frozenset()  # weekday names that need ``before_weekday``
    year_mark: str = ""  # after a year: "г.", "года"
    year_lead: str = r"[\s,]+"  # between the month and its year: "de" in Spanish
    clitics: str = ""  # letters glued before a word (Arabic و ب ل ف: "واليوم")
    # Readers of what else the language writes dates with: (attrs, start, end) of each; attrs
    # with an hour ("h") make a time.
    calendars: tuple[Callable[[str, Document], list[tuple[dict, int, int]]], ...] = ()
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def date_pattern(self) -> re.Pattern:
        if "date" not in self._compiled:
            months = cldr.word_pattern(cldr.month_forms(self.code), self.code)
            # weekdays as CLDR spells them: an ending past "сред" makes "среди", among
            weekdays = cldr.word_pattern(cldr.weekday_forms(self.code), self.code, inflected=False)
            glued = f"(?:(?<!\\w)[{self.clitics}](?=\\w))?" if self.clitics else ""
            year = r"(?:(?:" + self.year_lead + r")(?P<y>[12]\d{3})(?!\d)(?:\s*(?:" + (self.year_mark or "(?!)") + r"))?)?"
            self._compiled["date"] = re.compile(
                r"(?:(?P<wd>" + weekdays + r")[,\s]+)?"
                r"(?:(?P<d>[0-3]?\d)(?:" + self.day_mark + r")?[\s\u00a0]+)?"
                r"(?P<m>" + months + r")(?:\s*/\s*(?P<m2>" + months + r"))?" + year
                + r"|(?<!\w)" + glued + r"(?P<wd_alone>" + weekdays.replace(r"(?<!\w)", "", 1) + r")"
                + r"|(?<!\w)" + glued + r"(?P<rel>" + "|".join(sorted(map(re.escape, self.relative), key=len, reverse=True))
                + r")(?!\w)"
                + r"|(?<!\w)" + glued + r"(?P<period>" + "|".join(
                    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(self.periods, key=len, reverse=True)) + r")(?!\w)"
                + r"|(?P<decade>" + self.decades + r")",
                re.I,
            )
        return self._compiled["date"]


def extract(language: DateLanguage, text: str, start: int, end: int, doc: Document) -> list[Mention]:
    """The dates and times of ``text[start:end]``, a sentence in ``language``."""
    view = Visible(text, start, end)
    region = view.text[view.start : view.end].translate(ARABIC_DIGITS)
    found: list[tuple[dict, int, int]] = []
    for calendar in language.calendars:
        found.extend(calendar(region, doc))
    for match in language.date_pattern().finditer(region):
        if any(s < match.end() and match.start() < e for _, s, e in found):
            continue
        attrs = _attrs(language, match, region, doc)
        if attrs:
            found.append((attrs, match.start(), match.end()))
    mentions = []
    for attrs, s, e in found:
        first, last = view.span(view.start + s, view.start + e)
        kind = "time" if "h" in attrs else "date"
        mentions.append(Mention(kind=kind, start=first, end=last, text=text[first:last],
                                value=english.date_value(kind, attrs), attrs=attrs))
    # Digits the English reader knows (04.11.2021, 20:30, a bare year) where nothing was read here.
    for m in english.extract(text, start, end, doc):
        if not any(o.start < m.end and m.start < o.end for o in mentions):
            mentions.append(m)
    return mentions


def _attrs(language: DateLanguage, match: re.Match, region: str, doc: Document) -> Optional[dict]:
    g = match.groupdict()
    if g["m"]:
        attrs = {"m": str(cldr.lookup(g["m"], "months", language.code))}
        if g["d"]:
            if not 1 <= int(g["d"]) <= 31:
                return None
            attrs["d"] = str(int(g["d"]))
        if g["y"]:
            attrs["y"] = g["y"]
        if g["wd"]:
            attrs["wd"] = str(cldr.lookup(g["wd"], "weekdays", language.code))
        return attrs
    if g["wd_alone"]:
        name = g["wd_alone"]
        before = region[max(0, match.start() - 12) : match.start()]
        if name.lower() in language.needs_before and not re.search(language.before_weekday + r"\s*$", before):
            return None
        weekday = cldr.lookup(name, "weekdays", language.code)
        return english.weekday_date(weekday, "", doc)[1]
    if g["rel"]:
        word = g["rel"].lower()
        return english.relative_day(word, doc, language.relative[word])[1]
    if g["period"]:
        when, unit = language.periods[" ".join(g["period"].lower().split())]
        return english.relative_period(when, unit, doc)[1]  # "this year" in every language
    if g["decade"]:
        if g.get("century"):
            return {"decade": g["century"] + g["digit"]}
        return {"decade": g.get("digit_short") or g["digit"]}
    return None
