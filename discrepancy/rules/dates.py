"""DAT: dates and times that name a different day or hour, weekdays that contradict their date,
figures measured over a different period.

Relative words (today, on Thursday, last year) were resolved against the document's own date
when it was extracted, so "today" in a statement dated 5 November agrees with "5 November".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

from discrepancy.align import FUNCTION_WORDS
from discrepancy.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from discrepancy.model import Document, Kind, Mention, Sentence, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.pairing import Pairs, pair_mentions, stated_numbers, swapped
from discrepancy.rules.people import worded_alike


def _full_date(m: Mention) -> Optional[dt.date]:
    try:
        return dt.date(int(m.attrs["y"]), int(m.attrs["m"]), int(m.attrs["d"]))
    except (KeyError, ValueError):
        return None


def _years(m: Mention) -> Optional[frozenset[int]]:
    """The years a mention allows: one year, a decade, a century; None when it states none.
    "The 70s" without its century allows the 70s of every century a news report names."""
    attrs = m.attrs
    if "y" in attrs:
        return frozenset((int(attrs["y"]),))
    if "decade" in attrs:
        decade = int(attrs["decade"])
        starts = [decade * 10] if decade >= 10 else [c * 100 + decade * 10 for c in range(10, 21)]
        return frozenset(y for start in starts for y in range(start, start + 10))
    if "c" in attrs:
        return frozenset(range((int(attrs["c"]) - 1) * 100, int(attrs["c"]) * 100 + 1))
    return None


def _year_matches(a: Mention, b: Mention) -> bool:
    years_a, years_b = _years(a), _years(b)
    if years_a is None or years_b is None:
        return True
    # the 1960s is not the 1970s, but it is in the 20th century and may be "1965"
    return years_a <= years_b or years_b <= years_a


def _agree(a: Mention, b: Mention) -> bool:
    """No stated part contradicts: "November 4" agrees with "today" on 2021-11-04."""
    if a.kind != b.kind:
        return False
    if a.kind == "time":
        return _clock_agrees(a, b)
    if not (_parts(a) and _parts(b)):
        return a.value == b.value  # unresolved relative words ("last week") agree only with themselves
    if not _year_matches(a, b):
        return False
    if any(a.attrs.get(k) and b.attrs.get(k) and a.attrs[k] != b.attrs[k] for k in ("m", "d", "wd", "ahead")):
        return False
    for one, other in ((a, b), (b, a)):
        day = _full_date(one)
        weekday = other.attrs.get("wd")
        if day and weekday and "d" not in other.attrs and day.weekday() != int(weekday):
            return False  # "on Friday" against a date that was a Thursday
    return True


def _clock_agrees(a: Mention, b: Mention) -> bool:
    """The same reading of the clock: "8:30" (no a.m. or p.m.) is 08:30 or 20:30."""
    if a.value == b.value:
        return True
    minutes = a.attrs["min"] == b.attrs["min"] and a.attrs.get("s") == b.attrs.get("s")
    hours = int(a.attrs["h"]), int(b.attrs["h"])
    return minutes and any("twelve" in m.attrs and (hours[0] - hours[1]) % 12 == 0 for m in (a, b))


def _comparable(a: Mention, b: Mention) -> bool:
    """Worth pairing as one changed date: same kind, and they state at least one common part."""
    if a.kind != b.kind:
        return False
    return a.kind == "time" or bool(_parts(a) & _parts(b))


_PART_KEYS = frozenset(("y", "m", "d", "wd", "ahead"))


def _parts(m: Mention) -> frozenset[str]:
    """The parts of a date the mention states: y (a decade counts), m, d, wd, and ahead (a day
    counted from an unknown today: "tomorrow"). Pairing asks for them of every two mentions."""
    parts = _PART_KEYS.intersection(m.attrs)
    return parts | {"y"} if "decade" in m.attrs or "c" in m.attrs else parts


def _affinity(a: Mention, b: Mention) -> float:
    shared = len(_parts(a) & _parts(b))
    return shared if _comparable(a, b) else -1


def _pairs(group: Group) -> Pairs:
    """Dates that state a common part pair first, as agreeing or changed; only then does a
    mention that states other parts ("2015" / "on Friday") silently complete the other side."""
    a, b = group.mentions("date", "time")
    if not (a and b):
        return Pairs([], [], a, b)
    close = pair_mentions(a, b, lambda x, y: _comparable(x, y) and _agree(x, y), _affinity, compatible=_comparable)
    rest = pair_mentions(close.only_a, close.only_b, _agree, _affinity, compatible=lambda x, y: False)
    return Pairs(close.agreeing + rest.agreeing, close.differing, rest.only_a, rest.only_b)


def _stated_elsewhere(m: Mention, stated: set[str], other: list[Mention]) -> bool:
    """Whether the other side gives this date in pieces: the year or century as a plain number
    ("1976 selections", "the 11th centuty"), the day as a bare number after the same month
    ("July 17 and 22"), the hour as a bare number ("before 6 on Sunday morning")."""
    if m.kind == "time":
        hour, minute = int(m.attrs["h"]), m.attrs["min"]
        return bool({str(hour), str(hour % 12 or 12)} & stated) and (minute == "0" or minute in stated)
    if len(m.attrs) == 1 and set(m.attrs) <= {"y", "c"}:
        return next(iter(m.attrs.values())) in stated
    if set(m.attrs) >= {"m", "d"} and m.attrs["d"] in stated:
        return any(o.kind == "date" and o.attrs.get("m") == m.attrs["m"] for o in other)
    return False


def describe(m: Mention) -> str:
    """The text as written, with the day it stands for when that is not plain from the text: a
    relative word ("today") or an all-digit date, which reads day-first or month-first by
    the document ("04/11/2021" is 4 November on an Iraqi site, 11 April on an American one)."""
    numeric = not any(c.isalpha() for c in m.text)
    if ("rel" in m.attrs or numeric) and (day := _full_date(m)):
        return f"{m.text} ({day.day} {MONTH_NAMES[day.month - 1]} {day.year})"
    return m.text


@rule("DAT001", "date-changed", Kind.date, Severity.error, needs=("date", "time"))
def date_changed(group: Group) -> Iterator[Hit]:
    """A date names a different day, month or year on the two sides.

    Bad: The committee met on 4 November 2021. → The committee met on 5 November 2021.
    Good: The committee met on 4 November 2021. → The committee met on November 4, 2021.
    """
    for a, b in group.memo(_pairs).differing:
        if a.kind == "date":
            yield Hit(f"date: {describe(a)} → {describe(b)}", a, b)


@rule("DAT002", "weekday-contradicts-date", Kind.date, Severity.warning, needs=("date",))
def weekday_contradicts_date(group: Group) -> Iterator[Hit]:
    """A weekday does not fall on the date it stands beside.

    The same slip on both sides is no discrepancy between them: one info note holds both spans.

    Bad: They met on Thursday, 4 November 2021. → They met on Friday, 4 November 2021.
    Good: They met on Thursday, 4 November 2021. → They met on Thursday, 4 November 2021.
    """
    a, b = group.mentions("date")
    slips_a, slips_b = _weekday_slips(a, group.a_doc), _weekday_slips(b, group.b_doc)
    for key in sorted(slips_a.keys() | slips_b.keys()):
        on_a, on_b = slips_a.get(key, []), slips_b.get(key, [])
        real = f"{key[0].isoformat()} was a {WEEKDAY_NAMES[key[0].weekday()]}"
        for m_a, m_b in zip(on_a, on_b):
            yield Hit(f"weekday: {m_a.text} — {real} (on both sides)", a=m_a, b=m_b, severity=Severity.info)
        shared = min(len(on_a), len(on_b))
        yield from (Hit(f"weekday: {m.text} — {real}", a=m) for m in on_a[shared:])
        yield from (Hit(f"weekday: {m.text} — {real}", b=m) for m in on_b[shared:])


def _weekday_slips(mentions: list[Mention], doc: Document) -> dict[tuple[dt.date, int], list[Mention]]:
    """(day, stated weekday) -> the mentions whose weekday does not fall on their day."""
    slips: dict[tuple[dt.date, int], list[Mention]] = {}
    for m in mentions:
        stated = m.attrs.get("wd")
        day = _dated(m, doc)
        if stated is not None and day is not None and "rel" not in m.attrs and day.weekday() != int(stated):
            slips.setdefault((day, int(stated)), []).append(m)
    return slips


def _dated(m: Mention, doc: Document) -> Optional[dt.date]:
    """The mention's day, taking the year from the document's date when the text gives none."""
    if "y" not in m.attrs and doc.date is not None and "m" in m.attrs and "d" in m.attrs:
        try:
            return dt.date(doc.date.year, int(m.attrs["m"]), int(m.attrs["d"]))
        except ValueError:
            return None
    return _full_date(m)


@rule("DAT003", "time-changed", Kind.date, Severity.error, needs=("date", "time"))
def time_changed(group: Group) -> Iterator[Hit]:
    """A time of day differs on the two sides.

    Bad: The programme started at 20:30 local time. → The programme started at 21:30 local time.
    Good: The programme started at 8 pm local time. → The programme started at 20:00 local time.
    """
    for a, b in group.memo(_pairs).differing:
        if a.kind == "time":
            yield Hit(f"time: {a.text} → {b.text}", a, b, severity=Severity.info if _loosely_same(a, b) else None)


def _period_pairs(group: Group) -> Pairs:
    a, b = group.mentions("period")
    if not (a and b):
        return Pairs([], [], a, b)
    return pair_mentions(
        a, b, lambda x, y: x.value == y.value, lambda x, y: 0.0,
        compatible=lambda x, y: x.attrs["class"] == y.attrs["class"],
    )


@rule("DAT005", "period-changed", Kind.date, Severity.warning, needs=("period",))
def period_changed(group: Group) -> Iterator[Hit]:
    """A figure is measured over another period: quarter, half, basis, recent stretch.

    Another quarter or half of the year, another basis of comparison (year-over-year /
    quarter-over-quarter), another stretch of recent time (the past week / the last few weeks).

    Bad: Sales rose 5% in the first quarter. → Sales rose 5% in the second quarter.
    Good: Sales rose 5% in the first quarter. → Sales rose 5% in Q1.
    """
    for a, b in group.memo(_period_pairs).differing:
        yield Hit(f"period: {a.text} → {b.text}", a, b)


def _loosely_same(a: Mention, b: Mention) -> bool:
    """"Midday" against "12:30" or "1 p.m." is one time told loosely; against "20:00" it is not."""
    if "vague" not in a.attrs and "vague" not in b.attrs:
        return False
    minutes = [int(m.attrs["h"]) * 60 + int(m.attrs["min"]) for m in (a, b)]
    apart = abs(minutes[0] - minutes[1])
    return min(apart, 24 * 60 - apart) <= _VAGUE_MINUTES


_VAGUE_MINUTES = 120  # how far "midday" reaches either side of 12:00


@rule("DAT004", "date-one-side", Kind.date, Severity.warning, needs=("date", "time"))
def date_one_side(group: Group) -> Iterator[Hit]:
    """A date or time in one sentence has no counterpart in the aligned sentence.

    A stated day, year or clock time is a fact that went missing. A vague time of day ("at
    midday") is one only where the two sentences are otherwise one wording; where they are two
    renderings it goes with the rewording. A weekday, month or word relative to the day of
    writing ("today", "this year") on one side is information: translators leave those to the
    context.

    Bad: The committee met on 4 November 2021 in Baghdad. → The committee met in Baghdad.
    Good: The committee met on 4 November 2021 in Baghdad. → On 4 November 2021 the committee met in Baghdad.
    """
    if not (group.group.a and group.group.b):
        return
    pairs = group.memo(_pairs)
    for side, mentions, other in (("A", pairs.only_a, group.b_mentions), ("B", pairs.only_b, group.a_mentions)):
        if not mentions:
            continue
        stated = stated_numbers(other)
        for m in mentions:
            if _stated_elsewhere(m, stated, other):
                continue
            if "vague" in m.attrs:
                severity = None if worded_alike(group) else Severity.info
            else:
                severity = None if _sure(m) else Severity.info
            yield Hit(f"{m.kind} only in {side}: {describe(m)}", severity=severity, **{side.lower(): m})


def _sure(m: Mention) -> bool:
    """Whether a date is a fact a translator does not leave implicit: a stated day or year, or a
    clock reading, not a weekday, a month or a word relative to the day of writing."""
    if m.kind == "time":
        return True
    return bool({"d", "y"} & _parts(m)) and "rel" not in m.attrs


_WORD = re.compile(r"[^\W\d_]+")


def _role(m: Mention, sentences: list[Sentence], text: str) -> Optional[str]:
    """What a date is the date of: the nearest word before it in its sentence that is neither a
    function word nor part of a date ("a trip in January" -> "trip", "informs him it is
    February" -> "informs")."""
    start = next((s.start for s in sentences if s.start <= m.start < s.end), m.start)
    for word in reversed(_WORD.findall(text, start, m.start)):
        folded = word.lower()
        if folded not in FUNCTION_WORDS and folded not in _CALENDAR_WORDS:
            return folded
    return None


_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))


@rule("DAT006", "dates-swapped", Kind.date, Severity.error, needs=("date", "time"))
def dates_swapped(group: Group) -> Iterator[Hit]:
    """The same dates are attached to different things on the two sides (swapped dates).

    Bad: The trip is in January and the exam in March. → The trip is in March and the exam in January.
    Good: The trip is in January and the exam in March. → The exam is in March and the trip in January.
    """
    agreeing = [(a, b) for a, b in group.memo(_pairs).agreeing if a.kind == "date"]
    if len(agreeing) < 2:
        return
    a_sentences, b_sentences = group.a_sentences, group.b_sentences
    roles = {id(m): _role(m, a_sentences, group.a_doc.text) for m, _ in agreeing}
    roles.update({id(m): _role(m, b_sentences, group.b_doc.text) for _, m in agreeing})
    for role, a, b, other in swapped(agreeing, lambda m: roles[id(m)]):
        yield Hit(f"{role}: {a.text} → {b.text} (swapped with {other})", a, b)
