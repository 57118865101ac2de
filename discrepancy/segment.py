"""Stage 2: text -> sentence spans (character offsets into the original)."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.M)


def split_sentences(text: str, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, leaving out the ``skip`` ranges, trimmed of white space."""
    spans = []
    for region_start, region_end in _regions(len(text), skip):
        for match in _SENTENCE.finditer(text, region_start, region_end):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append((start, end))
    return spans


def _regions(length: int, skip) -> list[tuple[int, int]]:
    regions, cursor = [], 0
    for start, end in sorted(skip):
        if start > cursor:
            regions.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < length:
        regions.append((cursor, length))
    return regions
