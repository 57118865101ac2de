"""`check --jobs 2` on perf.py's 2,000 DEMETR pairs: the longest chain of CPU work, in seconds.

Each run measures itself in process with CPU clocks, which the load on a shared machine does not
stretch as it does wall time: the process's CPU before the warm-up thread starts (interpreter,
imports, config), the main thread's CPU from then to the fork (the pairs' paths and options,
warming the pipeline; waiting costs none), the thread's that loads the language identifier, the
workers' (half of it: they split it evenly, see check_cpu.py) and the main thread's after the
fork. On two free cores --jobs 2 takes about

    before + max(main until the fork, identifier) + workers / 2 + main after the fork

against the whole CPU of a --jobs 1 run.

    python3 bench/check_critical.py [ROUNDS]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def measured(jobs: str) -> str:
    """Runs ``check -f json --jobs JOBS`` in this process, in the project folder; one line."""
    from discrepancy import check

    marks: dict[str, float] = {}
    load, start, wait = check._load_identifier, check.WarmingUp.__init__, check.WarmingUp.__call__

    def timed_load():
        began = time.thread_time()
        load()
        marks["warm"] = time.thread_time() - began

    def timed_start(self):
        marks["before"], marks["main_start"] = time.process_time(), time.thread_time()
        start(self)

    def timed_wait(self):
        wait(self)
        marks["main_fork"] = time.thread_time()

    check._load_identifier, check.WarmingUp.__init__, check.WarmingUp.__call__ = timed_load, timed_start, timed_wait
    from discrepancy.cli import main

    sys.argv = ["discrepancy", "check", "-q", "-f", "json", "--jobs", jobs]
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(devnull, 1)
    try:
        main()
    except SystemExit:
        pass
    finally:
        os.dup2(saved, 1)
    if jobs == "1":
        return f"{time.process_time():.3f}"
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime + children.ru_stime
    main_until_wait = marks["main_fork"] - marks["main_start"]
    after = time.thread_time() - marks["main_fork"]
    chain = marks["before"] + max(main_until_wait, marks["warm"]) + workers / 2 + after
    return (f"{marks['before']:.3f} {main_until_wait:.3f} {marks['warm']:.3f} {workers:.3f} {after:.3f} {chain:.3f}")


def main() -> None:
    from perf import ROOT, write_demetr_project

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    chains, ones = [], []
    with tempfile.TemporaryDirectory() as tmp:
        write_demetr_project(Path(tmp), 2000)
        for _ in range(rounds):
            line = {}
            for jobs in ("1", "2"):
                done = subprocess.run([sys.executable, __file__, "--run", jobs], cwd=tmp, env=env,
                                      capture_output=True, text=True, check=True)
                line[jobs] = done.stdout.split()
            before, until_wait, warm, workers, after, chain = map(float, line["2"])
            one = float(line["1"][0])
            ones.append(one)
            chains.append(chain)
            print(f"--jobs 1 {one:.2f} s CPU | --jobs 2: before the thread {before:.2f}, main until the fork "
                  f"{until_wait:.2f}, identifier thread {warm:.2f}, workers {workers:.2f} (half {workers / 2:.2f}), "
                  f"main after the fork {after:.2f}: chain {chain:.2f} s, {one / chain:.2f}x | "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    ratios = [one / chain for one, chain in zip(ones, chains)]
    print(f"on two free cores: median {statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print(measured(sys.argv[2]))
    else:
        main()
