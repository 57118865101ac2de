"""Numbers and dates on edited summaries: SummEdits pairs in corpus/eval/summedits/.

    python3 bench/eval_summedits.py          # recall and false alarms beside their goals
    python3 bench/eval_summedits.py --show   # also every miss and false alarm

Positives are summaries a person edited into an inconsistent copy; ``expect`` names each changed
chunk with a kind from a word-diff heuristic. Numeric recall counts the chunks of kind number or
date found by a number or date finding at warning or above overlapping the chunk on either side.
Negatives (``expect`` empty, the human label says consistent) must draw no such finding.

The heuristic mislabels some chunks (the modal verb "may" as a month, a promotion code such as
ELITEFIT15 as a number); ``relabel.jsonl`` beside the data corrects the kind of each chunk read
and found mislabelled, with why. Recall is given on the corrected labels and on the raw ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_demetr import _found, _serious, load  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "summedits"
NUMERIC = {"number", "date"}
GOALS = {"numeric_recall": (">=", 0.95), "false_alarms_negatives": ("<=", 0.005)}


def relabelled(root: Path = DATA) -> dict[tuple, str]:
    """(id, a_span, b_span) -> the corrected kind of that chunk."""
    return {(e["id"], e["a_span"], e["b_span"]): e["kind"] for e in load("relabel", root)}


def evaluate(root: Path = DATA, show: bool = False) -> dict:
    from discrepancy import compare

    corrected = relabelled(root)
    found = total = raw_found = raw_total = flagged = negatives = 0
    for item in load("pairs", root):
        report = compare(item["a"], item["b"])
        if not item["expect"]:
            negatives += 1
            serious = _serious(report, NUMERIC)
            flagged += bool(serious)
            if show and serious:
                print(f"FALSE {item['id']}\n  A {item['a']}\n  B {item['b']}")
                for f in serious:
                    print(f"  {f.code}: {f.message}")
            continue
        for expected in item["expect"]:
            if expected["kind"] not in NUMERIC:
                continue
            hit = _found(item, report, expected)
            raw_found += hit
            raw_total += 1
            if corrected.get((item["id"], expected["a_span"], expected["b_span"])) not in (None, *NUMERIC):
                continue
            found += hit
            total += 1
            if show and not hit:
                print(f"MISS {item['id']} {expected['a_span']!r} / {expected['b_span']!r}")
    return {"numeric_recall": found / total, "false_alarms_negatives": flagged / negatives,
            "numeric_changes": total, "numeric_recall_raw_labels": raw_found / raw_total,
            "numeric_changes_raw_labels": raw_total, "negatives": negatives}


def main(argv: list[str]) -> int:
    figures = evaluate(show="--show" in argv)
    for key, value in figures.items():
        goal = GOALS.get(key)
        mark = ""
        if goal:
            op, target = goal
            ok = value >= target if op == ">=" else value <= target
            mark = f"   goal {op} {target}: {'met' if ok else 'NOT met'}"
        print(f"{key:24} {value:.4g}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
