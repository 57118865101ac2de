"""Rendering cost of every report format on a large comparison, against JSON as the baseline.

The pair is a generated one from scale_pair.py (real paraphrase, seeded edits) run through the
pipeline once; each format then renders the same Report. Figures per format: seconds and peak
traced memory, each also as a ratio to `--format json` measured in the same run.

    PYTHONPATH=. python3 bench/report_render.py [--units 2000]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import scale_pair

from discrepancy.pipeline import compare
from discrepancy.report import FORMATS, render


def measure(report, fmt: str) -> tuple[float, int, int]:
    """Seconds (untraced run), peak traced bytes (a second, traced run), output length."""
    options = {"color": fmt == "terminal", "width": 120, "verbose": True}
    render(report, fmt, **options)  # imports and caches out of the timing
    started = time.perf_counter()
    text = render(report, fmt, **options)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    render(report, fmt, **options)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=2000, help="verses per document")
    args = parser.parse_args()
    a, _, b, _ = scale_pair.generate(args.units)
    report = compare("\n".join(a) + "\n", "\n".join(b) + "\n", a_path="a.txt", b_path="b.txt")
    print(f"{len(report.a.sentences)} + {len(report.b.sentences)} sentences, "
          f"{len(report.alignment)} groups, {len(report.findings)} findings")
    base_seconds, base_peak, _ = measure(report, "json")
    print(f"{'format':<9} {'seconds':>8} {'×json':>6} {'peak MiB':>9} {'×json':>6} {'output KiB':>10}")
    for fmt in sorted(FORMATS):
        seconds, peak, size = measure(report, fmt)
        print(f"{fmt:<9} {seconds:8.3f} {seconds / base_seconds:6.1f} {peak / 2**20:9.1f} "
              f"{peak / base_peak:6.1f} {size / 1024:10.0f}")


if __name__ == "__main__":
    main()
