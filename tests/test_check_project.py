"""The fixture project through the real pipeline, as CI would run it: one command, all pairs."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent / "fixtures" / "checkproject"
EXPECTED = json.loads((PROJECT / "expected.json").read_text())


def check(*args, cwd=PROJECT):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def jsonl_run():
    return check("--format", "jsonl", "--jobs", "2")


def test_one_command_checks_every_pair_in_the_project(jsonl_run):
    assert jsonl_run.returncode in (0, 1), jsonl_run.stderr
    ids = [json.loads(line)["id"] for line in jsonl_run.stdout.splitlines()]
    assert sorted(ids) == sorted(EXPECTED)
    assert len(ids) >= 20


def test_parallel_workers_give_the_same_report_byte_for_byte():
    one = check("--format", "json", "--jobs", "1")
    two = check("--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["pairs"]
