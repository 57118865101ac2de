"""Portuguese numbers: "2,5 milhões", "1.000", "vinte e um", "mais de 20 por cento".

Number words are read by text2num (lang/text2num.py); the scale words, percent words and
qualifiers are Portuguese usage ("bilhão" is the Brazilian 10⁹, "mil milhões" the European one).
"""

from __future__ import annotations

from discrepancy.lang import numeric
from discrepancy.lang.text2num import ordinal_reader, word_reader
from discrepancy.model import Document, Mention

PORTUGUESE = numeric.NumberLanguage(
    code="pt",
    read_words=word_reader("pt"),
    ordinal=ordinal_reader("pt"),
    scales={"mil": 1000, "milhão": 10**6, "milhões": 10**6, "bilhão": 10**9, "bilhões": 10**9},
    magnitudes={"centenas": 100, "milhares": 1000, "dezenas": 12, "milhões": 10**6},
    qualifiers={"mais de": "more", "acima de": "more", "pelo menos": "at least", "no mínimo": "at least",
                "cerca de": "about", "aproximadamente": "about", "por volta de": "about", "quase": "almost",
                "menos de": "less", "até": "up to", "exatamente": "exactly"},
    percent=r"por\s?cento",
    ordinal_suffix=r"\.?[º°ª]",
    weak=frozenset({"um", "uma"}),
    skip=frozenset({"de", "dos", "das"}),
    ranges=r"-|–|—|a|e|ou",
    results=r"(?<!\w)(?:vitória|derrota|venc\w*|perd\w*|empat\w*|placar|partida|jogo)",
    score_join=r"a",
    approximate={"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(PORTUGUESE, text, start, end, doc)
