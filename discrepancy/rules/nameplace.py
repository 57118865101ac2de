"""Where a name missing from one side stands, and what the other side writes in its place.

``rules.people`` asks these when it weighs a name with no counterpart: the word diff of the two
sides' words says whether the other side dropped it, put a pronoun, a description, a
translation or another name in its place, or wrote it fuller.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left

from rapidfuzz.distance import Levenshtein

from discrepancy.extract.namematch import PARTICLES, name_tokens
from discrepancy.extract.places import place_codes
from discrepancy.extract.words import common_words, folded_words
from discrepancy.rules.namesides import Missing, Side


def ordinary(text: str) -> bool:
    """Whether every word of ``text`` is an ordinary English word: the descriptive part of a
    name ("Highway", "Office", "Associate"), which translations render freely."""
    return all(word in common_words() for word in name_tokens(text))


def in_ordinary_words(text: str, item: Missing) -> bool:
    """A name in ordinary words that names no person or place: a band, a show, a work
    ("Hands Up", "Chicks"), which one translator may translate and the other transliterate."""
    return not item.person and ordinary(text) and not place_codes(text)


def identifying_words(name: str) -> tuple[str, ...]:
    """The identifying words of a name, numbers aside ("Covid-19" is one word)."""
    return tuple(t for t in name_tokens(name) if not t.isdigit())


def between_same_names(rest_a, rest_b, a_missing, b_missing, a: Side, b: Side):
    """Whole names left over on each side, both people or neither, that stand alone between
    the same two names both sides write, or the same sentence edge: one place of the sentence,
    named two ways ("in
    the Hasenheide in New Cologne" / "in the Hasenheide park in Neukölln", "the whole
    Bohemia except Karlovarský" / "all of the Czech Republic except the Karlovarsky Region")."""
    found_a, found_b = _found(a, a_missing), _found(b, b_missing)
    if len(found_a) != len(found_b):
        return []
    gaps_a, gaps_b = _gaps(rest_a, found_a), _gaps(rest_b, found_b)
    pairs = []
    for gap in sorted(gaps_a.keys() & gaps_b.keys()):
        if len(gaps_a[gap]) == len(gaps_b[gap]) == 1:
            x, y = gaps_a[gap][0], gaps_b[gap][0]
            # Between the same names, and as far into each sentence (a fifth of it at most) or
            # after the same word ("the district New Cologne" / "the district of Neukölln").
            near = abs(x.word / len(a.words) - y.word / len(b.words)) <= 0.2
            if x.whole and y.whole and x.person == y.person and (near or _word_before(x, a) == _word_before(y, b) != ""):
                pairs.append((x, y))
    return pairs


def _word_before(item: Missing, side: Side) -> str:
    """The last word of four or more letters before the item, within three words."""
    return next((w for w in reversed(side.words[max(item.word - 3, 0):item.word]) if len(w) >= 4), "")


def _found(side: Side, missing: list[Missing]) -> list[int]:
    """Starts of the side's names that have a counterpart on the other side."""
    spans = sorted((x.start, x.end) for x in missing)
    starts = [start for start, _ in spans]
    found = []
    for m in side.names:
        last = bisect_left(starts, m.end) - 1  # the last missing run starting inside or before
        if last < 0 or spans[last][1] <= m.start:
            found.append(m.start)
    return found


def _gaps(items: list[Missing], found: list[int]) -> dict[int, list[Missing]]:
    """Items by how many found names precede them."""
    gaps: dict[int, list[Missing]] = {}
    for item in items:
        gaps.setdefault(bisect_left(found, item.start), []).append(item)
    return gaps


_PRONOUNS = frozenset(
    "he him his she her hers it its they them their theirs we us our you your this these those".split()
)


def in_its_place(item: Missing, mine: Side, other: Side, touching: bool = False) -> tuple[str, list[str]]:
    """How the word diff of the two sides treats the item's first word, and the other side's
    words in its place: ("delete", []) for a name dropped outright. With ``touching``, an edit
    that ends where the name starts counts too ("She was" / "de Havilland was")."""
    tags, there = [], []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(mine.words, other.words):
        if tag != "equal" and i1 <= item.word < i2 + touching:
            tags.append(tag)
            there.extend(other.words[j1:j2])
    if not tags:
        return "equal", []
    return ("replace" if there else tags[0]), there


def described(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the other side has other words in the name's place, none of them a name's:
    "Information Technology" / "the IT sector", not "North Shore" / "Mars"."""
    tag, there = in_its_place(item, mine, other)
    names = {word for m in other.names for word in name_tokens(m.text)}
    return tag == "replace" and not names.intersection(there)


def _edited_around(item: Missing, mine: Side, other: Side) -> tuple[list[str], list[str]]:
    """Both sides' words in the run of edits (between words both sides share) that holds the
    item's first word: its place, however the word diff split the run up."""
    runs: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(mine.words, other.words):
        if tag == "equal":
            runs.append((-1, -1, -1, -1))
        elif runs and runs[-1][0] >= 0:
            runs[-1] = (runs[-1][0], i2, runs[-1][2], j2)
        else:
            runs.append((i1, i2, j1, j2))
    for i1, i2, j1, j2 in runs:
        if i1 <= item.word < max(i2, i1 + 1):
            return mine.words[i1:i2], other.words[j1:j2]
    return [], []


def translated_in_place(item: Missing, mine: Side, other: Side) -> bool:
    """Whether, in a reworded stretch around this name, the other side writes a name in
    ordinary words that this side does not: "the Russian TV series Chiki" / "the Russian
    serial "Chicks"", "devoted Ruki Vverkh fans" / "loyal Hands Up fans": one name, translated
    on one side and transliterated on the other: both sides reword the stretch. Where only
    the name changed ("Wolf children" / "Spectee children") it is another name."""
    here, there = _edited_around(item, mine, other)
    rendered = [
        name for name in other.names
        if name.value not in mine.values and in_ordinary_words(name.text, item)
        and set(name_tokens(name.text)) <= set(there)
    ]
    in_names = {w for name in rendered for w in name_tokens(name.text)}
    in_names.update(name_tokens(mine.text[item.start:item.end]))
    def reworded(words: list[str]) -> bool:
        return any(w not in in_names and w not in PARTICLES for w in words)

    return bool(rendered) and reworded(here) and reworded(there)


# An apposition right after a name: ", singer of the band Ruki Vverh! and a CSKA fan,".
_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([a-z][^,;:()]*)")


def appositive_kept(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the name is introduced by a description whose names the other side keeps
    while leaving the person unnamed: "Sergei Zhukov, singer of the band Ruki Vverh! and a
    CSKA fan, responded" / "The Ruki Vverkh! frontman and CSKA fan has responded"."""
    found = _APPOSITION.match(mine.text, item.end)
    if not found:
        return False
    described = set(folded_words(found.group(1)))
    return any(
        word in described for name in other.names if name.value in mine.values for word in name_tokens(name.text)
    )


def cognates_there(name: str, item: Missing, mine: Side, other: Side) -> bool:
    """Whether every word of a name is an ordinary word or one the other side renders in its
    place by a word of the same stem: "the Dressur Championship" / "the dressage competition"."""
    _, there = in_its_place(item, mine, other)
    return all(
        word in common_words() or any(_cognate(word, other_word) for other_word in there)
        for word in identifying_words(name)
    )


def _cognate(a: str, b: str) -> bool:
    """Four letters or more in common at the start, two thirds of the shorter word."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared * 3 >= 2 * min(len(a), len(b))


def extends_shared(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the name only goes on from a capitalised word both sides write, read apart
    because it opens a quotation: "“Orthodox Christian”" / "“Orthodox”"; one name, written
    fuller. (A word opening the sentence is not: "Today Timbuktu is" / "Today is".)"""
    name = mine.by_end.get(_skip_space_back(mine.text, item.start))
    if name is None or "weak" not in name.attrs or name.value not in other.values:
        return False
    before = _skip_space_back(mine.text, name.start)  # one character read, not the text's rest copied
    return before > 0 and mine.text[before - 1] in _OPENING_QUOTES


def _skip_space_back(text: str, offset: int) -> int:
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


_OPENING_QUOTES = frozenset("\"'“‘«„(")


def as_pronoun(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the other side has a pronoun where this name stands ("Jesus went" / "he went"):
    the same reference written another way, not a name dropped."""
    tag, there = in_its_place(item, mine, other, touching=True)
    return tag == "replace" and any(word in _PRONOUNS for word in there)
