"""Scores and results: "lost 24-29 (11-15)", "a 24:29 (11:15) defeat", "won 3–1", "a 4:0 victory".

A score is two counts joined by a colon or a dash. It reads as a score, not as a clock time or
a range, when a half-time score in brackets follows it, when words of winning and losing stand
near it, or (with a colon) when it cannot be a time of day. Its ``value`` is "24:29" whichever
mark joins it, so the two notations agree and a changed result is one finding.
"""

from __future__ import annotations

import re
from typing import Iterator

from discrepancy.model import Mention

_PAIR = r"\d{1,3}\s?[:\-–—]\s?\d{1,3}"
_SCORE = re.compile(
    r"(?<![\d.,:/–-])(?P<home>\d{1,3})\s?(?P<mark>[:\-–—])\s?(?P<away>\d{1,3})(?![\d.,:/]\d|[\-–—]\d)"
    rf"(?P<half>\s*\(\s*{_PAIR}(?:\s*[,;]\s*{_PAIR})*\s*\))?"  # half-time or set scores
)
_HINT = re.compile(r"\d\s?[:\-–—]\s?\d")
_INNER = re.compile(r"(\d{1,3})\s?[:\-–—]\s?(\d{1,3})")
_RESULT_WORDS = re.compile(
    r"\b(?:won|wins?|winning|winner|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|lost|lose[sr]?|losing|loss"
    r"|victory|victories|triumph\w*|draw|drew|drawn|tie|tied|score[sd]?|scoring|scoreline|result"
    r"|prevail\w*|lead|led|leading|trail\w*|thrash\w*|edge[sd]?|routed?|final\s+score|half-time|halftime)\b",
    re.I,
)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|h\b|hrs\b|gmt\b|utc\b|cet\b|uhr\b|o'clock|local\b)", re.I)
# How far around a score its result words are looked for.
_BEFORE, _AFTER = 40, 20


def scores(region: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of every score in ``region[start:end]``, half-time scores apart."""
    if not _HINT.search(region, start, end):
        return  # most sentences hold no two counts joined by a mark: skip the full pattern
    for match in _SCORE.finditer(region, start, end):
        if not _is_score(match, region, start, end):
            continue
        yield match.start(), match.end("away"), f"{int(match['home'])}:{int(match['away'])}"
        for inner in _INNER.finditer(region, match.start("half"), match.end("half")) if match["half"] else ():
            yield inner.start(), inner.end(), f"{int(inner[1])}:{int(inner[2])}"


def _is_score(match: re.Match, region: str, start: int, end: int) -> bool:
    if match["half"]:
        return True
    home, away = int(match["home"]), int(match["away"])
    if match["mark"] == ":" and (home > 24 or away > 59):
        return True  # not a time of day
    if _CLOCK_AFTER.match(region, match.end()):
        return False
    if match["mark"] == ":" and len(match["away"]) == 1:
        window = region[start:end]  # "0:3" is a time only when nothing in the sentence is a result
    else:
        window = region[max(start, match.start() - _BEFORE) : min(end, match.end() + _AFTER)]
    return _RESULT_WORDS.search(window) is not None


def score_mention(text: str, s: int, e: int, value: str) -> Mention:
    """A score found at ``text[s:e]``; ``parts`` lets a count stated elsewhere find it."""
    home, away = value.split(":")
    return Mention(kind="score", start=s, end=e, text=text[s:e], value=value,
                   attrs={"parts": f"{home} {away}"})
