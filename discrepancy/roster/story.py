"""Wire the roster for n texts: load -> segment -> extract (as ``compare`` does) -> cluster the
name sightings into people -> link counts and dated events -> the ROS rules -> ``Roster``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

from discrepancy.extract.aliases import AliasTable, alias_table
from discrepancy.extract.vocabulary import RankEntry, Vocabulary
from discrepancy.lang.detect import assign_all
from discrepancy.load import load_document
from discrepancy.load.document import segment_by_language
from discrepancy.model import Document
from discrepancy.roster.cluster import cluster
from discrepancy.roster.facts import SHARED_WORDS, Context, same_things
from discrepancy.roster.gather import Fact, Seen, read
from discrepancy.roster.model import Person, Place, Roster, RosterFinding, Sighting


@dataclass
class Story:
    """What the ROS rules read: the documents, the people with their sightings, forms left
    undecided (with the people they could be), and the counts and events told more than once."""

    documents: list[Document]
    people: list[Person]
    members: list[list[Seen]]
    undecided: list[tuple[list[Seen], list[int]]]
    counts: list[list[Fact]]
    events: list[list[Fact]]

    def label(self, document: int) -> str:
        """How messages name a document: its file name, else its number."""
        path = self.documents[document].path
        return Path(path).name if path else f"#{document + 1}"

    def place(self, s: Sighting, start: Optional[int] = None) -> Place:
        return self.span(s.document, start if start is not None else s.start, s.end, s.sentence)

    def span(self, document: int, start: int, end: int, sentence: int) -> Place:
        text = self.documents[document].text[start:end]
        return Place(text=text, start=start, end=end, sentence=sentence, document=document)


def build_roster(
    texts: Sequence[str],
    paths: Optional[Sequence[Optional[str]]] = None,
    *,
    dates: Optional[Sequence[Optional[dt.date]]] = None,
    day_first: Optional[Sequence[Optional[bool]]] = None,
    langs: Optional[Sequence[Optional[str]]] = None,
    keep_boilerplate: bool = False,
    select: Optional[Iterable[str]] = None,
    ignore: Optional[Iterable[str]] = None,
    severity: Optional[Mapping[str, str]] = None,
    ranks: Optional[Mapping[str, RankEntry]] = None,
    titles: Optional[Iterable[str]] = None,
    aliases: Optional[Iterable[Iterable[str]]] = None,
) -> Roster:
    """Who is who across ``texts`` (all reports on one story) and what they disagree on.

    ``paths`` name the texts in the output; ``dates`` and ``day_first`` override what their
    datelines say (the date, and how numeric dates read), ``langs`` the languages detected
    (each text is read by its language's readers, and names meet across scripts). ``select``,
    ``ignore`` and ``severity`` choose ROS rules as for ``compare``; ``ranks``, ``titles`` and
    ``aliases`` add to the built-in ranks, titles and names of one thing.
    """
    none = [None] * len(texts)
    documents = [
        load_document(text, path, date=date, day_first=first, keep_boilerplate=keep_boilerplate)
        for text, path, date, first in zip(texts, paths or none, dates or none, day_first or none)
    ]
    assign_all(documents, list(langs or none))
    for doc in documents:
        segment_by_language(doc)
    story = read_story(documents, Vocabulary.of(ranks, titles), alias_table(aliases or ()))
    findings = run_roster_rules(story, select, ignore, severity)
    return Roster(documents=documents, people=story.people, findings=findings)


def read_story(
    documents: list[Document], vocabulary: Optional[Vocabulary] = None, aliases: Optional[AliasTable] = None
) -> Story:
    """The people of loaded documents, and the counts and days that more than one tells: a
    count by its noun, a day by the people, places and bodies named in its sentence."""
    from discrepancy.roster.people import people_of

    reading = read(documents, vocabulary)
    clusters = cluster(reading.seen, aliases)
    people, members = people_of(clusters)
    person_in: dict[tuple[int, int], set[int]] = {}
    for person, seen in enumerate(members):
        for s in seen:
            person_in.setdefault((s.sighting.document, s.sighting.sentence), set()).add(person)
    context = Context(reading)
    counts = same_things(reading.counts, lambda f: [f.mention.attrs["noun"]], context, SHARED_WORDS["count"])
    events = same_things(
        reading.dates, lambda f: sorted(person_in.get((f.document, f.sentence), ())), context,
        SHARED_WORDS["date"],
    )
    return Story(documents, people, members, clusters.undecided, counts, events)


def run_roster_rules(
    story: Story,
    select: Optional[Iterable[str]] = None,
    ignore: Optional[Iterable[str]] = None,
    severity: Optional[Mapping[str, str]] = None,
) -> list[RosterFinding]:
    """The findings of the chosen ROS rules, ordered by code, then where they sit."""
    from discrepancy.rules import chosen_rules

    findings = []
    for rule_, forced in chosen_rules(select, ignore, severity, "roster"):
        for hit in rule_.check(story):
            findings.append(
                RosterFinding(
                    code=rule_.code, kind=rule_.kind,
                    severity=forced or hit.severity or rule_.severity,
                    message=hit.message, a=hit.a, b=hit.b, person=hit.person,
                )
            )
    findings.sort(key=_order)
    return findings


def _order(f: RosterFinding) -> tuple:
    where = f.b or f.a
    return (
        f.code, where.document if where else -1, where.start if where else 0,
        f.person if f.person is not None else -1, f.message,
    )



