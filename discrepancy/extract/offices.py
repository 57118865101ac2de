"""Offices as words: the canonical words an office is compared by, from ``data/ranks.toml``
(``[titles]`` offices, their written ``forms`` and the ``modifiers`` that make another office).
"""

from __future__ import annotations

import re
from functools import lru_cache

from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import fold

_WORDS = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?")


@lru_cache(maxsize=1)
def _office_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Each office word's canonical words (folded), and the words that make another office."""
    titles = data_toml("ranks.toml")["titles"]
    forms = {fold(form): tuple(map(fold, canonical.split())) for form, canonical in titles["forms"].items()}
    return forms, frozenset(map(fold, titles["modifiers"]))


def office_key(text: str) -> tuple[str, ...]:
    """The words of an office in canonical folded form: "Defence Minister" and "Defense
    Minister" alike, "PM" as "prime minister", "Minister of the Interior" without "of the"."""
    forms, _ = _office_words()
    words: list[str] = []
    for word in map(fold, _WORDS.findall(text)):
        if word not in ("the", "of"):
            words.extend(forms.get(word, (word,)))
    return tuple(words)


def office_modifiers() -> frozenset[str]:
    return _office_words()[1]


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """The folded words offices are made of ("prime", "minister", "chancellor"), honorifics
    and modifiers aside."""
    offices = data_toml("ranks.toml")["titles"]["offices"]
    words = {w for office in offices for w in office_key(office) if len(w) > 2}  # not "in"
    return frozenset(words) - office_modifiers()
