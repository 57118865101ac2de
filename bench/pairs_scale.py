"""``discrepancy pairs`` on generated corpora of short reports: wall time, peak memory, and how
both grow from 10,000 to 100,000 reports.

Each report is 50 to 130 words of a made-up wire story (a Zipf vocabulary, names and numbers);
a third of the stories are retold once or twice (a word in twenty changed, a sentence dropped, a
number altered): those retellings are the gold pairs, so recall and precision are printed too.
Memory is the peak of the whole process tree (the command and its worker processes, sampled
every 0.1 s with psutil, which the dask extra brings); CPU seconds are the tree's user and system
time, which other work on the shared cores does not inflate as it does wall time. ``recall>=t``
counts only the gold pairs whose shingle sets are at the threshold: what LSH itself may lose.
Figures are for this run only: compare the growth ratios, not seconds across runs.

    python3 bench/pairs_scale.py [SIZES ...]          # default 10000 100000

Goals (issue 17): 100,000 reports in under 5 minutes with under 4 GB, time near-linear.
"""

from __future__ import annotations

import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

GOALS = {"seconds": 300, "gigabytes": 4.0}


def story(rng: random.Random, vocabulary: list[str], cumulative: list[float]) -> list[list[str]]:
    """A story as sentences of words: vocabulary words, a name or two, a number."""
    sentences = []
    for _ in range(rng.randint(5, 8)):
        words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(8, 14))
        words.insert(rng.randrange(len(words)), f"{rng.choice('BCDFGKLMNPRST')}{rng.choice('aeiou')}{rng.randrange(10**4)}")
        words.append(str(rng.randrange(1, 10**5)))
        sentences.append(words)
    return sentences


def retold(sentences: list[list[str]], rng: random.Random, vocabulary: list[str]) -> list[list[str]]:
    """Another desk's version: a word in twenty replaced, maybe a sentence dropped, a number changed."""
    copy = [[rng.choice(vocabulary) if rng.random() < 0.05 else w for w in s] for s in sentences]
    if len(copy) > 5 and rng.random() < 0.3:
        del copy[rng.randrange(len(copy))]
    copy[0][-1] = str(rng.randrange(1, 10**5))
    return copy


def generate(path: Path, size: int, seed: int = 0) -> set[tuple[str, str]]:
    """Write ``size`` reports as JSONL (stories in random order); return the gold pairs of ids."""
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(20_000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    reports, families = [], []
    while len(reports) < size:
        family = [story(rng, vocabulary, cumulative)]
        if rng.random() < 1 / 3:
            family += [retold(family[0], rng, vocabulary) for _ in range(rng.randint(1, 2))]
        family = family[: size - len(reports)]
        families.append([len(reports) + k for k in range(len(family))])
        reports += family
    order = list(range(size))
    rng.shuffle(order)
    ids = {n: f"r{position:06d}" for position, n in enumerate(order)}
    with open(path, "w", encoding="utf-8") as handle:
        for n in sorted(range(size), key=ids.get):
            text = " ".join(" ".join(words) + "." for words in reports[n])
            handle.write(json.dumps({"id": ids[n], "text": text}) + "\n")
    return {tuple(sorted((ids[x], ids[y]))) for family in families for x in family for y in family if x < y}


def similar_enough(corpus: Path, gold: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The gold pairs whose shingle sets really are at the default threshold: the ones LSH must
    not miss (a retelling of a retelling may have drifted below it)."""
    from discrepancy.neardup.sketch import Params, jaccard, shingle_hashes

    params = Params()
    texts = {row["id"]: row["text"] for row in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    shingles = {key: shingle_hashes(text, params.shingle) for key, text in texts.items()}
    return {(a, b) for a, b in gold if jaccard(shingles[a], shingles[b]) >= params.threshold}


def measured(command: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak gigabytes of the process tree, and the standard output
    of ``command``. CPU seconds hold when other work shares the cores; wall seconds do not."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)

    peak = [0]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tree = psutil.Process(process.pid)

    def sample():
        while process.poll() is None:
            try:
                total = sum(p.memory_info().rss for p in [tree, *tree.children(recursive=True)])
            except psutil.Error:
                continue
            peak[0] = max(peak[0], total)
            time.sleep(0.1)

    start = time.perf_counter()
    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(err)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, peak[0] / 1e9, out


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [10_000, 100_000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"c{size}.jsonl"
            gold = generate(corpus, size)
            seconds, cpu, gigabytes, out = measured([sys.executable, "-m", "discrepancy", "pairs", str(corpus)])
            found = {(row["a"], row["b"]) for row in map(json.loads, out.splitlines())}
            above = similar_enough(corpus, gold)
            rows.append((size, seconds, cpu, gigabytes, len(found & gold) / len(gold), len(found & above) / len(above),
                         len(found & gold) / max(1, len(found))))
    print(f"{'reports':>8} {'wall s':>7} {'CPU s':>7} {'GB':>6} {'recall':>7} {'recall>=t':>9} {'precision':>9}")
    for size, seconds, cpu, gigabytes, recall, recall_above, precision in rows:
        print(f"{size:>8} {seconds:>7.1f} {cpu:>7.1f} {gigabytes:>6.2f} {recall:>7.3f} {recall_above:>9.3f} {precision:>9.3f}")
    if len(rows) > 1:
        (small, t0, c0, m0, *_), (large, t1, c1, m1, *_) = rows[0], rows[-1]
        print(f"growth {small} -> {large} ({large / small:.0f}x reports): wall {t1 / t0:.1f}x, "
              f"CPU {c1 / c0:.1f}x, memory {m1 / m0:.1f}x")
    size, seconds, _, gigabytes, *_ = rows[-1]
    print(f"goals at {size}: {seconds:.0f} s (< {GOALS['seconds']}), {gigabytes:.2f} GB (< {GOALS['gigabytes']})")


if __name__ == "__main__":
    main()
