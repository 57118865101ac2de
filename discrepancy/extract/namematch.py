"""Is this the same name? Folding and transliteration-aware matching of names.

Two translators rarely write a foreign name the same way: "Qassem Al-Araji" / "Qasim Alaraji",
"Abdul-Amir" / "Abdul Amir", "Al-Kadhimi" / "al-Kazemi". Names are folded (case, diacritics,
apostrophes, hyphens, the Arabic article), then compared token by token on a consonant
skeleton that merges the usual transliteration choices, with an edit-distance fallback for
plain misspellings. How much misspelling counts as the same name is a ``Tolerance`` level,
passed down from the ``name-tolerance`` setting. Everything here is pure and cached: the same
tokens recur in every pair.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum, IntEnum
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Mapping

from rapidfuzz.distance import OSA

from discrepancy.datafiles import data_sections
from discrepancy.errors import InputError
from discrepancy.extract.invisible import ZERO_WIDTH

#: Articles and connectors that carry no identity: "al-Araji" is "Araji", "Bank of America"
#: is "Bank America" for matching purposes.
PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "the", "of", "and"})

# Apostrophes, and the zero-width characters pasted pages leave inside words.
_APOSTROPHES = re.compile(f"[‘’'`ʼʻʿʾ´{ZERO_WIDTH}]")
_POSSESSIVE = re.compile(r"[‘’'`]s$", re.I)
_SPLIT = re.compile(r"[\s,\-‐‑–—/]+")
# Transliteration choices merged by the skeleton, applied in order.
_DIGRAPHS = (
    ("ts", "s"), ("tz", "s"), ("ph", "f"), ("ce", "s"), ("ci", "s"), ("cy", "s"), ("dh", "s"), ("th", "s"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"),
    ("ck", "k"), ("q", "k"), ("c", "k"), ("x", "ks"), ("z", "s"), ("v", "f"), ("j", "g"),
)
_VOWELS = frozenset("aeiouwy")


class Match(IntEnum):
    """How two names relate, from unrelated to identical."""

    different = 0
    partial = 1  # some tokens agree, the rest differ: another person or another place
    given_differs = 2  # same family name, different given name: "Kenneth" / "Frank McKenzie"
    subset = 3  # one is a shortened form of the other: "McKenzie" / "Kenneth McKenzie"
    variant = 4  # same tokens spelt differently: "Qassem Al-Araji" / "Qasim Alaraji"
    same = 5


class Tolerance(Enum):
    """How far two spellings may differ and still be one name (the ``name-tolerance`` setting).

    ``slips``: the word lengths from which one, two... typing slips are forgiven (none when
    strict; transliteration choices always are). ``alike``: the ``fuzz.ratio`` at which two
    names standing in one place of reworded sentences are one name re-spelt; ``alike_close``:
    the same for names of eight letters or more in otherwise identical wording.
    """

    strict = ((), 75, 95)
    normal = ((3, 12), 60, 85)
    loose = ((3, 7), 50, 75)

    def __init__(self, slips: tuple[int, ...], alike: int, alike_close: int):
        self.slips = slips
        self.alike = alike
        self.alike_close = alike_close

    @classmethod
    def named(cls, name: str) -> "Tolerance":
        """The level called ``name``; any other name is an InputError."""
        if name not in cls.__members__:
            raise InputError(f"name tolerance {name!r}: use one of {', '.join(cls.__members__)}")
        return cls[name]

    @classmethod
    def among(cls, options: Mapping[str, object]) -> "Tolerance":
        """The ``name_tolerance`` among a comparison's options, ``normal`` unless set."""
        return options.get("name_tolerance", cls.normal)


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Lower-case ASCII letters and digits of one token, without apostrophes or a possessive."""
    token = _POSSESSIVE.sub("", token)
    decomposed = unicodedata.normalize("NFKD", token)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", stripped).replace(".", "").lower()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens that identify a name, without articles: "al-Araji" -> ("araji",)."""
    tokens = (fold(part) for part in _SPLIT.split(text))
    return tuple(t for t in tokens if t and t not in PARTICLES)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton of a folded token: "qassem", "qasim" -> "ksm"; initial vowel -> "_"."""
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    return skeleton_of(token)


def skeleton_of(token: str) -> str:
    """The consonants of a token whose letters are already merged, without repeats; "_" for
    an initial vowel."""
    out = ["_"] if token[:1] in _VOWELS else []
    for ch in token:
        if ch in _VOWELS or ch == "h" and out and out[-1] != "_":
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _without_article(token: str) -> str:
    """ "alaraji" -> "araji": the article written solid with the name."""
    if len(token) > 5 and token[:2] in ("al", "el"):
        return token[2:]
    return token


@lru_cache(maxsize=65536)
def token_match(a: str, b: str, tolerance: Tolerance = Tolerance.normal) -> Match:
    """``same``, ``variant`` (spelling or transliteration) or ``different`` for folded tokens."""
    if a == b:
        return Match.same
    if not a or not b or a[0].isdigit() != b[0].isdigit():
        return Match.different
    a_bare, b_bare = _without_article(a), _without_article(b)
    if a_bare == b_bare:
        return Match.variant
    if distinct_names(a, b):
        return Match.different
    if min(len(a_bare), len(b_bare)) >= 4 and len(skeleton(a_bare)) >= 3:
        if skeleton(a_bare) == skeleton(b_bare):
            return Match.variant
    if spelling_close(a_bare, b_bare, tolerance) or abbreviates(a, b) or abbreviates(b, a):
        return Match.variant
    romanised = tolerance is not Tolerance.strict and min(len(a_bare), len(b_bare)) >= 4
    if romanised and romanised_alike(a_bare, b_bare):
        return Match.variant
    if (a, b) in _nickname_pairs():
        return Match.variant  # "Mike" / "Michael"
    return Match.different


# A row of the nicknames package's names.csv, "name1,relationship,name2" (nothing is quoted).
_NICKNAME_ROW = re.compile(r"^([^,\r\n]*),[^,\r\n]*,([^,\r\n]*)\r?$", re.M)


@lru_cache(maxsize=1)
def _nickname_pairs() -> frozenset[tuple[str, str]]:
    """Given names and their nicknames, each pair both ways, from the ``nicknames`` package (a
    curated list of English given names): ("mike", "michael"), ("michael", "mike"). Its CSV
    file is read with one pattern, and found without importing the package, whose version
    lookup loads importlib.metadata and the email parser (with the csv module and the import,
    27 M instructions; this way 16-21 M)."""
    from importlib.util import find_spec

    path = Path(find_spec("nicknames").origin).with_name("names.csv")
    rows = _NICKNAME_ROW.findall(path.read_text(encoding="utf-8"))[1:]  # after the header
    return frozenset(rows + [(name2, name1) for name1, name2 in rows])


# Romanisation systems write one sound differently (German, English, Czech, Wade-Giles and
# Pinyin, Arabic): letter groups to one class each, longest first ("C" an affricate, "S" a
# sibilant); then the voiced and voiceless consonants as one.
_ROMAN_GROUPS = (
    ("tsch", "C"), ("sch", "S"), ("tch", "C"), ("dzh", "C"), ("zh", "C"), ("hs", "S"), ("sh", "S"),
    ("ts", "S"), ("tz", "S"), ("ph", "f"), ("kh", "k"), ("gh", "k"), ("th", "t"), ("dh", "t"),
    ("ck", "k"), ("ce", "Se"), ("ci", "Si"), ("cy", "Sy"), ("x", "S"),
)
# Letters read two ways: German "ch" is English "kh", Pinyin "j" and "q" are Wade-Giles "ch",
# Hebrew "y" is English "j", Arabic "q" is "k" or "g".
_ROMAN_EITHER = re.compile(r"ch|j|q")
_ROMAN_READINGS = {"ch": ("k", "C"), "j": ("C", "y"), "q": ("k", "C")}
_ROMAN_CLASSES = str.maketrans("bdgcvwzsy", "ptkkffSSa")


@lru_cache(maxsize=65536)
def romanised_keys(token: str) -> frozenset[str]:
    """Consonant keys of a folded token under the usual romanisations: "gorbatschow" and
    "gorbachev", "gadhafi" and "qaddafi", "chiang" and "jiang", "yosef" and "joseph" share one."""
    for old, new in _ROMAN_GROUPS:
        token = token.replace(old, new)
    pieces = _ROMAN_EITHER.split(token)
    readings = [  # both readings of the first three, to keep the keys few
        _ROMAN_READINGS[m][:2 if i < 3 else 1] for i, m in enumerate(_ROMAN_EITHER.findall(token))
    ]
    keys = set()
    for choice in product(*readings):
        spelt = pieces[0] + "".join(r + p for r, p in zip(choice, pieces[1:]))
        keys.add(skeleton_of(spelt.translate(_ROMAN_CLASSES)))
    return frozenset(keys)


def romanised_alike(a: str, b: str) -> bool:
    """Two romanisations of one name, unless both are established names (then two names).
    The keys first: most pairs share none, and the name lists are then never looked in."""
    shared = romanised_keys(a) & romanised_keys(b)
    return any(len(key) >= 3 for key in shared) and not _both_names(a, b)


def abbreviates(short: str, long_: str) -> bool:
    """ "st" / "saint", "sts" / "saints", "mt" / "mount", "ft" / "fort", "univ" / "university":
    a short form that keeps the word's first letters, or its first and last letters with some
    between (a contraction)."""
    if not 2 <= len(short) <= 4 or len(long_) < len(short) + 2 or short[0] != long_[0]:
        return False
    if long_.startswith(short):
        return len(short) >= 4  # "univ", "corp"; "ali" is no short form of "alice"
    rest = iter(long_[1:-1])
    return short[-1] == long_[-1] and all(ch in rest for ch in short[1:-1])


@lru_cache(maxsize=1)
def _personal_names() -> dict[str, frozenset[str]]:
    """Established names by kind: "surnames" and "given"."""
    sections = data_sections("personal_names.txt")
    return {kind: frozenset(sections[kind]) for kind in ("surnames", "given")}


def _both_names(a: str, b: str, kind: str | None = None) -> bool:
    """Whether ``a`` and ``b`` are both established names of ``kind`` ("surnames", "given";
    either when None)."""
    lists = _personal_names()
    return any(a in lists[k] and b in lists[k] for k in ([kind] if kind else lists))


# Letters that spell one sound in names: "Catherine" / "Katherine", "Olaf" / "Olav".
_ONE_SOUND = ("ckq", "iy", "sz", "fvw")


@lru_cache(maxsize=65536)
def distinct_names(a: str, b: str, kind: str | None = None) -> bool:
    """Whether two folded tokens are both established names (of ``kind``, "surnames" or
    "given"; of either kind when None) and one letter apart in
    a way that makes another name ("schulz" / "scholz", "hansen" / "jansen", "marian" /
    "marina", "marin" / "martin"), not in the ways one name is rendered in another language:
    a letter doubled, a vowel or "h" put in ("michal" / "michael", "nicolas" / "nicholas"), a
    last letter added or a last vowel changed ("reinhard" / "reinhardt", "maria" / "marie"), a
    letter for another of the same sound ("catherine" / "katherine")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if not _both_names(a, b, kind):
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diffs) == 2:  # two letters swapped
            i, j = diffs
            return j == i + 1 and a[i] == b[j] and a[j] == b[i]
        if len(diffs) != 1:
            return False
        x, y = a[diffs[0]], b[diffs[0]]
        last_vowel = diffs[0] == len(a) - 1 and x in _VOWELS and y in _VOWELS
        return not last_vowel and not any(x in group and y in group for group in _ONE_SOUND)
    if OSA.distance(a, b, score_cutoff=1) > 1:
        return False
    short, long_ = sorted((a, b), key=len)
    i = next(i for i in range(len(long_)) if long_[:i] + long_[i + 1:] == short)
    if i == len(long_) - 1:
        return False
    added = long_[i]
    doubled = long_[i - 1:i] == added or long_[i + 1:i + 2] == added
    return added not in _VOWELS and added != "h" and not doubled


def max_edits(length: int, tolerance: Tolerance = Tolerance.normal) -> int:
    """Typing slips tolerated in a word of this length: none in short words, more in long ones."""
    return sum(length >= shortest for shortest in tolerance.slips)


def spelling_close(a: str, b: str, tolerance: Tolerance = Tolerance.normal) -> bool:
    """A slip of the keyboard, not another word: as many edits as ``max_edits`` allows (a swap
    counts as one); in words of four letters or fewer a changed letter is another word (Iran /
    Iraq)."""
    limit = max_edits(max(len(a), len(b)), tolerance)
    if not limit or OSA.distance(a, b, score_cutoff=limit) > limit:
        return False
    return not (len(a) == len(b) <= 4 and sum(x != y for x, y in zip(a, b)) == 1)


@lru_cache(maxsize=65536)
def match_names(
    a: tuple[str, ...], b: tuple[str, ...], tolerance: Tolerance = Tolerance.normal
) -> Match:
    """Compare two names given as ``name_tokens``; token order may differ."""
    if a == b:
        return Match.same
    if not a or not b:
        return Match.different
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:
        return Match.variant
    if len(a) != len(b) and min(len(joined_a), len(joined_b)) >= 6 and (
        skeleton(joined_a) == skeleton(joined_b)
        or tolerance is not Tolerance.strict and romanised_alike(joined_a, joined_b)
    ):
        return Match.variant  # "Abdulamir" / "Abdul Amir", "Teng Hsiao-p'ing" / "Deng Xiaoping"
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    free = list(long_)
    matched = 0
    for token in short:
        best = max(free, key=lambda other: token_match(token, other, tolerance))
        if token_match(token, best, tolerance) >= Match.variant:
            free.remove(best)
            matched += 1
    if matched == len(short):
        return Match.variant if len(short) == len(long_) else Match.subset
    if len(a) >= 2 and len(b) >= 2 and token_match(a[-1], b[-1], tolerance) >= Match.variant:
        return Match.given_differs if matched == 1 else Match.partial
    return Match.partial if matched else Match.different
