"""Arabic numbers: Arabic-Indic and Persian digits with ٫ and ٬, number words ("ألفين ومئة",
"ثلاثة آلاف", "مليونين") with the conjunction and prepositions glued on, "٪" and "بالمئة",
and the qualifiers (أكثر من، نحو، حوالي، ما يقارب، أقل من) mapped to the English classes.

Number words are read by PyArabic (the widely used Arabic text library, whose reader knows
the dual and the glued و and ب); what it misses, the article (الثلاثة) and the construct
dual (مئتي), is taken off or completed first.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from pyarabic.number import text2number
from pyarabic.number_const import NUMBER_WORDS

from discrepancy.lang import numeric
from discrepancy.model import Document, Mention

_HARAKAT = re.compile("[\u064b-\u0652\u0640]")
_WEEKDAYS = frozenset({"أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت"})
_ARTICLE = re.compile(r"^(?:[وبلف])?ال(?=\w{3})")
_ORDINALS = {
    "أول": 1, "أولى": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4,
    "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8,
    "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
    "حادي": 1, "حادية": 1,  # only in the ordinals of 11, 21, 31...: "الحادي والعشرين", 21st
}  # fmt: skip


@lru_cache(maxsize=4096)
def read_words(phrase: str) -> Optional[Decimal]:
    """ "ألفين ومئة" -> 2100, "الثلاثة" -> 3; None for a word that is no number."""
    words = [_ARTICLE.sub("", w) for w in _HARAKAT.sub("", phrase).split()]
    if any(w in _WEEKDAYS for w in words):
        return None  # الثلاثاء is Tuesday, الاثنين Monday
    words = [w + "ن" if re.fullmatch(r"[وب]?(?:مئتي|مائتي|ألفي|مليوني|ملياري)", w) else w for w in words]
    words = ["اثنا" if re.fullmatch(r"[وب]?اثنت[اي]", w) else w for w in words]  # twelve, feminine
    bare = [_without_clitics(w) for w in words]
    if None in bare:
        return None
    value = text2number(" ".join(bare))
    if not value:
        return Decimal(0) if phrase in ("صفر", "الصفر") else None
    return Decimal(value)


def _without_clitics(word: str) -> Optional[str]:
    """The number word under a conjunction (و ف) and then a preposition (ب ك ل), in that order,
    or None. PyArabic strips them in any order and skips words it does not know, so "كوست"
    (the name Coste) would read as ست, six."""
    candidates = [word]
    if word[:1] in "وفبكل":
        candidates.append(word[1:])
    if word[:1] in "وف" and word[1:2] in "بكل":
        candidates.append(word[2:])
    bare = next((w for w in candidates if w in NUMBER_WORDS), None)
    return "واحد" if bare == "واحدة" else bare  # PyArabic would take واحدة's و for "and"


def ordinal(word: str) -> Optional[int]:
    """ "الخامس" -> 5 (with the article only: "ثاني" alone is as often "second to none")."""
    match = re.fullmatch(r"[وبل]?ال(\w+)", _HARAKAT.sub("", word))
    return _ORDINALS.get(match.group(1)) if match else None


ARABIC = numeric.NumberLanguage(
    code="ar",
    read_words=read_words,
    ordinal=ordinal,
    scales={"ألف": 1000, "آلاف": 1000, "ألفا": 1000, "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6,
            "مليار": 10**9, "مليارات": 10**9, "بليون": 10**9, "ترليون": 10**12, "تريليون": 10**12},
    magnitudes={"مئات": 100, "آلاف": 1000, "الآلاف": 1000, "عشرات": 12, "ملايين": 10**6, "الملايين": 10**6},
    qualifiers={"أكثر من": "more", "ما يزيد عن": "more", "ما يزيد على": "more", "أزيد من": "more",
                "ما يربو على": "more", "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about",
                "ما يقارب": "about", "ما يقرب من": "about", "زهاء": "about", "تقريبا": "about",
                "ما لا يقل عن": "at least", "لا يقل عن": "at least", "على الأقل": "at least",
                "أقل من": "less", "ما يقل عن": "less", "ما يصل إلى": "up to", "حتى": "up to",
                "ما لا يزيد عن": "up to", "ما يناهز": "almost", "بالضبط": "exactly"},
    percent=r"بالمئة|بالمائة|في\s+المئة|في\s+المائة|%",
    decimal_comma=False,
    weak=frozenset({"الأحد", "الاثنين", "الإثنين",  # also Sunday, Monday
                    "واحد", "واحدة", "أحد", "إحدى", "احد", "احدى", "اثنين", "اثنان"}),
    skip=frozenset({"من"}),
    results=r"(?<!\w)(?:فوز|فاز|هزيمة|خسارة|خسر|بنتيجة|نتيجة|تعادل|تغلب|مباراة|المباراة)",
    score_join=r"مقابل|ل",
    ranges=r"-|–|—|إلى|و|أو",
    clitics="وبلف",
    glued_letters="\u0621-\u064a",
    counts_before_ordinal=frozenset({"سن"}),
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(ARABIC, text, start, end, doc)
