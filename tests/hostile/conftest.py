"""Helpers for the hostile-input tests: run the CLI under a time bound, read its verdict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]

# Profiles for the property tests only (loaded by name, never made the global default, so the
# rest of the suite keeps its own settings). HYPOTHESIS_PROFILE=long for a deeper run.
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Generous bound for one CLI run on ordinary input: a hang shows as a timeout, not a stuck CI.
CLI_SECONDS = 60


def run_cli(*args, stdin: bytes | None = None, timeout: float = CLI_SECONDS, cwd=None):
    """Run ``discrepancy`` from this checkout in a subprocess; fail the test on a timeout."""
    return _bounded(
        ["-m", "discrepancy", *map(str, args)],
        f"discrepancy {' '.join(map(str, args))[:200]}",
        timeout,
        input=stdin if stdin is not None else b"",
        env=dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1"),
        cwd=cwd,
    )


def _bounded(args: list[str], label: str, timeout: float, **options):
    """``python <args>`` in a child process; a hang fails the test instead of stalling CI."""
    try:
        return subprocess.run([sys.executable, *args], capture_output=True, timeout=timeout, **options)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{label} did not finish in {timeout}s")


def assert_input_error(result, *words: str) -> str:
    """A clean refusal: exit 2, one line on stderr naming ``words``, nothing on stdout."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, stderr[-2000:])
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == b""
    return lines[0]


def assert_report(result) -> dict:
    """A report: exit 0 or 1, valid JSON on stdout, nothing alarming on stderr."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (0, 1), (result.returncode, stderr[-2000:])
    assert "Traceback" not in stderr, stderr
    return json.loads(result.stdout)


def at_or_above_warning(findings) -> list:
    """Findings a default run would fail on (works on dicts from JSON and on Finding models)."""
    severities = [f["severity"] if isinstance(f, dict) else f.severity.value for f in findings]
    return [f for f, s in zip(findings, severities) if s in ("warning", "error")]


@pytest.fixture
def write(tmp_path):
    """Write bytes (or UTF-8 text) to a file in tmp_path and return its path."""

    def _write(name: str, content) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def run_api(a: Path, b: Path, timeout: float):
    """``discrepancy.compare`` on two files in a child process (tests/hostile/probe.py)."""
    result = _bounded(
        ["-m", "tests.hostile.probe", str(a), str(b)],
        f"compare({a.name}, {b.name})",
        timeout,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    return result


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: a heavy hostile input (seconds, not minutes); still runs in CI"
    )
