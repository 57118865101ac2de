"""Fuzz the whole pipeline for a bounded time; save each crashing input as a regression fixture.

Run: python3 bench/fuzz.py --seconds 60            (atheris when installed, else built-in)
     python3 bench/fuzz.py --seconds 5 --engine mutate

The target (tests/hostile/fuzz_target.py) feeds bytes through decode -> compare and checks the
report's invariants. A crash is written to tests/hostile/fixtures/crashes/<sha1>.bin, which
tests/hostile/test_fuzz.py replays on every run. Exit status 1 when a crash was found.
The built-in engine mutates news-like seed documents and the corpus seeds (byte flips, splices,
inserted hostile characters); atheris adds coverage guidance (`pip install atheris`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import newslike  # noqa: E402

CRASHES = ROOT / "tests" / "hostile" / "fixtures" / "crashes"
HOSTILE_PIECES = [
    "\r", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u2028", "...", " - ", "٢١٠٠", "1,800", "3,5",
    "Lt. Gen.", "Mr.", "(Reuters)", "\"", "\u202e", "\U0001f600", "e\u0301", "ﬁ", "İ", "ß",
    "9" * 60, "\t", "\x0b", "\x0c", "\x1c", "\u0085", "§", "¹²³", "½", "Ⅻ",
]


def seeds(count: int = 60) -> list[bytes]:
    """News-like pairs and corpus seed documents, joined by the target's split marker."""
    from tests.hostile.fuzz_target import SPLIT

    out = []
    for seed in range(count):
        choose, between = newslike.seeded(seed)
        a = newslike.document(choose, between)
        out.append((a + "\n\x1d\n" + newslike.near_duplicate(a, choose, between)).encode())
    for path in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        out.append(path.read_bytes()[:3000] + SPLIT + path.read_bytes()[-3000:])
    return out + translated_pairs(SPLIT)


def translated_pairs(split: bytes) -> list[bytes]:
    """A source against its translation into another language (the cross-lingual aligner and
    each language's readers): the Arabic statement fixture, and NTREX-128 documents in every
    language the corpus has, 20 lines a side."""
    fixtures = ROOT / "tests" / "fixtures" / "crosslingual"
    out = [(fixtures / "statement.ar.txt").read_bytes() + split + (fixtures / "statement.en.txt").read_bytes()]
    by_doc: dict[str, list[dict]] = {}
    for line in (ROOT / "corpus" / "eval" / "ntrex" / "lines.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_doc.setdefault(row["doc"], []).append(row)
    for doc in sorted(by_doc)[:6]:
        rows = by_doc[doc][:20]
        for lang in sorted(set(rows[0]) - {"doc", "line", "eng"}):
            english = "\n".join(row["eng"] for row in rows)
            translated = "\n".join(row[lang] for row in rows)
            out.append(english.encode() + split + translated.encode())
    return out


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """One to four random edits of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.3:
            buf[where:where] = rng.choice(HOSTILE_PIECES).encode()
        elif choice < 0.45 and buf:
            buf[min(where, len(buf) - 1)] = rng.randint(0, 255)
        elif choice < 0.6:
            del buf[where : where + rng.randint(1, 40)]
        elif choice < 0.75:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            buf[where:where] = other[start : start + rng.randint(1, 200)]
        elif choice < 0.85:
            chunk = bytes(buf[where : where + rng.randint(1, 80)])
            buf[where:where] = chunk * rng.randint(2, 30)
        else:
            buf[where:where] = "".join(chr(rng.randint(32, 0x2FFFF)) for _ in range(rng.randint(1, 8))).encode(
                "utf-8", "surrogatepass"
            )
    return bytes(buf)


def save(data: bytes) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    path = CRASHES / f"{hashlib.sha1(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    return path


def run_mutator(seconds: float, seed: int) -> int:
    from tests.hostile.fuzz_target import one_input

    rng = random.Random(seed)
    pool = seeds()
    deadline, runs, crashes = time.monotonic() + seconds, 0, 0
    for data in pool:
        crashes += _try(one_input, data)
    while time.monotonic() < deadline:
        data = mutate(rng.choice(pool), rng, pool)
        runs += 1
        if _try(one_input, data):
            crashes += 1
        elif rng.random() < 0.05:
            pool.append(data)  # keep some survivors to mutate further
    print(f"fuzz: {runs} mutated inputs in {seconds:g}s, {crashes} crashes")
    return 1 if crashes else 0


def _try(target, data: bytes) -> int:
    try:
        target(data)
    except Exception:
        path = save(data)
        print(f"fuzz: crash saved to {path.relative_to(ROOT)}", file=sys.stderr)
        traceback.print_exc(limit=6)
        return 1
    return 0


def run_atheris(seconds: float) -> int:
    import atheris

    with atheris.instrument_imports():
        from tests.hostile.fuzz_target import one_input

    def target(data: bytes) -> None:
        try:
            one_input(data)
        except Exception:
            save(data)
            raise

    corpus = Path(tempfile.mkdtemp(prefix="discrepancy-fuzz-"))
    for index, data in enumerate(seeds()):
        (corpus / f"seed{index}").write_bytes(data)
    atheris.Setup(
        [sys.argv[0], f"-max_total_time={int(seconds)}", "-max_len=20000", "-rss_limit_mb=4096", str(corpus)],
        target,
    )
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--engine", choices=("auto", "atheris", "mutate"), default="auto")
    parser.add_argument("--seed", type=int, default=0, help="seed of the built-in mutator")
    args = parser.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "mutate"
    if engine == "atheris":
        return run_atheris(args.seconds)
    return run_mutator(args.seconds, args.seed)


if __name__ == "__main__":
    sys.exit(main())
