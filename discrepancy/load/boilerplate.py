"""Find page chrome (comment forms, site banners, counters, repeated headlines) to drop.

Conservative: only whole lines are dropped, and only when they are made up entirely of the
chrome patterns in ``data/boilerplate.txt``. Generic widget words ("Share", "+A -A", a bullet)
count only at the edges of the page: above its first paragraph of prose or below its last. A
line of the header that repeats an earlier one (the headline printed twice) is dropped too.
A one-line text is never a pasted page and is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from discrepancy.datafiles import data_sections
from discrepancy.load.lines import has_line_break, lines, normalise
from discrepancy.model import Dropped

_LONGEST_CHROME = 600  # no chrome line is longer; longer lines are never matched at all
HEADER_LINES = 25  # the header is at most this many non-blank lines
_BULLETS = "\u2022\u00b7*\u25aa\u25e6\u2023-\u2013 "
_PROSE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_SEPARATOR = re.compile(r" ?")
_EDGE = " @edge"  # a section of patterns that only count at the page's edge


class _Chrome:
    """The patterns of one reason, compiled as one alternation."""

    def __init__(self, reason: str, edge: bool, patterns: list[str]):
        self.reason = reason
        self.edge = edge
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _chrome() -> tuple[_Chrome, ...]:
    return tuple(
        _Chrome(name.removesuffix(_EDGE), name.endswith(_EDGE), list(patterns))
        for name, patterns in data_sections("boilerplate.txt").items()
        if patterns
    )


def _covered(form: str, pattern: re.Pattern) -> bool:
    """Whether ``form`` is one or more matches of ``pattern`` separated by single spaces."""
    position = 0
    while position < len(form):
        match = pattern.match(form, position)
        if match is None or match.end() == position:
            return False
        position = _SEPARATOR.match(form, match.end()).end()
    return True


def chrome_reason(line: str, edge: bool = False) -> Optional[str]:
    """Why ``line`` is chrome (its section's reason), or None; ``edge``: at the page's edge."""
    if len(line) > _LONGEST_CHROME:
        return None
    form = normalise(line)
    body = form.lstrip(_BULLETS)
    for chrome in _chrome():
        if chrome.edge and not edge:
            continue
        if _covered(body or form, chrome.pattern):
            return chrome.reason
    return None


def _ends_like_a_sentence(line: str) -> bool:
    return _PROSE_END.search(line) is not None


def is_paragraph(line: str) -> bool:
    """A paragraph of running text: ten words or more, it ends like a sentence, not chrome."""
    return (
        len(line.split(None, 9)) > 9
        and _ends_like_a_sentence(line)
        and not chrome_reason(line, edge=True)  # every section, the edge ones too
    )


def _headline_like(line: str) -> bool:
    """Three words or more, no end of sentence: what a headline printed twice looks like."""
    return len(line) <= _LONGEST_CHROME and len(line.split(None, 2)) > 2 and not (
        _ends_like_a_sentence(line)
    )


def find_boilerplate(text: str, dateline: Optional[tuple[int, int]] = None) -> list[Dropped]:
    """Stretches of ``text`` that are page chrome, in order, not overlapping.

    ``dateline``: the span of the dateline read off the page; its line is dropped as well.
    """
    if not has_line_break(text):
        return []
    spans = lines(text)
    reasons: list[Optional[str]] = []
    for start, end in spans:
        if dateline is not None and start <= dateline[0] < end:
            reasons.append("dateline")
        else:
            reasons.append(chrome_reason(text[start:end]))
    prose = [i for i, (s, e) in enumerate(spans) if reasons[i] is None and is_paragraph(text[s:e])]
    first_prose = min(prose[0] if prose else len(spans), HEADER_LINES)
    last_prose = prose[-1] if prose else len(spans)
    header: set[str] = set()
    for i, (start, end) in enumerate(spans):
        if reasons[i] is not None or first_prose <= i <= last_prose:
            continue
        line = text[start:end]
        reasons[i] = chrome_reason(line, edge=True)
        if reasons[i] is None and i < first_prose and _headline_like(line):
            form = normalise(line).casefold()
            if form in header:
                reasons[i] = "repeated headline"
            header.add(form)
    return _stretches(text, spans, reasons)


def _stretches(
    text: str, spans: list[tuple[int, int]], reasons: list[Optional[str]]
) -> list[Dropped]:
    """Lines dropped for the same reason with only blank lines between, as one Dropped each."""
    stretches: list[list] = []
    for i, ((start, end), reason) in enumerate(zip(spans, reasons)):
        if reason is None:
            continue
        if stretches and reasons[i - 1] == reason:
            stretches[-1][1] = end
        else:
            stretches.append([start, end, reason])
    return [Dropped(start=s, end=e, text=text[s:e], reason=r) for s, e, r in stretches]
