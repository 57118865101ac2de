"""``discrepancy pairs`` on the New Testament: each chapter of each translation is a report, and
the gold pairs are the two translations of one chapter (corpus/eval/bible, 260 chapters, 520
reports). The two translations (Anderson 1864, the Twentieth Century New Testament 1904) word
things very differently, and the synoptic gospels retell each other within one translation, so
the run pairs single-word shingles across the two folders, one to one.

    python3 bench/pairs_bible.py [BOOK ...]       # recall and precision against the goals

Goals (issue 17): recall >= 0.98 and precision >= 0.98.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BIBLE = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "bible"
SIDES = {"anderson": "anderson_nt.csv", "twentieth": "twentieth_century_nt.csv"}
OPTIONS = ["--shingle", "1", "--threshold", "0.2", "--across", "--one-to-one"]
GOALS = {"recall": 0.98, "precision": 0.98}


def write_chapters(root: Path, books=None) -> int:
    """One file per chapter and translation, ``SIDE/Book_CCC.txt``; returns the gold pair count."""
    chapters: dict[str, set[str]] = {}
    for side, name in SIDES.items():
        verses: dict[str, list[str]] = {}
        with open(BIBLE / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if books is None or row["book"] in books:
                    verses.setdefault(f"{row['book'].replace(' ', '_')}_{int(row['chapter']):03d}", []).append(row["text"])
        (root / side).mkdir(parents=True)
        for chapter, texts in verses.items():
            (root / side / f"{chapter}.txt").write_text(" ".join(texts) + "\n", encoding="utf-8")
        chapters[side] = set(verses)
    return len(set.intersection(*chapters.values()))


def score(manifest: str, gold: int) -> dict[str, float]:
    """Recall and precision of a manifest: a pair is right when both files name one chapter."""
    rows = [json.loads(line) for line in manifest.splitlines()]
    right = sum(Path(row["a"]).name == Path(row["b"]).name for row in rows)
    return {"pairs": len(rows), "recall": right / gold, "precision": right / len(rows) if rows else 0.0}


def main() -> None:
    books = sys.argv[1:] or None
    with tempfile.TemporaryDirectory() as tmp:
        gold = write_chapters(Path(tmp), books)
        done = subprocess.run(
            [sys.executable, "-m", "discrepancy", "pairs", tmp, *OPTIONS], capture_output=True, text=True, check=True
        )
    figures = score(done.stdout, gold)
    print(f"{figures['pairs']} pairs found, {gold} gold pairs ({' '.join(OPTIONS)})")
    for key, goal in GOALS.items():
        print(f"{key:<10} {figures[key]:.3f}  goal >= {goal}  {'met' if figures[key] >= goal else 'MISSED'}")


if __name__ == "__main__":
    main()
