"""Accepted findings: fingerprints that survive edits elsewhere, and the baseline file.

A fingerprint is made of a finding's facts only: the pair id, the code, each side's normalised
value (the mention the evidence is: "2100", "2021-12-31", "vincent coste"; else the span's text
folded) and the person or counted noun it is about ("john brennan", "shipment"); never offsets
or sentence numbers, so it still matches after unrelated sentences are edited, paragraphs are
swapped or a number is reworded ("more than 2,100" / "over 2,100"). The file is JSON, one entry per line, sorted, so a diff of it reads
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

from discrepancy.errors import InputError, read_text, refuse_json_constant
from discrepancy.model import FINDING_CODE, Document, Evidence, Finding, Mention, Report

_NOISE = re.compile(r"[\W_]+")
# Mention attributes that say whom or what a value is about.
_SUBJECT_ATTRS = ("holder", "noun")


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
    subject: str = ""

    @classmethod
    def of(cls, pair: str, finding: Finding, report: Report) -> "Fact":
        a_mention = _mention(report.a, finding.a)
        b_mention = _mention(report.b, finding.b)
        subjects = [
            m.attrs[key] for m in (a_mention, b_mention) if m for key in _SUBJECT_ATTRS if m.attrs.get(key)
        ]
        return cls(
            pair=pair,
            code=finding.code,
            a=_value(finding.a, a_mention),
            b=_value(finding.b, b_mention),
            subject=fold(subjects[0]) if subjects else "",
        )

    @property
    def fingerprint(self) -> str:
        key = "\x1f".join((self.pair, self.code, self.a, self.b, self.subject))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _mention(doc: Document, evidence: Optional[Evidence]) -> Optional[Mention]:
    """The mention that is most of the evidence's span, if one is."""
    if evidence is None or not 0 <= evidence.sentence < len(doc.sentences):
        return None
    from discrepancy.extract import extract_mentions

    def overlap(m: Mention) -> int:
        return min(m.end, evidence.end) - max(m.start, evidence.start)

    mentions = extract_mentions(doc, doc.sentences[evidence.sentence])
    best = max(mentions, key=overlap, default=None)
    if best is None or 2 * overlap(best) < evidence.end - evidence.start:
        return None
    return best


def _value(evidence: Optional[Evidence], mention: Optional[Mention]) -> str:
    if mention is not None:
        return fold(mention.value)
    return fold(evidence.text if evidence else None)


class Baseline:
    """A multiset of accepted facts; each entry suppresses as many findings as its count."""

    def __init__(self, counts: Optional[Counter] = None):
        self.counts: Counter = counts or Counter()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> "Baseline":
        return cls(Counter(facts))

    @classmethod
    def read(cls, path: Path) -> "Baseline":
        """Read a baseline file; a missing file is an empty baseline. A pull request may edit
        the file, so every entry is checked strictly: one bad line is an InputError naming it."""
        if not path.exists():
            return cls()
        text = read_text(path, "baseline")
        counts: Counter = Counter()
        if text.strip() == "[]":
            return cls()
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            fact, count = _entry(line, f"{path}:{number}")
            counts[fact] += count
        return cls(counts)

    def dumps(self) -> str:
        """The file text: a JSON list, one sorted entry per line."""
        lines = []
        for fact in sorted(self.counts):
            entry = {"pair": fact.pair, "code": fact.code, "a": fact.a, "b": fact.b}
            if fact.subject:
                entry["subject"] = fact.subject
            if self.counts[fact] > 1:
                entry["count"] = self.counts[fact]
            entry["fingerprint"] = fact.fingerprint
            lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
        if not lines:
            return "[]\n"
        return "[\n" + ",\n".join(lines) + "\n]\n"


_ENTRY_KEYS = {"pair", "code", "a", "b", "subject", "count", "fingerprint"}
# More copies of one finding in one pair than any document holds: a count past this is an attack.
MAX_COUNT = 1_000_000


def _entry(line: str, where: str) -> tuple[Fact, int]:
    """One line of the file as a fact and its count."""
    try:
        entry = json.loads(line, parse_constant=refuse_json_constant)
    except RecursionError:
        raise InputError(f"{where}: not a baseline entry (nested too deeply)") from None
    except ValueError:
        raise InputError(f"{where}: not a baseline entry (not a JSON object)") from None
    if not isinstance(entry, dict) or not {"pair", "code", "a", "b"} <= set(entry):
        raise InputError(f"{where}: not a baseline entry (needs pair, code, a and b)")
    unknown = sorted(set(entry) - _ENTRY_KEYS)
    if unknown:
        raise InputError(f"{where}: not a baseline entry (unknown key {unknown[0][:40]!r})")
    strings = [entry[key] for key in ("pair", "code", "a", "b")] + [entry.get("subject", "")]
    if not all(isinstance(value, str) for value in strings) or not FINDING_CODE.match(entry["code"]):
        raise InputError(f"{where}: not a baseline entry (pair, code, a, b and subject are strings)")
    count = entry.get("count", 1)
    if type(count) is not int or not 1 <= count <= MAX_COUNT:
        raise InputError(f"{where}: 'count' must be a whole number from 1 to {MAX_COUNT:,}")
    return Fact(*strings), count


def facts_of(pair: str, report: Report) -> list[Fact]:
    """The fact of every finding of ``report``, in order: worked out once per report, as each
    reads the sentence's mentions again."""
    return [Fact.of(pair, finding, report) for finding in report.findings]


def split_accepted(
    findings: list[Finding], facts: list[Fact], remaining: Counter
) -> tuple[list[Finding], list[Fact], int]:
    """The findings not covered by ``remaining`` (consumed as matched) with their facts, and how
    many were covered."""
    new, new_facts, suppressed = [], [], 0
    for finding, fact in zip(findings, facts):
        if remaining[fact] > 0:
            remaining[fact] -= 1
            suppressed += 1
        else:
            new.append(finding)
            new_facts.append(fact)
    return new, new_facts, suppressed
