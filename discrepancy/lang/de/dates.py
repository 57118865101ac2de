"""German dates: "5. November 2021", "am Freitag", "gestern", "in den 1980er-Jahren"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

GERMAN = calendar.DateLanguage(
    code="de",
    day_mark=r"\.",
    relative={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},  # "morgen" is also "morning"
    decades=r"(?<!\d)(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0er(?!\w)",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(GERMAN, text, start, end, doc)
