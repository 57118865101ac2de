"""Hostile paths and streams: refused in one line with exit 2, nothing written by halves."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.hostile.conftest import CLI_SECONDS, ROOT, assert_input_error, assert_report, run_cli
from tests.hostile.test_odd_content import ARTICLE

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def test_missing_path(write, tmp_path):
    ok = write("ok.txt", ARTICLE)
    assert_input_error(run_cli("compare", tmp_path / "gone.txt", ok), "gone.txt")
    assert_input_error(run_cli("compare", ok, tmp_path / "no" / "dir" / "x.txt"), "x.txt")


def test_directory_instead_of_file(write, tmp_path):
    assert_input_error(run_cli("compare", tmp_path, write("ok.txt", ARTICLE)), str(tmp_path))


def test_dangling_symlink(write, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "target-that-is-not-there.txt")
    assert_input_error(run_cli("compare", link, write("ok.txt", ARTICLE)), "link.txt")


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads chmod 000 files; covered by the stub test below")
def test_unreadable_file(write):
    locked = write("locked.txt", ARTICLE)
    locked.chmod(0)
    try:
        assert_input_error(run_cli("compare", locked, write("ok.txt", ARTICLE)), "locked.txt")
    finally:
        locked.chmod(0o644)


def test_a_file_that_fails_to_read_is_an_input_error(write, monkeypatch):
    """The same refusal whatever the OS says (works as root, where chmod 000 does not bite)."""
    import builtins

    from discrepancy.errors import InputError
    from discrepancy.load import read_source

    locked = write("locked.txt", ARTICLE)
    real_open = builtins.open

    def refusing_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(InputError, match="locked.txt"):
        read_source(str(locked))


def test_standard_input_given_twice():
    assert_input_error(run_cli("compare", "-", "-", stdin=ARTICLE.encode()), "standard input (-)")


def test_standard_input_once_works(write):
    report = assert_report(
        run_cli("compare", "-", write("ok.txt", ARTICLE), "--format", "json", stdin=ARTICLE.encode())
    )
    assert report["a"]["sentences"]


def test_output_onto_an_input_is_refused_and_the_input_untouched(write):
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace("1,800", "1,900"))
    for target in (a, b, a.parent / "." / a.name):
        assert_input_error(run_cli("compare", a, b, "--output", target), "--output")
        assert a.read_bytes() == ARTICLE.encode()
    assert b.read_bytes() == ARTICLE.replace("1,800", "1,900").encode()


def test_output_into_a_missing_directory_leaves_nothing_behind(write, tmp_path):
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    target = tmp_path / "missing" / "report.json"
    assert_input_error(run_cli("compare", a, b, "--output", target, "--format", "json"), "report.json")
    assert not target.parent.exists()


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root writes into read-only directories")
def test_output_into_a_read_only_directory_leaves_nothing_behind(write, tmp_path):
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert_input_error(run_cli("compare", a, b, "--output", locked / "r.json"), "r.json")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_output_over_a_directory_is_refused(write, tmp_path):
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    target = tmp_path / "somedir"
    target.mkdir()
    assert_input_error(run_cli("compare", a, b, "--output", target), "somedir")
    assert list(target.iterdir()) == []


def test_output_under_a_file_instead_of_a_directory_is_refused(write):
    """A write that fails even for root: the parent 'directory' is a plain file."""
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    assert_input_error(run_cli("compare", a, b, "--output", a / "report.json"), "report.json")
    assert a.read_bytes() == ARTICLE.encode()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device that is always full)")
def test_a_full_standard_output_is_a_one_line_error(write):
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace("1,800", "1,900"))
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "discrepancy", "compare", str(a), str(b), "--format", "json"],
            stdout=full, stderr=subprocess.PIPE, timeout=CLI_SECONDS, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr


def test_a_closed_pipe_on_standard_output_is_a_one_line_error(write):
    """`discrepancy compare a b | head -0`: the reader is gone before the report is written."""
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace("1,800", "1,900"))
    process = subprocess.Popen(
        [sys.executable, "-m", "discrepancy", "compare", str(a), str(b), "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=CLI_SECONDS) == 2, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
