"""Path globs without a backtracking regex: ``**`` crosses directories, ``*`` and ``?`` stay
within one, ``[...]`` is a character class.

A glob translated to a regex can take exponential time: ``*a*a*a*a*a*a*a*a*a*b`` against a
long name that does not match tries every way of splitting it between the stars. Here a table
of which pattern suffixes can match which path suffixes is filled once (time in proportion to
pattern length times path length), and the captures are then read off it, each wildcard taking
the longest run that still lets the rest match, as a greedy regex would.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

# Token kinds. STAR, ANY and DIRS are the wildcards whose text is captured.
CHAR, ONE, CLASS, STAR, ANY, DIRS = range(6)
_CAPTURED = (STAR, ANY, DIRS)


@dataclass(frozen=True)
class Token:
    kind: int
    text: str = ""  # the character of a CHAR
    charset: Optional[re.Pattern] = None  # the one-character regex of a CLASS

    def takes(self, char: str) -> bool:
        """Whether this one-character token matches ``char``."""
        if self.kind == CHAR:
            return char == self.text
        if self.kind == ONE:
            return char != "/"
        return self.charset.fullmatch(char) is not None


@lru_cache(maxsize=256)
def compile_glob(pattern: str) -> tuple[Token, ...]:
    """``pattern`` as tokens: ``**/`` (no directory or any number), ``**``, ``*``, ``?``,
    ``[...]`` and plain characters."""
    tokens: list[Token] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            tokens.append(Token(DIRS))
            i += 3
            continue
        if pattern.startswith("**", i):
            tokens.append(Token(ANY))
            i += 2
            continue
        charset = _charset(pattern, i) if char == "[" else None
        if char == "*":
            tokens.append(Token(STAR))
        elif char == "?":
            tokens.append(Token(ONE))
        elif charset is not None:
            tokens.append(Token(CLASS, charset=charset))
            i = pattern.index("]", i + 1)
        else:
            tokens.append(Token(CHAR, char))
        i += 1
    return tuple(tokens)


def _charset(pattern: str, i: int) -> Optional[re.Pattern]:
    """The class opening at ``pattern[i]`` as a one-character regex, as fnmatch reads it; None
    when fnmatch reads it as plain characters (no closing ``]``, or ``[]``, ``[!]``)."""
    end = pattern.find("]", i + 1)
    translated = fnmatch.translate(pattern[i : end + 1])[4:-3] if end >= 0 else ""
    return re.compile(translated, re.S) if translated.startswith("[") else None


def glob_captures(pattern: str, path: str) -> Optional[tuple[str, ...]]:
    """What each ``*``, ``**`` and ``**/`` of ``pattern`` matched in the whole of ``path``
    (a ``**/`` keeps its final slash), or None when ``path`` does not match."""
    tokens = compile_glob(pattern)
    fits = _fits(tokens, path)
    if not fits[0][0]:
        return None
    captures: list[str] = []
    j = 0
    for i, token in enumerate(tokens):
        if token.kind in _CAPTURED:
            end = next(k for k in reversed(_reach(token, path, j)) if fits[i + 1][k])
            captures.append(path[j:end])
            j = end
        else:
            j += 1
    return tuple(captures)


def _reach(token: Token, path: str, j: int) -> list[int]:
    """The path positions a wildcard starting at ``j`` can end at, shortest first."""
    if token.kind == STAR:
        stop = path.find("/", j)
        return list(range(j, (len(path) if stop < 0 else stop) + 1))
    if token.kind == ANY:
        return list(range(j, len(path) + 1))
    return [j] + [k + 1 for k in range(j, len(path)) if path[k] == "/"]


def _fits(tokens: tuple[Token, ...], path: str) -> list[list[bool]]:
    """``fits[i][j]``: whether ``tokens[i:]`` matches ``path[j:]``, filled from the ends."""
    n = len(path)
    fits = [[False] * (n + 1) for _ in range(len(tokens) + 1)]
    fits[len(tokens)][n] = True
    for i in range(len(tokens) - 1, -1, -1):
        token, here, rest = tokens[i], fits[i], fits[i + 1]
        if token.kind in (STAR, ANY):
            # A run of one more character, unless a ``*`` would cross a slash.
            here[n] = rest[n]
            for j in range(n - 1, -1, -1):
                here[j] = rest[j] or (here[j + 1] and (token.kind == ANY or path[j] != "/"))
        elif token.kind == DIRS:
            # Nothing, or everything up to and including some later slash.
            after_slash = False
            for j in range(n, -1, -1):
                here[j] = rest[j] or after_slash
                if j and path[j - 1] == "/":
                    after_slash = after_slash or rest[j]
        else:
            for j in range(n):
                here[j] = rest[j + 1] and token.takes(path[j])
    return fits
