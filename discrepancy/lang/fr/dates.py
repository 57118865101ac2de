"""French dates: "le 5 novembre 2021", "le 1er octobre", "samedi", "hier", "les années 1980"."""

from __future__ import annotations

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

FRENCH = calendar.DateLanguage(
    code="fr",
    day_mark=r"er",
    relative={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
              "après-demain": 2},
    periods={"cette année": ("this", "year"), "l'année dernière": ("last", "year"), "l’année dernière": ("last", "year"),
             "l'an dernier": ("last", "year"), "l’an dernier": ("last", "year"), "l'an passé": ("last", "year"),
             "l’an passé": ("last", "year"), "l'année prochaine": ("next", "year"),
             "l’année prochaine": ("next", "year"), "l'an prochain": ("next", "year"),
             "l’an prochain": ("next", "year"), "ce mois-ci": ("this", "month"), "le mois dernier": ("last", "month"),
             "le mois prochain": ("next", "month"), "cette semaine": ("this", "week"),
             "la semaine dernière": ("last", "week"), "la semaine prochaine": ("next", "week")},
    decades=r"(?<!\w)années\s+(?:(?P<century>1\d|20)(?P<digit>\d)|(?P<digit_short>[1-9]))0(?!\d)",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(FRENCH, text, start, end, doc)
