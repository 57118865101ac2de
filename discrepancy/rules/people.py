"""NAM: names that changed between the two reports: replaced, dropped, added, re-spelt.

``rules.namesides`` finds the names with no counterpart on the other side; here they are
weighed. Names missing on both sides in the same place (by a word diff) or looking alike pair up
as one name replaced (NAM001) or re-spelt (NAM005); the rest were dropped or added (NAM002,
NAM003). How serious each is depends on the wording around them: where it is otherwise the
same, anything missing counts; where it is reworded, translators render, describe, add and drop
names freely, and only names known to be two things of one kind are a replacement.
"""

from __future__ import annotations

import re
from typing import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from discrepancy.extract.aliases import alias_table
from discrepancy.extract.namematch import Tolerance, distinct_names, fold, name_tokens
from discrepancy.extract.offices import office_words
from discrepancy.extract.places import derived_from, generic_place_word, is_country, one_country, place_codes, same_country
from discrepancy.extract.words import common_words, folded_words
from discrepancy.model import Kind, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.crossnames import across, analyse_across
from discrepancy.rules.nameplace import (
    appositive_kept, as_pronoun, between_same_names, cognates_there, described, extends_shared, identifying_words,
    in_its_place, ordinary, translated_in_place,
)
from discrepancy.rules.namesides import PART, Missing, Outcome, Side, check_side, variant

def _alike(a_text: str, b_text: str, tolerance: Tolerance, strict: bool = False) -> bool:
    """Two differing names in one place that still look alike: "Naples" / "Napoli"; with
    ``strict``, only long names nearly the same ("Gletscherspitze" / "Glecherspitz"), as
    short look-alikes are often other names ("Austria" / "Australia")."""
    a, b = " ".join(name_tokens(a_text)), " ".join(name_tokens(b_text))
    if strict:
        return min(len(a), len(b)) >= 8 and fuzz.ratio(a, b) >= tolerance.alike_close
    return fuzz.ratio(a, b) >= tolerance.alike


def _short_name(old: str, new: str) -> bool:
    """A long official name in ordinary words against a one-word proper name: the short name
    it goes by, perhaps a contraction of its words in the source language ("Federal Service for
    Supervision of Communications, Information Technology and Mass Media" / "Roskomnadzor")."""
    short, long = sorted((old, new), key=lambda text: len(identifying_words(text)))
    return len(identifying_words(short)) == 1 and len(identifying_words(long)) >= 4 and ordinary(long) and _proper_word(short)


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
        for x, y in between_same_names(rest_a, rest_b, a_missing, b_missing, a, b):
            pairs.append((x, y))
            rest_a.remove(x)
            rest_b.remove(y)
    return pairs, rest_a + [m for m in a_missing if m.weak], rest_b + [m for m in b_missing if m.weak]


def analyse(group: Group) -> list[Outcome]:
    """Every NAM outcome of one group, shared by the NAM rules."""
    if not group.group.a or not group.group.b:
        return []
    if across(group):
        return analyse_across(group)
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
            translated = translated_in_place(x, a, b) or translated_in_place(y, b, a)
            severity = Severity.info if translated or _short_name(old, new) or one_country(place_codes(old), place_codes(new)) else None
        elif not (x.whole or y.whole) and ordinary(old) and ordinary(new) and len(old.split()) + len(new.split()) <= 3:
            severity = Severity.info  # "Buffalo-Pittsburgh Highway" / "... Freeway": a word inside two names
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
                if not close or in_its_place(item, mine, other)[0] != "delete":
                    continue
                serious = True
            elif as_pronoun(item, mine, other):
                serious = False
                message += f" (a pronoun in {'B' if side == 'a' else 'A'})"
            elif office := _as_office(item, mine, other, close):
                serious = False  # "Olaf Scholz said" / "the chancellor said"
                message += f" (the {office} in {'B' if side == 'a' else 'A'})"
            elif close:
                # Part of a name in ordinary words is a rendering ("the Russian Federation"),
                # and so are a name in ordinary words and an initialism the other side puts
                # in other words ("Information Technology", "COVID" / "coronavirus").
                replaced = described(item, mine, other)
                serious = not (ordinary(name) and (replaced or not item.whole)) and not (
                    (_initialism(name) or cognates_there(name, item, mine, other)) and replaced
                ) and not translated_in_place(item, mine, other) and not extends_shared(item, mine, other)
            elif appositive_kept(item, mine, other):
                serious = False  # "Sergei Zhukov, singer of the band ..." / "The band's frontman"
                message += f" (described in {'B' if side == 'a' else 'A'})"
            else:  # reworded: only a person or a name of several proper words is not style
                serious = (
                    _distinctive(name) and not ordinary(name) and (item.person or len(identifying_words(name)) > 1)
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
    if old_kind != new_kind or old_kind is None:
        return True  # established names, of either kind: the check above
    return distinct_names(a[0], b[0], old_kind)


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
    return len(identifying_words(text)) == 1 and not _has_ordinary_word(text) and not _initialism(text)


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
    return in_its_place(item, mine, other)[0] == "replace" and not _where(item, name, mine)


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
    tag, there = in_its_place(item, mine, other, touching=True)
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


@rule("NAM001", "name-replaced", Kind.name, Severity.error, needs=("name",))
def name_replaced(group: Group) -> Iterator[Hit]:
    """A name in A stands replaced by a different name in B (a warning when only part of it).

    Bad: Murray lost the first set in the tiebreak. → Federer lost the first set in the tiebreak.
    Good: Murray lost the first set in the tiebreak. → murray lost the first set in the tie-break.
    """
    yield from _hits(group, "NAM001")


@rule("NAM002", "name-only-in-a", Kind.name, Severity.warning, needs=("name",))
def name_only_in_a(group: Group) -> Iterator[Hit]:
    """A name in A has no counterpart anywhere in the aligned sentences of B.

    Bad: Goats were domesticated in the Zagros Mountains of Iran. → Goats were domesticated in the highlands of Iran.
    Good: Goats were domesticated in the Zagros Mountains of Iran. → Goats were domesticated in the Zagros mountains of Iran.
    """
    yield from _hits(group, "NAM002")


@rule("NAM003", "name-only-in-b", Kind.name, Severity.warning, needs=("name",))
def name_only_in_b(group: Group) -> Iterator[Hit]:
    """A name in B has no counterpart anywhere in the aligned sentences of A.

    Bad: The report was received by the survey. → The report was received by Christiane Martel.
    Good: The report was received by the U.S. Geological Survey. → The report was received by the USGS.
    """
    yield from _hits(group, "NAM003")


@rule("NAM004", "given-name-differs", Kind.name, Severity.warning, needs=("name",))
def given_name_differs(group: Group) -> Iterator[Hit]:
    """One person's family name agrees but the given name differs.

    Bad: He met General Kenneth McKenzie in Baghdad. → He met General Frank McKenzie in Baghdad.
    Good: He met General Kenneth McKenzie in Baghdad. → He met General McKenzie in Baghdad.
    """
    yield from _hits(group, "NAM004")


@rule("NAM005", "name-spelling-variant", Kind.name, Severity.info, needs=("name",))
def name_spelling_variant(group: Group) -> Iterator[Hit]:
    """A name is spelt or transliterated differently; the same person or place.

    Bad: Mr. Qassem Al-Araji hosted the meeting. → Mr. Qasim Alaraji hosted the meeting.
    Good: Mr. Qassem Al-Araji hosted the meeting. → Mr. Qassem al-Araji hosted the meeting.
    """
    yield from _hits(group, "NAM005")
