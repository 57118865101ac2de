"""Russian dates: "5 ноября 2021 г.", "в ноябре", "в субботу", "вчера", "в 1980-х годах"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

RUSSIAN = calendar.DateLanguage(
    code="ru",
    day_mark=r"-?го",
    relative={"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2},
    periods={"в этом году": ("this", "year"), "в прошлом году": ("last", "year"), "в следующем году": ("next", "year"),
             "в будущем году": ("next", "year"), "в этом месяце": ("this", "month"),
             "в прошлом месяце": ("last", "month"), "в следующем месяце": ("next", "month"),
             "на этой неделе": ("this", "week"), "на прошлой неделе": ("last", "week"),
             "на следующей неделе": ("next", "week")},
    decades=r"(?<!\d)(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0-?(?:х|е|ые|ых|м|ми)(?!\w)",
    year_mark=r"гг?\.|года|году|годом|год(?!\w)",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(RUSSIAN, text, start, end, doc)
