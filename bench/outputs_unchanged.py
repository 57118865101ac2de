"""Check that a speed-up left every output byte-identical.

    python3 bench/outputs_unchanged.py --save   # before a change: store the outputs
    python3 bench/outputs_unchanged.py          # after it: exit 1 and name the pairs that differ

Covers ``compare(a, b).to_json()`` for every DEMETR pair, every WMT21 two-reference pair and
every ordered pair of the seed documents. The stored file (bench/outputs_before.jsonl.gz) is a
local artefact and is not committed.
"""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORED = ROOT / "bench" / "outputs_before.jsonl.gz"


def pairs():
    """(label, a, b) for every pair the check covers, in a fixed order."""
    for path in sorted((ROOT / "corpus" / "eval" / "demetr").glob("*.jsonl")) + [
            ROOT / "corpus" / "eval" / "wmt21" / "two_references.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            yield f"{path.name}:{item['id']}", item["a"], item["b"]
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    for a, b in itertools.permutations(seeds, 2):
        yield f"seeds:{a.name}:{b.name}", a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")


def outputs() -> dict[str, str]:
    from discrepancy import compare

    return {label: compare(a, b).to_json() for label, a, b in pairs()}


def main(argv: list[str]) -> int:
    now = outputs()
    if "--save" in argv:
        with gzip.open(STORED, "wt", encoding="utf-8") as out:
            for label, text in now.items():
                out.write(json.dumps([label, text]) + "\n")
        print(f"stored {len(now)} outputs in {STORED.relative_to(ROOT)}")
        return 0
    with gzip.open(STORED, "rt", encoding="utf-8") as stored:
        before = dict(json.loads(line) for line in stored)
    changed = [label for label in before if now.get(label) != before[label]]
    changed += [label for label in now if label not in before]
    for label in changed:
        print("changed:", label)
    print(f"{len(before)} outputs compared, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
