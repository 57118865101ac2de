"""Read every document once: its name sightings (with rank, title and role) and its counts
and dated events, each with the words around it that say what it is about.

Extraction is ``compare``'s own (``extract_mentions``); this module only reads the mentions of a
sentence together: which rank and title stand before a name, which body is named in apposition
before it ("the Commander of the US Central Command, General Frank McKenzie"), and which words
of the sentence are left once names, numbers and dates are taken out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from discrepancy.datafiles import data_toml
from discrepancy.extract import extract_mentions
from discrepancy.extract.namematch import name_tokens
from discrepancy.extract.vocabulary import Vocabulary
from discrepancy.extract.words import NOT_NAMES, folded_words
from discrepancy.model import Document, Mention
from discrepancy.roster.model import Sighting

# Between a body and the person it introduces: a comma, "the", nothing else.
_APPOSITION = re.compile(r"^[\s,]*(?:the\s+)?$", re.I)
# What ends a clause inside a sentence, for the words that go with a count.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:while|whereas|but|and)\s")


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
    """A count (a number with the noun it counts) or a day in one sentence, with the content
    words around it (``words``: for a count its clause's, for a day the sentence's outside its
    names) and, for a count, the names in its clause: what it is the count or the day of."""

    document: int
    sentence: int
    mention: Mention
    words: frozenset[str]
    names: frozenset[str] = frozenset()


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
    held = [m for m in mentions if m.kind == "office"]
    previous: Optional[Mention] = None
    for name in names:
        if "weak" not in name.attrs:
            reading.seen.append(_seen(index, doc, number, name, (ranks, held), previous))
        previous = name
    sentence = doc.sentences[number]
    said = _content_words(doc.text, mentions, sentence.start, sentence.end, ("number", "date", "time"))
    reading.document_frequency.update(said)
    reading.sentences += 1
    words = said - {w[:6] for name in names for w in folded_words(name.text)}
    clauses = None
    for m in mentions:
        if m.kind == "number" and m.attrs.get("noun") and "ordinal" not in m.attrs:
            clauses = clauses or Clauses(doc.text, sentence.start, sentence.end, mentions)
            reading.counts.append(_count(index, doc.text, sentence.index, m, clauses))
        elif m.kind == "date" and "d" in m.attrs and "m" in m.attrs:
            reading.dates.append(Fact(index, number, m, words))


class Clauses:
    """A sentence cut at its separators (commas, "while", "and"...), with its mentions by
    position: what goes with each count, found by bisection (a sentence may hold thousands)."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Mention]):
        cuts = list(_CLAUSE_BREAK.finditer(text, start, end))
        self.break_starts = [c.start() for c in cuts]
        self.break_ends = [c.end() for c in cuts]
        self.start, self.end = start, end
        self.mentions = mentions
        self.mention_starts = [x.start for x in mentions]

    def around(self, m: Mention) -> tuple[int, int, list[Mention]]:
        """The clause holding ``m``, and the mentions inside it."""
        before = bisect_right(self.break_ends, m.start)
        start = self.break_ends[before - 1] if before else self.start
        after = bisect_left(self.break_starts, m.end)
        end = self.break_starts[after] if after < len(self.break_starts) else self.end
        first, last = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return start, end, [x for x in self.mentions[first:last] if x.end <= end]


def _count(index: int, text: str, sentence: int, m: Mention, clauses: Clauses) -> Fact:
    """A count with the words of its own clause, names included, without the counted noun:
    "about 2,500 soldiers in Iraq, while about 900 soldiers are in Syria" holds two counts."""
    start, end, inside = clauses.around(m)
    words = _content_words(text, inside, start, end, ("number", "date", "time"))
    counted = set(folded_words(m.attrs.get("counted", ""))) | {m.attrs["noun"]}
    names = frozenset(t for x in inside if x.kind == "name" for t in x.value.split()) - counted
    return Fact(index, sentence, m, words - {w[:6] for w in counted}, names)


def _seen(index: int, doc: Document, number: int, name: Mention, prefixes: tuple, previous: Optional[Mention]) -> Seen:
    """A name's sighting: the rank and office mentions (``prefixes``) that introduce it, and
    the body named just before it."""
    ranks, held = prefixes
    title = name.attrs.get("title", "")
    rank = _introducing(name, ranks) if name.attrs.get("rank") else None
    office_mention = _introducing(name, held)
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
        rank=_rank_text(rank, doc.lang) if rank is not None else None,
        grade=rank.attrs["grade"] if rank is not None else None,
        title=title or None, role=doc.text[previous.start:previous.end] if role else None,
    )
    office = office_mention.value if office_mention else folded_title if folded_title in offices() else ""
    return Seen(sighting, tuple(name.value.split()), role, office, start if rank is not None else None)


def _rank_text(rank: Mention, lang: Optional[str]) -> str:
    """A rank as written, with its English reading when written in another language
    ("الفريق أول ركن (Staff General)", "Generalleutnant (Lieutenant General)"), so a roster in
    several languages reads on its own."""
    text = " ".join(rank.text.split())
    if (lang or "en") == "en":
        return text
    return f"{text} ({' '.join(filter(None, (rank.attrs.get('qualifier'), rank.value)))})"


def _introducing(name: Mention, prefixes: list[Mention]) -> Optional[Mention]:
    """The rank or office mention that introduces ``name``: the last of ``prefixes`` (in
    order) ending before it, when it names it as holder; found by bisection."""
    before = bisect_right(prefixes, name.start, key=lambda m: m.end)
    prefix = prefixes[before - 1] if before else None
    return prefix if prefix is not None and prefix.attrs.get("holder_text") == name.text else None


def _content_words(text: str, mentions: list[Mention], start: int, end: int, leave_out: tuple[str, ...]) -> frozenset[str]:
    """The words of ``text[start:end]`` outside mentions of the kinds ``leave_out``, without
    closed-class words, cut to six letters: what says which event or count it is about."""
    pieces, at = [], start
    for m in mentions:
        if m.kind not in leave_out:
            continue
        if m.start > at:
            pieces.append(text[at:m.start])
        at = max(at, m.end)
    pieces.append(text[at:end])
    words = folded_words(" ".join(pieces))
    return frozenset(w[:6] for w in words if len(w) > 2 and w not in NOT_NAMES and not w.isdigit())
