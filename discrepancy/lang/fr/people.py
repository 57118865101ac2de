"""French people: names are capitalised as in English, ranks and offices are not ("le
général de corps d'armée Pierre Dupont", "le président américain Joe Biden"), so rank and
title forms are matched in any case, and one adjective may stand between an office and the
name.
"""

from __future__ import annotations

from discrepancy.lang.people import Way, capitalised, capitalised_runs, run_after
from discrepancy.lang.translit import Word

_CONNECTORS = frozenset({"de", "du", "des", "d'", "la", "le", "van", "von", "al", "el", "ben", "bin", "ibn"})
# Function words that open sentences: "Les États-Unis", "Pour Trump".
_OPENERS = frozenset(
    """le la les l un une des du de d en à au aux dans pour par sur avec sans selon mais et ou
    donc ce cet cette ces il elle ils elles on nous vous je lorsque quand si après avant depuis
    pendant alors ainsi cependant toutefois""".split()
)
# Words that are no adjective of an office: the name does not follow them.
_NOT_ADJECTIVES = frozenset("de du des la le les et à a au aux qui que dont est sont a été en pour par sur".split())


def same_word(word: str, form_word: str) -> bool:
    return word.lower().replace("’", "'") == form_word.lower()


def name_after(words: list[Word], i: int, text: str) -> int:
    """The capitalised words after a rank or title, perhaps after one adjective."""
    count = run_after(words, i, text, _CONNECTORS)
    if count or i + 1 >= len(words):
        return count
    adjective = words[i].text
    if adjective.lower() in _NOT_ADJECTIVES or capitalised(adjective) or not capitalised(words[i + 1].text):
        return 0
    count = run_after(words, i + 1, text, _CONNECTORS)
    return count + 1 if count else 0


def free_names(words: list[Word], text: str) -> list[tuple[int, int, bool]]:
    return capitalised_runs(words, text, _CONNECTORS, _OPENERS)


extract = Way("fr", same_word, name_after, free_names).extract
