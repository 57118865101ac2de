"""Load stage: cost of chrome and dateline reading on short texts, and on hostile 20 MB inputs.

Run: python3 bench/load.py [--quick]
The baseline, measured in the same run on the same texts, is ``len(text.split())``: one pass
of C over the text. Ratios to it are what to compare across machines. The whole pipeline's rate
on one-sentence pairs (DEMETR ref_vs_mt) is printed too, as the budget the load stage sits in.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.load.boilerplate import find_boilerplate  # noqa: E402
from discrepancy.load.dateline import read_dateline  # noqa: E402
from discrepancy.pipeline import compare  # noqa: E402
from segment import throughput  # noqa: E402  (bench/segment.py, beside this script)


def seconds(function, texts: list[str], repeats: int) -> float:
    """Best wall time of ``repeats`` passes of ``function`` over ``texts``."""
    size = sum(len(text.encode("utf-8")) for text in texts)
    return size / throughput(function, texts, repeats) / 1e6


def chrome_and_dateline(text: str) -> None:
    dateline = read_dateline(text)
    find_boilerplate(text, (dateline.start, dateline.end) if dateline.start is not None else None)


def main() -> None:
    quick = "--quick" in sys.argv
    rows = [json.loads(line) for line in (ROOT / "corpus/eval/demetr/ref_vs_mt.jsonl").open()]
    sentences = [row["a"] for row in rows] + [row["b"] for row in rows]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus/seeds").glob("*.txt"))]
    runs = 3 if quick else 7

    for label, texts in (("one-sentence texts", sentences), ("seed pages", seeds * 20)):
        ours = seconds(chrome_and_dateline, texts, runs)
        base = seconds(lambda t: len(t.split()), texts, runs)
        print(f"{label}: {ours / len(texts) * 1e6:.1f} us each, {ours / base:.1f}x the baseline")

    size = 2_000_000 if quick else 20_000_000
    hostile = {
        "one long line": "word " * (size // 5),
        "date-like digits": "1/1/" * (size // 4),
        "month names": "November 1" * (size // 10) + "\n",
        "chrome-like lines": "Share / Print\n" * (size // 14),
    }
    for label, text in hostile.items():
        ours = seconds(chrome_and_dateline, [text], 1)
        base = seconds(lambda t: len(t.split()), [text], 1)
        print(f"{len(text) / 1e6:.0f} MB of {label}: {ours:.2f} s, {ours / base:.1f}x the baseline")

    pairs = [row["a"] + "\0" + row["b"] for row in rows[: 100 if quick else 500]]
    elapsed = seconds(lambda pair: compare(*pair.split("\0")), pairs, 1 if quick else 3)
    print(f"whole pipeline: {len(pairs) / elapsed:.0f} one-sentence pairs per second")


if __name__ == "__main__":
    main()
