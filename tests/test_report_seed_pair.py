"""The bundled example pair end to end: its rank and date discrepancies reach every format."""

from __future__ import annotations

import json
import re
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
    assert any("RNK" in f.get("message") and "Staff General" in f.text for f in root.iter("failure"))


def test_exit_status_follows_fail_on():
    assert compare("--format", "json", "--fail-on", "error").returncode == 1
    assert compare("--format", "json", "--fail-on", "never").returncode == 0


def test_meeting_date_against_today_in_a_statement_of_the_next_day(sarif):
    dates = [r for r in sarif["runs"][0]["results"] if r["ruleId"].startswith("DAT")]
    assert any(
        r["level"] in ("error", "warning")
        and r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "today"
        and "Thursday, November 4"
        in r["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"]
        for r in dates
    ), dates


def test_html_report_of_the_pair_links_both_findings_to_one_sentence_pair(tmp_path):
    out = tmp_path / "pair.html"
    assert compare("--format", "html", "--output", str(out)).returncode == 1
    page = out.read_text(encoding="utf-8")
    rows = {code: re.search(rf'<tr id="f\d+" class="finding"[^>]*>(?:(?!</tr>).)*{code}(?:(?!</tr>).)*</tr>',
                            page, re.S).group(0) for code in ("RNK001", "DAT001")}
    links = {code: re.search(r'href="#(g\d+)"', row).group(1) for code, row in rows.items()}
    assert links["RNK001"] == links["DAT001"]
    article = re.search(rf'<article class="group" id="{links["RNK001"]}">.*?</article>', page, re.S).group(0)
    assert "k-rank" in article and "k-date" in article
