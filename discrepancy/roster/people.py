"""Clusters of sightings -> ``Person`` values: a display name, every spelling, rank and title,
the documents, and the reasons for each merge."""

from __future__ import annotations

from collections import Counter

from discrepancy.extract.namematch import Match, token_match
from discrepancy.extract.words import common_words
from discrepancy.lang.translit import script_of
from discrepancy.roster.cluster import Clusters
from discrepancy.roster.names import ends_in_family_name
from discrepancy.roster.gather import Seen
from discrepancy.roster.model import Merge, Person


def people_of(clusters: Clusters) -> tuple[list[Person], list[list[Seen]]]:
    """The people in order of first mention, and each one's sightings in document order."""
    order = sorted(
        range(len(clusters.members)),
        key=lambda i: min((s.sighting.document, s.sighting.start) for s in clusters.members[i]),
    )
    people, members = [], []
    for new_id, old in enumerate(order):
        seen = sorted(clusters.members[old], key=lambda s: (s.sighting.document, s.sighting.start))
        people.append(_person(new_id, seen, clusters.merges[old]))
        members.append(seen)
    renumber = {old: new for new, old in enumerate(order)}
    clusters.undecided[:] = [(seen, [renumber[c] for c in options]) for seen, options in clusters.undecided]
    return people, members


def _person(id_: int, seen: list[Seen], merges: list[tuple[str, str, str]]) -> Person:
    sightings = [s.sighting for s in seen]
    return Person(
        id=id_,
        name=display_name(seen),
        kind="person" if is_person(seen) else "name",
        spellings=_distinct(s.text for s in sightings),
        ranks=_distinct(s.rank for s in sightings if s.rank),
        titles=_distinct(s.title for s in sightings if s.title),
        documents=sorted({s.document for s in sightings}),
        mentions=sightings,
        merges=[Merge(a=a, b=b, why=why) for a, b, why in dict.fromkeys(merges)],
    )


def display_name(seen: list[Seen]) -> str:
    """The fullest form, as most often written, in the script most of the sightings are in
    (Latin on a tie)."""
    scripts = Counter(script_of(s.sighting.text) for s in seen)
    main = max(scripts, key=lambda script: (scripts[script], script == "latin"))
    seen = [s for s in seen if script_of(s.sighting.text) == main]
    longest = max(len(s.tokens) for s in seen)
    texts = Counter(s.sighting.text for s in seen if len(s.tokens) == longest)
    return max(texts, key=lambda t: (texts[t], -list(texts).index(t)))


def is_person(seen: list[Seen]) -> bool:
    """Someone with a rank or title, or whose family name stands alone for the full name (not
    an ordinary word such as "the Coalition", nor an acronym; a body named after what it is of,
    "Ministry of Peshmerga", has no family name)."""
    if any(s.sighting.rank or s.sighting.title for s in seen):
        return True
    families = {s.tokens[-1] for s in seen if len(s.tokens) > 1 and ends_in_family_name(s.sighting.text)}
    return any(
        len(s.tokens) == 1 and s.tokens[0] not in common_words() and not s.sighting.text.isupper()
        and any(token_match(s.tokens[0], f) >= Match.variant for f in families)
        for s in seen
    )


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(values))
