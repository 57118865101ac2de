"""Italian dates: "il 5 novembre 2021", "sabato", "ieri", "gli anni '80"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

ITALIAN = calendar.DateLanguage(
    code="it",
    day_mark=r"[º°]",
    relative={"oggi": 0, "ieri": -1, "domani": 1, "dopodomani": 2, "l'altro ieri": -2, "l’altro ieri": -2,
              "altroieri": -2},
    periods={"quest'anno": ("this", "year"), "quest’anno": ("this", "year"), "l'anno scorso": ("last", "year"),
             "l’anno scorso": ("last", "year"), "l'anno prossimo": ("next", "year"),
             "l’anno prossimo": ("next", "year"), "il prossimo anno": ("next", "year"),
             "questo mese": ("this", "month"), "il mese scorso": ("last", "month"),
             "il mese prossimo": ("next", "month"), "questa settimana": ("this", "week"),
             "la settimana scorsa": ("last", "week"), "la settimana prossima": ("next", "week")},
    decades=r"(?<!\w)anni\s+['’]?(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0(?!\d)",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(ITALIAN, text, start, end, doc)
