"""German dates: "5. November 2021", "am Freitag", "gestern", "in den 1980er-Jahren"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

GERMAN = calendar.DateLanguage(
    code="de",
    day_mark=r"\.",
    relative={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},  # "morgen" is also "morning"
    periods={"dieses jahr": ("this", "year"), "dieses jahres": ("this", "year"), "letztes jahr": ("last", "year"),
             "letzten jahres": ("last", "year"), "vergangenes jahr": ("last", "year"),
             "vergangenen jahres": ("last", "year"), "im vorjahr": ("last", "year"), "nächstes jahr": ("next", "year"),
             "nächsten jahres": ("next", "year"), "diesen monat": ("this", "month"), "letzten monat": ("last", "month"),
             "vergangenen monat": ("last", "month"), "nächsten monat": ("next", "month"),
             "diese woche": ("this", "week"), "letzte woche": ("last", "week"), "nächste woche": ("next", "week")},
    decades=r"(?<!\d)(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0er(?!\w)",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(GERMAN, text, start, end, doc)
