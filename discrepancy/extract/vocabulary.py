"""A project's own ranks and titles, read besides those of ``data/ranks.toml``.

They come from the ``ranks`` and ``titles`` settings through ``pipeline.compare``. The value is
hashable, so the people extractor keys its compiled regex and its caches on it instead of
changing anything shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Union

#: How a rank is given: its other written forms, or ``{"grade": ..., "variants": [...]}``.
RankEntry = Union[Iterable[str], Mapping[str, object]]


@dataclass(frozen=True)
class ExtraRank:
    """A rank by its canonical form. Naming a built-in rank adds forms to it; a new rank
    without a ``grade`` is a step of its own."""

    canonical: str
    variants: tuple[str, ...] = ()
    grade: Optional[str] = None


@dataclass(frozen=True)
class Vocabulary:
    ranks: tuple[ExtraRank, ...] = ()
    titles: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, ranks: Optional[Mapping[str, RankEntry]] = None, titles: Optional[Iterable[str]] = None
    ) -> "Vocabulary":
        """From the shapes the settings use: canonical -> forms or ``{grade, variants}``."""
        extra = []
        for canonical, entry in (ranks or {}).items():
            if isinstance(entry, Mapping):
                grade, variants = entry.get("grade"), entry.get("variants") or ()
            else:
                grade, variants = None, entry
            extra.append(ExtraRank(canonical, tuple(variants), grade))
        return cls(tuple(extra), tuple(titles or ()))


BUILT_IN = Vocabulary()
