"""Accepted findings: fingerprints that survive edits elsewhere, and the baseline file.

A fingerprint is made of a finding's facts only (pair id, code, the two sides' texts folded),
never its offsets or sentence numbers, so it still matches after unrelated sentences are edited
or paragraphs are swapped. The file is JSON, one entry per line, sorted, so a diff of it reads
like a list of accepted findings.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from discrepancy.errors import InputError
from discrepancy.model import Finding

_NOISE = re.compile(r"[\W_]+")
BASELINE_VERSION = 1


def fold(text: Optional[str]) -> str:
    """Case, accents, punctuation and spacing folded away: what a span *says*."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOISE.sub(" ", bare).strip()


@dataclass(frozen=True, order=True)
class Fact:
    """What a finding is about, independent of where it sits in the files."""

    pair: str
    code: str
    a: str
    b: str

    @classmethod
    def of(cls, pair: str, finding: Finding) -> "Fact":
        return cls(
            pair=pair,
            code=finding.code,
            a=fold(finding.a.text if finding.a else None),
            b=fold(finding.b.text if finding.b else None),
        )

    @property
    def fingerprint(self) -> str:
        key = "\x1f".join((self.pair, self.code, self.a, self.b))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Baseline:
    """A multiset of accepted facts; each entry suppresses as many findings as its count."""

    def __init__(self, counts: Optional[Counter] = None):
        self.counts: Counter = counts or Counter()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> "Baseline":
        return cls(Counter(facts))

    @classmethod
    def read(cls, path: Path) -> "Baseline":
        """Read a baseline file; a missing file is an empty baseline."""
        if not path.exists():
            return cls()
        counts: Counter = Counter()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                entry = json.loads(line)
                fact = Fact(str(entry["pair"]), str(entry["code"]), entry["a"], entry["b"])
                counts[fact] += int(entry.get("count", 1))
            except (ValueError, KeyError, TypeError):
                raise InputError(f"{path}:{number}: not a baseline entry") from None
        return cls(counts)

    def dumps(self) -> str:
        """The file text: a JSON list, one sorted entry per line."""
        lines = []
        for fact in sorted(self.counts):
            entry = {"pair": fact.pair, "code": fact.code, "a": fact.a, "b": fact.b}
            if self.counts[fact] > 1:
                entry["count"] = self.counts[fact]
            entry["fingerprint"] = fact.fingerprint
            lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
        if not lines:
            return "[]\n"
        return "[\n" + ",\n".join(lines) + "\n]\n"

    def only_pairs(self, pairs: set[str], keep: bool) -> "Baseline":
        """The entries of ``pairs`` (``keep``) or of every other pair (not ``keep``)."""
        return Baseline(Counter({f: n for f, n in self.counts.items() if (f.pair in pairs) == keep}))

    def merged(self, other: "Baseline") -> "Baseline":
        return Baseline(self.counts + other.counts)


def split_accepted(
    pair: str, findings: list[Finding], remaining: Counter
) -> tuple[list[Finding], int]:
    """Findings not covered by ``remaining`` (consumed as matched), and how many were covered."""
    new, suppressed = [], 0
    for finding in findings:
        fact = Fact.of(pair, finding)
        if remaining[fact] > 0:
            remaining[fact] -= 1
            suppressed += 1
        else:
            new.append(finding)
    return new, suppressed
