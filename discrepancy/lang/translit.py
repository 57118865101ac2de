"""One name in two scripts: "قاسم الأعرجي" / "Qassem Al-Araji", "Путиным" / "Putin".

Words are romanised by ``anyascii`` (a maintained table of every Unicode character's Latin
reading, ISC licence) and compared on a consonant skeleton: Arabic writes no short vowels and
Cyrillic romanisations differ in their vowels and endings (Sergey / Sergei), so only the
consonants are kept, in classes that merge the letters romanisations choose between (q/k/g/j,
s/z/sh, b/p and f/v, which Arabic writes with one letter each), with "h", "w" and "y" read as vowels (Arabic و and ي are long
vowels as often as consonants). A word is also tried without what grammar attaches to a name:
the Arabic article and the conjunctions and prepositions written solid with a word (والشمري),
ta marbuta, and the Russian case endings (Путина, Путиным, Ким Чен Ыном).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from discrepancy.memo import per_text

# Letter groups read as one consonant, longest first, then each letter's class ("" = a vowel).
_GROUPS = (
    ("dzh", "j"), ("tch", "ch"), ("tsh", "ch"), ("sch", "s"), ("shch", "s"), ("zh", "j"), ("kh", "h"), ("gh", "g"),
    ("ph", "f"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ch", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")  # "Pence", "Garcia": a soft c is an s
_CLASSES = str.maketrans("bpfvcgjkqdtszlmnraeiouwyh", "PPFFKKKKKDTSSLMNR" + "\0" * 8)
# Arabic letters written solid before a word: the conjunctions و and ف, then the prepositions
# ب, ل and ك, then the article ال (ل + ال is written لل).
_AR_CONJUNCTIONS = "وف"
_AR_PREPOSITIONS = "بلك"
_AR_ARTICLE = "ال"
_AR_TA_MARBUTA = "ة"
# Russian noun and adjective case endings a name or rank takes (Путина, Путиным, старшим; Шойгу
# stays).
_RU_ENDINGS = tuple(sorted(
    "а я у ю е ы и ом ем ой ей ою ею ым им ого его ому ему ых их ами ями ах ях ов ев ая яя ую юю ое ее ый ий".split(),
    key=len, reverse=True,
))
# A letter, or a mark written over one (Arabic vowel marks and tatweel, combining accents).
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640])"
_WORD = re.compile(rf"{_LETTER}+(?:['’\-‐]{_LETTER}+)*")


def script_of(word: str) -> str:
    """ "arabic", "cyrillic" or "latin" (anything else) for the first letter of ``word``."""
    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("ARABIC"):
                return "arabic"
            if name.startswith("CYRILLIC"):
                return "cyrillic"
            return "latin"
    return "latin"


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant classes of a word in any script, repeats merged: "Qassem", "قاسم" -> "KSM"."""
    roman = _SOFT_C.sub("s", "".join(ch for ch in anyascii(word).lower() if ch.isalpha()))
    for group, one in _GROUPS:
        roman = roman.replace(group, one)
    out: list[str] = []
    for ch in roman.translate(_CLASSES).replace("\0", ""):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def bare_forms(word: str) -> tuple[str, ...]:
    """The word and what it may be without the letters grammar adds to a name, longest first:
    "والشمري" -> ("والشمري", "الشمري", "شمري"), "Путиным" -> ("Путиным", "Путин")."""
    forms = [word]
    script = script_of(word)
    if script == "arabic":
        for stem in _arabic_stems(word):
            if len(stem) >= 2 and stem not in forms:
                forms.append(stem)
    elif script == "cyrillic":
        lower = word.lower()
        for ending in _RU_ENDINGS:
            if lower.endswith(ending) and len(word) - len(ending) >= 2:
                forms.append(word[: -len(ending)])
        if lower.endswith(("ый", "ий")):  # Навальный / Navalny: the adjective ending is one "y"
            forms.append(word[:-2] + "и")
    return tuple(forms)


def _arabic_stems(word: str) -> list[str]:
    stems = []
    rest = word
    if rest[:1] in _AR_CONJUNCTIONS and len(rest) > 3:
        rest = rest[1:]
        stems.append(rest)
    if rest.startswith("لل") and len(rest) > 4:
        stems.append(rest[2:])
    elif rest[:1] in _AR_PREPOSITIONS and rest[1:3] == _AR_ARTICLE and len(rest) > 4:
        rest = rest[1:]
        stems.append(rest)
    if rest.startswith(_AR_ARTICLE) and len(rest) > 3:
        stems.append(rest[2:])
    return [s[:-1] if s.endswith(_AR_TA_MARBUTA) else s for s in stems] + (
        [word[:-1]] if word.endswith(_AR_TA_MARBUTA) else []
    )


@lru_cache(maxsize=65536)
def skeletons(word: str) -> frozenset[str]:
    """The skeletons of every bare form of a word, a "w" read both as a vowel (Arabic و) and
    as a "v" (Russian в: "Woodward" / "Вудворд")."""
    forms = bare_forms(word)
    keys = {skeleton(form) for form in forms}
    keys.update(skeleton(anyascii(form).lower().replace("w", "v")) for form in forms if "w" in anyascii(form).lower())
    return frozenset(k for k in keys if k)


def skeletons_alike(a: str, b: str, scripts: frozenset[str] = frozenset({"latin"})) -> bool:
    """Two skeletons of one name, from words in ``scripts``: equal; from four consonants, one
    consonant apart; one the other with a consonant more: at the end in one script (an
    inflection, "Corbyns" / "Corbyn": the name is copied, and German capitalises every noun,
    so a looser match finds it anywhere), anywhere across scripts ("Kavano" / "Kavanaugh",
    "Combs" / "كومز": a letter not written in one), from two consonants between Latin and
    Cyrillic ("Azar" / "Hazard"), from three with Arabic, whose words are mostly three
    consonants."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1:
        if len(scripts) == 1:
            if len(short) >= 3 and long_.startswith(short):
                return True
        elif len(short) >= (3 if "arabic" in scripts else 2) and _inside(short, long_):
            return True
    return len(short) >= 4 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _inside(short: str, long_: str) -> bool:
    """Whether ``short`` is ``long_`` with letters left out."""
    rest = iter(long_)
    return all(ch in rest for ch in short)


@lru_cache(maxsize=262144)
def words_alike(a: str, b: str) -> bool:
    """Whether two words, in any scripts, may be one name written two ways. Words of fewer
    than two consonants are alike only when they romanise the same ("Ho" / "Хо")."""
    a_keys, b_keys = skeletons(a), skeletons(b)
    if any(len(k) >= 2 for k in a_keys) and any(len(k) >= 2 for k in b_keys):
        scripts = frozenset({script_of(a), script_of(b)})
        return any(
            skeletons_alike(x, y, scripts) for x in a_keys for y in b_keys if min(len(x), len(y)) >= 2
        )
    if a_keys or b_keys:  # "ماي" / "May", "Ыном" / "Un"
        return bool(a_keys & b_keys)
    return _roman(a) == _roman(b)  # "Хо" / "Ho"


def _roman(word: str) -> str:
    roman = anyascii(word).lower()
    for group, one in _GROUPS:
        roman = roman.replace(group, one)
    return roman


class Word(NamedTuple):
    """A word of a text, with its offsets in it (a tuple: made by the thousand)."""

    text: str
    start: int
    end: int


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]``, hyphenated words whole, offsets into ``text``."""
    return list(_words_in(text, start, len(text) if end is None else end))


@per_text(4096)
def _words_in(text: str, start: int, end: int) -> tuple[Word, ...]:
    """``words_of``, read once per sentence: the readers and rules of a group ask again."""
    return tuple(Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end))


def find_word(word: str, among: list[Word]) -> Word | None:
    """The first of ``among`` that may be ``word`` written another way, or its parts
    ("Abdul-Amir" / "عبد الأمير" part by part)."""
    for other in among:
        if any(words_alike(word, part) for part in _parts(other.text)):
            return other
    return None


@lru_cache(maxsize=65536)
def _parts(word: str) -> tuple[str, ...]:
    """A word and, if hyphenated, its parts without the article nor a possessive "s":
    "Abdul-Amir" -> "Abdul-Amir", "Abdul", "Amir"; "Al-Shammari" -> "Shammari" alone (the
    article's "l" would make a consonant more), "Halkett's" -> "Halkett's", "Halkett"."""
    pieces = [p for p in re.split(r"[-‐'’]", word) if p]
    parts = [p for p in pieces if len(p) > 1 and p.lower() not in _ARTICLES]
    whole = [] if pieces and pieces[0].lower() in _ARTICLES and len(pieces) > 1 else [word]
    return tuple(whole + [p for p in parts if p != word] or [word])


# Articles and particles that say nothing of which name it is, in Latin and Cyrillic letters.
_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "the", "of", "and", "аль", "эль", "de", "von", "van"})


def name_found(name: str, among: list[Word], by_last: bool = True) -> bool:
    """Whether a name is written among ``among`` in some script: its last word (the family
    name: "Brett Kavanaugh" is not found in "Brett Sturridge"), or, ``by_last`` False, any of
    its words, for a name whose end is not known (an Arabic name read with a word too many)."""
    words = [w.text for w in words_of(name) if w.text.lower() not in _ARTICLES]
    if not words:
        return True
    for k, word in enumerate(words):
        if (k == len(words) - 1 or not by_last) and any(find_word(part, among) for part in _parts(word)):
            return True
    # "Wester Ross" / "ويستروس": a name of several words written as one (the same consonants:
    # a long skeleton is one consonant from many words).
    joined = skeletons("".join(words))
    return len(words) > 1 and any(joined & skeletons(w.text) for w in among)
