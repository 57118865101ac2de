"""Sentence segmentation: exact-split accuracy and throughput, beside a naive regex baseline.

Run: python3 bench/segment.py
Accuracy is the share of cases in corpus/eval/sbd/*.jsonl split exactly as expected (white space
ignored). Throughput is MB/s of text on the seed documents and on a ~1 MB Bible text, best of a
few runs; the ratio to the baseline measured in the same run is what to compare across machines.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.segment import split_sentences  # noqa: E402

_NAIVE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)


def naive_split(text: str) -> list[tuple[int, int]]:
    """Baseline: cut after every run of . ! ? and at every line break."""
    spans = []
    for match in _NAIVE.finditer(text):
        chunk = match.group()
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.end() - (len(chunk) - len(chunk.rstrip()))
        if start < end:
            spans.append((start, end))
    return spans


def accuracy(split, path: Path) -> tuple[int, int]:
    hits = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        got = ["".join(case["a"][s:e].split()) for s, e in split(case["a"])]
        hits += got == ["".join(s.split()) for s in case["sentences"]]
        total += 1
    return hits, total


def bible_text() -> str:
    """One translation's verses as running text (~1 MB)."""
    folder = ROOT / "corpus" / "eval" / "bible"
    if not folder.is_dir():
        folder = Path("/work/shared/eval/bible")
    with open(folder / "twentieth_century_nt.csv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return " ".join(row["text"] for row in rows)


def throughput(split, texts: list[str], repeats: int = 5) -> float:
    size = sum(len(text.encode("utf-8")) for text in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            split(text)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main() -> None:
    splitters = {"discrepancy": split_sentences, "naive regex": naive_split}
    print("exact-split accuracy")
    for name in ("golden_rules_en.jsonl", "english_spec_more.jsonl"):
        for label, split in splitters.items():
            hits, total = accuracy(split, ROOT / "corpus" / "eval" / "sbd" / name)
            print(f"  {name:26} {label:12} {hits:3}/{total} = {hits / total:.1%}")

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "seeds").glob("*"))]
    sentence = (
        "The parties noted the successful transfer to the ISF during recent months of more "
        "than 1,800 armored gun trucks, cranes and water trucks, Maj. Gen. John Brennan said."
    )
    workloads = {
        "seed documents": (seeds, 50),
        "Bible (~1 MB)": ([bible_text()], 3),
        "one 25-word sentence x2000": ([sentence] * 2000, 5),
    }
    print("throughput (MB/s, best of runs; ratio = discrepancy / naive regex)")
    for label, (texts, repeats) in workloads.items():
        ours = throughput(split_sentences, texts, repeats)
        base = throughput(naive_split, texts, repeats)
        print(f"  {label:28} {ours:7.2f}  naive {base:7.2f}  ratio {ours / base:.2f}")
    # bytes / (MB/s) = microseconds
    print(f"  one 25-word sentence: {len(sentence.encode()) / ours:.1f} microseconds each")
    print("linearity (seconds at n and 2n; the ratio should stay near 2)")
    hostile = {
        "line without punctuation, 10/20 MB": lambda n: "word " * (2_000_000 * n),
        "tiny sentences, 100k/200k": lambda n: "Hi. " * (100_000 * n),
        "one-word lines, 100k/200k": lambda n: "a\n" * (100_000 * n),
        "titles never ending, 100k/200k": lambda n: "Mr. " * (100_000 * n),
    }
    for label, make in hostile.items():
        once, twice = (split_seconds(make(n)) for n in (1, 2))
        print(f"  {label:36} {once:6.2f} s  {twice:6.2f} s  ratio {twice / once:.2f}")


def split_seconds(text: str) -> float:
    start = time.perf_counter()
    split_sentences(text)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
