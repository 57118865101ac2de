"""One person named in reports written in different scripts ("قاسم الأعرجي" in an Arabic
statement, "Qassem Al-Araji" in its English translation, "Касем аль-Араджи" in a Russian one).

Words are compared as ``compare`` compares names across languages (``lang/translit``:
romanised consonant skeletons). The reports' own people are read first, each in its script;
only then are forms of different scripts compared, those that share a skeleton of a word, so a
story in one script is clustered exactly as before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Protocol

from discrepancy.lang.translit import script_of, skeletons, words_alike


class _Form(Protocol):
    head: tuple[str, ...]


def across_scripts(forms: list[_Form]) -> Iterator[tuple[int, int]]:
    """Pairs of forms (by index, in order) written in different scripts where the family name
    of one shares a skeleton with a word of the other (an Arabic name is read without
    capitals, with a word too many or too few, so its family name may be any of its words).
    Only what ``same_across_scripts`` can accept is paired: a common given name written in
    many reports makes no block."""
    scripts = [script_of(form.head[-1]) for form in forms]
    if len(set(scripts)) < 2:
        return
    families: dict[str, set[int]] = defaultdict(set)
    words: dict[str, set[int]] = defaultdict(set)
    for i, form in enumerate(forms):
        if len(form.head) < 2:
            continue  # one word says too little across scripts
        for key in _keys(form.head[-1]):
            families[key].add(i)
        for word in form.head:
            for key in _keys(word):
                words[key].add(i)
    pairs = {
        (min(x, y), max(x, y))
        for key, holders in families.items()
        for x in holders
        for y in words.get(key, ())
        if scripts[x] != scripts[y]
    }
    yield from sorted(pairs)


def _keys(word: str) -> frozenset[str]:
    return frozenset(key for key in skeletons(word) if len(key) >= 2)


def same_across_scripts(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names in different scripts are one person's: the family name (last word) of
    the one written as a word of the other, after a word that writes one of its given names.
    A name of one word says too little across scripts (the skeleton of "الأعرجي" is that of
    "Iraq").

    Same: "قاسم الاعرجي" / "Qassem Araji"; "ريتشارد بيل ومدير" / "Richard Bell" (a word too many).
    Not the same: "احمد الاعرجي" / "Qassem Araji" (another given name); "Iraqi Security Forces".
    """
    return len(a) > 1 and len(b) > 1 and (_found_in(a, b) or _found_in(b, a))


def _found_in(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    *given, family = name
    return any(
        words_alike(family, word) and any(words_alike(g, w) for g in given for w in other[:k])
        for k, word in enumerate(other)
    )
