"""What survives translation in a sentence, as tokens two languages can share.

A translation into another script shares no words with its source, but it keeps:

- numbers, in whatever digits ("٢٠١٨", "۱۹۹۰", "2018") and separators ("1,800", "1.800",
  "1 800", "2,8" and "2.8" all keep their digits in order);
- names, which are transliterated: Arabic and Cyrillic letters read in Latin letters (anyascii)
  and reduced to a consonant skeleton, sounds that scripts render differently put in one class
  (p/b/f/v, k/g/q/c, s/z/sh/ch/ts, t/d/th), vowels and glides dropped, so that "Уэльса",
  "ويلز" and "Wales" all read "ls", "ترامب" and "Trump" "tlmb" (see ``skeleton``). In a script
  with capitals only capitalised words are names; Arabic has none, so every word counts, with
  its article or a clinging conjunction (ال، و، ب، ل، ف، ك) taken off as a second reading;
- words left in Latin script (acronyms, brands: "MWP", "BBC"), which the skeleton keeps as is;
- quotes, question and exclamation marks and brackets.

Han characters carry no sound an English name could be matched by here, so Chinese keeps only
its numbers, Latin words and marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from anyascii import anyascii

_NUMBER = re.compile(r"\d+(?:(?:[.,\u066b\u066c'\u2019]|[ \u00a0\u202f](?=\d{3}\b))\d+)*")
_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")  # Han and kana left out
_MARKS = {
    "quote": "\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f\u2039\u203a",
    "question": "?\u061f\uff1f",
    "exclamation": "!\uff01",
    "bracket": "(\uff08[",
}
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"),
             ("ts", "s"), ("th", "t"), ("ph", "f"), ("dh", "d"), ("ck", "k"))
_CLASSES = str.maketrans("pfvcqgzxd", "bbbkkksst", "aeiouywh")
_SKELETON = 3  # consonants kept: case endings and suffixes fall off the end
_LEAST_SKELETON = 2
_OPENING = " \t\"'\u201c\u201e\u00ab\u2018\u2039([-\u2013\u2014\u2022*"
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_ARABIC_CLINGING = "وبلفك"


def digits(text: str) -> str:
    """``text`` with every decimal digit (Arabic-Indic, Persian, full-width...) as ASCII."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def number_tokens(sentence: str) -> list[str]:
    """Each number's digits in order, separators and leading zeros dropped: "#1800"."""
    out = []
    for match in _NUMBER.finditer(sentence):
        value = "".join(ch for ch in digits(match.group()) if ch.isdigit()).lstrip("0")
        out.append("#" + (value or "0"))
    return out


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant skeleton of a word in any alphabet (at most ``_SKELETON`` letters)."""
    latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for digraph, sound in _DIGRAPHS:
        latin = latin.replace(digraph, sound)
    classes = latin.translate(_CLASSES)
    collapsed = "".join(ch for k, ch in enumerate(classes) if k == 0 or ch != classes[k - 1])
    return collapsed[:_SKELETON]


def _readings(word: str) -> list[str]:
    """A word as it may stand for a name: Arabic with and without its article or conjunction."""
    if not ("\u0600" <= word[0] <= "\u06ff"):
        return [word]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return [word[len(prefix):]]
    if word[0] in _ARABIC_CLINGING and len(word) >= 4:
        return [word, word[1:]]
    return [word]


def name_tokens(sentence: str) -> list[str]:
    """Skeletons of the words that may be names: capitalised ones, and every word of a script
    without capitals; Han characters are left out. The first word of a sentence is capitalised
    whatever it is, so its token is marked ``^`` for ``document_signals`` to judge."""
    out = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        if word[0].islower():
            continue  # a common word of a script with capitals
        opening = not out and word[0].isupper() and not sentence[: match.start()].strip(_OPENING)
        for reading in _readings(word):
            shape = skeleton(reading)
            if len(shape) >= _LEAST_SKELETON:
                out.append(("^@" if opening else "@") + shape)
    return out


def mark_tokens(sentence: str) -> list[str]:
    return ["%" + name for name, marks in _MARKS.items() if any(m in sentence for m in marks)]


@lru_cache(maxsize=16384)
def signals(sentence: str) -> tuple[str, ...]:
    """Every token of ``sentence`` that a translation of it can share (see ``name_tokens``
    for the mark ``^``), read once per sentence."""
    return tuple(number_tokens(sentence) + name_tokens(sentence) + mark_tokens(sentence))


def document_signals(sentences: list[str]) -> list[Counter]:
    """The tokens of each sentence of one document. A capitalised first word counts as a name
    only when the document also capitalises it inside a sentence ("But", "The", "Die" do not
    survive; "Trump said" does)."""
    tokens = [signals(sentence) for sentence in sentences]
    inside = {token for found in tokens for token in found if token[0] != "^"}
    return [
        Counter(token.lstrip("^") for token in found if token[0] != "^" or token[1:] in inside)
        for found in tokens
    ]
