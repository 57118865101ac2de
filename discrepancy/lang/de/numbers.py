"""German numbers: "2,5 Mio.", "1.000", "dreihundertfünfundzwanzig", "mehr als 20 Prozent".

Number words are read by text2num (lang/text2num.py); "beide", the halves ("zweieinhalb") and the
compounds of a number and a noun ("fünfjährigen") first; the scale abbreviations, percent words
and qualifiers are German usage.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from discrepancy.lang import numeric
from discrepancy.lang.text2num import ordinal_reader, word_reader
from discrepancy.model import Document, Mention

_ARTICLE = re.compile(r"^ein(?:e[nmrs]?)?\b", re.I)
_BOTH = re.compile(r"beide[nmrs]?", re.I)
# "anderthalb", "zweieinhalb": a number and a half, as one word.
_AND_A_HALF = re.compile(r"(anderthalb|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb|anderthalb", re.I)
# A number word that opens a compound ("fünfjährigen", "dreimal"): read the number, leave the rest.
_COMPOUND = re.compile(
    r"^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert"
    r"|tausend)(?=jährig|tägig|wöchig|monatig|stündig|minütig|mal|fach|stöckig|köpfig|teilig)", re.I
)


@lru_cache(maxsize=4096)
def read_words(phrase: str) -> Optional[Decimal]:
    """ "dreihundertfünfundzwanzig" -> 325, "eine Million" -> 1000000."""
    if _BOTH.fullmatch(phrase):
        return Decimal(2)
    half = _AND_A_HALF.fullmatch(phrase)
    if half:
        return Decimal("1.5") if not half.group(1) else read_words(half.group(1)) + Decimal("0.5")
    if phrase.lower() == "dutzend":
        return Decimal(12)
    compound = _COMPOUND.match(phrase)
    if compound and " " not in phrase:
        phrase = compound.group(1)
    return _text2num(_ARTICLE.sub("ein", phrase))


_text2num = word_reader("de")


GERMAN = numeric.NumberLanguage(
    code="de",
    read_words=read_words,
    ordinal=ordinal_reader("de"),
    scales={"tsd": 1000, "tausend": 1000, "mio": 10**6, "million": 10**6, "millionen": 10**6,
            "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9, "bio": 10**12, "billion": 10**12,
            "billionen": 10**12},
    magnitudes={"hunderte": 100, "hunderten": 100, "tausende": 1000, "tausenden": 1000,
                "zehntausende": 10**4, "zehntausenden": 10**4, "hunderttausende": 10**5,
                "hunderttausenden": 10**5, "dutzende": 12, "dutzenden": 12},
    qualifiers={"mehr als": "more", "über": "more", "gut": "more", "knapp über": "more",
                "mindestens": "at least", "wenigstens": "at least", "nicht weniger als": "at least",
                "rund": "about", "etwa": "about", "ungefähr": "about", "ca.": "about", "circa": "about",
                "zirka": "about", "schätzungsweise": "about", "an die": "about",
                "fast": "almost", "beinahe": "almost", "knapp": "almost", "nahezu": "almost",
                "weniger als": "less", "unter": "less", "bis zu": "up to", "höchstens": "up to",
                "maximal": "up to", "genau": "exactly", "exakt": "exactly"},
    percent=r"prozent\w*|v\.\s?h\.",
    ordinal_suffix=r"\.(?=[\s\u00a0]+[^\W\d_])",
    weak=frozenset({"beide", "beiden", "beider", "beidem", "beides",
                    "ein", "eine", "einer", "einem", "einen", "eines", "eins"}),
    skip=frozenset({"von", "der", "die", "das", "den", "dem"}),
    results=r"(?<!\w)(?:sieg\w*|niederlage\w*|gewann\w*|gewinn\w*|verlor\w*|unentschieden|remis|besieg\w*"
            r"|schlug\w*|führ\w*|endstand|spiel\w*|tor\w*)",
    score_join=r"zu",
    ranges=r"-|–|—|bis|und|oder",
    decade_ending=r"er(?:n|jahren?)?",
    compounds={"jährig": "year", "tägig": "day", "wöchig": "week", "monatig": "month", "stündig": "hour",
               "minütig": "minute", "mal": "time", "fach": "time"},
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return numeric.extract(GERMAN, text, start, end, doc)
