"""Stage 5: aligned mentions -> findings, through a registry of small rules.

Every rule has a stable code: three capital letters naming its family and three digits,
numbered in the order rules were added and never reused:

    NUM  numbers (value, qualifier, a number on one side only)   rules/numbers.py
    DAT  dates (day, weekday, relative words)                    rules/dates.py
    NAM  people and other names                                  rules/people.py
    RNK  ranks and titles                                        rules/ranks.py
    OMI  sentences without a counterpart                         rules/omission.py
    ROS  people, counts and dates across many reports            roster/rules.py

A rule is a function decorated with ``@rule(code, name, kind, severity)`` that takes a ``Group``
(one aligned group with the mentions of each side) and yields ``Hit``s. Its docstring opens with
a one-line summary and carries one ``Bad:`` and one ``Good:`` line, each ``A text → B text``;
the test suite runs both through ``compare`` and the README table shows them. ROS rules (scope
"roster") read a ``roster.story.Story`` of many documents instead; their examples are two
documents of one roster. A rule that compares mentions of some kinds says so (``needs``): a
group holding none of them on either side is not given to it.

``--select``/``--ignore`` take codes or code prefixes, as ruff does: ``NUM`` means every NUM rule.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import import_module
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Optional, Union

from discrepancy.errors import InputError
from discrepancy.model import (
    AlignmentGroup,
    Document,
    Evidence,
    Finding,
    Kind,
    Mention,
    Sentence,
    Severity,
)
from discrepancy.rules.windows import side_mentions, windows

RULE_MODULES = (
    "discrepancy.rules.numbers",
    "discrepancy.rules.dates",
    "discrepancy.rules.people",
    "discrepancy.rules.ranks",
    "discrepancy.rules.offices",
    "discrepancy.rules.omission",
    "discrepancy.roster.rules",
)

Span = Union[Mention, tuple[int, int]]


class Hit(NamedTuple):
    """What a rule reports: a one-line message and the span on each side (either may be None)."""

    message: str
    a: Optional[Span] = None
    b: Optional[Span] = None
    severity: Optional[Severity] = None


@dataclass(frozen=True)
class Example:
    a: str
    b: str


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: Kind
    severity: Severity
    check: Callable[["Group"], Iterable[Hit]]
    summary: str
    bad: Optional[Example]
    good: Optional[Example]
    scope: str = "pair"
    # Mention kinds of which a group must hold one (either side) for the rule to find anything;
    # empty: the rule reads every group.
    needs: frozenset[str] = frozenset()


REGISTRY: dict[str, Rule] = {}
_imported: list[str] = []
_EXAMPLE = re.compile(r"^[^\S\n]*(Bad|Good):[^\S\n]*(.+?)[^\S\n]+→[^\S\n]+(.+?)[^\S\n]*$", re.M)
_CODE = re.compile(r"^[A-Z]{3}\d{3}$")


def rule(code: str, name: str, kind: Kind, severity: Severity, scope: str = "pair", needs: Iterable[str] = ()):
    """Register the decorated ``check(group) -> Iterable[Hit]`` under ``code``. A rule of
    ``scope`` "roster" checks the people of many documents instead (``discrepancy.roster``).
    ``needs`` names the mention kinds the rule compares: a group with none of them on either
    side is not given to it (most groups hold no number, date, rank or office)."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} is not three capitals and three digits")

    def register(check):
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        doc = check.__doc__ or ""
        examples = {m.group(1): Example(m.group(2), m.group(3)) for m in _EXAMPLE.finditer(doc)}
        REGISTRY[code] = Rule(
            code=code,
            name=name,
            kind=kind,
            severity=severity,
            check=check,
            summary=doc.strip().splitlines()[0] if doc.strip() else name,
            bad=examples.get("Bad"),
            good=examples.get("Good"),
            scope=scope,
            needs=frozenset(needs),
        )
        return check

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by code."""
    if not _imported:
        for module in RULE_MODULES:
            import_module(module)
        _imported.extend(RULE_MODULES)
    return [REGISTRY[code] for code in sorted(REGISTRY)]


@dataclass
class Group:
    """One aligned group as the rules see it: both documents, its sentences and their mentions."""

    index: int
    group: AlignmentGroup
    a_doc: Document
    b_doc: Document
    a_mentions: list[Mention]
    b_mentions: list[Mention]
    options: Mapping[str, object] = field(default_factory=dict)
    # The whole document's alignment, for rules that judge a group by the rest (omissions).
    alignment: list[AlignmentGroup] = field(default_factory=list)
    _memo: dict = field(default_factory=dict, repr=False)

    @property
    def a_sentences(self) -> list[Sentence]:
        return [self.a_doc.sentences[i] for i in self.group.a]

    @property
    def b_sentences(self) -> list[Sentence]:
        return [self.b_doc.sentences[j] for j in self.group.b]

    def mentions(self, *kinds: str) -> tuple[list[Mention], list[Mention]]:
        """The mentions of the given kinds on side A and on side B."""
        return (
            [m for m in self.a_mentions if m.kind in kinds],
            [m for m in self.b_mentions if m.kind in kinds],
        )

    def memo(self, compute: Callable[["Group"], object]):
        """``compute(self)``, computed once per group, so related rules can share work."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]


def _specificity(code: str, patterns: Iterable[str]) -> int:
    """Length of the longest pattern ``code`` starts with; -1 when none does."""
    return max((len(p) for p in patterns if code.startswith(p)), default=-1)


def no_rule_for(patterns: Iterable[str], codes: list[str]) -> Optional[str]:
    """The user's message for the first of ``patterns`` no rule code starts with, or None."""
    for pattern in patterns:
        if not any(code.startswith(pattern) for code in codes):
            return f"no rule code starts with {pattern!r} (see `discrepancy rules`)"
    return None


def _patterns(values: Optional[Iterable[str]], option: str, codes: list[str]) -> list[str]:
    patterns = [v.strip().upper() for v in values or () if v.strip()]
    problem = no_rule_for(patterns, codes)
    if problem:
        raise InputError(f"{option}: {problem}")
    return patterns


def select_rules(
    select: Optional[Iterable[str]] = None,
    ignore: Optional[Iterable[str]] = None,
    scope: Optional[str] = None,
) -> list[Rule]:
    """The rules chosen by ``select`` (default all) minus ``ignore``; codes or prefixes. As in
    ruff, the more specific pattern wins: ``ignore=["NUM"], select=["NUM001"]`` keeps NUM001;
    on a tie, ignore wins. ``scope`` ("pair", "roster") keeps the rules of one kind of run."""
    rules = all_rules()
    codes = [r.code for r in rules]
    chosen = _patterns(select, "--select", codes)
    dropped = _patterns(ignore, "--ignore", codes)
    if scope and chosen and not any(r.scope == scope and _specificity(r.code, chosen) >= 0 for r in rules):
        raise InputError(f"--select: {', '.join(chosen)} names no {scope} rule (see `discrepancy rules`)")
    return [
        r
        for r in rules
        if (_specificity(r.code, chosen) if chosen else 0) > _specificity(r.code, dropped)
        and scope in (None, r.scope)
    ]


def chosen_rules(
    select: Optional[Iterable[str]],
    ignore: Optional[Iterable[str]],
    severity: Optional[Mapping[str, Union[Severity, str]]],
    scope: str,
) -> list[tuple[Rule, Optional[Severity]]]:
    """The rules of ``scope`` that ``select``/``ignore`` keep, each with the severity that
    ``severity`` (code or prefix -> severity) forces on it, if any."""
    return list(_chosen_once(
        None if select is None else tuple(select),
        None if ignore is None else tuple(ignore),
        tuple((k.upper(), v) for k, v in (severity or {}).items()),
        scope,
        len(REGISTRY),
    ))


@lru_cache(maxsize=64)
def _chosen_once(select, ignore, severity, scope, registered: int) -> tuple:
    """chosen_rules for hashable arguments, worked out once per set of ``registered`` rules:
    compare() calls it for every pair."""
    overrides = dict(severity)
    return tuple((r, _severity_for(r, overrides)) for r in select_rules(select, ignore, scope))


def _severity_for(rule_: Rule, overrides: Mapping[str, Union[Severity, str]]) -> Optional[Severity]:
    """The override for ``rule_`` from the longest matching code or prefix, if any."""
    best = max((p for p in overrides if rule_.code.startswith(p)), key=len, default=None)
    return Severity(overrides[best]) if best is not None else None


def run_rules(
    a: Document,
    b: Document,
    alignment: list[AlignmentGroup],
    *,
    select: Optional[Iterable[str]] = None,
    ignore: Optional[Iterable[str]] = None,
    severity: Optional[Mapping[str, Union[Severity, str]]] = None,
    options: Optional[Mapping[str, object]] = None,
) -> list[Finding]:
    """All findings for the aligned documents, ordered by group, A offset, then code.

    ``options`` reach every rule as ``Group.options`` (e.g. ``aliases``: extra name groups);
    ``options["vocabulary"]`` also reaches the extractors.
    """
    from discrepancy.extract import extract_mentions

    options = options or {}
    extract = partial(extract_mentions, vocabulary=options.get("vocabulary"))

    chosen = chosen_rules(select, ignore, severity, "pair")
    a_starts = [s.start for s in a.sentences]
    b_starts = [s.start for s in b.sentences]
    findings = []
    for index, aligned in enumerate(alignment):
        seen: set = set()
        a_side = (a, aligned.a, side_mentions(a, aligned.a, extract))
        b_side = (b, aligned.b, side_mentions(b, aligned.b, extract))
        for a_view, a_mentions, b_view, b_mentions in windows(a_side, b_side):
            kinds = {m.kind for m in a_mentions} | {m.kind for m in b_mentions}
            group = Group(
                index=index,
                group=aligned,
                a_doc=a_view,
                b_doc=b_view,
                a_mentions=a_mentions,
                b_mentions=b_mentions,
                options=options,
                alignment=alignment,
            )
            for rule_, forced in chosen:
                if rule_.needs and rule_.needs.isdisjoint(kinds):
                    continue
                for hit in rule_.check(group):
                    key = (rule_.code, _span(hit.a), _span(hit.b), hit.message)
                    if key in seen:  # a finding on the whole group, met again in each window
                        continue
                    seen.add(key)
                    findings.append(
                        Finding(
                            code=rule_.code,
                            kind=rule_.kind,
                            severity=forced or hit.severity or rule_.severity,
                            message=hit.message,
                            a=_evidence(a, a_starts, hit.a),
                            b=_evidence(b, b_starts, hit.b),
                            group=index,
                        )
                    )
    findings.sort(key=_order)
    return findings


def _span(span: Optional[Span]) -> Optional[tuple[int, int]]:
    if span is None:
        return None
    return (span.start, span.end) if isinstance(span, Mention) else tuple(span)


def _evidence(doc: Document, starts: list[int], span: Optional[Span]) -> Optional[Evidence]:
    if span is None:
        return None
    start, end = (span.start, span.end) if isinstance(span, Mention) else span
    sentence = max(bisect.bisect_right(starts, start) - 1, 0)
    if doc.sentences:
        # A mention read across a stray sentence break is shown in the sentence it starts in.
        end = min(end, max(doc.sentences[sentence].end, start + 1))
    return Evidence(text=doc.text[start:end], start=start, end=end, sentence=sentence)


def _order(finding: Finding) -> tuple:
    a, b = finding.a, finding.b
    return (
        finding.group if finding.group is not None else -1,
        a is None,
        a.start if a else 0,
        finding.code,
        b.start if b else 0,
        finding.message,
    )


def describe() -> Iterator[tuple[str, str, str, str]]:
    """(code, default severity, name, summary) of every rule, for ``discrepancy rules``."""
    for r in all_rules():
        yield r.code, r.severity.value, r.name, r.summary


def markdown_table() -> str:
    """The README's table of rules: code, severity, what it flags, its Bad: example."""
    lines = ["| code | severity | flags | example (A → B) |", "|---|---|---|---|"]
    for r in all_rules():
        example = f"{r.bad.a} → {r.bad.b}" if r.bad else ""
        lines.append(f"| {r.code} | {r.severity.value} | {r.summary} | {example} |")
    return "\n".join(lines) + "\n"
