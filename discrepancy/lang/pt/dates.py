"""Portuguese dates: "5 de novembro de 2021", "no sábado", "ontem", "os anos 80"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

PORTUGUESE = calendar.DateLanguage(
    code="pt",
    day_mark=r"\.?[º°]?\s+de",
    relative={"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2},
    periods={"este ano": ("this", "year"), "o ano passado": ("last", "year"), "no ano passado": ("last", "year"),
             "o próximo ano": ("next", "year"), "no próximo ano": ("next", "year"), "este mês": ("this", "month"),
             "o mês passado": ("last", "month"), "no mês passado": ("last", "month"),
             "o próximo mês": ("next", "month"), "esta semana": ("this", "week"),
             "na semana passada": ("last", "week"), "a semana passada": ("last", "week"),
             "na próxima semana": ("next", "week")},
    decades=r"(?<!\w)(?:anos|década\s+de)\s+(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0(?!\d)",
    year_lead=r"[\s,]+(?:de\s+)?",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(PORTUGUESE, text, start, end, doc)
