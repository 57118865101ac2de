"""Lines of a pasted page as trimmed spans, and the normal form chrome patterns match against."""

from __future__ import annotations

import re

# The line breaks str.splitlines knows, CRLF counted once.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*")
_SPACES = re.compile(r"[\s\u200b\u2060\ufeff]+")
# Every character below U+3001 that str.isspace() holds (written out: finding them at import
# walked 12,289 code points, 8.8 M instructions; tests/test_load.py checks the list), and the
# invisible ones a pasted page leaves.
_EDGE_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" "\u200b\u2060\ufeff"
)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})


def has_line_break(text: str) -> bool:
    """Whether ``text`` holds more than one line (cheap: a page always has a newline)."""
    return "\n" in text or "\r" in text or len(text.splitlines()) > 1


def lines(text: str) -> list[tuple[int, int]]:
    """Every non-blank line as a (start, end) span trimmed of white space, in order."""
    spans = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        segment = text[start:end]
        stripped = segment.strip(_EDGE_SPACES)
        if stripped:
            left = len(segment) - len(segment.lstrip(_EDGE_SPACES))
            spans.append((start + left, start + left + len(stripped)))
    return spans


def normalise(line: str) -> str:
    """One space for every run of white space (NBSP too), straight quotes, no edge spaces."""
    return _SPACES.sub(" ", line.translate(_QUOTES)).strip()
