"""The report options of `compare`: --format, --output, --fail-on, --no-color, --width, -v."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from report_fixtures import PAIR, mixed_seed_report

from discrepancy.report.view import failing

ESCAPE = re.compile(r"\x1b\[")
PAIR = [str(p) for p in PAIR]


def run(*args, env=None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, **kwargs,
    )


def run_on_tty(*args, env, cwd=None):
    """Run with stdout on a pseudo-terminal, as a person at a terminal would."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "discrepancy", *args],
        stdout=follower, stderr=subprocess.DEVNULL, env={**os.environ, **env}, cwd=cwd,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif", "junit", "github"])
def test_every_format_runs_and_writes_no_escape_codes_when_piped(fmt):
    result = run("compare", *PAIR, "--format", fmt)
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout or fmt == "github"
    assert not ESCAPE.search(result.stdout)


def test_colour_on_a_terminal_unless_no_color_or_option():
    env = {"COLUMNS": "100", "TERM": "xterm", "NO_COLOR": ""}
    assert ESCAPE.search(run_on_tty("compare", *PAIR, env=env))
    assert not ESCAPE.search(run_on_tty("compare", *PAIR, env={**env, "NO_COLOR": "1"}))
    assert not ESCAPE.search(run_on_tty("compare", *PAIR, "--no-color", env=env))


def test_width_option_bounds_the_terminal_view():
    result = run("compare", *PAIR, "--width", "60")
    assert max(len(line) for line in result.stdout.splitlines()) <= 60
    assert run("compare", *PAIR, "--width", "5").returncode == 2


def test_output_writes_the_file_atomically_and_prints_nothing(tmp_path):
    target = tmp_path / "report.sarif"
    target.write_text("old")
    result = run("compare", *PAIR, "--format", "sarif", "--output", str(target))
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout == ""
    assert json.loads(target.read_text())["version"] == "2.1.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif"]


def test_output_refuses_to_overwrite_an_input(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(Path(PAIR[0]).read_text())
    b.write_text(Path(PAIR[1]).read_text())
    before = b.read_bytes()
    result = run("compare", str(a), str(b), "--output", str(tmp_path / "." / "b.txt"))
    assert result.returncode == 2
    assert "input" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert b.read_bytes() == before


def test_unwritable_output_is_a_usage_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("compare", *PAIR, "--output", str(blocker / "out.txt"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_write_error_midway_removes_the_temporary_file(tmp_path, monkeypatch):
    from discrepancy.errors import InputError
    from discrepancy.report import output

    target = tmp_path / "out.html"
    target.write_text("previous")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(InputError, match="cannot write"):
        output.write_atomic(str(target), "new text")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


def test_missing_output_folder_is_a_usage_error(tmp_path):
    result = run("compare", *PAIR, "--output", str(tmp_path / "no" / "such" / "out.md"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_identical_documents_exit_clean(tmp_path):
    same = tmp_path / "same.txt"
    same.write_text("The minister met the envoy in Baghdad on Monday. Talks went on for two days.\n")
    result = run("compare", str(same), str(same), "--fail-on", "info", "--format", "github", "-v")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_fail_on_threshold():
    report = mixed_seed_report()
    severities = sorted({f.severity.value for f in report.findings})
    assert severities == ["error", "info", "warning"]
    assert len(failing(report.findings, "info")) == len(report.findings)
    assert {f.severity.value for f in failing(report.findings, "warning")} == {"warning", "error"}
    assert {f.severity.value for f in failing(report.findings, "error")} == {"error"}
    assert failing(report.findings, "never") == []
