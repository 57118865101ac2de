"""Zero-width characters pasted pages leave inside words and numbers, and a view without them.

ZWSP, ZWNJ, ZWJ, word joiner, a stray BOM and the soft hyphen take no room on the page, so
"1,<WJ>800" reads as 1,800 and "thou<SHY>sand" as thousand. Extractors whose patterns cannot
step over them read a ``Visible`` view instead, and map what they find back to offsets in the
original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Collection

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_RUN = re.compile(f"[{ZERO_WIDTH}]+")
_LETTERS = re.compile(rf"[A-Za-z{ZERO_WIDTH}]*")
# How far to look for the word on either side of a run: longer than any number word.
_WINDOW = 32


class Visible:
    """``text[start:end]`` as it reads: zero-width characters taken out.

    Without any, ``text``, ``start`` and ``end`` are the originals (nothing is copied);
    otherwise ``text`` is the cleaned region and ``start`` is 0. ``span`` maps a span of
    ``text`` back to the original. A run between two whole ``words`` ("eight<ZWSP>hundred")
    reads as a space rather than gluing them into one word no list knows.
    """

    __slots__ = ("text", "start", "end", "_base", "_points", "_shifts")

    def __init__(self, text: str, start: int, end: int, words: Collection[str] = ()):
        self._base, self._points, self._shifts = start, [], []
        if _RUN.search(text, start, end) is None:
            self.text, self.start, self.end = text, start, end
            return
        # From clean index points[k] on, the original is shifts[k] characters further along.
        pieces, position, length, shift = [], start, 0, 0
        for run in _RUN.finditer(text, start, end):
            pieces.append(text[position : run.start()])
            length += run.start() - position
            shift += len(run.group())
            if _between_words(text, run, start, end, words):
                pieces.append(" ")
                length, shift = length + 1, shift - 1
            self._points.append(length)
            self._shifts.append(shift)
            position = run.end()
        pieces.append(text[position:end])
        self.text = "".join(pieces)
        self.start, self.end = 0, len(self.text)

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The original offsets of ``text[s:e]``, zero-width characters at its edges left out."""
        if not self._points:
            return s, e
        return self._origin(s), self._origin(e - 1) + 1 if e > s else self._origin(s)

    def _origin(self, index: int) -> int:
        k = bisect_right(self._points, index)
        return self._base + index + (self._shifts[k - 1] if k else 0)


def _between_words(text: str, run: re.Match, start: int, end: int, words) -> bool:
    """Whether the letters just before ``run`` and just after it (zero-width characters
    skipped) are two of ``words`` that are not one word together."""
    if not words:
        return False
    before = _letters(text[max(start, run.start() - _WINDOW) : run.start()][::-1])[::-1]
    after = _letters(text[run.end() : min(end, run.end() + _WINDOW)])
    return before in words and after in words and before + after not in words


def _letters(window: str) -> str:
    """The letters that open ``window``, lower-cased, zero-width characters skipped; none when
    they fill it (longer than any word)."""
    found = _LETTERS.match(window).group()
    return "" if len(found) >= _WINDOW else _RUN.sub("", found).lower()
