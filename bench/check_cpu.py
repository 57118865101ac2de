"""`discrepancy check` on 2,000 small DEMETR pairs (perf.py's project): where the CPU goes.

The machine is shared, so wall time with --jobs 2 says as much about the neighbours as about the
code. CPU seconds do not move with the load: this prints, per run, the parent's own CPU, each
worker's, and the speed-up they imply on two free cores: from the parent's whole CPU, as if all of it were
serial, to its main thread's only (its other threads load the language identifier beside the
main one and read the workers' results while they work). Forking the workers counts as free:

    --jobs 1 CPU / (--jobs 2 parent's CPU + busiest worker's CPU)

beside the measured wall ratio and the load average. Each process is polled with psutil every
5 ms (an error of a few ms per process). --jobs 1 and --jobs 2 alternate, ROUNDS times.

    python3 bench/check_cpu.py [ROUNDS] [PAIRS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from perf import ROOT, tool, write_demetr_project  # noqa: E402


def profile(args: list[str], cwd: Path) -> dict:
    """Wall seconds, and CPU seconds of the process and of each of its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    parent, seen = psutil.Process(proc.pid), {}
    while proc.poll() is None:
        try:
            seen["parent"] = sum(parent.cpu_times()[:2])
            seen["main"] = next(sum(t[1:]) for t in parent.threads() if t.id == proc.pid)
            for child in parent.children():
                seen[child.pid] = sum(child.cpu_times()[:2])
        except psutil.Error:  # a process ended between the listing and the reading
            pass
        time.sleep(0.005)
    wall = time.perf_counter() - start
    return {"wall": wall, "parent": seen.get("parent", 0.0), "main": seen.get("main", 0.0),
            "workers": sorted((cpu for pid, cpu in seen.items() if isinstance(pid, int)), reverse=True)}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_demetr_project(root, pairs)
        ratios, ideals, hopes = [], [], []
        for _ in range(rounds):
            one = profile(tool("check", "-f", "json", "--jobs", "1"), root)
            two = profile(tool("check", "-f", "json", "--jobs", "2"), root)
            busiest = two["workers"][0] if two["workers"] else 0.0
            balance = sum(two["workers"]) / busiest if busiest else 0.0
            ratios.append(one["wall"] / two["wall"])
            ideals.append(one["parent"] / (two["parent"] + busiest))
            hopes.append(one["parent"] / (two["main"] + busiest))
            print(f"--jobs 1 {one['wall']:5.2f} s wall, {one['parent']:5.2f} s CPU | --jobs 2 {two['wall']:5.2f} s wall, "
                  f"parent {two['parent']:4.2f} s CPU ({two['main']:4.2f} main thread), workers "
                  f"{' + '.join(f'{w:.2f}' for w in two['workers'])} s (balance {balance:.2f} of 2) | wall ratio "
                  f"{ratios[-1]:.2f}, on free cores {ideals[-1]:.2f}-{hopes[-1]:.2f} | load {os.getloadavg()[0]:.1f}",
                  flush=True)
    print(f"wall ratio median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}); "
          f"on free cores, from CPU seconds: median {statistics.median(ideals):.2f} "
          f"(min {min(ideals):.2f}, max {max(ideals):.2f}), counting only the parent's main thread as serial: "
          f"median {statistics.median(hopes):.2f}")


if __name__ == "__main__":
    main()
