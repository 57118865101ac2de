"""Stage 4: sentences -> mentions (people and ranks, numbers, dates, aliases).

Each family has a module here exposing ``extract(text, start, end, doc) -> list[Mention]``: a pure
function that reads ``text[start:end]`` (one sentence of ``doc``) and returns mentions whose
offsets are into ``text``. ``EXTRACTORS`` lists the family modules in the order they run; those
in ``READ_VOCABULARY`` also take the project's extra words as ``vocabulary``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable, Optional

from discrepancy.extract.vocabulary import Vocabulary
from discrepancy.model import Document, Mention, Sentence

EXTRACTORS = (
    "discrepancy.extract.numbers",
    "discrepancy.extract.dates",
    "discrepancy.extract.periods",
    "discrepancy.extract.people",
)
# Families that read word lists a project can add to (ranks and titles).
READ_VOCABULARY = frozenset({"discrepancy.extract.people"})

# A number inside a date, time or period ("4" in "November 4", "third" in "the third quarter")
# belongs to it, not to the numbers; a colon pair read as a score ("won 18:16") is no time of day.
SHADOWED_BY = {"number": ("date", "time", "period"), "time": ("score",)}

Extractor = Callable[..., list[Mention]]
_loaded: list[tuple[str, Extractor]] = []


def extractors() -> list[tuple[str, Extractor]]:
    """The module name and ``extract`` function of every family, imported once."""
    if not _loaded:
        _loaded.extend((name, import_module(name).extract) for name in EXTRACTORS)
    return _loaded


def extract_mentions(
    doc: Document, sentence: Sentence, vocabulary: Optional[Vocabulary] = None
) -> list[Mention]:
    """Every mention in one sentence of ``doc``, ordered by position then kind; ``vocabulary``
    adds a project's ranks and titles to the built-in ones."""
    mentions = []
    for name, extract in extractors():
        extra = {"vocabulary": vocabulary} if vocabulary and name in READ_VOCABULARY else {}
        mentions.extend(extract(doc.text, sentence.start, sentence.end, doc, **extra))
    mentions = [m for m in mentions if not _shadowed(m, mentions)]
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return mentions


def _shadowed(mention: Mention, mentions: list[Mention]) -> bool:
    kinds = SHADOWED_BY.get(mention.kind)
    return bool(kinds) and any(
        other.kind in kinds and other.start < mention.end and mention.start < other.end
        for other in mentions
    )
