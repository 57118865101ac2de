"""Read every document once: its name sightings (with rank, title and role) and its counts
and dated events, each with the words around it that say what it is about.

Extraction is ``compare``'s own (``extract_mentions``); this module only reads the mentions of a
sentence together: which rank and title stand before a name, which body is named in apposition
before it ("the Commander of the US Central Command, General Frank McKenzie"), and which words
of the sentence are left once names, numbers and dates are taken out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from discrepancy.datafiles import data_toml
from discrepancy.extract import extract_mentions
from discrepancy.extract.namematch import name_tokens
from discrepancy.extract.people import NOT_NAMES, folded_words
from discrepancy.extract.vocabulary import Vocabulary
from discrepancy.model import Document, Mention
from discrepancy.roster.model import Sighting

# Between a body and the person it introduces: a comma, "the", nothing else.
_APPOSITION = re.compile(r"^[\s,]*(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Seen:
    """A name sighting and what clustering reads off it."""

    sighting: Sighting
    tokens: tuple[str, ...]
    role: tuple[str, ...] = ()
    office: str = ""
    rank_start: Optional[int] = None


@dataclass(frozen=True)
class Fact:
    """A count (a number with the noun it counts) or a day in one sentence, with the
    sentence's other content words (``words``): what it is the count or the day of."""

    document: int
    sentence: int
    mention: Mention
    words: frozenset[str]


@dataclass
class Reading:
    """Everything read off the documents; ``document_frequency`` counts the sentences each
    content word stands in, of ``sentences`` in all (rare words tell events apart)."""

    seen: list[Seen] = field(default_factory=list)
    counts: list[Fact] = field(default_factory=list)
    dates: list[Fact] = field(default_factory=list)
    document_frequency: Counter = field(default_factory=Counter)
    sentences: int = 0


@lru_cache(maxsize=1)
def offices() -> frozenset[str]:
    """Office titles (President, Adviser...) as folded text: a role, unlike an honorific."""
    return frozenset(" ".join(folded_words(o)) for o in data_toml("ranks.toml")["titles"]["offices"])


def read(documents: list[Document], vocabulary: Optional[Vocabulary] = None) -> Reading:
    reading = Reading()
    for index, doc in enumerate(documents):
        for sentence in doc.sentences:
            mentions = extract_mentions(doc, sentence, vocabulary)
            _read_sentence(reading, index, doc, sentence.index, mentions)
    return reading


def _read_sentence(reading: Reading, index: int, doc: Document, number: int, mentions: list[Mention]) -> None:
    names = [m for m in mentions if m.kind == "name"]
    ranks = [m for m in mentions if m.kind == "rank"]
    previous: Optional[Mention] = None
    for name in names:
        if "weak" not in name.attrs:
            reading.seen.append(_seen(index, doc, number, name, ranks, previous))
        previous = name
    words = _content_words(doc.text, mentions, doc.sentences[number])
    reading.document_frequency.update(words)
    reading.sentences += 1
    for m in mentions:
        counted = m.kind == "number" and m.attrs.get("noun") and "ordinal" not in m.attrs
        dated = m.kind == "date" and "d" in m.attrs and "m" in m.attrs
        if counted or dated:
            (reading.counts if counted else reading.dates).append(Fact(index, number, m, words))


def _seen(index: int, doc: Document, number: int, name: Mention, ranks: list[Mention], previous: Optional[Mention]) -> Seen:
    title = name.attrs.get("title", "")
    rank = _rank_before(name, ranks)
    if rank is not None:
        title = " ".join(title.split()).removesuffix(" ".join(rank.text.split())).strip()
    start = rank.start if rank is not None else name.start
    role: tuple[str, ...] = ()
    if previous is not None:
        gap = doc.text[previous.end:start]
        if title and " ".join(gap.split()).endswith(title):
            gap = " ".join(gap.split())[: -len(title)]
        if _APPOSITION.match(gap):
            role = name_tokens(previous.text)
    folded_title = " ".join(folded_words(title))
    sighting = Sighting(
        document=index, sentence=number, start=name.start, end=name.end, text=name.text,
        rank=" ".join(rank.text.split()) if rank is not None else None,
        grade=rank.attrs["grade"] if rank is not None else None,
        title=title or None, role=doc.text[previous.start:previous.end] if role else None,
    )
    office = folded_title if folded_title in offices() else ""
    return Seen(sighting, tuple(name.value.split()), role, office, start if rank is not None else None)


def _rank_before(name: Mention, ranks: list[Mention]) -> Optional[Mention]:
    """The rank mention that introduces ``name``: the last one before it naming it as holder."""
    if not name.attrs.get("rank"):
        return None
    before = [r for r in ranks if r.end <= name.start and r.attrs.get("holder_text") == name.text]
    return before[-1] if before else None


def _content_words(text: str, mentions: list[Mention], sentence) -> frozenset[str]:
    """The sentence's words outside its names, numbers and dates, without closed-class words:
    what says which event or count the sentence is about."""
    pieces, at = [], sentence.start
    for m in mentions:
        if m.start > at:
            pieces.append(text[at:m.start])
        at = max(at, m.end)
    pieces.append(text[at:sentence.end])
    words = folded_words(" ".join(pieces))
    return frozenset(w[:6] for w in words if len(w) > 2 and w not in NOT_NAMES and not w.isdigit())
