"""Memos of what is read off one sentence or one document, and how to forget them.

Two near-duplicate reports share most of their sentences, and ``check`` compares one source
with each of its translations, so the readers remember what they read per sentence text
(numbers, dates, periods, names, a document's language). A benchmark that passes over the
same texts again must forget between passes, or it times the memo instead of the reading:
``forget()`` empties every memo made with ``per_text``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

_Function = TypeVar("_Function", bound=Callable)
_MEMOS: list = []


def per_text(maxsize: int) -> Callable[[_Function], _Function]:
    """``functools.lru_cache(maxsize)``, registered so that ``forget`` empties it."""

    def remembered(function: _Function) -> _Function:
        memo = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memo)
        return memo  # type: ignore[return-value]

    return remembered


def forget() -> None:
    """Empty every per-text memo: the next pass reads every text as if for the first time."""
    for memo in _MEMOS:
        memo.cache_clear()
