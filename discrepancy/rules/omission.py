"""OMI: sentences with no counterpart on the other side, so a dropped paragraph is never silent."""

from __future__ import annotations

from typing import Iterator

from discrepancy.model import Kind, Severity
from discrepancy.rules import Group, Hit, rule

_PREVIEW = 60


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
