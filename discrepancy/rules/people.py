"""NAM: names that changed between the two reports: replaced, dropped, added, re-spelt.

A name on one side is looked for on the other side of its aligned group, most forgiving first:
the same folded name, a listed alias ("ISIS" / "Da'esh") or initialism, a spelling or
transliteration variant of a name there ("Qassem Al-Araji" / "Qasim Alaraji"), and finally its
words anywhere in the other side's sentences, lower-cased or misspelt ("Iran" / "iran" /
"Irna"). Only words with no counterpart at all are a discrepancy: a name whose words all lack
one was dropped, added or replaced; a part of a name that lacks one was replaced when the other
side has an unmatched name part in the same place, and is otherwise paraphrase.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Optional

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from discrepancy.extract.aliases import AliasTable, alias_table, same_thing
from discrepancy.extract.namematch import (
    PARTICLES, Match, Tolerance, fold, match_names, max_edits, name_tokens, skeleton, spelling_close,
)
from discrepancy.extract.people import NOT_NAMES, common_words, folded_words, words_before
from discrepancy.model import Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule

_PART = re.compile(r"[^\s\-‐‑–—/]+")


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
    def initialisms(self) -> frozenset[str]:
        """Initials of every run of two to six content words: "Iraqi security forces" -> "isf"."""
        content = [w for w in self.words if len(w) >= 3 and w not in PARTICLES and w not in NOT_NAMES]
        return frozenset(
            "".join(w[0] for w in content[i:i + n]) for i in range(len(content)) for n in range(2, 7)
        )

    @cached_property
    def values(self) -> frozenset[str]:
        return frozenset(m.value for m in self.names)

    def has_alias(self, tokens: tuple[str, ...], mine: "Side") -> bool:
        """Whether another name of the thing ``tokens`` names is written here, and not only as
        often as ``mine`` writes it anyway: "the United States of America ... US troops" /
        "... US troops" lost the first one."""
        if any(self.alias_counts[g] >= mine.alias_counts[g] for g in self.aliases.ids(tokens)):
            return True
        if len(tokens) == 1 and 3 <= len(tokens[0]) <= 6 and tokens[0] in self.initialisms:
            return True
        return any(
            same_thing(tokens, _tokens(other), self.aliases)
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
            2 <= len(short) <= 3 and word.startswith(short) for name in self.names for short in _tokens(name)
        ):
            return True
        # Approximate matches only among words this side does not also write exactly: the
        # other side's "Mosasaurs" answers its own "Mosasaurs", not a dropped "Mosasaurus".
        free = [w for w in self.words if w not in mine.word_set]
        if len(word) >= 4 and any(len(w) >= 4 and skeleton(w) == skeleton(word) for w in free):
            return True
        if len(word) >= 5 and any(word in w or len(w) >= 5 and w in word for w in free):
            return True
        limit = max_edits(len(word), self.tolerance)
        if not limit or not free:
            return False
        best = process.extractOne(word, free, scorer=OSA.distance, score_cutoff=limit)
        return best is not None and spelling_close(word, best[0], self.tolerance)

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


def _tokens(mention: Mention) -> tuple[str, ...]:
    return tuple(mention.value.split())


def _segments(mention: Mention) -> list[list[tuple[str, int, int]]]:
    """Identifying words of a name with their offsets, (folded, start, end), in segments split
    at "of": "Zagros Mountains of Iran" names two things, each whole on its own."""
    segments: list[list[tuple[str, int, int]]] = [[]]
    for part in _PART.finditer(mention.text):
        folded = fold(part.group())
        if folded == "of" and segments[-1]:
            segments.append([])
        elif folded and folded not in PARTICLES:
            segments[-1].append((folded, mention.start + part.start(), mention.start + part.end()))
    return [segment for segment in segments if segment]


def _is_person(mention: Mention) -> bool:
    return "title" in mention.attrs


def _check_side(mine: Side, other: Side, is_a: bool, outcomes: list[Outcome]) -> list[Missing]:
    """Outcomes for names of ``mine`` found on ``other``; the rest returned as missing."""
    missing: list[Missing] = []
    other_values = {m.value for m in other.names}
    for mention in mine.names:
        if mention.value in other_values:
            continue
        tokens = _tokens(mention)
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
            found = match_names(tokens, _tokens(candidate), mine.tolerance)
            if found > best_match:
                best, best_match = candidate, found
        if best_match >= Match.subset:
            if best_match == Match.variant and is_a:
                outcomes.append(_variant(mention.text, best.text, mention, best))
            continue
        if best_match == Match.given_differs and (_is_person(mention) or _is_person(best)):
            if is_a:
                outcomes.append(_given_name(mention, best))
            continue
        missing.extend(_missing_parts(mention, mine, other))
    return missing


def _missing_parts(mention: Mention, mine: Side, other: Side) -> list[Missing]:
    """Runs of a name's words with no counterpart, none of them another name of one thing
    there ("United States" / "U.S."); ``whole`` when the run is the whole name."""
    segments = _segments(mention)
    total = sum(map(len, segments))
    if all(not other.has_word(word, mine) for segment in segments for word, _, _ in segment):
        index = mine.word_index(mention.start)
        return [Missing(mention.start, mention.end, True, index, _is_person(mention), "weak" in mention.attrs)]
    runs: list[Missing] = []
    for segment in segments:
        run: list[tuple[str, int, int]] = []
        for part in segment + [None]:
            if part is not None and not other.has_word(part[0], mine):
                run.append(part)
            elif run:
                if not other.has_alias(tuple(word for word, _, _ in run), mine):
                    whole = len(run) == total
                    index = mine.word_index(run[0][1])
                    runs.append(Missing(run[0][1], run[-1][2], whole, index, _is_person(mention)))
                run = []
    return runs


def _variant(old: str, new: str, a, b) -> Outcome:
    """NAM005 for ``old`` at ``a`` spelt ``new`` at ``b`` (each a span with start and end)."""
    return Outcome("NAM005", f"spelling of a name: {old} → {new}", (a.start, a.end), (b.start, b.end))


def _given_name(a: Mention, b: Mention) -> Outcome:
    surname = a.text.split()[-1]
    return Outcome(
        "NAM004", f"given name of {surname}: {a.text} → {b.text}", (a.start, a.end), (b.start, b.end)
    )


def _alike(a_text: str, b_text: str, tolerance: Tolerance, strict: bool = False) -> bool:
    """Two differing names in one place that still look alike: "Naples" / "Napoli"; with
    ``strict``, only long names nearly the same ("Gletscherspitze" / "Glecherspitz"), as
    short look-alikes are often other names ("Austria" / "Australia")."""
    a, b = " ".join(name_tokens(a_text)), " ".join(name_tokens(b_text))
    if strict:
        return min(len(a), len(b)) >= 8 and fuzz.ratio(a, b) >= tolerance.alike_close
    return fuzz.ratio(a, b) >= tolerance.alike


def _ordinary(text: str) -> bool:
    """Whether every word of ``text`` is an ordinary English word: the descriptive part of a
    name ("Highway", "Office", "Associate"), which translations render freely."""
    return all(word in common_words() for word in name_tokens(text))


def _pair(a_missing: list[Missing], b_missing: list[Missing], a: Side, b: Side):
    """Missing names of A and B that stand in the same place (by a word diff of the two
    sides) or look alike: (a, b) pairs, then the unpaired rest of each side. An ordinary
    word opening a sentence is never half of a replacement ("Yet" / "However")."""
    pairs: list[tuple[Missing, Missing]] = []
    rest_a = [m for m in a_missing if not m.weak]
    rest_b = [m for m in b_missing if not m.weak]
    if rest_a and rest_b:
        for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a.words, b.words):
            if tag == "equal":
                continue
            here_a = [m for m in rest_a if i1 <= m.word < max(i2, i1 + 1)]
            here_b = [m for m in rest_b if j1 <= m.word < max(j2, j1 + 1)]
            for x, y in zip(here_a, here_b):
                pairs.append((x, y))
                rest_a.remove(x)
                rest_b.remove(y)
        for x in list(rest_a):
            y = next((y for y in rest_b if _alike(a.text_of(x), b.text_of(y), a.tolerance)), None)
            if y is not None:
                pairs.append((x, y))
                rest_a.remove(x)
                rest_b.remove(y)
    return pairs, rest_a + [m for m in a_missing if m.weak], rest_b + [m for m in b_missing if m.weak]


_PRONOUNS = frozenset(
    "he him his she her hers it its they them their theirs we us our you your this these those".split()
)


def _in_its_place(item: Missing, mine: Side, other: Side) -> tuple[str, list[str]]:
    """How the word diff of the two sides treats the item's first word, and the other side's
    words in its place: ("delete", []) for a name dropped outright."""
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(mine.words, other.words):
        if i1 <= item.word < i2:
            return tag, other.words[j1:j2]
    return "equal", []


def _as_pronoun(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the other side has a pronoun where this name stands ("Jesus went" / "he went"):
    the same reference written another way, not a name dropped."""
    tag, there = _in_its_place(item, mine, other)
    return tag == "replace" and any(word in _PRONOUNS for word in there)


def analyse(group: Group) -> list[Outcome]:
    """Every NAM outcome of one group, shared by the NAM rules."""
    if not group.group.a or not group.group.b:
        return []
    a_names, b_names = group.mentions("name")
    if {m.value for m in a_names} == {m.value for m in b_names}:
        return []  # the same names on both sides: nothing to look for
    table = alias_table(group.options.get("aliases", ()))
    tolerance = Tolerance.among(group.options)
    a = Side(group.a_doc, group.group.a, a_names, table, tolerance)
    b = Side(group.b_doc, group.group.b, b_names, table, tolerance)
    close = worded_alike(group)
    if not close:  # an ordinary word opening a reworded sentence is just a word
        a.names = [m for m in a_names if "weak" not in m.attrs]
        b.names = [m for m in b_names if "weak" not in m.attrs]
    outcomes: list[Outcome] = []
    a_missing = _check_side(a, b, True, outcomes)
    b_missing = _check_side(b, a, False, outcomes)
    pairs, rest_a, rest_b = _pair(a_missing, b_missing, a, b)
    a_text, b_text = group.a_doc.text, group.b_doc.text
    for x, y in pairs:
        old, new = a_text[x.start:x.end], b_text[y.start:y.end]
        if _alike(old, new, tolerance, strict=close):
            # Translations render foreign names freely ("Naples" / "Napoli"); in otherwise
            # identical wording only a near copy of a long name is the same name.
            outcomes.append(_variant(old, new, x, y))
            continue
        if not close:
            # Reworded sentences: only a whole name of proper words replaced by another is a
            # replacement; parts of names and names made of ordinary words ("Ten Towns" /
            # "Decapolis", "High Council" / "Sanhedrin") are the translator's choice.
            proper = x.whole and y.whole and not (_ordinary(old) or _ordinary(new))
            severity = None if proper else Severity.info
        elif x.whole and y.whole:
            severity = None
        elif _ordinary(old) and _ordinary(new) and len(old.split()) + len(new.split()) <= 3:
            severity = Severity.info  # "Buffalo-Pittsburgh Highway" / "... Freeway"
        else:
            severity = Severity.warning
        outcomes.append(Outcome("NAM001", f"name changed: {old} → {new}", (x.start, x.end), (y.start, y.end), severity))
    for code, side, text, rest in (("NAM002", "a", a_text, rest_a), ("NAM003", "b", b_text, rest_b)):
        for item in rest:
            # Part of a name gone is a drop only where the wording is otherwise the same.
            if not item.whole and not close:
                continue
            name = text[item.start:item.end]
            mine, other = (a, b) if side == "a" else (b, a)
            message = f"name only in {side.upper()}: {name}"
            if item.weak:
                # A capitalised ordinary word opening the sentence is a name only if it was cut
                # from otherwise identical wording ("Congress began" / "Began").
                if not close or _in_its_place(item, mine, other)[0] != "delete":
                    continue
                serious = True
            elif _as_pronoun(item, mine, other):
                serious = False
                message += f" (a pronoun in {'B' if side == 'a' else 'A'})"
            elif close:
                serious = True
            else:  # reworded: only a person or a name of several proper words is not style
                serious = _distinctive(name) and not _ordinary(name) and (item.person or len(name_tokens(name)) > 1)
            severity = None if serious else Severity.info
            outcomes.append(Outcome(code, message, severity=severity, **{side: (item.start, item.end)}))
    return outcomes


# Sides whose words agree this closely are one wording: a name missing from one was dropped.
_CLOSE = 0.8


def worded_alike(group: Group) -> bool:
    """Whether the two sides of ``group`` are one wording with small edits rather than two
    renderings: what is missing from one side of a close pair was dropped, not paraphrased.
    Shared by every family that weighs a one-sided mention by how reworded its group is."""
    return group.memo(_word_similarity) >= _CLOSE


def _word_similarity(group: Group) -> float:
    """How alike the two sides' wording is around their names (name words left out, so a long
    name put in for a short one does not make a one-word edit look like a rewrite)."""
    a_names, b_names = group.mentions("name")
    in_names = {fold(part) for m in a_names + b_names for part in _PART.findall(m.text)}
    a_words, b_words = ([w for s in sentences for w in folded_words(s.text) if w not in in_names]
                        for sentences in (group.a_sentences, group.b_sentences))
    return Indel.normalized_similarity(a_words, b_words)


def _distinctive(name: str) -> bool:
    """Whether a name is unlikely to come and go with rewording: not a bare initialism or unit
    ("KO", "RMB", "COVID-19") and not a single ordinary word ("Internet", "Celsius")."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if all(w.isupper() or "-" in w and w.split("-")[0].isupper() for w in words):
        return False
    tokens = name_tokens(name)
    return not (len(tokens) == 1 and tokens[0] in common_words())


def _hits(group: Group, code: str) -> Iterator[Hit]:
    for outcome in group.memo(analyse):
        if outcome.code == code:
            yield Hit(outcome.message, a=outcome.a, b=outcome.b, severity=outcome.severity)


@rule("NAM001", "name-replaced", Kind.name, Severity.error)
def name_replaced(group: Group) -> Iterator[Hit]:
    """A name in A stands replaced by a different name in B (a warning when only part of it).

    Bad: Murray lost the first set in the tiebreak. → Federer lost the first set in the tiebreak.
    Good: Murray lost the first set in the tiebreak. → murray lost the first set in the tie-break.
    """
    yield from _hits(group, "NAM001")


@rule("NAM002", "name-only-in-a", Kind.name, Severity.warning)
def name_only_in_a(group: Group) -> Iterator[Hit]:
    """A name in A has no counterpart anywhere in the aligned sentences of B.

    Bad: Goats were domesticated in the Zagros Mountains of Iran. → Goats were domesticated in the highlands of Iran.
    Good: Goats were domesticated in the Zagros Mountains of Iran. → Goats were domesticated in the Zagros mountains of Iran.
    """
    yield from _hits(group, "NAM002")


@rule("NAM003", "name-only-in-b", Kind.name, Severity.warning)
def name_only_in_b(group: Group) -> Iterator[Hit]:
    """A name in B has no counterpart anywhere in the aligned sentences of A.

    Bad: The report was received by the survey. → The report was received by Christiane Martel.
    Good: The report was received by the U.S. Geological Survey. → The report was received by the USGS.
    """
    yield from _hits(group, "NAM003")


@rule("NAM004", "given-name-differs", Kind.name, Severity.warning)
def given_name_differs(group: Group) -> Iterator[Hit]:
    """One person's family name agrees but the given name differs.

    Bad: He met General Kenneth McKenzie in Baghdad. → He met General Frank McKenzie in Baghdad.
    Good: He met General Kenneth McKenzie in Baghdad. → He met General McKenzie in Baghdad.
    """
    yield from _hits(group, "NAM004")


@rule("NAM005", "name-spelling-variant", Kind.name, Severity.info)
def name_spelling_variant(group: Group) -> Iterator[Hit]:
    """A name is spelt or transliterated differently; the same person or place.

    Bad: Mr. Qassem Al-Araji hosted the meeting. → Mr. Qasim Alaraji hosted the meeting.
    Good: Mr. Qassem Al-Araji hosted the meeting. → Mr. Qassem al-Araji hosted the meeting.
    """
    yield from _hits(group, "NAM005")
