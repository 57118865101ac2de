"""German people: every noun is capitalised, so a capitalised word is no sign of a name.

A name is read only where a rank or title introduces it ("Generalleutnant Klaus Meyer",
"Kanzlerin Angela Merkel"). Even a known given name opening a run of capitalised words is
no sign: many are German nouns ("Art", "Mark", "Marine"), and the words after a name are
nouns as often as names ("Jeremy Corbyns Erfolg"). The rules find the other side's names
among the German words instead (``rules/crossnames.py``). Rank and title forms are matched
with their case endings: des Generals, dem Präsidenten (the "-en" only for the weak nouns in
"-ent", so that "den Obersten Gerichtshof" is no colonel).
"""

from __future__ import annotations

from discrepancy.lang.people import Way, run_after
from discrepancy.lang.translit import Word

_CONNECTORS = frozenset({"von", "van", "zu", "de", "der"})


def same_word(word: str, form_word: str) -> bool:
    word, form_word = word.lower(), form_word.lower()
    endings = ("", "s", "es", "en", "in") if form_word.endswith("ent") else ("", "s", "es")
    return any(word == form_word + ending for ending in endings)


def name_after(words: list[Word], i: int, text: str) -> int:
    return run_after(words, i, text, _CONNECTORS)


extract = Way("de", same_word, name_after).extract
