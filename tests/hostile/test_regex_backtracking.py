"""Every regular expression in discrepancy/ survives inputs built for catastrophic backtracking.

Each pattern runs under a generous alarm (tests/hostile/regex_audit.py says how patterns are
found and attacked): one that goes exponential, or quadratic on a long line, never finishes in
time. The regex engine checks for signals, so the alarm interrupts even a runaway match.
"""

from __future__ import annotations

import signal

import pytest

from tests.hostile.regex_audit import all_patterns, run, usage

PATTERNS = all_patterns()
SECONDS_PER_PATTERN = 30


def test_the_audit_finds_the_patterns():
    """The collector sees the segmenter's pattern, so an empty list is a broken audit."""
    assert any("segment" in where for where in PATTERNS)


class TimedOut(Exception):
    pass


def _alarm(signum, frame):
    raise TimedOut


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX interval timers")
@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_pattern_resists_backtracking_attacks(where):
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_PATTERN)
    try:
        run(where)
    except TimedOut:
        pytest.fail(
            f"{where}: {PATTERNS[where].pattern[:200]!r} backtracks catastrophically "
            f"(used as {usage(where)})"
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
