"""Russian numbers: "2,5 млн", "1 000", "двадцати пяти" (every case), "более 20 процентов".

Cardinal number words in every case are read by number-parser (it reads "двух тысяч" and
"пятью"); ordinals, which it reads only in the nominative, by their stems ("третьем" is
third); the abbreviations, percent words and qualifiers are Russian usage.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from number_parser import parse_number
from number_parser.data.ru import info as _PARSER_DATA

from discrepancy.lang import numeric
from discrepancy.model import Document, Mention

_BOTH = re.compile(r"об[аеи]|об[ое]и(?:х|м|ми)")  # "оба", "обеих": both
_ZERO = re.compile(r"н[оу]л(?:ь|я|ю|ём|ем|е)")  # "к нулю": to zero
# Every word number-parser reads: it builds its tables anew on each call (some 10 ms), so a word
# outside them is turned away first.
_VOCABULARY = frozenset(
    word.replace("ё", "е") for table in _PARSER_DATA.values() if isinstance(table, dict) for word in table
)
# How many times: "трижды" is three times.
_TIMES = {"однажды": 1, "дважды": 2, "трижды": 3, "четырежды": 4}
# Collective numerals, which number-parser does not read: "шестеро", "двоих", "пятерых".
_COLLECTIVE = re.compile(r"(дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)(?:е|о|их|ых|им|ым|ими|ыми)")
_COLLECTIVE_VALUES = {"дво": 2, "тро": 3, "четвер": 4, "пятер": 5, "шестер": 6, "семер": 7, "восьмер": 8,
                      "девятер": 9, "десятер": 10}
_ORDINAL_STEMS = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "двадцат": 20,
    "тридцат": 30, "сотн": 100,
}  # fmt: skip
_ORDINAL = re.compile(
    r"(" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True)) + r")"
    r"(?:ый|ий|ой|ая|ое|ье|ья|ьей|ьего|ьему|ьим|ьем|ьи|ьих|ого|ому|ым|ом|ую|ей|ые|ых|ыми)"
)


@lru_cache(maxsize=4096)
def read_words(phrase: str) -> Optional[Decimal]:
    """ "двух тысяч" -> 2000, "оба" -> 2, "трижды" -> 3."""
    if phrase.lower() in _TIMES:
        return Decimal(_TIMES[phrase.lower()])
    if _BOTH.fullmatch(phrase.lower()):
        return Decimal(2)
    if _ZERO.fullmatch(phrase.lower()):
        return Decimal(0)
    if re.fullmatch(r"полтор[аы]|полутора", phrase.lower()):
        return Decimal("1.5")
    collective = _COLLECTIVE.fullmatch(phrase.lower())
    if collective:
        return Decimal(_COLLECTIVE_VALUES[collective.group(1)])
    if not all(word in _VOCABULARY for word in phrase.lower().replace("ё", "е").split()):
        return None
    try:
        value = parse_number(phrase, language="ru")
    except (ValueError, ArithmeticError):  # it reads "½" as digits and fails
        return None
    return None if value is None else Decimal(value)


def ordinal(word: str) -> Optional[int]:
    """ "третьем" -> 3 ("пятый", "пятого"...); "пятью" (five, instrumental) is no ordinal."""
    match = _ORDINAL.fullmatch(word.lower())
    return _ORDINAL_STEMS[match.group(1)] if match else None


_THOUSAND = ("тысяча", "тысячи", "тысяч", "тысячу", "тысячам", "тысячами", "тыс")
_MILLION = ("миллион", "миллиона", "миллионов", "миллионам", "миллионами", "миллионах", "млн")
_BILLION = ("миллиард", "миллиарда", "миллиардов", "миллиардам", "миллиардами", "миллиардах", "млрд")

RUSSIAN = numeric.NumberLanguage(
    code="ru",
    read_words=read_words,
    ordinal=ordinal,
    scales={**dict.fromkeys(_THOUSAND, 1000), **dict.fromkeys(_MILLION, 10**6),
            **dict.fromkeys(_BILLION, 10**9), "трлн": 10**12, "триллион": 10**12, "триллиона": 10**12,
            "триллионов": 10**12},
    magnitudes={"сотни": 100, "сотен": 100, "сотнями": 100, "тысячи": 1000, "тысяч": 1000, "тысячами": 1000,
                "десятки": 12, "десятков": 12, "десятками": 12, "миллионы": 10**6, "миллионов": 10**6,
                "миллионами": 10**6, "миллиарды": 10**9},
    qualifiers={"более": "more", "более чем": "more", "больше": "more", "свыше": "more", "чуть более": "more",
                "не менее": "at least", "по меньшей мере": "at least", "как минимум": "at least",
                "минимум": "at least", "около": "about", "примерно": "about", "приблизительно": "about",
                "порядка": "about", "почти": "almost", "практически": "almost", "менее": "less",
                "меньше": "less", "не более": "up to", "максимум": "up to", "ровно": "exactly"},
    percent=r"процент\w*|проц\.",
    ordinal_suffix=r"-?(?:й|я|е|го|м|х|ого|ому|ым|ом|ая|ое|ые|ых|ий)",
    compounds={"жды": "time"},  # "трижды": three times
    unit_adjective=r"(?:ов|ев)?(?:ый|ий|ая|ое|ые|ого|ой|ом|ых|ым|ую|ому|ыми)",
    weak=frozenset({"семью",  # "семью" is also "family"
                    "оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими",
                    "один", "одна", "одно", "одного", "одной", "одну", "одном", "одному", "одним"}),
    results=r"(?<!\w)(?:побед\w*|поражени\w*|проигр\w*|выигр\w*|счет\w*|счёт\w*|ничь\w*|матч\w*|обыгр\w*)",
    score_join=r"на",
    ranges=r"-|–|—|до|и|или",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(RUSSIAN, text, start, end, doc)
