"""The two sides of a group as the NAM rules see them, and the first pass over their names.

Each name of one side is looked for on the other, most forgiving first: the same folded name,
the same name glossed in brackets ("Czech Press Agency (ČTK)"), a listed alias ("ISIS" /
"Da'esh") or initialism, a spelling or transliteration variant of a name there ("Qassem
Al-Araji" / "Qasim Alaraji"), and finally its words anywhere in the other side's sentences,
lower-cased, misspelt or abbreviated ("Iran" / "iran" / "Irna", "Saints" / "Sts."). What is
left is returned as ``Missing`` for ``rules.people`` to weigh.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from rapidfuzz import process
from rapidfuzz.distance import OSA

from discrepancy.extract.aliases import AliasTable, same_thing
from discrepancy.extract.namematch import (
    PARTICLES, Match, Tolerance, abbreviates, distinct_names, fold, match_names, max_edits, romanised_alike, skeleton,
    spelling_close,
)
from discrepancy.extract.words import NOT_NAMES, common_words, folded_words, words_before
from discrepancy.model import Mention, Severity

PART = re.compile(r"[^\s\-‐‑–—/]+")
_BRACKET = re.compile(r"\s*\(\s*")


class Side:
    """The words of one side of a group, indexed for the counterpart look-ups."""

    def __init__(
        self, doc, sentence_indices: list[int], mentions: list[Mention], aliases: AliasTable,
        tolerance: Tolerance,
    ):
        self.sentences = [doc.sentences[i] for i in sentence_indices]
        self.names = mentions
        self.text = doc.text
        self.aliases = aliases
        self.tolerance = tolerance
        self._unshared_with: Optional["Side"] = None
        self._unshared: list[str] = []

    @cached_property
    def words(self) -> list[str]:
        """Every folded word of the side, read only when some name needs looking for."""
        words: list[str] = []
        for sentence in self.sentences:
            words.extend(folded_words(sentence.text))
        return words

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @cached_property
    def alias_counts(self) -> Counter[int]:
        return self.aliases.counts_in(self.words)

    @cached_property
    def initials(self) -> str:
        """The first letter of every content word, in order: a run of content words is named
        by the stretch of it under them ("Iraqi security forces" -> "isf")."""
        return "".join(w[0] for w in self.words if len(w) >= 3 and w not in PARTICLES and w not in NOT_NAMES)

    @cached_property
    def by_end(self) -> dict[int, Mention]:
        """The side's names by where they end."""
        return {m.end: m for m in self.names}

    @cached_property
    def values(self) -> frozenset[str]:
        return frozenset(m.value for m in self.names)

    @cached_property
    def glosses(self) -> dict[str, str]:
        """Names glossed in brackets, each way: "Czech Press Agency (ČTK)" -> {name: ČTK,
        ČTK: name}; the other side may write either."""
        pairs: dict[str, str] = {}
        for first, second in zip(self.names, self.names[1:]):
            if _BRACKET.fullmatch(self.text, first.end, second.start) and self.text.startswith(")", second.end):
                pairs[first.value], pairs[second.value] = second.value, first.value
        return pairs

    def has_alias(self, tokens: tuple[str, ...], mine: "Side") -> bool:
        """Whether another name of the thing ``tokens`` names is written here, and not only as
        often as ``mine`` writes it anyway: "the United States of America ... US troops" /
        "... US troops" lost the first one."""
        ids = self.aliases.ids(tokens)  # mostly none, and then nothing more to build
        if ids and any(self.alias_counts[g] >= mine.alias_counts[g] for g in ids):
            return True
        if len(tokens) == 1 and 3 <= len(tokens[0]) <= 6 and tokens[0] in self.initials:
            return True
        return any(
            same_thing(tokens, tokens_of(other), self.aliases)
            for other in self.names
            if other.value not in mine.values
        )

    def has_word(self, word: str, mine: "Side") -> bool:
        """Whether ``word`` (folded) is written here, perhaps in lower case, misspelt, in
        another transliteration, inside a compound ("Meteorological" / "Hydrometeorological")
        or abbreviated in a name ("Rz" / "Rzeczpospolita")."""
        if word in self.word_set or self.has_alias((word,), mine):
            return True
        if len(word) >= 6 and any(
            2 <= len(short) <= 3 and word.startswith(short) for name in self.names for short in tokens_of(name)
        ):
            return True
        # Approximate matches only among words this side does not also write exactly: the
        # other side's "Mosasaurs" answers its own "Mosasaurs", not a dropped "Mosasaurus".
        free = [w for w in self.words_unwritten_by(mine) if not distinct_names(word, w)]
        shape = skeleton(word) if len(word) >= 4 else None
        if shape is not None and any(len(w) >= 4 and skeleton(w) == shape for w in free):
            return True
        if len(word) >= 5 and any(word in w or len(w) >= 5 and w in word for w in free):
            return True
        if any(abbreviates(word, w) or abbreviates(w, word) or _same_stem(word, w) for w in free):
            return True  # "Sts." / "Saints", "Karvinsko" / "Karviná"
        romanised = self.tolerance is not Tolerance.strict and len(word) >= 4
        if romanised and any(len(w) >= 4 and romanised_alike(word, w) for w in free):
            return True  # "Yosef" / "Joseph"
        limit = max_edits(len(word), self.tolerance)
        if not limit or not free:
            return False
        best = process.extractOne(word, free, scorer=OSA.distance, score_cutoff=limit)
        return best is not None and spelling_close(word, best[0], self.tolerance)

    def words_unwritten_by(self, mine: "Side") -> list[str]:
        """The words here that ``mine`` does not also write, in order, worked out once:
        ``has_word`` asks for every word of every name ``mine`` misses."""
        if self._unshared_with is not mine:
            self._unshared_with = mine
            self._unshared = [w for w in self.words if w not in mine.word_set]
        return self._unshared

    def writes_lower(self, word: str) -> bool:
        """Whether ``word`` (folded) is written here in lower case: an office, not a title."""
        return any(re.search(rf"\b{re.escape(word)}\b", s.text) for s in self.sentences)

    def text_of(self, item: "Missing") -> str:
        return self.text[item.start:item.end]

    def word_index(self, offset: int) -> int:
        """Position in ``words`` of the word at ``offset`` in the document."""
        before = 0
        for sentence in self.sentences:
            if offset < sentence.end:
                return before + words_before(sentence.text, max(offset - sentence.start, 0))
            before += len(folded_words(sentence.text))
        return before


@dataclass(frozen=True)
class Missing:
    """A name, or the run of its words, with no counterpart on the other side."""

    start: int
    end: int
    whole: bool
    word: int
    person: bool = False
    weak: bool = False  # an ordinary word that opens the sentence ("Congress began ...")


@dataclass(frozen=True)
class Outcome:
    code: str
    message: str
    a: Optional[tuple[int, int]] = None
    b: Optional[tuple[int, int]] = None
    severity: Optional[Severity] = None


def tokens_of(mention: Mention) -> tuple[str, ...]:
    return tuple(mention.value.split())


def _segments(mention: Mention) -> list[list[tuple[str, int, int]]]:
    """Identifying words of a name with their offsets, (folded, start, end), in segments split
    at "of": "Zagros Mountains of Iran" names two things, each whole on its own."""
    segments: list[list[tuple[str, int, int]]] = [[]]
    for part in PART.finditer(mention.text):
        folded = fold(part.group())
        if folded == "of" and segments[-1]:
            segments.append([])
        elif folded and folded not in PARTICLES:
            segments[-1].append((folded, mention.start + part.start(), mention.start + part.end()))
    return [segment for segment in segments if segment]


def is_person(mention: Mention) -> bool:
    return "title" in mention.attrs


def check_side(mine: Side, other: Side, is_a: bool, outcomes: list[Outcome]) -> list[Missing]:
    """Outcomes for names of ``mine`` found on ``other``; the rest returned as missing."""
    missing: list[Missing] = []
    other_values = {m.value for m in other.names}
    for mention in mine.names:
        if mention.value in other_values or _glossed_there(mention.value, mine, other):
            continue
        tokens = tokens_of(mention)
        if other.has_alias(tokens, mine):
            continue
        best, best_match = None, Match.different
        # A name built with "of" names several things; their words are looked for one by one.
        # A name written on both sides is taken: it is nobody else's variant ("Greek" is not
        # "Greece" where both sides write "Greek").
        compound = " of " in mention.text
        for candidate in () if compound else other.names:
            if candidate.value in mine.values:
                continue
            found = match_names(tokens, tokens_of(candidate), mine.tolerance)
            if found > best_match:
                best, best_match = candidate, found
        if best_match >= Match.subset:
            if best_match == Match.variant and is_a:
                outcomes.append(variant(mention.text, best.text, mention, best))
            continue
        if best_match == Match.given_differs and (is_person(mention) or is_person(best)):
            if is_a:
                outcomes.append(_given_name(mention, best))
            continue
        missing.extend(_missing_parts(mention, mine, other))
    return missing


def _glossed_there(value: str, mine: Side, other: Side) -> bool:
    """ "Czech Press Agency (ČTK)" / "ČTK": the gloss is written there, and not as the gloss
    of another name ("the British Pound (GBP)" / "American Dollar (GBP)")."""
    partner = mine.glosses.get(value)
    return partner in other.values and other.glosses.get(partner, value) == value


def _missing_parts(mention: Mention, mine: Side, other: Side) -> list[Missing]:
    """Runs of a name's words with no counterpart, none of them another name of one thing
    there ("United States" / "U.S."); ``whole`` when the run is the whole name."""
    segments = _segments(mention)
    total = sum(map(len, segments))
    found = {word: other.has_word(word, mine) for segment in segments for word, _, _ in segment}
    present = [word for segment in segments for word, _, _ in segment if found[word]]
    # A long name mostly absent is absent as one, whatever ordinary word of it the other side
    # writes elsewhere ("Federal Service for Supervision of Communications ..." / "service").
    if not present or total >= 4 and len(present) * 4 <= total and all(w in common_words() for w in present):
        index = mine.word_index(mention.start)
        return [Missing(mention.start, mention.end, True, index, is_person(mention), "weak" in mention.attrs)]
    runs: list[Missing] = []
    for segment in segments:
        run: list[tuple[str, int, int]] = []
        for part in segment + [None]:
            if part is not None and not found[part[0]]:
                run.append(part)
            elif run:
                if not other.has_alias(tuple(word for word, _, _ in run), mine):
                    whole = len(run) == total
                    index = mine.word_index(run[0][1])
                    runs.append(Missing(run[0][1], run[-1][2], whole, index, is_person(mention)))
                run = []
    return runs


def variant(old: str, new: str, a, b) -> Outcome:
    """NAM005 for ``old`` at ``a`` spelt ``new`` at ``b`` (each a span with start and end)."""
    return Outcome("NAM005", f"spelling of a name: {old} → {new}", (a.start, a.end), (b.start, b.end))


def _given_name(a: Mention, b: Mention) -> Outcome:
    surname = a.text.split()[-1]
    return Outcome(
        "NAM004", f"given name of {surname}: {a.text} → {b.text}", (a.start, a.end), (b.start, b.end)
    )


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one word, derived or inflected ("karvinsko" / "karvina", "jihlavsko" /
    "jihlava"): five letters or more in common at the start, three quarters of the shorter."""
    if a[:5] != b[:5]:
        return False  # fewer than five letters in common: most pairs, told without counting
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared * 4 >= 3 * min(len(a), len(b))
