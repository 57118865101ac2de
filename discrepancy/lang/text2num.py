"""Number words read by text2num, a maintained reader of the number words of French, German,
Spanish, Italian, Portuguese, Dutch and Danish (compounds such as "dreihundertfünfundzwanzig"
included, and ordinals through its ``alpha2digit``: "fünften" -> "5.", "cinquième" -> "5ème").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Optional

from text_to_num import alpha2digit, text2num

# How alpha2digit writes an ordinal it read: "5.", "5ème", "1er", "3º", "5ª".
_ORDINAL = re.compile(r"(\d+)(?:\.|er|ère|ème|e|re|º|ª)")


def word_reader(lang: str, prepare: Callable[[str], str] = lambda phrase: phrase) -> Callable[[str], Optional[Decimal]]:
    """The value of a run of ``lang`` number words, or None; ``prepare`` rewrites the phrase
    first (the German article "eine" before "Million")."""

    @lru_cache(maxsize=4096)
    def read_words(phrase: str) -> Optional[Decimal]:
        try:
            return Decimal(text2num(prepare(phrase), lang))
        except ValueError:
            return None

    return read_words


def ordinal_reader(lang: str) -> Callable[[str], Optional[int]]:
    """The value of one ``lang`` ordinal word ("fünften", "premier", "tercero"), or None."""

    @lru_cache(maxsize=4096)
    def ordinal(word: str) -> Optional[int]:
        read = _ORDINAL.fullmatch(alpha2digit(word, lang, threshold=0))
        return int(read.group(1)) if read else None

    return ordinal
