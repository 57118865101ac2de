"""Hostile paths and streams: refused in one line with exit 2, nothing written by halves."""

from __future__ import annotations

import os

import pytest

from tests.hostile.conftest import assert_input_error, assert_report, run_cli
from tests.hostile.test_odd_content import ARTICLE

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def has_output_option() -> bool:
    return b"--output" in run_cli("compare", "--help").stdout


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
    assert_input_error(run_cli("compare", "-", "-", stdin=ARTICLE.encode()), "-")


def test_standard_input_once_works(write):
    report = assert_report(
        run_cli("compare", "-", write("ok.txt", ARTICLE), "--format", "json", stdin=ARTICLE.encode())
    )
    assert report["a"]["sentences"]


def test_output_onto_an_input_is_refused_and_the_input_untouched(write):
    if not has_output_option():
        pytest.skip("compare has no --output option on this branch")
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace("1,800", "1,900"))
    for target in (a, b, a.parent / "." / a.name):
        assert_input_error(run_cli("compare", a, b, "--output", target), "--output")
        assert a.read_text(encoding="utf-8") == ARTICLE
    assert b.read_text(encoding="utf-8") == ARTICLE.replace("1,800", "1,900")


def test_output_into_a_missing_directory_leaves_nothing_behind(write, tmp_path):
    if not has_output_option():
        pytest.skip("compare has no --output option on this branch")
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    target = tmp_path / "missing" / "report.json"
    assert_input_error(run_cli("compare", a, b, "--output", target, "--format", "json"), "report.json")
    assert not target.parent.exists()


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root writes into read-only directories")
def test_output_into_a_read_only_directory_leaves_nothing_behind(write, tmp_path):
    if not has_output_option():
        pytest.skip("compare has no --output option on this branch")
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
    if not has_output_option():
        pytest.skip("compare has no --output option on this branch")
    a, b = write("a.txt", ARTICLE), write("b.txt", ARTICLE)
    target = tmp_path / "somedir"
    target.mkdir()
    assert_input_error(run_cli("compare", a, b, "--output", target), "somedir")
    assert list(target.iterdir()) == []
