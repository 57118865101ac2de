"""Every regular expression in discrepancy/ survives inputs built for catastrophic backtracking.

Each pattern runs in a child process (tests/hostile/regex_audit.py) bounded by a generous
timeout: a pattern that goes exponential, or quadratic on a long line, never finishes in time.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.hostile.conftest import ROOT
from tests.hostile.regex_audit import all_patterns

PATTERNS = all_patterns()
SECONDS_PER_PATTERN = 30


def test_the_audit_finds_the_patterns():
    """The collector sees the segmenter's pattern, so an empty list is a broken audit."""
    assert any("segment" in where for where in PATTERNS)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_pattern_resists_backtracking_attacks(where):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.hostile.regex_audit", where],
            capture_output=True,
            timeout=SECONDS_PER_PATTERN,
            env=env,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{where}: {PATTERNS[where].pattern!r} backtracks catastrophically")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
