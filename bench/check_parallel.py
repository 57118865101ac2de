"""`discrepancy check` on many pairs: wall time with --jobs 2 against --jobs 1, same run.

The pairs are the books of the New Testament in two translations (corpus/eval/bible, one pair
per book, 27 pairs of distinct real text, ~1 MB a side), written into a temporary project with
one glob rule. Each setting runs the whole command (start-up included), best of ROUNDS; figures
are ratios against the --jobs 1 time of this run. The last row is the cost of matching a
baseline that accepts every finding. The machine is shared, so the run starts with a control:
the same pure-Python loop twice in a row and on two processes at once. When the control's
ratio is not well below 1, other work holds the second core and --jobs 2 cannot gain either.

    python3 bench/check_parallel.py [BOOKS] [ROUNDS]
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIBLE = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "bible"
SIDES = {"anderson_nt.csv": "source", "twentieth_century_nt.csv": "en"}
CONFIG = '[[rules]]\ntranslation = "books/*.en.txt"\nsource = "books/{stem}.source.txt"\n'


def write_project(root: Path, books: int) -> None:
    (root / "books").mkdir()
    (root / "discrepancy.toml").write_text(CONFIG)
    for name, side in SIDES.items():
        verses: dict[str, list[str]] = {}
        with open(BIBLE / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                verses.setdefault(row["book"], []).append(row["text"])
        for book in list(verses)[:books]:
            path = root / "books" / f"{book.replace(' ', '_')}.{side}.txt"
            path.write_text(" ".join(verses[book]) + "\n", encoding="utf-8")


def timed(args: list[str], cwd: Path, rounds: int) -> tuple[float, str]:
    best, out = float("inf"), ""
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "discrepancy", "check", "-f", "json", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
        )
        best = min(best, time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(done.stderr)
        out = done.stdout
    return best, out


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i
    return total


def control(count: int = 10_000_000) -> float:
    """Wall time of two CPU-bound tasks on two processes over the same two in a row."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(count), _spin(count)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        list(pool.map(_spin, [count, count]))
        parallel = time.perf_counter() - start
    return parallel / serial


def main() -> None:
    books = int(sys.argv[1]) if len(sys.argv) > 1 else 27
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    spare = control()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_project(root, books)
        one, report_one = timed(["--jobs", "1"], root, rounds)
        two, report_two = timed(["--jobs", "2"], root, rounds)
        timed(["--jobs", "2", "--baseline", "b.json", "--update-baseline"], root, 1)
        accepted, _ = timed(["--jobs", "1", "--baseline", "b.json"], root, rounds)
    print(f"{books} pairs (books), best of {rounds}; same report both ways: {report_one == report_two}")
    print(f"control: 2 processes  {'':9}  {spare:.2f}")
    print(f"--jobs 1              {one:7.2f} s  1.00")
    print(f"--jobs 2              {two:7.2f} s  {two / one:.2f}")
    print(f"--jobs 1, baseline    {accepted:7.2f} s  {accepted / one:.2f}")


if __name__ == "__main__":
    main()
