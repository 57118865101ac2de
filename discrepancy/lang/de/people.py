"""German people: every noun is capitalised, so a capitalised word is no sign of a name.

A name is read where a rank or title introduces it ("Generalleutnant Klaus Meyer", "Kanzlerin
Angela Merkel"), or where a known given name (``data/personal_names.txt``) opens a run of
capitalised words ("Olaf Scholz sagte"). Any other capitalised word is taken for a noun; the
rules still find the other side's names among German words (``rules/crossnames.py``).
Rank and title forms are matched with their case endings (des Obersten, dem Präsidenten).
"""

from __future__ import annotations

from discrepancy.lang.people import Way, capitalised_runs, known_given_name, run_after
from discrepancy.lang.translit import Word

_CONNECTORS = frozenset({"von", "van", "zu", "de", "der"})
_CASE_ENDINGS = ("", "s", "es", "n", "en")


def same_word(word: str, form_word: str) -> bool:
    word, form_word = word.lower(), form_word.lower()
    return any(word == form_word + ending for ending in _CASE_ENDINGS)


def name_after(words: list[Word], i: int, text: str) -> int:
    return run_after(words, i, text, _CONNECTORS)


def free_names(words: list[Word], text: str) -> list[tuple[int, int, bool]]:
    """Runs of two capitalised words or more that open with a known given name."""
    return [
        (first, last, False) for first, last, _ in capitalised_runs(words, text, _CONNECTORS)
        if last > first and known_given_name(words[first].text)
    ]


extract = Way("de", same_word, name_after, free_names).extract
