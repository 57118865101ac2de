"""The bundled example pair end to end: the rank discrepancy reaches every report format."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from report_fixtures import PAIR

PAIR = [str(p) for p in PAIR]


def compare(*args):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", "compare", *PAIR, *args], capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def sarif():
    result = compare("--format", "sarif")
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def test_rank_of_al_shammari_is_an_error_in_sarif(sarif):
    rank = [r for r in sarif["runs"][0]["results"] if r["ruleId"].startswith("RNK")]
    assert any(
        r["level"] == "error"
        and r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Staff General"
        and "Lieutenant General Abdul-Amir Al-Shammari"
        in r["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"]
        for r in rank
    ), rank


def test_rank_finding_in_github_markdown_and_junit():
    github = compare("--format", "github").stdout
    assert any(line.startswith("::error ") and "RNK" in line and "Staff General" in line
               for line in github.splitlines())
    markdown = compare("--format", "markdown").stdout
    row = next(line for line in markdown.splitlines() if "RNK" in line)
    assert "**Lieutenant**" in row and "**Staff**" in row
    root = ET.fromstring(compare("--format", "junit", "--fail-on", "error").stdout)
    failures = [f for f in root.iter("failure")]
    # B's dateline (5 Nov) makes its "today" a date error too, so RNK may share the failure.
    assert any("RNK001" in f.get("message") for f in failures)


def test_exit_status_follows_fail_on():
    assert compare("--format", "json", "--fail-on", "error").returncode == 1
    assert compare("--format", "json", "--fail-on", "never").returncode == 0
