"""Why two spellings were taken for one person, in words an editor checks at a glance:
"Al-Araji ~ Alaraji: article and hyphen folded"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from discrepancy.extract.namematch import PARTICLES, Match, fold, match_names, name_tokens, skeleton, token_match

_PARTS = re.compile(r"[\s\-‐‑–—/]+")


@lru_cache(maxsize=65536)
def why_same(a: str, b: str) -> str:
    """The reasons ``a`` and ``b`` name one person, as one phrase (the same pairs of spellings
    recur in every report)."""
    folded = [r for r in ("case", "accents", "apostrophe", "article", "hyphen", "spacing") if _differs(r, a, b)]
    changes = _token_changes(name_tokens(a), name_tokens(b))
    phrases = []
    if folded:
        phrases.append(" and ".join([", ".join(folded[:-1]), folded[-1]] if len(folded) > 1 else folded) + " folded")
    phrases.extend(changes)
    return "; ".join(phrases) or "written alike"


def _differs(reason: str, a: str, b: str) -> bool:
    if reason == "case":
        return a != b and a.lower() == b.lower()
    if reason == "accents":
        return _bare(a) != a or _bare(b) != b
    if reason == "apostrophe":
        return ("'" in a or "’" in a) != ("'" in b or "’" in b)
    if reason == "article":
        return _articles(a) != _articles(b) or _solid_article(a) != _solid_article(b)
    if reason == "hyphen":
        return a.count("-") != b.count("-")
    return len(name_tokens(a)) != len(name_tokens(b)) and "".join(name_tokens(a)) == "".join(name_tokens(b))


def _bare(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _articles(text: str) -> list[str]:
    return sorted(p for p in (fold(w) for w in _PARTS.split(text)) if p in PARTICLES)


def _solid_article(text: str) -> int:
    """Words with the article written solid: "Alaraji"."""
    return sum(1 for t in name_tokens(text) if len(t) > 5 and t[:2] in ("al", "el") and not _articles(text))


def _token_changes(a: tuple[str, ...], b: tuple[str, ...]) -> list[str]:
    """Re-spelt words, and what one side leaves out."""
    if "".join(a) == "".join(b):
        return []
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    free, changes = list(long_), []
    for token in short:
        initial = next((o for o in free if len(token) == 1 < len(o) and o.startswith(token)), None)
        if initial is not None:
            free.remove(initial)
            changes.append(f"initial {token.upper()}. for {initial}")
            continue
        other = max(free, key=lambda o: token_match(token, o), default=None)
        if other is None or token_match(token, other) < Match.variant:
            continue
        free.remove(other)
        if token == other or token.removeprefix("al") == other.removeprefix("al"):
            continue
        kind = "transliteration" if skeleton(token) == skeleton(other) else "spelling slip"
        changes.append(f"{kind} {token}/{other}")
    if match_names(a, b) == Match.subset:
        changes.append("shortened form (" + " ".join(free) + " left out)")
    return changes
