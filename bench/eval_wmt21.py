"""Trust on real translations: the WMT21 two-reference pairs in corpus/eval/wmt21/.

    python3 bench/eval_wmt21.py              # figures per family beside their goals
    python3 bench/eval_wmt21.py --show       # also every false alarm and every missed difference

The 2,974 pairs are two independent professional translations of one news sentence, presumed to
state the same facts. ``adjudication.jsonl`` beside them records the real differences found by
reading every pair the tool flagged, and every pair whose digits or number, month and weekday
words differ but that the tool left quiet (``{"id", "kind", "a_span", "b_span", "why"}``; kind
is number, date, name, rank or title). ``"minor": true`` marks a weekday or month that only one
translator states: the tool reports those at info by design. A finding *matches* a recorded
difference of its family when its span overlaps the recorded span on either side. Per family,
counting findings at warning or above:

- false-alarm pairs: pairs with a finding that matches no recorded difference, over all pairs;
- finding precision: findings that match a recorded difference, over all findings;
- recall: recorded differences (not minor) that some finding matches;
- minor found: minor differences that some finding matches at any severity (info included).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_demetr import _overlaps, _spans, load  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "wmt21"
FAMILY_OF_KIND = {"number": "number_date", "date": "number_date",
                  "name": "name_rank", "rank": "name_rank", "title": "name_rank"}
GOALS = {
    "number_date": {"false_alarm_pairs": ("<=", 0.005), "precision": (">=", 0.9), "recall": (">=", 0.95)},
    "name_rank": {"false_alarm_pairs": ("<=", 0.005), "precision": (">=", 0.85), "recall": (">=", 0.90)},
}


def adjudication(root: Path = DATA) -> dict[str, list[dict]]:
    """The recorded real differences, by pair id."""
    recorded: dict[str, list[dict]] = {}
    for entry in load("adjudication", root):
        if entry["kind"] not in FAMILY_OF_KIND:
            raise ValueError(f"adjudication: unknown kind {entry['kind']!r} for {entry['id']}")
        recorded.setdefault(entry["id"], []).append(entry)
    return recorded


def _matches(item: dict, finding, entry: dict) -> bool:
    return (_overlaps(finding.a, _spans(item["a"], entry["a_span"]))
            or _overlaps(finding.b, _spans(item["b"], entry["b_span"])))


def evaluate(root: Path = DATA, show: bool = False) -> dict:
    """Figures per family: false-alarm pairs, finding precision, recall of recorded differences."""
    from discrepancy import compare

    items = load("two_references", root)
    recorded = adjudication(root)
    known = {item["id"] for item in items}
    stray = sorted(set(recorded) - known)
    if stray:
        raise ValueError(f"adjudication names pairs that are not in the data: {stray[:5]}")
    tally = {family: {"pairs": 0, "false_pairs": 0, "findings": 0, "true_findings": 0,
                      "recorded": 0, "found": 0, "minor": 0, "minor_found": 0} for family in GOALS}
    for item in items:
        report = compare(item["a"], item["b"])
        entries = recorded.get(item["id"], [])
        false_families = set()
        for finding in report.findings:
            family = FAMILY_OF_KIND.get(finding.kind.value)
            if family is None or finding.severity.rank < 1:
                continue
            hit = any(FAMILY_OF_KIND[e["kind"]] == family and _matches(item, finding, e) for e in entries)
            tally[family]["findings"] += 1
            tally[family]["true_findings"] += hit
            if not hit:
                false_families.add(family)
                if show:
                    print(f"FALSE {item['id']} {finding.code}: {finding.message}\n  A {item['a']}\n  B {item['b']}")
        for family in false_families:
            tally[family]["false_pairs"] += 1
        for entry in entries:
            family = FAMILY_OF_KIND[entry["kind"]]
            minor = entry.get("minor", False)
            found = any(
                (minor or f.severity.rank >= 1) and FAMILY_OF_KIND.get(f.kind.value) == family
                and _matches(item, f, entry) for f in report.findings
            )
            tally[family]["minor" if minor else "recorded"] += 1
            tally[family]["minor_found" if minor else "found"] += found
            if show and not found:
                print(f"MISSED {item['id']} {entry['kind']} {entry['a_span']!r} / {entry['b_span']!r}: "
                      f"{entry['why']}\n  A {item['a']}\n  B {item['b']}")
    figures = {}
    for family, t in tally.items():
        figures[family] = {
            "false_alarm_pairs": t["false_pairs"] / len(items),
            "precision": t["true_findings"] / t["findings"] if t["findings"] else 1.0,
            "recall": t["found"] / t["recorded"] if t["recorded"] else 1.0,
            "findings": t["findings"], "recorded": t["recorded"], "false_pairs": t["false_pairs"],
            "minor": t["minor"], "minor_found": t["minor_found"],
        }
    return figures


def met(family: str, key: str, value: float) -> bool:
    op, target = GOALS[family][key]
    return value >= target if op == ">=" else value <= target


def main(argv: list[str]) -> int:
    figures = evaluate(show="--show" in argv)
    for family, values in figures.items():
        print(f"{family}: {values['findings']} findings at warning or above, "
              f"{values['recorded']} recorded differences, {values['false_pairs']} false-alarm pairs; "
              f"minor differences found at any severity: {values['minor_found']} of {values['minor']}")
        for key, (op, target) in GOALS[family].items():
            value = values[key]
            print(f"  {key:18} {value:.4f}   goal {op} {target}: {'met' if met(family, key, value) else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
