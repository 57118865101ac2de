"""Spanish dates: "el 5 de noviembre de 2021", "el sábado", "ayer", "los años 80"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

SPANISH = calendar.DateLanguage(
    code="es",
    day_mark=r"\.?[º°]?\s+de",
    relative={"hoy": 0, "ayer": -1, "anteayer": -2, "pasado mañana": 2},  # "mañana" is also "morning"
    periods={"este año": ("this", "year"), "el año pasado": ("last", "year"), "el próximo año": ("next", "year"),
             "el año próximo": ("next", "year"), "el año que viene": ("next", "year"), "este mes": ("this", "month"),
             "el mes pasado": ("last", "month"), "el próximo mes": ("next", "month"),
             "esta semana": ("this", "week"), "la semana pasada": ("last", "week"),
             "la próxima semana": ("next", "week")},
    decades=r"(?<!\w)(?:años|década\s+de(?:\s+los)?)\s+(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0(?!\d)",
    year_lead=r"[\s,]+(?:de(?:l)?\s+)?",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(SPANISH, text, start, end, doc)
