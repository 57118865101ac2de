"""``discrepancy check --scheduler`` on a Dask LocalCluster (loopback, one thread a worker).

Two projects: the 27 New Testament books as pairs (bench/check_parallel.py's) and 2,000 DEMETR
pairs (all 1,274 of corpus/eval/demetr, then the first 726 again with the sides swapped). For
each, the JSON report of the cluster run must equal the local ``--jobs 1`` run byte for byte,
with 1 and 2 workers and when one of 2 workers is SIGKILLed a third of the way through. Speed is
pairs per second with 1 and 2 workers (whole command, wall time), as a ratio in this run,
beside the control of check_parallel.py (two processes on two cores at once against one after
the other: near 0.5 when the second core is free, near 1 when other work holds it). The books
are heavy pairs (the workers' share dominates); DEMETR pairs are so light that the client's
start-up and report writing weigh as much as the checking. Since a busy machine hides any
speed-up, the run also prints how evenly 2 workers shared the work: their CPU seconds over the
busiest one's (2.00 is an even split), which other load does not change.

    python3 bench/cluster_check.py [--quick]      # --quick: 8 books, 400 DEMETR pairs

Goals (issue 17): identical reports, nothing lost to a killed worker; the 2-worker ratio is
reported, not asserted (the machine is 2 shared cores).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_parallel import control, write_project  # noqa: E402
from eval_demetr import load  # noqa: E402

DEMETR_CONFIG = '[[rules]]\ntranslation = "pairs/*.b.txt"\nsource = "pairs/{stem}.a.txt"\n'


def write_demetr(root: Path, count: int) -> None:
    items = [item for name in ("positives", "negatives", "ref_vs_mt") for item in load(name)]
    sides = [(item["a"], item["b"]) for item in items] + [(item["b"], item["a"]) for item in items]
    (root / "pairs").mkdir()
    (root / "discrepancy.toml").write_text(DEMETR_CONFIG)
    for number, (a, b) in enumerate(sides[:count]):
        (root / "pairs" / f"{number:05d}.a.txt").write_text(a + "\n", encoding="utf-8")
        (root / "pairs" / f"{number:05d}.b.txt").write_text(b + "\n", encoding="utf-8")


def timed_check(root: Path, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", "-q", "-f", "json", *args], cwd=root, capture_output=True, text=True
    )
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return time.perf_counter() - start, done.stdout


def cluster(workers: int):
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )


def worker_cpu(running) -> dict[str, float]:
    """CPU seconds (user and system) each worker process has used so far."""
    from distributed import Client

    def used() -> float:
        import psutil

        times = psutil.Process().cpu_times()
        return times.user + times.system

    with Client(running.scheduler_address) as client:
        return client.run(used)


def killing_one_worker(running, after: float) -> threading.Thread:
    """A thread that SIGKILLs one worker process ``after`` seconds from now."""
    from distributed import Client

    with Client(running.scheduler_address) as client:
        pid = sorted(client.run(os.getpid).values())[0]
    killer = threading.Timer(after, os.kill, (pid, signal.SIGKILL))
    killer.start()
    return killer


def main() -> None:
    quick = "--quick" in sys.argv
    books, count = (8, 400) if quick else (27, 2000)
    spare = control()
    same, seconds, balance = {}, {}, {}
    with TemporaryDirectory() as tmp:
        projects = {"books": Path(tmp, "bible"), "DEMETR pairs": Path(tmp, "demetr")}
        for root in projects.values():
            root.mkdir()
        write_project(projects["books"], books)
        write_demetr(projects["DEMETR pairs"], count)
        for name, root in projects.items():
            seconds[name, "local"], local = timed_check(root, "--jobs", "1")
            same[name] = {"pairs": len(json.loads(local)["pairs"])}
            for workers in (1, 2):
                with cluster(workers) as running:
                    before = worker_cpu(running)
                    seconds[name, workers], remote = timed_check(root, "--scheduler", running.scheduler_address)
                    spent = [used - before[worker] for worker, used in worker_cpu(running).items()]
                    balance[name, workers] = sum(spent) / max(spent)
                    same[name][f"{workers} worker(s)"] = remote == local
                    if workers == 2:
                        killer = killing_one_worker(running, after=seconds[name, 2] / 3)
                        _, remote = timed_check(root, "--scheduler", running.scheduler_address)
                        killer.join()
                        same[name]["2 workers, one killed mid-run"] = remote == local
    print(f"control: 2 processes at once vs one after the other {spare:.2f} (0.5: a free second core)")
    for name, checks in same.items():
        pairs = checks.pop("pairs")
        print(f"{pairs} {name}: cluster report equals local --jobs 1: "
              + ", ".join(f"{what} {'yes' if ok else 'NO'}" for what, ok in checks.items()))
        for run in ("local", 1, 2):
            wall = seconds[name, run]
            label = "local --jobs 1" if run == "local" else f"{run} worker(s)"
            print(f"  {label:<15} {wall:6.1f} s  {pairs / wall:7.1f} pairs/s  {seconds[name, 1] / wall:.2f}x of 1 worker")
        print(f"  2 workers' CPU seconds over the busiest one's: {balance[name, 2]:.2f} (the speed-up free cores would give)")


if __name__ == "__main__":
    main()
