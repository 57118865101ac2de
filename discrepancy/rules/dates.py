"""DAT: dates and times that name a different day or hour, weekdays that contradict their date.

Relative words (today, on Thursday, last year) were resolved against the document's own date
when it was extracted, so "today" in a statement dated 5 November agrees with "5 November".
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Optional

from discrepancy.extract.dates import WEEKDAY_NAMES
from discrepancy.model import Document, Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.pairing import Pairs, pair_mentions

_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _full_date(m: Mention) -> Optional[dt.date]:
    try:
        return dt.date(int(m.attrs["y"]), int(m.attrs["m"]), int(m.attrs["d"]))
    except (KeyError, ValueError):
        return None


def _year_matches(a: Mention, b: Mention) -> bool:
    year_a, year_b = a.attrs.get("y"), b.attrs.get("y")
    if year_a and year_b:
        return year_a == year_b
    decade = a.attrs.get("decade") or b.attrs.get("decade")
    year = year_a or year_b
    return not (decade and year) or year.startswith(decade)


def _agree(a: Mention, b: Mention) -> bool:
    """No stated part contradicts: "November 4" agrees with "today" on 2021-11-04."""
    if a.kind != b.kind:
        return False
    if a.kind == "time":
        return a.value == b.value
    if not _year_matches(a, b):
        return False
    if any(a.attrs.get(k) and b.attrs.get(k) and a.attrs[k] != b.attrs[k] for k in ("m", "d", "wd")):
        return False
    for one, other in ((a, b), (b, a)):
        day = _full_date(one)
        if day and other.attrs.get("wd") and day.weekday() != int(other.attrs["wd"]):
            return False
    return True


def _comparable(a: Mention, b: Mention) -> bool:
    """Worth pairing as one changed date: same kind, and they state at least one common part."""
    if a.kind != b.kind:
        return False
    if a.kind == "time":
        return True
    parts_a = {k for k in ("y", "m", "d", "wd") if k in a.attrs} | ({"y"} if "decade" in a.attrs else set())
    parts_b = {k for k in ("y", "m", "d", "wd") if k in b.attrs} | ({"y"} if "decade" in b.attrs else set())
    return bool(parts_a & parts_b)


def _affinity(a: Mention, b: Mention) -> float:
    shared = sum(1 for k in ("y", "m", "d", "wd", "decade") if k in a.attrs and k in b.attrs)
    return shared if _comparable(a, b) else -1


def _pairs(group: Group) -> Pairs:
    a, b = group.mentions("date", "time")
    return pair_mentions(a, b, _agree, _affinity, compatible=_comparable)


def describe(m: Mention) -> str:
    """The text as written, with the day it stands for when it was resolved from a relative word."""
    if "rel" in m.attrs and (day := _full_date(m)):
        return f"{m.text} ({day.day} {_MONTH_NAMES[day.month - 1]} {day.year})"
    return m.text


@rule("DAT001", "date-changed", Kind.date, Severity.error)
def date_changed(group: Group) -> Iterator[Hit]:
    """A date names a different day, month or year on the two sides.

    Bad: The committee met on 4 November 2021. → The committee met on 5 November 2021.
    Good: The committee met on 4 November 2021. → The committee met on November 4, 2021.
    """
    for a, b in group.memo(_pairs).differing:
        if a.kind == "date":
            yield Hit(f"date: {describe(a)} → {describe(b)}", a, b)


@rule("DAT002", "weekday-contradicts-date", Kind.date, Severity.warning)
def weekday_contradicts_date(group: Group) -> Iterator[Hit]:
    """A weekday does not fall on the date it stands beside.

    Bad: They met on Friday, 4 November 2021. → They met on Friday, 4 November 2021.
    Good: They met on Thursday, 4 November 2021. → They met on Thursday, 4 November 2021.
    """
    a, b = group.mentions("date")
    for side, mentions, doc in (("a", a, group.a_doc), ("b", b, group.b_doc)):
        for m in mentions:
            stated = m.attrs.get("wd")
            day = _dated(m, doc)
            if stated is None or day is None or "rel" in m.attrs or day.weekday() == int(stated):
                continue
            message = f"weekday: {m.text} — {day.isoformat()} was a {WEEKDAY_NAMES[day.weekday()]}"
            yield Hit(message, **{side: m})


def _dated(m: Mention, doc: Document) -> Optional[dt.date]:
    """The mention's day, taking the year from the document's date when the text gives none."""
    if "y" not in m.attrs and doc.date is not None and "m" in m.attrs and "d" in m.attrs:
        try:
            return dt.date(doc.date.year, int(m.attrs["m"]), int(m.attrs["d"]))
        except ValueError:
            return None
    return _full_date(m)


@rule("DAT003", "time-changed", Kind.date, Severity.error)
def time_changed(group: Group) -> Iterator[Hit]:
    """A time of day differs on the two sides.

    Bad: The programme started at 20:30 local time. → The programme started at 21:30 local time.
    Good: The programme started at 8 pm local time. → The programme started at 20:00 local time.
    """
    for a, b in group.memo(_pairs).differing:
        if a.kind == "time":
            yield Hit(f"time: {a.text} → {b.text}", a, b)


@rule("DAT004", "date-one-side", Kind.date, Severity.warning)
def date_one_side(group: Group) -> Iterator[Hit]:
    """A date or time in one sentence has no counterpart in the aligned sentence.

    Bad: The committee met on 4 November 2021 in Baghdad. → The committee met in Baghdad.
    Good: The committee met on 4 November 2021 in Baghdad. → On 4 November 2021 the committee met in Baghdad.
    """
    if not (group.group.a and group.group.b):
        return
    pairs = group.memo(_pairs)
    for side, mentions in (("A", pairs.only_a), ("B", pairs.only_b)):
        for m in mentions:
            # Only a stated day or year is a fact that went missing; "today" or "in March"
            # often disappears in paraphrase, so it is reported for information only.
            weak = "rel" in m.attrs or not ({"d", "y", "decade"} & set(m.attrs)) and m.kind == "date"
            yield Hit(
                f"{m.kind} only in {side}: {describe(m)}",
                **{side.lower(): m},
                severity=Severity.info if weak else None,
            )
