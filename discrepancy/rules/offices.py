"""TTL: one person, two offices. "Prime Minister Mustafa Al-Kadhimi" / "President Mustafa
Al-Kadhimi" is a discrepancy; "Defence Minister" / "Defense Minister" is one office.

An office is the title written before its holder's name (``data/ranks.toml`` offices and the
``titles`` setting) with the words that say which one it is ("Interior Minister", "Czech
Prime Minister"). Offices are compared word by word in canonical form: a word only one side
writes makes that side more specific ("Minister" / "Defense Minister": information), unless it
makes another office (``modifiers``: "Deputy Chief of Staff" is not the Chief of Staff); two
different words are two offices ("Defense Minister" / "Interior Minister").
"""

from __future__ import annotations

from typing import Iterator

from discrepancy.extract.offices import office_modifiers
from discrepancy.model import Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.crossnames import across
from discrepancy.rules.ranks import holder_pairs

SAME, LESS_SPECIFIC, OTHER = 0, 1, 2


def _pairs(group: Group) -> list[tuple[Mention, Mention, int]]:
    """Office mentions of A and B held by one person, with how the two offices relate."""
    relate = relation_across if across(group) else relation
    return [(a, b, relate(a.value, b.value)) for a, b in holder_pairs(group, "office")]


# A cabinet secretary of one country is the minister of another's translation.
_HEADS_ACROSS = {"secretary": "minister"}


def relation_across(a: str, b: str) -> int:
    """How two offices of one person relate in two languages: by the office itself, the last
    word (president, minister, ambassador), the words that say which one being translated too
    freely to compare ("US Internal Secretary" / "Министр внутренних дел")."""
    if a == b:
        return SAME
    a_head, b_head = (_HEADS_ACROSS.get(v.split()[-1], v.split()[-1]) if v else "" for v in (a, b))
    return LESS_SPECIFIC if a_head == b_head else OTHER


def relation(a: str, b: str) -> int:
    """``SAME``, ``LESS_SPECIFIC`` (one side's words are a part of the other's) or ``OTHER``
    for two office values."""
    a_words, b_words = set(a.split()), set(b.split())
    if a_words == b_words:
        return SAME
    modifiers = office_modifiers()
    if a_words & modifiers != b_words & modifiers:
        return OTHER
    return LESS_SPECIFIC if a_words <= b_words or b_words <= a_words else OTHER


def _holder(mention: Mention) -> str:
    return mention.attrs["holder_text"]


@rule("TTL001", "office-changed", Kind.rank, Severity.error, needs=("office",))
def office_changed(group: Group) -> Iterator[Hit]:
    """One person holds a different office in A and in B.

    Bad: Prime Minister Mustafa Al-Kadhimi met the delegation. → President Mustafa Al-Kadhimi met the delegation.
    Good: Defence Minister Benny Gantz met the delegation. → Defense Minister Benny Gantz met the delegation.
    """
    for a, b, how in group.memo(_pairs):
        if how == OTHER:
            yield Hit(f"office of {_holder(a)}: {a.text} → {b.text}", a=a, b=b)


@rule("TTL002", "office-less-specific", Kind.rank, Severity.info, needs=("office",))
def office_less_specific(group: Group) -> Iterator[Hit]:
    """One person's office is named more specifically on one side.

    Bad: Minister Benny Gantz met the delegation. → Defense Minister Benny Gantz met the delegation.
    Good: Defense Minister Benny Gantz met the delegation. → Defense Minister Gantz met the delegation.
    """
    for a, b, how in group.memo(_pairs):
        if how == LESS_SPECIFIC:
            yield Hit(f"office of {_holder(a)} named more or less specifically: {a.text} → {b.text}", a=a, b=b)
