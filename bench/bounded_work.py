"""Work on one aligned group full of mentions: time and peak memory of `discrepancy compare` on
a sentence listing N numbers (or N names) a side, for growing N. Linear work doubles with N.

    python3 bench/bounded_work.py                 # this checkout
    python3 bench/bounded_work.py --tree /tmp/old --sizes 500 1000 2000   # another checkout
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIVEN = ["John", "Mary", "Ahmed", "Li", "Olga", "Pierre", "Sara", "Ken"]
FAMILY = ["Smith", "Brennan", "Haddad", "Wang", "Petrova", "Durand", "Cohen", "Sato"]


def sentence(kind: str, n: int, rng: random.Random) -> str:
    if kind == "numbers":
        return "The list: " + " ".join(f"{rng.randint(10, 99999)} units" for _ in range(n)) + ".\n"
    # Distinct people: a family name and a suffix of letters spelling the person's number.
    return "Present were " + ", ".join(
        f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{_letters(i)}" for i in range(n)
    ) + ".\n"


def _letters(i: int) -> str:
    word = ""
    while True:
        i, rest = divmod(i, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[rest]
        if not i:
            return word


def measure(tree: Path, kind: str, n: int, folder: Path) -> tuple[float, float]:
    """Seconds and peak MiB of one compare run in a child process."""
    rng = random.Random(n)
    a, b = folder / f"{kind}{n}a.txt", folder / f"{kind}{n}b.txt"
    a.write_text(sentence(kind, n, rng))
    b.write_text(sentence(kind, n, rng))
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "discrepancy", "compare", str(a), str(b), "--format", "json"],
        env=dict(os.environ, PYTHONPATH=str(tree)), stdout=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest so far
    child.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout to measure")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--kinds", nargs="+", default=["numbers", "names"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'mentions a side':>16}  {'kind':<8} {'seconds':>8} {'peak MiB':>9}")
        for kind in args.kinds:
            for n in args.sizes:
                seconds, mib = measure(args.tree, kind, n, Path(folder))
                print(f"{n:>16,}  {kind:<8} {seconds:>8.2f} {mib:>9.0f}", flush=True)


if __name__ == "__main__":
    main()
