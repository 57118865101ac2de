"""Alignment at scale: generated pairs of 1k, 10k and 100k sentences with known gold.

Pairs come from scale_pair.py (paraphrase, splits, merges, drops, insertions, moved chapters).
Each size is aligned by `discrepancy.align.align` and, as the baseline in the same run, by
difflib.SequenceMatcher over the same sentence lists. Figures: content F1 and link F1
(alignment_scoring.py), CPU and wall seconds, CPU microseconds per sentence, peak traced memory
(a second, slower run under tracemalloc).

    PYTHONPATH=. python3 bench/align_scale.py [--sizes 1000,10000,100000] [--no-memory]
"""

from __future__ import annotations

import argparse

import alignment_scoring as scoring
import scale_pair

from discrepancy.align import align


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    args = parser.parse_args()
    print("size    method   P      R      F1     link F1  CPU s   wall s  us/sentence  peak MiB")
    for size in map(int, args.sizes.split(",")):
        a, labels_a, b, labels_b = scale_pair.generate(size)
        figures = {}
        for name, method in (("difflib", scoring.difflib_baseline), ("align", align)):
            groups, (wall, seconds) = scoring.timed(lambda: method(a, b))
            memory = 0 if args.no_memory else scoring.peak_memory(lambda: method(a, b))
            result = scoring.content_score(groups, labels_a, labels_b)
            links = scoring.link_score(groups, labels_a, labels_b)
            figures[name] = (seconds, memory)
            print(f"{len(a):<7} {name:8} {result.precision:.3f}  {result.recall:.3f}  {result.f1:.3f}"
                  f"  {links.f1:7.3f}  {seconds:6.2f}  {wall:6.2f}  {seconds / len(a) * 1e6:11.0f}  {memory / 2**20:8.0f}")
        (base_s, base_mem), (s, mem) = figures["difflib"], figures["align"]
        ratio_mem = f"{mem / base_mem:.1f}x" if base_mem else "-"
        print(f"        align / difflib: time {s / base_s:.1f}x, memory {ratio_mem}")


if __name__ == "__main__":
    main()
