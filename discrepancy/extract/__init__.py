"""Stage 4: sentences -> mentions (people and ranks, numbers, dates, aliases).

Each family has a module here exposing ``extract(text, start, end, doc) -> list[Mention]``: a pure
function that reads ``text[start:end]`` (one sentence of ``doc``) and returns mentions whose
offsets are into ``text``. ``EXTRACTORS`` lists the family modules in the order they run.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable

from discrepancy.model import Document, Mention, Sentence

EXTRACTORS = (
    "discrepancy.extract.numbers",
    "discrepancy.extract.dates",
    "discrepancy.extract.people",
)

# A number inside a date or time ("4" in "November 4") belongs to the date, not to the numbers.
SHADOWED_BY = {"number": ("date", "time")}

Extractor = Callable[[str, int, int, Document], list[Mention]]
_loaded: list[Extractor] = []


def extractors() -> list[Extractor]:
    """The ``extract`` function of every family module, imported once."""
    if not _loaded:
        _loaded.extend(import_module(name).extract for name in EXTRACTORS)
    return _loaded


def extract_mentions(doc: Document, sentence: Sentence) -> list[Mention]:
    """Every mention in one sentence of ``doc``, ordered by position then kind."""
    mentions = []
    for extract in extractors():
        mentions.extend(extract(doc.text, sentence.start, sentence.end, doc))
    mentions = [m for m in mentions if not _shadowed(m, mentions)]
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return mentions


def _shadowed(mention: Mention, mentions: list[Mention]) -> bool:
    kinds = SHADOWED_BY.get(mention.kind)
    return bool(kinds) and any(
        other.kind in kinds and other.start < mention.end and mention.start < other.end
        for other in mentions
    )
