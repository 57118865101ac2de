"""What the roster's formats share: how a document is named, where a span sits (line and
column), which findings concern a person, and which people and findings to show."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from discrepancy.model import Finding, Severity
from discrepancy.report.view import line_column, visible
from discrepancy.roster.model import Person, Place, Roster, RosterFinding


def labels(roster: Roster) -> list[str]:
    """A short name per document: the file name, or the path where two file names clash."""
    names = [Path(d.path).name if d.path else f"#{i + 1}" for i, d in enumerate(roster.documents)]
    clashes = {n for n, c in Counter(names).items() if c > 1}
    return [d.path if n in clashes and d.path else n for n, d in zip(names, roster.documents)]


def reports_of(person: Person, names: list[str], shown: int = 4) -> str:
    """The reports a person is named in: the first few, then how many more."""
    listed = ", ".join(names[d] for d in person.documents[:shown])
    more = len(person.documents) - shown
    return listed + (f" and {more} more" if more > 0 else "")


def where(roster: Roster, place: Place, names: list[str]) -> str:
    """``file:line:column`` of a span."""
    line, column = line_column(roster.documents[place.document].text, place.start)
    return f"{names[place.document]}:{line}:{column}"


def shown_people(roster: Roster, verbose: bool) -> list[Person]:
    """People; with ``verbose`` also the other names (places, bodies, people named once)."""
    return [p for p in roster.people if verbose or p.kind == "person" or flags(roster, p.id)]


def flags(roster: Roster, person: int) -> list[RosterFinding]:
    return [f for f in roster.findings if f.person == person]


def flag_counts(roster: Roster, person: int) -> list[tuple[RosterFinding, int]]:
    """Each code flagged on a person once, with its first finding and how many there are."""
    counts: dict[str, list] = {}
    for f in flags(roster, person):
        counts.setdefault(f.code, [f, 0])[1] += 1
    return [(f, n) for f, n in counts.values()]


def flag_text(finding: RosterFinding, count: int) -> str:
    return finding.code + (f" ×{count}" if count > 1 else "")


def shown_findings(roster: Roster, verbose: bool) -> list[Finding]:
    return visible(roster.findings, verbose)


def summary(roster: Roster) -> str:
    """One line: documents, people, other names, findings by severity."""
    people = sum(p.kind == "person" for p in roster.people)
    counts = Counter(f.severity for f in roster.findings)
    by_severity = ", ".join(f"{counts[s]} {s.value}" for s in reversed(Severity))
    return (
        f"{len(roster.documents)} reports · {people} people · {len(roster.people) - people} other names"
        f" · {len(roster.findings)} findings ({by_severity})"
    )


def sentence_anchor(document: int, sentence: int) -> str:
    return f"d{document + 1}s{sentence + 1}"
