"""Stage 4: sentences -> mentions (people and ranks, numbers, dates, aliases).

Each family has a module here exposing ``extract(text, start, end, doc) -> list[Mention]``: a pure
function that reads ``text[start:end]`` (one sentence of ``doc``) and returns mentions whose
offsets are into ``text``. ``EXTRACTORS`` lists the family modules in the order they run; those
in ``READ_VOCABULARY`` also take the project's extra words as ``vocabulary``.

A language other than English reads a family its own way by holding a module of the family's
name: ``discrepancy/lang/ar/numbers.py`` reads the numbers of an Arabic document. A family
its language has no module for is read by the English one (digits and Latin names still count).
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from operator import attrgetter
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
_loaded: dict[str, list[tuple[bool, Extractor]]] = {}


def extractors(lang: Optional[str] = None) -> list[tuple[bool, Extractor]]:
    """The ``extract`` function of every family for a document in ``lang``, each with whether
    it takes the project's vocabulary; imported and looked up once per language."""
    lang = lang or "en"
    if lang not in _loaded:
        _loaded[lang] = [
            ("discrepancy.extract." + name.rsplit(".", 1)[1] in READ_VOCABULARY, import_module(name).extract)
            for name in _family_modules(lang)
        ]
    return _loaded[lang]


def _family_modules(lang: str) -> list[str]:
    """Each family's module: the language's own where it has one, else the English one."""
    if lang == "en" or not lang.isalpha() or find_spec(f"discrepancy.lang.{lang}") is None:
        return list(EXTRACTORS)
    own = (f"discrepancy.lang.{lang}.{name.rsplit('.', 1)[1]}" for name in EXTRACTORS)
    return [mine if find_spec(mine) else name for mine, name in zip(own, EXTRACTORS)]


def extract_mentions(
    doc: Document, sentence: Sentence, vocabulary: Optional[Vocabulary] = None
) -> list[Mention]:
    """Every mention in one sentence of ``doc``, ordered by position then kind; ``vocabulary``
    adds a project's ranks and titles to the built-in ones."""
    mentions: list[Mention] = []
    text, start, end = doc.text, sentence.start, sentence.end
    for reads_vocabulary, extract in extractors(doc.lang):
        if vocabulary and reads_vocabulary:
            mentions.extend(extract(text, start, end, doc, vocabulary=vocabulary))
        else:
            mentions.extend(extract(text, start, end, doc))
    shadowing = [m for m in mentions if m.kind in _SHADOWING]
    if shadowing:
        mentions = [m for m in mentions if not _shadowed(m, shadowing)]
    mentions.sort(key=_POSITION)
    return mentions


_SHADOWING = frozenset(kind for kinds in SHADOWED_BY.values() for kind in kinds)


# Mentions in order of position, then kind (read in C: a pass sorts thousands).
_POSITION = attrgetter("start", "end", "kind")


def _shadowed(mention: Mention, shadowing: list[Mention]) -> bool:
    kinds = SHADOWED_BY.get(mention.kind)
    return bool(kinds) and any(
        other.kind in kinds and other.start < mention.end and mention.start < other.end
        for other in shadowing
    )
