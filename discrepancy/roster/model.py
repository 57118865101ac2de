"""The roster's values and the JSON contract of ``discrepancy roster --format json``.

A roster is read off n documents at once: who is who across them (``Person``, each with every
mention and the reasons its spellings were taken for one person) and the findings of the ROS
rules. Findings reuse ``Finding``; their evidence also names the document it sits in.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal, Optional

from discrepancy.model import Contract, Document, Evidence, Finding, described, frozen_record, record


@frozen_record
class Place(Evidence):
    """A span of one of the roster's documents (``document`` indexes ``Roster.documents``)."""

    document: int


@frozen_record
class Sighting(Place):
    """One mention of a person or other name, with the rank and title written before it."""

    rank: Optional[str] = None
    grade: Optional[str] = None
    title: Optional[str] = None
    role: Optional[str] = described("The body named in apposition before the mention.")


@frozen_record
class Merge:
    """Why two spellings were taken for one person."""

    a: str
    b: str
    why: str


@frozen_record
class Person:
    """One person (or, as ``kind`` says, another named thing) across the documents."""

    id: int
    name: str
    kind: Literal["person", "name"]
    spellings: list[str]
    ranks: list[str]
    titles: list[str]
    documents: list[int]
    mentions: list[Sighting]
    merges: list[Merge] = field(default_factory=list)


@frozen_record
class RosterFinding(Finding):
    """A finding over the roster: evidence in any two documents (or twice in one)."""

    a: Optional[Place] = None
    b: Optional[Place] = None
    person: Optional[int] = described("Index into Roster.people.")


@record
class Roster(Contract):
    """The result of ``roster``: the documents, the people in them, and the findings."""

    documents: list[Document]
    people: list[Person] = field(default_factory=list)
    findings: list[RosterFinding] = field(default_factory=list)
