"""NAM: names that changed between the two reports: replaced, dropped, added, re-spelt.

``rules.namesides`` finds the names with no counterpart on the other side; here they are
weighed. Names missing on both sides in the same place (by a word diff) or looking alike pair up
as one name replaced (NAM001) or re-spelt (NAM005); the rest were dropped or added (NAM002,
NAM003). How serious each is depends on the wording around them: where it is otherwise the
same, anything missing counts; where it is reworded, translators render, describe, add and drop
names freely, and only names known to be two things of one kind are a replacement.
"""

from __future__ import annotations

import os
import re
from typing import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from discrepancy.extract.aliases import alias_table
from discrepancy.extract.namematch import PARTICLES, Tolerance, distinct_names, fold, name_tokens
from discrepancy.extract.offices import office_words
from discrepancy.extract.people import common_words, folded_words
from discrepancy.extract.places import derived_from, generic_place_word, is_country, one_country, place_codes, same_country
from discrepancy.model import Kind, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.namesides import PART, Missing, Outcome, Side, check_side, variant

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


def _in_ordinary_words(text: str, item: Missing) -> bool:
    """A name in ordinary words that names no person or place: a band, a show, a work
    ("Hands Up", "Chicks"), which one translator may translate and the other transliterate."""
    return not item.person and _ordinary(text) and not place_codes(text)


def _short_name(old: str, new: str) -> bool:
    """A long official name in ordinary words against a one-word proper name: the short name
    it goes by, perhaps a contraction of its words in the source language ("Federal Service for
    Supervision of Communications, Information Technology and Mass Media" / "Roskomnadzor")."""
    short, long = sorted((old, new), key=lambda text: len(_words(text)))
    return len(_words(short)) == 1 and len(_words(long)) >= 4 and _ordinary(long) and _proper_word(short)


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
        for x, y in _between_same_names(rest_a, rest_b, a_missing, b_missing, a, b):
            pairs.append((x, y))
            rest_a.remove(x)
            rest_b.remove(y)
    return pairs, rest_a + [m for m in a_missing if m.weak], rest_b + [m for m in b_missing if m.weak]


def _between_same_names(rest_a, rest_b, a_missing, b_missing, a: Side, b: Side):
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
    return [m.start for m in side.names if not any(m.start < x.end and x.start < m.end for x in missing)]


def _gaps(items: list[Missing], found: list[int]) -> dict[int, list[Missing]]:
    """Items by how many found names precede them."""
    gaps: dict[int, list[Missing]] = {}
    for item in items:
        gaps.setdefault(sum(start < item.start for start in found), []).append(item)
    return gaps


_PRONOUNS = frozenset(
    "he him his she her hers it its they them their theirs we us our you your this these those".split()
)


def _in_its_place(item: Missing, mine: Side, other: Side, touching: bool = False) -> tuple[str, list[str]]:
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


def _described(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the other side has other words in the name's place, none of them a name's:
    "Information Technology" / "the IT sector", not "North Shore" / "Mars"."""
    tag, there = _in_its_place(item, mine, other)
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


def _translated_in_place(item: Missing, mine: Side, other: Side) -> bool:
    """Whether, in a reworded stretch around this name, the other side writes a name in
    ordinary words that this side does not: "the Russian TV series Chiki" / "the Russian
    serial "Chicks"", "devoted Ruki Vverkh fans" / "loyal Hands Up fans": one name, translated
    on one side and transliterated on the other: both sides reword the stretch. Where only
    the name changed ("Wolf children" / "Spectee children") it is another name."""
    here, there = _edited_around(item, mine, other)
    rendered = [
        name for name in other.names
        if name.value not in mine.values and _in_ordinary_words(name.text, item)
        and set(name_tokens(name.text)) <= set(there)
    ]
    in_names = {w for name in rendered for w in name_tokens(name.text)}
    in_names.update(name_tokens(mine.text[item.start:item.end]))
    def reworded(words: list[str]) -> bool:
        return any(w not in in_names and w not in PARTICLES for w in words)

    return bool(rendered) and reworded(here) and reworded(there)


# An apposition right after a name: ", singer of the band Ruki Vverh! and a CSKA fan,".
_APPOSITION = re.compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?([a-z][^,;:()]*)")


def _appositive_kept(item: Missing, mine: Side, other: Side) -> bool:
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


def _cognates_there(name: str, item: Missing, mine: Side, other: Side) -> bool:
    """Whether every word of a name is an ordinary word or one the other side renders in its
    place by a word of the same stem: "the Dressur Championship" / "the dressage competition"."""
    _, there = _in_its_place(item, mine, other)
    return all(
        word in common_words() or any(_cognate(word, other_word) for other_word in there)
        for word in _words(name)
    )


def _cognate(a: str, b: str) -> bool:
    """Four letters or more in common at the start, two thirds of the shorter word."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared * 3 >= 2 * min(len(a), len(b))


def _extends_shared(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the name only goes on from a capitalised word both sides write, read apart
    because it opens a quotation: "“Orthodox Christian”" / "“Orthodox”"; one name, written
    fuller. (A word opening the sentence is not: "Today Timbuktu is" / "Today is".)"""
    return any(
        "weak" in name.attrs and name.value in other.values
        and name.end <= item.start and not mine.text[name.end:item.start].strip()
        and mine.text[:name.start].rstrip()[-1:] in _OPENING_QUOTES
        for name in mine.names
    )


_OPENING_QUOTES = frozenset("\"'“‘«„(")


def _as_pronoun(item: Missing, mine: Side, other: Side) -> bool:
    """Whether the other side has a pronoun where this name stands ("Jesus went" / "he went"):
    the same reference written another way, not a name dropped."""
    tag, there = _in_its_place(item, mine, other, touching=True)
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
    if not close:
        # An ordinary word opening a reworded sentence is just a word, and the words that say
        # which office ("Czech Prime Minister") are the office rules' to compare.
        a.names = [m for m in a_names if "weak" not in m.attrs and "office" not in m.attrs]
        b.names = [m for m in b_names if "weak" not in m.attrs and "office" not in m.attrs]
    outcomes: list[Outcome] = []
    a_missing = check_side(a, b, True, outcomes)
    b_missing = check_side(b, a, False, outcomes)
    pairs, rest_a, rest_b = _pair(a_missing, b_missing, a, b)
    a_text, b_text = group.a_doc.text, group.b_doc.text
    for x, y in pairs:
        old, new = a_text[x.start:x.end], b_text[y.start:y.end]
        people = _one_letter_names(old, new, _name_kind(a_text, x), _name_kind(b_text, y))
        if people is not None:
            # "Martin Schulz" / "Martin Scholz": two names people have, so two people; but
            # "Luz Pfannenstiel" / "Lutz Pfannenstiel" is no second given name, only a slip.
            outcomes.append(
                Outcome("NAM001", f"name changed: {old} → {new}", (x.start, x.end), (y.start, y.end))
                if people else variant(old, new, x, y)
            )
            continue
        if not (x.whole or y.whole) and all(map(generic_place_word, name_tokens(old) + name_tokens(new))):
            # "Khabarovsk Krai" / "Khabarovsk Territory": the word for the kind of place,
            # transliterated on one side and translated on the other.
            outcomes.append(variant(old, new, x, y))
            continue
        if _alike(old, new, tolerance, strict=close):
            # Translations render foreign names freely ("Naples" / "Napoli"); in otherwise
            # identical wording only a near copy of a long name is the same name.
            outcomes.append(variant(old, new, x, y))
            continue
        if _initialism(old) != _initialism(new) and (not close or _same_initial(old, new)):
            # "ÚOHS" / "Antitrust Office", "MVD" / "Ministry of Internal Affairs": an initialism,
            # perhaps of the other language's words, against a name written out; in otherwise
            # identical wording only one that could stand for it ("RF" / "Russian").
            severity = Severity.info
        elif not close:
            # Reworded sentences: a name stands against a rendering, a description or a
            # translation ("Kutnohorsko" / "Kutná Hora District", "Bayern" / "Bavarians").
            # Only two names known to be of one kind are two different things.
            severity = None if x.whole and y.whole and _two_of_a_kind(x, y, old, new) else Severity.info
        elif x.whole and y.whole:
            translated = _translated_in_place(x, a, b) or _translated_in_place(y, b, a)
            severity = Severity.info if translated or _short_name(old, new) or one_country(place_codes(old), place_codes(new)) else None
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
            elif office := _as_office(item, mine, other, close):
                serious = False  # "Olaf Scholz said" / "the chancellor said"
                message += f" (the {office} in {'B' if side == 'a' else 'A'})"
            elif close:
                # Part of a name in ordinary words is a rendering ("the Russian Federation"),
                # and so are a name in ordinary words and an initialism the other side puts
                # in other words ("Information Technology", "COVID" / "coronavirus").
                replaced = _described(item, mine, other)
                serious = not (_ordinary(name) and (replaced or not item.whole)) and not (
                    (_initialism(name) or _cognates_there(name, item, mine, other)) and replaced
                ) and not _translated_in_place(item, mine, other) and not _extends_shared(item, mine, other)
            elif _appositive_kept(item, mine, other):
                serious = False  # "Sergei Zhukov, singer of the band ..." / "The band's frontman"
                message += f" (described in {'B' if side == 'a' else 'A'})"
            else:  # reworded: only a person or a name of several proper words is not style
                serious = (
                    _distinctive(name) and not _ordinary(name) and (item.person or len(_words(name)) > 1)
                    and not _context(item, name, mine, other)
                )
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
    in_names = {fold(part) for m in a_names + b_names for part in PART.findall(m.text)}
    a_words, b_words = ([w for s in sentences for w in folded_words(s.text) if w not in in_names]
                        for sentences in (group.a_sentences, group.b_sentences))
    return Indel.normalized_similarity(a_words, b_words)


def _words(name: str) -> tuple[str, ...]:
    """The identifying words of a name, numbers aside ("Covid-19" is one word)."""
    return tuple(t for t in name_tokens(name) if not t.isdigit())


def _initialism(name: str) -> bool:
    """ "ÚOHS", "RF", "COVID-19": every word of the name written in capitals."""
    words = [w for w in PART.findall(name) if w[:1].isalpha()]
    return bool(words) and all(w.isupper() and len(w) >= 2 for w in words)


def _one_letter_names(old: str, new: str, old_kind: str | None, new_kind: str | None) -> bool | None:
    """For two one-word names one letter apart that are both established names: whether
    they are established as names of the kind their place calls for (given names before a
    family name, surnames after one), so two people; None for any other pair."""
    a, b = name_tokens(old), name_tokens(new)
    if not (len(a) == len(b) == 1 and distinct_names(a[0], b[0])):
        return None
    kind = old_kind if old_kind == new_kind else None
    return distinct_names(a[0], b[0], kind)


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _name_kind(text: str, item: Missing) -> str | None:
    """ "given" for the part of a name it goes on after ("Luz" of "Luz Pfannenstiel"),
    "surnames" for another part, None for a whole name (either)."""
    if item.whole:
        return None
    return "given" if _NAME_GOES_ON.match(text, item.end) else "surnames"


def _same_initial(old: str, new: str) -> bool:
    return name_tokens(old)[:1] and name_tokens(new)[:1] and name_tokens(old)[0][0] == name_tokens(new)[0][0]


def _two_of_a_kind(x: Missing, y: Missing, old: str, new: str) -> bool:
    """Whether two names in one place of reworded sentences are known to be two different
    things: two people named with a title or rank; two places in different countries
    ("Lithuania" / "Latvia", not "England" / "UK"); a place against a proper name that is not
    derived from it ("Catalonia" / "Spain", not "Scottish" / "Scotland"); two names of several
    proper words each ("Danielle Lantagne" / "A.R. Rahman"). Anything else may be one name
    rendered two ways."""
    if x.person and y.person:
        return True
    old_places, new_places = place_codes(old), place_codes(new)
    if old_places and new_places:
        return not same_country(old_places, new_places)
    if old_places or new_places:
        place, name = (old_places, new) if old_places else (new_places, old)
        return _proper_word(name) and not derived_from(name, place)
    return all(len(name_tokens(text)) > 1 and not _has_ordinary_word(text) for text in (old, new))


def _proper_word(text: str) -> bool:
    """One word that is no ordinary word nor an initialism: "Catalonia", not "Centre", "ISIS"."""
    return len(_words(text)) == 1 and not _has_ordinary_word(text) and not _initialism(text)


def _has_ordinary_word(text: str) -> bool:
    return any(word in common_words() for word in name_tokens(text))


def _context(item: Missing, name: str, mine: Side, other: Side) -> bool:
    """Whether a name only one of two reworded sentences writes is the kind translators add or
    leave implied: the country a report is set in ("in the Czech Republic"), a name the other
    side gives as an initialism ("ČSSD" / "Czech Social Democratic Party"), or a name whose
    place the other side fills with other words ("the state" / "the Czech Republic"), unless
    it says where something happened."""
    if is_country(name):
        return True
    if any(_initialism(m.text) and m.value not in mine.values for m in other.names):
        return True
    return _in_its_place(item, mine, other)[0] == "replace" and not _where(item, name, mine)


# "in", "at", "near" before a name (perhaps "the" and a title between): it says where.
_WHERE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _where(item: Missing, name: str, mine: Side) -> bool:
    """ "was launched in Saint Petersburg": the name says where something happened (a
    possessor does not: "in Václav Moravec's show")."""
    return not _POSSESSIVE.search(name) and bool(_WHERE.search(mine.text, max(item.start - 40, 0), item.start))


def _as_office(item: Missing, mine: Side, other: Side, close: bool) -> str:
    """The office the other side names a person by, if any: an office word in lower case
    standing in the name's place ("the chancellor said" / "Olaf Scholz said"), or, in reworded
    sentences, one written beside the name that the other side also writes ("acting governor
    Mikhail Degtyarev" / "the acting governor")."""
    offices = office_words()
    tag, there = _in_its_place(item, mine, other, touching=True)
    found = [w for w in there if w in offices and other.writes_lower(w)]
    if not found and not close:
        near = mine.words[max(item.word - 3, 0):item.word + 6]
        found = [w for w in near if w in offices and w in other.word_set]
    return found[0] if found else ""


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
