"""Speed and memory of the whole tool, each figure beside a baseline measured in the same run.

    python3 bench/perf.py                 # every figure (the 100k pair takes a few minutes)
    python3 bench/perf.py --quick         # without the 100k-sentence pair
    python3 bench/perf.py --save          # also store the ratios in bench/perf_result.json
    python3 bench/perf.py --check         # fail (exit 1) when a ratio is >25 % worse than stored
    python3 bench/perf.py --steps startup,check   # only some measures

Whole-process figures run `python -m discrepancy` from this checkout and count the CPU time of
the child (user + system, median of ROUNDS) and its peak resident memory. Baselines: a process
that only imports typer, rich, rapidfuzz and pydantic (start-up); difflib.SequenceMatcher over
the same sentence lists (the 100k pair); the JSON run (the terminal view); ``--jobs 1`` (check,
wall time, since only the wall clock shows two cores at work). The machine is shared: compare
ratios, not seconds, and rerun before trusting a change under 10 %.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
SEED_A = ROOT / "corpus" / "seeds" / "000_47fb899475d6396d.txt"
SEED_B = ROOT / "corpus" / "seeds" / "004_f4fab77a5333ccde.txt"
STORED = BENCH / "perf_result.json"
ROUNDS = 5
IMPORTS = "import typer, rich, rapidfuzz, pydantic"
# figure -> (goal, True when lower is better)
GOALS = {
    "startup_json_x": (1.2, True),
    "startup_terminal_x": (1.5, True),
    "help_x": (1.0, True),
    "demetr_pairs_per_s": (4000, False),
    "full_100k_cpu_s": (30, True),
    "full_100k_peak_mib": (1024, True),
    "per_sentence_growth_pct": (10, True),
    "terminal_vs_json_10k_x": (1.3, True),
    "check_jobs2_speedup_x": (1.8, False),
}


def run(args: list[str], cwd: Path = ROOT, env: dict | None = None) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and peak MiB of one child process (``env`` added to this one's)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors,
                                env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {errors.read().decode()[-400:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024


def median_cpu(args: list[str], rounds: int = ROUNDS, env: dict | None = None) -> float:
    return statistics.median(run(args, env=env)[0] for _ in range(rounds))


def tool(*args: str) -> list[str]:
    return [sys.executable, "-m", "discrepancy", *args]


def startup(figures: dict) -> None:
    # As an installed package is: compiled once, so no run pays for compiling the sources (with
    # PYTHONDONTWRITEBYTECODE set, as on the development machines, every run would).
    compileall.compile_dir(ROOT / "discrepancy", quiet=1)
    base = median_cpu([sys.executable, "-c", IMPORTS])
    pair = [str(SEED_A), str(SEED_B)]
    # The command line keeps compiled patterns between runs (discrepancy/runcache.py): a pattern
    # is stored by the second run that compiles it, so two runs first, as a daily user's are.
    for _ in range(2):
        run(tool("compare", *pair, "--format", "json")), run(tool("compare", *pair))
    for key, args in (("startup_json_x", tool("compare", *pair, "--format", "json")),
                      ("startup_terminal_x", tool("compare", *pair)),
                      ("help_x", tool("--help"))):
        seconds = median_cpu(args)
        figures[key] = seconds / base
        print(f"  {key:26} {seconds * 1000:7.0f} ms vs {base * 1000:.0f} ms for `{IMPORTS}`", flush=True)
    cold = median_cpu(tool("compare", *pair, "--format", "json"), env={"DISCREPANCY_NO_CACHE": "1"})
    print(f"  (the JSON run with no cache, as on a fresh machine: {cold * 1000:.0f} ms, {cold / base:.2f}x;"
          " not a goal figure)", flush=True)


def demetr(figures: dict) -> None:
    from eval_demetr import throughput

    timings = throughput()  # every pass reads the texts afresh
    figures["demetr_pairs_per_s"] = timings["compare_pairs_per_s"]
    print(f"  demetr_pairs_per_s         {timings['compare_pairs_per_s']:7.0f} vs "
          f"{timings['baseline_pairs_per_s']:.0f} for a digit-string diff")
    again = throughput(remember=True)["compare_pairs_per_s"]
    print(f"  (the same pairs read again, every sentence remembered: {again:.0f}; not a goal figure)")


def write_pair(folder: Path, size: int) -> tuple[list[str], list[str], list[str]]:
    import scale_pair

    a, _, b, _ = scale_pair.generate(size)
    paths = []
    for name, lines in (("a.txt", a), ("b.txt", b)):
        path = folder / name
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return a, b, paths


def difflib_cpu(a: list[str], b: list[str]) -> float:
    import difflib

    start = time.process_time()
    difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return time.process_time() - start


def in_process_cpu(paths: list[str]) -> float:
    """CPU seconds of compare() and its JSON in this process (no start-up)."""
    from discrepancy import compare

    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    start = time.process_time()
    compare(*texts).to_json()
    return time.process_time() - start


def scale(figures: dict, quick: bool) -> None:
    per_sentence = {}
    sizes = (1000, 10000) if quick else (1000, 10000, 100000)
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            a, b, paths = write_pair(folder, size)
            cpu = in_process_cpu(paths)
            per_sentence[size] = cpu / len(a)
            line = f"  compare() {size:>6}           {cpu:7.1f} s CPU, {cpu / len(a) * 1e6:.0f} us/sentence"
            if size == 10000:
                json_s = run(tool("compare", *paths, "--format", "json"))[0]
                term = run(tool("compare", *paths, "--width", "160"))[0]
                figures["terminal_vs_json_10k_x"] = term / json_s
                line += f"; whole command: JSON {json_s:.1f} s, terminal view {term:.1f} s"
            if size == 100000:
                whole, _, mib = run(tool("compare", *paths, "--format", "json"))
                base = difflib_cpu(a, b)
                figures["full_100k_cpu_s"], figures["full_100k_peak_mib"] = whole, mib
                line += (f"; whole command {whole:.1f} s, {mib} MiB peak; difflib over the same "
                         f"lines {base:.1f} s ({whole / base:.1f}x)")
            print(line, flush=True)
    last = max(per_sentence)
    figures["per_sentence_growth_pct"] = (per_sentence[last] / per_sentence[1000] - 1) * 100


def write_demetr_project(root: Path, pairs: int) -> None:
    """A project of ``pairs`` small pairs, one rule: the 1,274 DEMETR pairs, then WMT21's two
    translations of a sentence (2,974), so no pair repeats up to 4,248 (a repeated pair would be
    read from the memos in one process, and less so when the workers split the pairs)."""
    from eval_demetr import load

    wmt21 = ROOT / "corpus" / "eval" / "wmt21" / "two_references.jsonl"
    items = [i for name in ("ref_vs_mt", "negatives", "positives") for i in load(name)]
    items += [json.loads(line) for line in wmt21.read_text(encoding="utf-8").splitlines()]
    (root / "pairs").mkdir()
    for n in range(pairs):
        item = items[n % len(items)]
        (root / "pairs" / f"{n:05d}.src.txt").write_text(item["a"] + "\n", encoding="utf-8")
        (root / "pairs" / f"{n:05d}.en.txt").write_text(item["b"] + "\n", encoding="utf-8")
    (root / "discrepancy.toml").write_text(
        '[[rules]]\ntranslation = "pairs/*.en.txt"\nsource = "pairs/{stem}.src.txt"\n')


def check_jobs(figures: dict, pairs: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_demetr_project(root, pairs)
        walls = {}
        for jobs in (1, 2):
            walls[jobs] = run(tool("check", "-f", "json", "--jobs", str(jobs)), cwd=root)[1]
    figures["check_jobs2_speedup_x"] = walls[1] / walls[2]
    print(f"  check {pairs} pairs              --jobs 1 {walls[1]:.1f} s, --jobs 2 {walls[2]:.1f} s (wall)")


def met(key: str, value: float) -> bool:
    goal, lower = GOALS[key]
    return value <= goal if lower else value >= goal


def compare_stored(figures: dict) -> int:
    stored = json.loads(STORED.read_text())["figures"]
    worse = []
    for key, value in figures.items():
        old = stored.get(key)
        if old:
            lower = GOALS[key][1]
            change = value / old if lower else old / value
            if change > 1.25:
                worse.append(f"{key}: {old:.3g} -> {value:.3g}")
    for line in worse:
        print(f"REGRESSION {line}")
    return 1 if worse else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--steps", default="startup,demetr,scale,check",
                        help="which measures to run, comma-separated")
    args = parser.parse_args(argv)
    steps = {"startup": startup, "demetr": demetr, "scale": lambda f: scale(f, args.quick),
             "check": check_jobs}
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    figures: dict = {}
    for name in args.steps.split(","):
        steps[name](figures)
    print("\nfigure                       value    goal")
    for key, value in figures.items():
        goal, lower = GOALS[key]
        print(f"{key:28} {value:8.3g} {'<=' if lower else '>='} {goal:<6} {'met' if met(key, value) else 'NOT met'}")
    if args.save:
        STORED.write_text(json.dumps({"machine": platform.platform(), "figures": figures}, indent=2) + "\n")
    return compare_stored(figures) if args.check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
