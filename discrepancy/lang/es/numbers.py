"""Spanish numbers: "2,5 millones", "3.000 millones" (3 × 10⁹), "veintiuno", "más del 20 por ciento".

Number words are read by text2num (lang/text2num.py); the scale words, percent words and
qualifiers are Spanish usage. "Billón" is the long-scale 10¹², "mil millones" 10⁹.
"""

from __future__ import annotations

from discrepancy.lang import numeric
from discrepancy.lang.text2num import ordinal_reader, word_reader
from discrepancy.model import Document, Mention

SPANISH = numeric.NumberLanguage(
    code="es",
    read_words=word_reader("es"),
    ordinal=ordinal_reader("es"),
    scales={"mil": 1000, "millón": 10**6, "millones": 10**6, "millardo": 10**9, "millardos": 10**9,
            "billón": 10**12, "billones": 10**12},
    magnitudes={"cientos": 100, "centenares": 100, "miles": 1000, "millares": 1000, "decenas": 12,
                "docenas": 12, "millones": 10**6},
    qualifiers={"más de": "more", "por encima de": "more", "al menos": "at least", "como mínimo": "at least",
                "alrededor de": "about", "unos": "about", "unas": "about", "aproximadamente": "about",
                "cerca de": "about", "en torno a": "about", "casi": "almost", "menos de": "less",
                "hasta": "up to", "como máximo": "up to", "exactamente": "exactly"},
    percent=r"por\s?ciento",
    ordinal_suffix=r"\.?[º°ª]",
    weak=frozenset({"un", "una", "uno"}),
    skip=frozenset({"de", "del"}),
    ranges=r"-|–|—|a|y|o",
    results=r"(?<!\w)(?:victoria|derrota|gan\w*|perd\w*|venc\w*|empat\w*|marcador|partido)",
    score_join=r"a",
    approximate={"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "centenar": 100,
                 "millar": 1000},
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(SPANISH, text, start, end, doc)
