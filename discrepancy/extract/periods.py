"""Periods a figure is measured over: "the first quarter", "H2", "year-over-year", "the
half-year", "the past few weeks".

A period is kind ``period``; ``attrs["class"]`` says what it answers, and only periods of one
class compare: ``part`` (which part of a year or span, as its months where it has them: "the
first quarter" = "Q1" is "months 1-3", "H2" "months 7-12", "the first year" "year 1"),
``basis`` (what a change is measured against: "year-over-year" is "year"), ``span`` (a
reporting period named on its own: "the quarter", "the half-year") and ``recent`` (a stretch
back or ahead from now: "the past week" is "back 1 week", "the last few weeks" "back few
week"). A number inside a period ("first", "third") belongs to the period.
"""

from __future__ import annotations

import re

from discrepancy.memo import per_text
from discrepancy.extract.invisible import Visible
from discrepancy.model import Document, Mention

_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3",
    "4th": "4", "final": "last",
}  # fmt: skip
_SHORT_BASIS = {"y": "year", "q": "quarter", "m": "month", "w": "week"}

_PERIOD = re.compile(
    r"\b(?:"
    # the first quarter, the second half, the first year
    r"(?P<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half|year|month|week)\b"
    # Q1, H2, 3Q
    r"|(?P<q_letter>[QH])(?P<q_number>[1-4])\b|(?P<number_q>[1-4])Q\b"
    # year-over-year, quarter on quarter, y/y, YoY
    r"|(?P<basis>year|quarter|month|week)[\s-]+(?:over|on)[\s-]+(?P=basis)\b"
    r"|(?P<basis_short>[yqmw])/(?P=basis_short)\b|(?P<basis_o>[yq])o(?P=basis_o)\b"
    # the quarter, the half-year
    r"|(?<=the\s)(?P<span>quarter|half[\s-]year)\b(?![\s-](?:final|of\b))"
    # the past week, the last few weeks, the coming months, recent weeks
    r"|(?P<the>(?<=\bthe\s))?(?P<recent>(?:(?P<back>past|last|previous|recent)|(?P<ahead>coming|next))\s+"
    r"(?:(?P<few>few|several|couple\s+of)\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?)\b)"
    r")",
    re.I,
)
# Words every period holds, looked for in the lower-cased sentence before anything else: most
# sentences hold none, and this costs a third of one search with the trigger pattern below.
_MAYBE = re.compile("quarter|half|year|month|week|days|[qh][1-4]|[1-4]q|/|yoy|qoq")
# Where a period can start; matching only there is much faster than scanning with the pattern.
_START = re.compile(
    r"\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th|[QH][1-4]|[1-4]Q|year|quarter|half|month|week|[yq]o[yq]"
    r"|[yqmw]/|past|last|previous|recent|coming|next)\b",
    re.I,
)


# How far a period looks back past its sentence: "the quarter" is read at "quarter".
_BEFORE = 6


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    before = text[max(0, start - _BEFORE) : start]
    return [m.shifted(start) for m in _read(before, text[start:end])]


@per_text(8192)
def _read(before: str, sentence: str) -> tuple[Mention, ...]:
    """The periods of ``sentence``, offsets into it, read once per sentence and the few
    characters before it (near-duplicate reports share most sentences)."""
    if not _MAYBE.search(sentence.lower()):
        return ()
    text, start = before + sentence, len(before)
    view = Visible(text, start, len(text))
    mentions = []
    position = view.start
    for trigger in _START.finditer(view.text, view.start, view.end):
        match = trigger.start() >= position and _PERIOD.match(view.text, trigger.start(), view.end)
        reading = match and _reading(match)
        if not reading:
            continue
        position = match.end()
        s, e = view.span(*match.span())
        period_class, value = reading
        mentions.append(Mention(kind="period", start=s - start, end=e - start, text=text[s:e], value=value,
                                attrs={"class": period_class}))
    return tuple(mentions)


def _part(unit: str, which: str) -> str:
    """The months a part of the year covers ("quarter", "2" -> "months 4-6"), or the part as
    named when it covers no fixed months ("the last quarter", "the first year")."""
    length = {"quarter": 3, "half": 6, "month": 1}.get(unit)
    if length and which.isdigit() and int(which) * length <= 12:
        end = int(which) * length
        return f"months {end - length + 1}-{end}"
    return f"{unit} {which}"


def _reading(match: re.Match):
    """(class, value) of one period, or None for a recent stretch the relative dates read ("last
    week") or that a count measures ("the past two weeks": a number of weeks)."""
    g = match.groupdict()
    if g["ordinal"]:
        return "part", _part(g["part"].lower(), _ORDINALS[g["ordinal"].lower()])
    if g["q_letter"]:
        return "part", _part("quarter" if g["q_letter"].upper() == "Q" else "half", g["q_number"])
    if g["number_q"]:
        return "part", _part("quarter", g["number_q"])
    if g["basis"]:
        return "basis", g["basis"].lower()
    if g["basis_short"] or g["basis_o"]:
        return "basis", _SHORT_BASIS[(g["basis_short"] or g["basis_o"]).lower()]
    if g["span"]:
        return "span", "half-year" if g["span"].lower().startswith("half") else "quarter"
    unit = g["unit"].lower()
    plural = unit.endswith("s")
    back = (g["back"] or "").lower()
    if not (g["few"] or plural or g["the"] is not None and back != "last"):
        return None  # "last week", "the last week", "next year": dates relative to the writing
    count = "few" if g["few"] or plural else "1"
    return "recent", f"{'back' if back else 'ahead'} {count} {unit.rstrip('s')}"
