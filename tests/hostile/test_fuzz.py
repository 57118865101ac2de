"""The fuzzer runs a few seconds on every CI run; every crash it ever found is replayed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import ROOT
from tests.hostile.fuzz_target import one_input

CRASHES = sorted((Path(__file__).parent / "fixtures" / "crashes").glob("*.bin"))


def test_a_short_fuzzing_run_finds_no_crash():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fuzz.py"), "--seconds", "4", "--engine", "mutate"],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-3000:]
    assert b"mutated inputs" in result.stdout


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.stem)
def test_saved_crash_no_longer_crashes(path):
    one_input(path.read_bytes())

