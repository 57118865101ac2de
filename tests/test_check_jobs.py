"""``check --jobs``: workers that take the baseline out and write their pairs' part of a JSON
report give the report the parent would have written, byte for byte, with accepted and stale
baseline entries, for any number of workers."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from discrepancy.baseline import Baseline
from discrepancy.check import apply_baseline, check_pairs, pair_options
from discrepancy.config import load_config
from discrepancy.pairs import Confined, pairs_from_config
from discrepancy.report.many import _pair_entry, _stale_entry, joined, pair_part

PROJECT = Path(__file__).resolve().parent / "fixtures" / "checkproject"


def check(*args):
    done = subprocess.run([sys.executable, "-m", "discrepancy", "check", *args], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return done


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The fixture project as the working folder, with half.json: a baseline accepting every
    other finding, and one entry of a finding no longer there."""
    root = Path(shutil.copytree(PROJECT, tmp_path / "project"))
    monkeypatch.chdir(root)
    check("-q", "--baseline", "all.json", "--update-baseline")
    lines = [line for line in (root / "all.json").read_text().splitlines() if line.startswith("{")]
    entries = [json.loads(line.rstrip(",")) for line in lines[::2]]
    entries.append({**entries[0], "a": "a value the pair never had"})
    (root / "half.json").write_text("[\n" + ",\n".join(json.dumps(e) for e in entries) + "\n]\n")
    return root


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_report_is_the_same_for_one_and_two_workers_with_a_baseline(project, fmt):
    one = check("-f", fmt, "--jobs", "1", "--baseline", "half.json")
    two = check("-f", fmt, "--jobs", "2", "--baseline", "half.json")
    assert (one.stdout, one.returncode) == (two.stdout, two.returncode)
    assert "stale entry" in one.stderr
    if fmt == "json":
        document = json.loads(one.stdout)
        assert document["stale_baseline"] and any(entry["suppressed"] for entry in document["pairs"])


def test_joined_parts_are_json_dumps_of_the_whole_document(project):
    """The layout the parent used to write in one json.dumps, now joined from the workers' parts."""
    config = load_config()
    pairs = pairs_from_config(config)
    checked = check_pairs(pairs, [pair_options(pair, config) for pair in pairs])
    results, stale = apply_baseline(pairs, checked, Baseline.read(project / "half.json"), lambda fact: True)
    assert stale and results
    whole = {"pairs": [_pair_entry(r) for r in results], "stale_baseline": [_stale_entry(s) for s in stale]}
    expected = json.dumps(whole, indent=2, ensure_ascii=False) + "\n"
    assert joined([pair_part(r, "json") for r in results], "json", stale) == expected
    assert joined([], "json", []) == json.dumps({"pairs": [], "stale_baseline": []}, indent=2) + "\n"


def test_confined_resolves_as_path_resolve_does(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "file.txt").write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "alias.txt").symlink_to(tmp_path / "real" / "file.txt")
    confined = Confined(tmp_path)
    for path in ("link/file.txt", "real/alias.txt", "real/missing.txt", "link/../real/file.txt", "real/.."):
        assert confined(tmp_path / path, "test") == (tmp_path / path).resolve()
