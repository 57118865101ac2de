"""Sentence boundaries that depend on the document's language, applied over the spans of the
English segmenter (``discrepancy.segment``), which stays exactly as it is for English.

The English segmenter already reads most of what these languages share with English: . ! ?
before a capital, Unicode upper and lower case, closing quotes and brackets. What differs:

- Arabic ends questions with ؟ (and Urdu sentences with ۔), which it does not know, and
  Russian may end one on the year's abbreviation ("в 1870 г."), a one-letter lower-case word
  to the English reading;
- Chinese and Japanese put no space after 。！？, so a sentence end there looks glued;
- German writes ordinals with a period before a capitalised noun ("in der 89. Minute",
  "am 5. November"), and German, French and Russian have abbreviations of their own whose
  period stands before a capital ("2,8 Mrd. Pfund", "MM. Dupont", "Св. Мартина", "от англ.
  Member");
- French sets closing guillemets and ? ! apart with a space ("« ... cédé ? », dit-il"), so the
  English reading cuts before the closing guillemet.

So the document is first cut as English, then its spans are cut again at the language's own
sentence ends and joined again where the English reading cut at an abbreviation, an ordinal or
before a closing guillemet. Each step is one pass over the spans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from discrepancy.datafiles import data_sections
from discrepancy.segment import split_sentences

_LINE_BREAK = re.compile(r"[\n\r\v\f\x85\u2028\u2029]")
_SPACES = re.compile(r"\s*")
_CLOSERS = "\u201d\u2019\u00bb\u203a)]}\uff09\u300d\u300f\u300b\u3009"
_STRAIGHT_QUOTES = "\"'"
_NO_CUT_AFTER = ",;:\u060c\u061b\uff0c\uff1b\uff1a"  # a comma after the mark: the sentence goes on
_WORD_BEFORE_PERIOD = re.compile(r"(?:^|(?<=[\s(\u00ab\u201e\u201c\"]))([^\W\d_]+)\.$")
_ORDINAL = re.compile(r"(?:^|(?<=[\s(]))\d{1,3}\.$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# "в 1870 г. Её ...": a year's abbreviation ends a sentence before a capital, which the English
# reading, seeing a one-letter lower-case word, never cuts.
_YEAR_END = re.compile(r"(?<=\d)\s?гг?\.(?=\s+[\u00ab\u201e\"]?[А-ЯЁA-Z])")
# German words that open a sentence after a number ending the one before ("... mit 45. Die
# Familie ..."); any other capitalised word after "45." is the noun of an ordinal.
_GERMAN_OPENERS = frozenset(
    """der die das den dem des ein eine einen einem einer er sie es wir ich ihr man dies diese
    dieser dieses damit dann doch auch aber und oder im in am an auf aus bei mit nach von vor
    zu zum zur als wie wo was wer wenn weil so nun da dass ob seit bis für um nicht""".split()
)


class _Rules(NamedTuple):
    """What a language changes: marks that end a sentence with no space needed after them
    (``glued``) or with one (``spaced``), abbreviations, and which repairs apply."""

    glued: str = ""
    spaced: str = ""
    abbreviations: frozenset = frozenset()
    ordinals: bool = False
    guillemets: bool = False
    city_abbreviation: bool = False
    ends: re.Pattern | None = None


@lru_cache(maxsize=None)
def _rules(lang: str | None) -> _Rules | None:
    """The rules of ``lang`` (ISO 639-1), or None when the English reading is all it needs."""
    if lang in ("ar", "fa", "ur", "ps"):
        return _Rules(spaced="\u061f\u06d4")
    if lang in ("zh", "ja"):
        return _Rules(glued="\u3002\uff01\uff1f!?")
    if lang == "de":
        return _Rules(abbreviations=_abbreviations("de"), ordinals=True)
    if lang == "fr":
        return _Rules(abbreviations=_abbreviations("fr"), guillemets=True)
    if lang in ("ru", "uk", "bg", "be"):
        return _Rules(abbreviations=_abbreviations("ru"), city_abbreviation=True, ends=_YEAR_END)
    return None


def _abbreviations(section: str) -> frozenset:
    return frozenset(data_sections("abbreviations_by_language.txt")[section])


def has_own_rules(lang: str | None) -> bool:
    """Whether a document in ``lang`` is cut otherwise than an English one."""
    return _rules(lang) is not None


def split_sentences_in(
    text: str, lang: str | None, skip: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` written in ``lang``: the English spans, cut and joined again
    by the language's rules (the English spans themselves for English)."""
    spans = split_sentences(text, skip)
    rules = _rules(lang)
    if rules is None:
        return spans
    if rules.glued or rules.spaced:
        spans = [piece for span in spans for piece in _cut(text, span, rules)]
    if rules.ends:
        spans = [piece for span in spans for piece in _cut_after(text, span, rules.ends)]
    return _joined(text, spans, rules)


def _cut(text: str, span: tuple[int, int], rules: _Rules) -> list[tuple[int, int]]:
    """``span`` cut after each of the language's sentence-end marks that more text follows."""
    start, end = span
    marks = rules.glued + rules.spaced
    pieces, piece_start, pos = [], start, start
    while pos < end:
        if text[pos] not in marks:
            pos += 1
            continue
        run_end = pos
        while run_end < end and text[run_end] in marks:
            run_end += 1
        cut = _past_closers(text, piece_start, run_end, end)
        following = _SPACES.match(text, cut, end).end()
        glued = all(text[k] in rules.glued for k in range(pos, run_end))
        if (
            following < end
            and text[following] not in _NO_CUT_AFTER
            and (following > cut or glued)
            and any(ch.isalnum() for ch in text[following:end])
        ):
            pieces.append((piece_start, cut))
            piece_start = following
        pos = max(following, run_end)
    pieces.append((piece_start, end))
    return pieces


def _cut_after(text: str, span: tuple[int, int], ends: re.Pattern) -> list[tuple[int, int]]:
    """``span`` cut after each match of ``ends``."""
    pieces, piece_start = [], span[0]
    for match in ends.finditer(text, span[0], span[1]):
        pieces.append((piece_start, match.end()))
        piece_start = _SPACES.match(text, match.end(), span[1]).end()
    pieces.append((piece_start, span[1]))
    return pieces


def _past_closers(text: str, sentence_start: int, pos: int, end: int) -> int:
    """``pos`` moved past closing quotes and brackets; a straight quote closes when the
    sentence so far holds an odd number of it."""
    while pos < end:
        char = text[pos]
        if char in _CLOSERS:
            pos += 1
        elif char in _STRAIGHT_QUOTES and text.count(char, sentence_start, pos) % 2 == 1:
            pos += 1
        else:
            break
    return pos


def _joined(text: str, spans: list[tuple[int, int]], rules: _Rules) -> list[tuple[int, int]]:
    """Neighbouring spans of one line joined where the English reading cut at an
    abbreviation, an ordinal or before a closing guillemet of the language."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and not _LINE_BREAK.search(text, out[-1][1], start):
            previous = out[-1]
            if rules.guillemets and text[start] in "\u00bb\u203a":
                moved = _past_closers(text, start, start, end)
                rest = _SPACES.match(text, moved, end).end()
                if rest >= end or _goes_on(text[rest]):
                    out[-1] = (previous[0], end)
                    continue
                out[-1], start = (previous[0], moved), rest
            elif _cut_too_early(text, previous, start, end, rules):
                out[-1] = (previous[0], end)
                continue
        out.append((start, end))
    return out


def _goes_on(char: str) -> bool:
    """Does a text that starts with ``char`` carry on the sentence before it?"""
    return char.islower() or char in _NO_CUT_AFTER or char in "-\u2013\u2014"


def _cut_too_early(
    text: str, previous: tuple[int, int], start: int, end: int, rules: _Rules
) -> bool:
    """Did the English reading end ``previous`` at an abbreviation or an ordinal?"""
    tail = text[max(previous[0], previous[1] - 24) : previous[1]]
    word = _WORD_BEFORE_PERIOD.search(tail)
    if word:
        key = word.group(1).lower()
        if key in rules.abbreviations:
            return True
        if rules.city_abbreviation and key == "г":  # "г. Москва"; "в 1870 г." ends a sentence
            return not tail[: word.start()].rstrip()[-1:].isdigit()
        return False
    if rules.ordinals and _ORDINAL.search(tail):
        following = _FIRST_WORD.match(text, start, end)
        return bool(following) and following.group().lower() not in _GERMAN_OPENERS
    return False
