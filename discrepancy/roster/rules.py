"""ROS: what the reports on one story disagree on, person by person and fact by fact.

Each rule reads a ``Story`` (``discrepancy.roster.story``) instead of an aligned group. Where
the reports disagree, the reading held by the most documents (the first document's on a tie)
is A, and each document that says otherwise is one finding located there (B), so a CI run
points at the report to fix.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Callable, Hashable, Iterator, NamedTuple, Optional

from discrepancy.extract.namematch import Match, match_names, token_match
from discrepancy.model import Kind, Severity
from discrepancy.roster.names import abbreviates
from discrepancy.roster.explain import why_same
from discrepancy.rules import rule

if TYPE_CHECKING:  # the model loads with a roster, not with every rule
    from discrepancy.roster.model import Place


class RosterHit(NamedTuple):
    message: str
    a: Optional[Place] = None
    b: Optional[Place] = None
    person: Optional[int] = None
    severity: Optional[Severity] = None


class Odd(NamedTuple):
    """A document's reading that differs from the most-held one."""

    usual: object
    usual_at: Place
    usual_documents: list[int]
    value: object
    at: Place


def odd_ones(items: list[tuple[int, Hashable, Place]], agree: Callable = lambda x, y: x == y) -> Iterator[Odd]:
    """Readings (document, value, where) grouped by ``agree``; one ``Odd`` for each document
    of each reading other than the one held by the most documents."""
    readings: list[list[tuple[int, Hashable, Place]]] = []
    for item in items:
        for reading in readings:
            if agree(reading[0][1], item[1]):
                reading.append(item)
                break
        else:
            readings.append([item])
    if len(readings) < 2:
        return
    usual = max(readings, key=lambda r: (len({d for d, _, _ in r}), -readings.index(r)))
    usual_documents = sorted({d for d, _, _ in usual})
    for reading in readings:
        if reading is usual:
            continue
        for document in sorted({d for d, _, _ in reading}):
            first = next(item for item in reading if item[0] == document)
            near = next((item for item in usual if item[0] == document), usual[0])
            yield Odd(usual[0][1], near[2], usual_documents, first[1], first[2])


def _documents(story, documents: list[int], limit: int = 3) -> str:
    labels = [story.label(d) for d in documents[:limit]]
    more = len(documents) - limit
    return ", ".join(labels) + (f" and {more} more" if more > 0 else "")


@rule("ROS001", "rank-differs", Kind.rank, Severity.error, scope="roster")
def rank_differs(story) -> Iterator[RosterHit]:
    """One person holds different ranks in different reports (or in one).

    Bad: Lieutenant General Kenneth McKenzie met the minister. → General Kenneth McKenzie met the minister.
    Good: Lt. Gen. Kenneth McKenzie met the minister. → Lieutenant General Kenneth McKenzie met the minister.
    """
    for person, seen in zip(story.people, story.members):
        items = [
            (s.sighting.document, (s.sighting.grade, s.sighting.rank), story.place(s.sighting, s.rank_start))
            for s in seen if s.sighting.grade
        ]
        for odd in odd_ones(items, lambda x, y: x[0] == y[0]):
            yield RosterHit(
                f"rank of {person.name}: {odd.usual[1]} in {_documents(story, odd.usual_documents)}"
                f" → {odd.value[1]} in {story.label(odd.at.document)}",
                odd.usual_at, odd.at, person.id,
            )


@rule("ROS002", "given-name-differs", Kind.name, Severity.warning, scope="roster")
def given_name_differs(story) -> Iterator[RosterHit]:
    """One family name in one role goes with different given names.

    Bad: The commander of the US Central Command, General Kenneth McKenzie, spoke. → The commander of the US Central Command, General Frank McKenzie, spoke.
    Good: The commander of the US Central Command, General Kenneth McKenzie, spoke. → The mayor of Glasgow, Frank McKenzie, spoke.
    """
    for person, seen in _people(story):
        family = _family(seen)
        items = [
            (s.sighting.document, s.tokens[:-1], story.place(s.sighting))
            for s in seen if len(s.tokens) > 1 and token_match(s.tokens[-1], family) >= Match.variant
        ]
        for odd in odd_ones(items, lambda x, y: match_names(x, y) >= Match.subset or abbreviates(x, y) or abbreviates(y, x)):
            yield RosterHit(
                f"given name of {person.name}: {_given(story, odd.usual_at)} in"
                f" {_documents(story, odd.usual_documents)} → {_given(story, odd.at)} in"
                f" {story.label(odd.at.document)}",
                odd.usual_at, odd.at, person.id,
            )


def _given(story, place: Place) -> str:
    return place.text.rsplit(None, 1)[0] if " " in place.text else place.text


@rule("ROS003", "spelled-two-ways", Kind.name, Severity.warning, scope="roster")
def spelled_two_ways(story) -> Iterator[RosterHit]:
    """One person's name is spelt two ways inside a single report.

    Bad: Ian McCarry said there is no plan. Makari added that talks go on. → Ian McCarry spoke in Baghdad.
    Good: Ian McCarry said there is no plan. McCarry added that talks go on. → Ian McCarry spoke in Baghdad.
    """
    for person, seen in _people(story):
        first: dict[int, dict[str, Place]] = {}  # document -> family-name spelling -> first place
        for s in seen:
            spellings = first.setdefault(s.sighting.document, {})
            family = s.tokens[-1]
            if family in spellings:
                continue
            clash = next((f for f in spellings if _respelt(f, family)), None)
            here = story.place(s.sighting)
            if clash is not None:
                before = spellings[clash]
                yield RosterHit(
                    f"{before.text} and {here.text} in {story.label(here.document)}:"
                    f" {why_same(before.text, here.text)}",
                    before, here, person.id,
                )
            spellings[family] = here


def _respelt(a: str, b: str) -> bool:
    """Two spellings of one word, not a word and its inflection (Iraq / Iraqi) or the article
    written solid (Alaraji / Araji)."""
    a, b = a.removeprefix("al"), b.removeprefix("al")
    return a != b and not (a.startswith(b) or b.startswith(a)) and token_match(a, b) >= Match.variant


def _people(story):
    """People (not places or bodies) with their sightings."""
    return [(p, seen) for p, seen in zip(story.people, story.members) if p.kind == "person"]


def _family(seen) -> str:
    """The family name most written."""
    counts = Counter(s.tokens[-1] for s in seen)
    return max(counts, key=lambda t: (counts[t], -list(counts).index(t)))


@rule("ROS004", "count-differs", Kind.number, Severity.error, scope="roster")
def count_differs(story) -> Iterator[RosterHit]:
    """One quantity, counted with the same noun in the same context, has different values.

    Bad: More than 2,100 shipments of military equipment left Iraq. → More than 2,300 shipments of military equipment left Iraq.
    Good: More than 2,100 shipments of military equipment left Iraq. → Over 2,100 shipments of military equipment left Iraq.
    """
    for facts in story.counts:
        items = [(f.document, f.mention.value, story.span(f.document, f.mention.start, f.mention.end, f.sentence)) for f in facts]
        for odd in odd_ones(items):
            noun = facts[0].mention.attrs.get("counted") or facts[0].mention.attrs["noun"]
            yield RosterHit(
                f"{noun}: {odd.usual_at.text} in {_documents(story, odd.usual_documents)} → {odd.at.text}"
                f" in {story.label(odd.at.document)}",
                odd.usual_at, odd.at,
            )


@rule("ROS005", "event-date-differs", Kind.date, Severity.error, scope="roster")
def event_date_differs(story) -> Iterator[RosterHit]:
    """One event, told with the same person and words, is dated differently.

    Bad: On 4 November 2021 Qassem Al-Araji hosted a meeting in Baghdad. → On 5 November 2021 Qasim Alaraji hosted a meeting in Baghdad.
    Good: On 4 November 2021 Qassem Al-Araji hosted a meeting in Baghdad. → On November 4, 2021 Qasim Alaraji hosted a meeting in Baghdad.
    """
    for facts in story.events:
        items = [
            (f.document, _day(f.mention.attrs), story.span(f.document, f.mention.start, f.mention.end, f.sentence))
            for f in facts
        ]
        for odd in odd_ones(items, _same_day):
            yield RosterHit(
                f"date of one event: {odd.usual_at.text} ({_iso(odd.usual)}) in"
                f" {_documents(story, odd.usual_documents)} → {odd.at.text} ({_iso(odd.value)}) in"
                f" {story.label(odd.at.document)}",
                odd.usual_at, odd.at,
            )


def _day(attrs: dict) -> tuple[Optional[int], int, int]:
    return (int(attrs["y"]) if "y" in attrs else None, int(attrs["m"]), int(attrs["d"]))


def _same_day(x: tuple, y: tuple) -> bool:
    return x[1:] == y[1:] and (x[0] is None or y[0] is None or x[0] == y[0])


def _iso(day: tuple) -> str:
    """ISO 8601: 2021-11-05, or --11-04 when the report gives no year."""
    year = f"{day[0]:04d}" if day[0] is not None else "-"
    return f"{year}-{day[1]:02d}-{day[2]:02d}"


@rule("ROS006", "person-undecided", Kind.name, Severity.info, scope="roster")
def undecided(story) -> Iterator[RosterHit]:
    """A name could be more than one person; it is left unmerged.

    Bad: General Kenneth McKenzie and Admiral Ian McKenzie met. McKenzie spoke first. → Ian McKenzie spoke.
    Good: General Kenneth McKenzie met the minister. McKenzie spoke first. → Kenneth McKenzie spoke.
    """
    for seen, options in story.undecided:
        names = " or ".join(story.people[o].name for o in options)
        s = seen[0].sighting
        yield RosterHit(
            f"{s.text} in {story.label(s.document)} could be {names}: not merged", None, story.place(s)
        )
