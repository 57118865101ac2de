"""Roster figures: clustering and conflicts on a generated 50-report story, false alarms on
unrelated real sentences, and time on 250 to 2,000 short reports (the issue's goals: pairwise F1 >= 0.95, every seeded conflict found,
1,000 reports in under 20 s, near-linear growth).

    PYTHONPATH=. python3 bench/roster.py [--sizes 250,500,1000,2000] [--seed 0]

Time is the wall time of the whole ``discrepancy roster`` command (start-up, reading the files,
load, segment, extract, clustering, rules, JSON written to a file) on files in a temporary
folder, with its CPU time (steadier than wall time on a shared machine), and the CPU time of
``build_roster`` alone in this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster_story import CONFLICTS, generate, pairwise_f1  # noqa: E402

from discrepancy.roster.story import build_roster  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def quality(n: int, seed: int) -> None:
    texts, gold, seeded = generate(n, seed)
    roster = build_roster(texts, [f"report_{i:04d}.txt" for i in range(n)])
    predicted = {(m.document, m.start): p.id for p in roster.people for m in p.mentions}
    precision, recall, f1 = pairwise_f1(gold, predicted)
    found = {(f.b.document, f.code) for f in roster.findings if f.b is not None}
    missed = sorted(seeded - found)
    extra = sorted((d, c) for d, c in found - seeded if c in CONFLICTS)
    print(f"story of {n} reports (seed {seed}): {len(gold)} gold names, {len(roster.people)} people and names")
    print(f"  pairwise clustering precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} (goal >= 0.95)")
    print(f"  seeded conflicts {len(seeded)}, found {len(seeded) - len(missed)} (goal: all); missed {missed}")
    print(f"  findings on reports without a seeded conflict of that code: {extra}")


def unrelated() -> None:
    """False alarms: the 2,974 WMT21 reference sentences (many stories) read as one roster.
    Nothing there is one story told twice, so what ROS001-ROS005 flag is mostly false."""
    import json
    from collections import Counter

    rows = [json.loads(line) for line in (ROOT / "corpus" / "eval" / "wmt21" / "two_references.jsonl").open()]
    roster = build_roster([r["a"] for r in rows], [r["id"] for r in rows])
    counts = Counter(f.code for f in roster.findings if f.severity.value != "info")
    flagged = {f.b.document for f in roster.findings if f.severity.value != "info" and f.b}
    print(f"unrelated reports: {len(rows)} WMT21 sentences, findings at warning or above {dict(sorted(counts.items()))},"
          f" on {len(flagged)} reports ({100 * len(flagged) / len(rows):.1f} %)")


def timing(sizes: list[int], seed: int) -> None:
    print("reports  names  command wall s  command CPU s  build_roster CPU s  CPU per report ms")
    previous = None
    for n in sizes:
        texts, gold, _ = generate(n, seed)
        with tempfile.TemporaryDirectory() as folder:
            for i, text in enumerate(texts):
                Path(folder, f"report_{i:04d}.txt").write_text(text, encoding="utf-8")
            started, children = time.perf_counter(), _children_cpu()
            run = subprocess.run(
                [sys.executable, "-m", "discrepancy", "roster", f"{folder}/*.txt", "-f", "json", "-o", f"{folder}/out.json"],
                env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False, capture_output=True, text=True,
            )
            wall = time.perf_counter() - started
            command_cpu = _children_cpu() - children
            if run.returncode not in (0, 1) or not Path(folder, "out.json").stat().st_size:
                sys.exit(f"roster over {n} reports failed: {run.stderr.strip()}")
        cpu = time.process_time()
        build_roster(texts, [f"report_{i:04d}.txt" for i in range(n)])
        cpu = time.process_time() - cpu
        growth = f"  CPU x{command_cpu / previous[1]:.2f} for x{n / previous[0]:.1f} reports" if previous else ""
        print(f"{n:7d}  {len(gold):5d}  {wall:14.2f}  {command_cpu:13.2f}  {cpu:18.2f}  {1000 * command_cpu / n:17.2f}{growth}")
        previous = (n, command_cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for seed in (args.seed, args.seed + 1, args.seed + 2):
        quality(50, seed)
    unrelated()
    timing([int(s) for s in args.sizes.split(",")], args.seed)


if __name__ == "__main__":
    main()
