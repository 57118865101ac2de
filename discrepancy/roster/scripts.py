"""One person named in reports written in different scripts ("قاسم الأعرجي" in an Arabic
statement, "Qassem Al-Araji" in its English translation, "Касем аль-Араджи" in a Russian one).

Words are compared as ``compare`` compares names across languages (``lang/translit``:
romanised consonant skeletons). The reports' own people are read first, each in its script;
only then are forms of different scripts compared, those that share a skeleton of a word, so a
story in one script is clustered exactly as before.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterator, Protocol

from discrepancy.lang.translit import script_of, skeletons, words_alike


class _Form(Protocol):
    head: tuple[str, ...]


def across_scripts(forms: list[_Form]) -> Iterator[tuple[int, int]]:
    """Pairs of forms (by index, in order) written in different scripts that share the skeleton
    of a word: the family name of one may be any word of the other (an Arabic name is read
    without capitals, with a word too many or too few)."""
    scripts = [script_of(form.head[-1]) for form in forms]
    if len(set(scripts)) < 2:
        return
    blocks: dict[str, set[int]] = defaultdict(set)
    for i, form in enumerate(forms):
        for word in form.head:
            for key in skeletons(word):
                if len(key) >= 2:
                    blocks[key].add(i)
    pairs = {
        (x, y)
        for block in blocks.values()
        for x, y in combinations(sorted(block), 2)
        if scripts[x] != scripts[y]
    }
    yield from sorted(pairs)


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
