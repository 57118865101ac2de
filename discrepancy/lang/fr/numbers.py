"""French numbers: "2,5 millions", "1 000", "vingt et un", "plus de 20 pour cent".

Number words are read by text2num (lang/text2num.py); the scale words, percent words and
qualifiers are French usage.
"""

from __future__ import annotations

from discrepancy.lang import numeric
from discrepancy.lang.text2num import ordinal_reader, word_reader
from discrepancy.model import Document, Mention


FRENCH = numeric.NumberLanguage(
    code="fr",
    read_words=word_reader("fr"),
    ordinal=ordinal_reader("fr"),
    scales={"mille": 1000, "million": 10**6, "millions": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9,
            "milliard": 10**9, "milliards": 10**9, "billion": 10**12, "billions": 10**12},
    magnitudes={"centaines": 100, "milliers": 1000, "dizaines": 12, "millions": 10**6, "milliards": 10**9},
    qualifiers={"plus de": "more", "au-delà de": "more", "plus d'": "more", "au moins": "at least",
                "pas moins de": "at least", "environ": "about", "quelque": "about", "quelques": "about",
                "approximativement": "about", "autour de": "about", "près de": "almost", "presque": "almost",
                "quasiment": "almost", "moins de": "less", "moins d'": "less", "jusqu'à": "up to",
                "au plus": "up to", "exactement": "exactly", "pas plus de": "up to"},
    percent=r"pour\s?cent|pourcent",
    ordinal_suffix=r"(?:er|re|ère|e|ème|è)",
    weak=frozenset({"un", "une", "neuf"}),  # "neuf" is also "new"
    skip=frozenset({"de", "d", "des", "du"}),
    results=r"(?<!\w)(?:victoire|défaite|remport\w*|gagn\w*|perd\w*|battu\w*|bat\b|men[ée]\w*|nul\b|score|match)",
    score_join=r"à",
    ranges=r"-|–|—|à|et|ou",
    units={"année": "year", "années": "year"},
    approximate={"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                 "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000},
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(FRENCH, text, start, end, doc)
