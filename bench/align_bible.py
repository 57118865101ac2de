"""Alignment on real text: two New Testament translations, gold = verse ids.

Both translations become one running document each (see bible_pair.py), are split by the
project's segmenter as a user's files would be, and are aligned by `discrepancy.align.align`
and, as the baseline in the same run, by difflib.SequenceMatcher over the same sentence lists.
Figures: content F1, link F1 and all-pairs link F1 (defined in alignment_scoring.py), CPU
seconds, peak traced memory.

    PYTHONPATH=. python3 bench/align_bible.py [--books Matthew,Mark]
"""

from __future__ import annotations

import argparse

import alignment_scoring as scoring
import bible_pair

from discrepancy.align import align


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", help="comma-separated book names (default: all)")
    args = parser.parse_args()
    books = set(args.books.split(",")) if args.books else None
    a, labels_a, b, labels_b = bible_pair.load(books)
    gold = scoring.gold_links(labels_a, labels_b)
    print(f"sentences: {len(a)} vs {len(b)}; all-pairs gold links {len(gold)}, "
          f"whole-chain precision ceiling {scoring.link_ceiling(gold)}")
    rows = {}
    for name, method in (("difflib", scoring.difflib_baseline), ("align", align)):
        groups, seconds = scoring.timed(lambda: method(a, b))
        seconds = seconds.cpu
        memory = scoring.peak_memory(lambda: method(a, b))
        content = scoring.content_score(groups, labels_a, labels_b)
        links = scoring.link_score(groups, labels_a, labels_b)
        strict = scoring.all_pairs_link_score(groups, gold)
        rows[name] = (groups, content, links, seconds, memory)
        print(f"{name:8} content P/R/F1 {content.precision:.3f}/{content.recall:.3f}/{content.f1:.3f}"
              f"  link P/R/F1 {links.precision:.3f}/{links.recall:.3f}/{links.f1:.3f}"
              f"  all-pairs link F1 {strict.f1:.3f}  {seconds:.2f} s CPU  {memory / 2**20:.0f} MiB")
    missed, finer = scoring.finer_than_labels(rows["align"][0], gold)
    print(f"all-pairs links missed by align: {missed}, of which {finer} join two sentences that "
          "are each linked right elsewhere")
    (_, base_content, base_links, base_s, base_mem), (_, content, links, s, mem) = rows["difflib"], rows["align"]
    print(f"align / difflib: content F1 {content.f1 / max(base_content.f1, 1e-9):.1f}x, "
          f"link F1 {links.f1 / max(base_links.f1, 1e-9):.1f}x, "
          f"time {s / base_s:.1f}x, memory {mem / base_mem:.1f}x")


if __name__ == "__main__":
    main()
