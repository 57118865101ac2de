"""OMI: sentences with no counterpart on the other side, so a dropped paragraph is never silent.

Every such sentence is a note (OMI001, OMI002). One that carries numbers or dates the other
document states nowhere (not in another sentence, not as its dateline's date), in a document
whose other sentences do answer each other, lost facts and is a warning naming them (OMI003,
OMI004). A document is *otherwise aligned* when at least two thirds of the sentences of each side
sit in groups with both sides: then a sentence left over was dropped or added, while between
two wholly different texts (or two unmatched one-sentence texts) nothing is.
"""

from __future__ import annotations

import re
from typing import Iterator

from discrepancy.memo import per_text
from discrepancy.model import Document, Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule

_PREVIEW = 60
# The share of each side's sentences that must be matched for the rest to count as dropped.
_ALIGNED_SHARE = 2 / 3


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1].rstrip() + "…"


@rule("OMI001", "sentence-only-in-a", Kind.omission, Severity.info)
def only_in_a(group: Group) -> Iterator[Hit]:
    """A sentence of A has no counterpart in B.

    Bad: The talks ended. Both sides will meet again in March. → The talks ended.
    Good: The talks ended. → The talks have ended.
    """
    if not group.group.b:
        for sentence in group.a_sentences:
            yield Hit(f"only in A: {_preview(sentence.text)}", a=(sentence.start, sentence.end))


@rule("OMI002", "sentence-only-in-b", Kind.omission, Severity.info)
def only_in_b(group: Group) -> Iterator[Hit]:
    """A sentence of B has no counterpart in A.

    Bad: The talks ended. → The talks ended. Both sides will meet again in March.
    Good: The talks have ended. → The talks ended.
    """
    if not group.group.a:
        for sentence in group.b_sentences:
            yield Hit(f"only in B: {_preview(sentence.text)}", b=(sentence.start, sentence.end))


@rule("OMI003", "figures-only-in-a", Kind.omission, Severity.warning)
def figures_only_in_a(group: Group) -> Iterator[Hit]:
    """A sentence of A that carries numbers or dates has no counterpart in an otherwise aligned B.

    Bad: The committee met. It reviewed 40 vehicles. Talks resume on 4 March. → The committee met. It reviewed 40 vehicles.
    Good: The committee met. It reviewed 40 vehicles. Talks resume soon. → The committee met. It reviewed 40 vehicles.
    """
    if not group.group.b and _otherwise_aligned(group):
        yield from _lost(group.a_sentences, group.a_mentions, group.b_doc, "A")


@rule("OMI004", "figures-only-in-b", Kind.omission, Severity.warning)
def figures_only_in_b(group: Group) -> Iterator[Hit]:
    """A sentence of B that carries numbers or dates has no counterpart in an otherwise aligned A.

    Bad: The committee met. It reviewed 40 vehicles. → The committee met. It reviewed 40 vehicles. Talks resume on 4 March.
    Good: The committee met. It reviewed 40 vehicles. → The committee met. It reviewed 40 vehicles. Talks resume soon.
    """
    if not group.group.a and _otherwise_aligned(group):
        yield from _lost(group.b_sentences, group.b_mentions, group.a_doc, "B")


def _lost(sentences, mentions: list[Mention], other: Document, side: str) -> Iterator[Hit]:
    """One warning for each sentence holding facts the other document does not state anywhere:
    not in another sentence (word for word) nor as its own date (a dateline read on one side
    only)."""
    for sentence in sentences:
        facts = [m for m in mentions if sentence.start <= m.start < sentence.end and _fact(m)]
        lost = [m for m in facts if not _stated_in(m, other, _plain(other.text))]
        if lost:
            shown = ", ".join(m.text for m in lost)
            yield Hit(f"{shown} only in {side}: {_preview(sentence.text)}", **{side.lower(): (sentence.start, sentence.end)})


class _Plain:
    """A document's text with its white space made plain, and which words it writes.

    Each look-up scans the whole text when the words are not there, and every group left
    alone on one side asks the other document about its facts: on long documents the same few
    values ("two", "today") came back hundreds of times, each a scan of megabytes, quadratic
    in all (30k sentences: 511 scans, 72 strings). Each string is looked for once."""

    def __init__(self, text: str) -> None:
        self.text = " ".join(text.split())
        self._writes: dict[str, bool] = {}

    def writes(self, words: str) -> bool:
        found = self._writes.get(words)
        if found is None:
            # The words first, what may not stand before them after (a look-behind over them):
            # the engine then jumps from one place they are written to the next instead of
            # trying the pattern at every character of a long document (30 times faster
            # over 4 MB).
            pattern = rf"{re.escape(words)}(?<![\w.,](?s:.){{{len(words)}}})(?![\w]|[.,]\d)"
            found = self._writes[words] = re.search(pattern, self.text) is not None
        return found


@per_text(4)
def _plain(text: str) -> _Plain:
    """Once per document: every group left alone on one side asks for the other document's."""
    return _Plain(text)


def _stated_in(m: Mention, doc: Document, plain: _Plain) -> bool:
    """Whether ``doc`` (its text made ``plain``) states ``m`` elsewhere: the words as written,
    a number's value (whatever its qualifier), its dateline's date."""
    if doc.date is not None and m.value == doc.date.isoformat():
        return True
    written = [" ".join(m.text.split())] + ([m.value] if m.kind == "number" else [])
    return any(plain.writes(w) for w in written)


def _fact(m: Mention) -> bool:
    """A number or date a reader would miss: not a weak or name-bound number ("one of", "G7"),
    not a vague time of day."""
    if m.kind == "number":
        return not ({"weak", "code"} & m.attrs.keys())
    return m.kind in ("date", "time", "period") and "vague" not in m.attrs


def _otherwise_aligned(group: Group) -> bool:
    return group.memo(_aligned_share) >= _ALIGNED_SHARE


# The last alignment's share: every one-sided group of a document asks for the same one, and
# counting the whole alignment for each of them made long documents quadratic.
_last_share: list = [None, None, 0.0]  # alignment (held, compared by identity), totals, share


def _aligned_share(group: Group) -> float:
    """The smaller share, over the two sides, of sentences in groups that have both sides."""
    totals = (len(group.a_doc.sentences), len(group.b_doc.sentences))
    alignment, known_totals, share = _last_share
    if alignment is group.alignment and known_totals == totals:
        return share
    paired_a = sum(len(g.a) for g in group.alignment if g.a and g.b)
    paired_b = sum(len(g.b) for g in group.alignment if g.a and g.b)
    total_a, total_b = totals
    share = min(paired_a / total_a, paired_b / total_b) if paired_a and total_a and total_b else 0.0
    _last_share[:] = [group.alignment, totals, share]
    return share
