"""Names of one thing: "ISIS" / "Da'esh", "the US" / "United States" / "American".

Built from ``data/aliases.toml`` plus the groups a project adds with the ``aliases`` option.
Forms are keyed by their folded name tokens, so case, full stops, apostrophes and a leading
"the" never matter. Initialisms match their spelled-out form too: "ISF" / "Iraqi Security
Forces", "USGS" / "U.S. Geological Survey".
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable

from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import PARTICLES, name_tokens

AliasGroups = tuple[tuple[str, ...], ...]


def alias_table(extra: Iterable[Iterable[str]] = ()) -> "AliasTable":
    """The table of the built-in groups plus ``extra`` (a project's own groups)."""
    return _table(tuple(tuple(group) for group in extra))


@lru_cache(maxsize=32)
def _table(extra: AliasGroups) -> "AliasTable":
    builtin = tuple(tuple(group) for group in data_toml("aliases.toml")["groups"])
    return AliasTable(builtin + extra)


class AliasTable:
    """Folded form -> its group, and the words forms start with. Groups that share a form are
    one group, so a project's group extends the built-in one it overlaps."""

    def __init__(self, groups: AliasGroups):
        parent = list(range(len(groups)))

        def root(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        first_group: dict[tuple[str, ...], int] = {}
        for index, group in enumerate(groups):
            for form in group:
                key = name_tokens(form)
                if key in first_group:
                    parent[root(index)] = root(first_group[key])
                else:
                    first_group[key] = index
        first_group.pop((), None)
        self.forms = {key: frozenset({root(i)}) for key, i in first_group.items()}
        self.starts = frozenset(key[0] for key in self.forms)
        self.longest = max(map(len, self.forms), default=0)

    def ids(self, tokens: tuple[str, ...]) -> frozenset[int]:
        return self.forms.get(tokens, frozenset())

    def counts_in(self, words: list[str]) -> Counter[int]:
        """How often each group is named in ``words`` (folded; longest form wins, particles
        skipped): "the United States of America" counts once, not as "United States" too."""
        found: Counter[int] = Counter()
        i = 0
        while i < len(words):
            if words[i] not in self.starts:
                i += 1
                continue
            window = [(j, w) for j, w in enumerate(words[i:i + 2 * self.longest], i) if w not in PARTICLES]
            for n in range(min(self.longest, len(window)), 0, -1):
                ids = self.forms.get(tuple(w for _, w in window[:n]))
                if ids:
                    found.update(ids)
                    i = window[n - 1][0]
                    break
            i += 1
        return found


def same_thing(a: tuple[str, ...], b: tuple[str, ...], table: AliasTable) -> bool:
    """Whether two folded names are listed as one thing, or one is the other's initialism."""
    if table.ids(a) & table.ids(b):
        return True
    return _initialism(a, b) or _initialism(b, a)


def _initialism(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """ "isf" for "iraqi security forces"; "usgs" for "us geological survey" (U.S. kept whole)."""
    if len(short) != 1 or len(long_) < 2:
        return False
    word = short[0]
    return word == "".join(t[:1] for t in long_) or word == "".join(
        t if len(t) <= 2 else t[:1] for t in long_
    )
