"""Italian numbers: "2,5 milioni", "1.000", "ventuno", "più del 20 per cento".

Number words are read by text2num (lang/text2num.py); the scale words, percent words and
qualifiers are Italian usage.
"""

from __future__ import annotations

from discrepancy.lang import numeric
from discrepancy.lang.text2num import ordinal_reader, word_reader
from discrepancy.model import Document, Mention

ITALIAN = numeric.NumberLanguage(
    code="it",
    read_words=word_reader("it"),
    ordinal=ordinal_reader("it"),
    scales={"mille": 1000, "mila": 1000, "milione": 10**6, "milioni": 10**6, "mln": 10**6, "miliardo": 10**9,
            "miliardi": 10**9, "mld": 10**9, "mrd": 10**9},
    magnitudes={"centinaia": 100, "migliaia": 1000, "decine": 12, "dozzine": 12, "milioni": 10**6},
    qualifiers={"più di": "more", "oltre": "more", "almeno": "at least", "circa": "about", "intorno a": "about",
                "all'incirca": "about", "all’incirca": "about", "quasi": "almost", "meno di": "less",
                "fino a": "up to", "esattamente": "exactly"},
    percent=r"per\s?cento",
    ordinal_suffix=r"[º°ª]",
    weak=frozenset({"un", "uno", "una"}),
    skip=frozenset({"di", "dei", "degli", "delle"}),
    ranges=r"-|–|—|a|e|o",
    results=r"(?<!\w)(?:vittori\w*|sconfitt\w*|vinc\w*|vins\w*|pers\w*|pareggi\w*|partita)",
    score_join=r"a",
    approximate={"decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
                 "centinaio": 100, "migliaio": 1000},
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(ITALIAN, text, start, end, doc)
