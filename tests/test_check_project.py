"""The fixture project through the real pipeline, as CI would run it: one command, all pairs."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Number and date edits are one family: a changed year may be read as either.
FAMILIES = {"number": {"NUM", "DAT"}, "date": {"NUM", "DAT"}, "name": {"NAM"}, "rank": {"RNK"}, "omission": {"OMI"}}
FACTS = {"number", "date", "name", "rank"}

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


def test_parallel_workers_give_the_same_report_byte_for_byte():
    one = check("--format", "json", "--jobs", "1")
    two = check("--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["pairs"]


def _reports(run):
    return {entry["id"]: entry["report"] for entry in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("pair", sorted(p for p, kinds in EXPECTED.items() if kinds))
def test_each_real_edit_is_flagged_with_its_kind(jsonl_run, pair):
    codes = {f["code"][:3] for f in _reports(jsonl_run)[pair]["findings"]}
    for kind in EXPECTED[pair]:
        assert codes & FAMILIES[kind], f"{pair}: no {kind} finding among {sorted(codes)}"


@pytest.mark.parametrize("pair", sorted(p for p in EXPECTED if p.startswith("translations/")))
def test_one_edit_gives_at_most_one_finding_at_warning_or_above(jsonl_run, pair):
    """Each file under translations/ carries one deliberate edit: nothing else may be flagged."""
    findings = _reports(jsonl_run)[pair]["findings"]
    assert len([f for f in findings if f["severity"] != "info"]) <= 1, [f["message"] for f in findings]


@pytest.mark.parametrize("pair", sorted(p for p, kinds in EXPECTED.items() if not kinds))
def test_paraphrase_and_variants_stay_clean(jsonl_run, pair):
    """Spelling variants may be noted as information, never at warning or above."""
    findings = _reports(jsonl_run)[pair]["findings"]
    assert [f["message"] for f in findings if f["kind"] in FACTS and f["severity"] != "info"] == []


def test_exit_status_follows_fail_on():
    assert check("--ignore", "OMI", "--jobs", "1").returncode == 1
    assert check("--select", "OMI", "--fail-on", "warning", "--jobs", "1").returncode == 0
    assert check("--select", "OMI", "--fail-on", "info", "--jobs", "1").returncode == 1
    assert check("--fail-on", "never", "--jobs", "1").returncode == 0
    bad = check("--format", "yaml")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_the_first_bad_pair_in_order_is_the_error_whatever_the_workers(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    for name in ("translations/000/words.en.txt", "translations/004/number.en.txt"):
        (project / name).write_text("   \n")
    for jobs in ("1", "2"):
        result = check("--jobs", jobs, cwd=project)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines()[-1].startswith(
            "discrepancy: error: translations/000/words.en.txt:"
        ), result.stderr


def test_github_annotations_for_the_whole_project_are_one_line_each(jsonl_run):
    """The runner reads one command per line: no blank lines between pairs, one line for each
    finding shown (warning and above without -v)."""
    lines = check("--format", "github", "--jobs", "1").stdout.splitlines()
    shown = [
        f for report in _reports(jsonl_run).values() for f in report["findings"] if f["severity"] != "info"
    ]
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
    assert len(lines) == len(shown)
