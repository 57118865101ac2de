"""Names as read off a sentence, before they become mentions, and the long official names
that several of them make together ("Federal Service for Supervision of Communications,
Information Technology and Mass Media")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from discrepancy.extract.namematch import fold
from discrepancy.extract.words import common_words

if TYPE_CHECKING:
    from discrepancy.extract.people import Token

# Lower-case words that may sit inside a name: "Osama bin Laden", "Bank of America".
CONNECTORS = frozenset(
    "al el bin ibn bint abu de du des da di del della dos das van von der den la le of y".split()
)


class NameSpan(NamedTuple):
    """A name read off a sentence (offsets relative to it) and what stands before it (a tuple:
    a sentence yields several, built in a fraction of a frozen dataclass's time)."""

    start: int
    end: int
    rank: Token | None
    title: str
    weak: bool = False
    office: tuple[int, int] | None = None  # "Czech Prime Minister": the office the person holds
    in_office: bool = False  # "California" of "California Governor": a name that says which office


# What links the parts of one long official name: "for", and the commas and "and" of a list.
_OFFICIAL_LINK = re.compile(r"\s+for\s+|,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def join_official_names(found: list[NameSpan], sentence: str) -> list[NameSpan]:
    """ "Federal Service for Supervision of Communications, Information Technology and Mass
    Media": a long official name is one name across "for", its commas and "and", where what
    it lists is in ordinary words (a list of names, "Bank of America, Citigroup and Wells
    Fargo", stays several names)."""
    joined: list[NameSpan] = []
    chain: list[NameSpan] = []
    for span in found + [None]:
        if span is not None and chain and not span.weak and span.rank is None and not span.title and (
            _OFFICIAL_LINK.fullmatch(sentence, chain[-1].end, span.start)
            and _in_ordinary_words(sentence[span.start:span.end])
        ):
            chain.append(span)
            continue
        if len(chain) > 1 and _official(chain, sentence):
            joined.append(NameSpan(chain[0].start, chain[-1].end, chain[0].rank, chain[0].title))
        else:
            joined.extend(chain)
        chain = [span] if span is not None else []
    return joined


def _official(chain: list[NameSpan], sentence: str) -> bool:
    """Whether a chain of names is one official name: its head is no one's name and no weak
    word, and it names what the body does ("for", or "of" inside its parts)."""
    head = chain[0]
    text = sentence[head.start:chain[-1].end]
    return not head.weak and head.rank is None and (" for " in text or " of " in text)


def _in_ordinary_words(text: str) -> bool:
    return all(fold(word) in common_words() or word in CONNECTORS for word in text.split())
