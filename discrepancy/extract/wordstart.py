"""Regex sources that find, in C, the words an extractor starts reading at.

An extractor that walked every word of a sentence in Python to test it against a word set spent
most of its time on words it then skipped; these patterns match only the words of the set.
A word is a maximal run of ASCII letters, compared case-insensitively.
"""

from __future__ import annotations

from typing import Iterable

_NOT_AFTER_LETTER = r"(?<![A-Za-z])"
_NOT_BEFORE_LETTER = r"(?![A-Za-z])"


def alternation(words: Iterable[str]) -> str:
    """One alternation of ``words`` (letters and hyphens), factored by their first letters so
    the engine tries few branches at each position. It matches as the plain alternation sorted
    longest first does: of two words one of which starts the other, the longer is tried first."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _node_source(trie)


def _node_source(node: dict) -> str:
    branches = [letter + _node_source(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def any_word(words: Iterable[str]) -> str:
    """Matches the start of a word that is one of ``words`` (lower case letters)."""
    return f"{_NOT_AFTER_LETTER}(?ai:{alternation(words)}){_NOT_BEFORE_LETTER}"


def word_starting(prefixes: Iterable[str]) -> str:
    """Matches the start of a word that begins with one of ``prefixes`` (lower case letters)."""
    return f"{_NOT_AFTER_LETTER}(?ai:{alternation(prefixes)})"
