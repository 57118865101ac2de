"""`discrepancy roster` end to end: exit status, errors, every format, the baseline, and
`check --roster` over a project's files. The HTML page is also opened in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from test_report_html import CHROMIUM, CHROMIUM_ARGS, _Collector

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "corpus" / "seeds").glob("*.txt"))
PROJECT = ROOT / "tests" / "fixtures" / "checkproject"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())


def run(*args, cwd=None, hash_seed="0"):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args], capture_output=True, text=True, cwd=cwd,
        env=dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=hash_seed),
    )


@pytest.fixture(scope="module")
def as_json():
    result = run("roster", *SEEDS, "--format", "json")
    assert result.returncode == 1, result.stderr
    return result.stdout


def test_exit_status_follows_fail_on_and_the_rules_chosen():
    assert run("roster", *SEEDS, "--fail-on", "never").returncode == 0
    assert run("roster", *SEEDS, "--ignore", "ROS").returncode == 0
    assert run("roster", *SEEDS, "--select", "ROS003").returncode == 1
    assert run("roster", SEEDS[4], "--fail-on", "info").returncode == 0  # one report, nothing to flag


@pytest.mark.parametrize(
    "args, words",
    [
        (["/nonexistent/report.txt"], "no such file"),
        (["/nonexistent/*.txt"], "no file matches"),
        (["-", "-"], "only once"),
        ([SEEDS[0], "--format", "xml"], "--format"),
        ([SEEDS[0], "--select", "NUM"], "no roster rule"),
        ([SEEDS[0], "--update-baseline"], "--baseline"),
    ],
)
def test_bad_input_is_one_line_and_status_2(args, words):
    result = run("roster", *args)
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_glob_pattern_reads_the_files_it_matches(as_json):
    result = run("roster", str(ROOT / "corpus" / "seeds" / "*.txt"), "--format", "json")
    assert result.stdout == as_json


def test_json_is_deterministic_and_meets_its_schema(as_json):
    for seed in ("1", "2"):  # set iteration order must not leak into the output
        assert run("roster", *SEEDS, "--format", "json", hash_seed=seed).stdout == as_json
    roster = json.loads(as_json)
    jsonschema.validate(roster, json.loads(run("schema", "--roster").stdout))
    texts = [Path(p).read_text(encoding="utf-8") for p in SEEDS]
    for person in roster["people"]:
        for m in person["mentions"]:
            assert texts[m["document"]][m["start"] : m["end"]] == m["text"]
    assert {f["code"] for f in roster["findings"]} == {"ROS001", "ROS002", "ROS003", "ROS005"}


def test_terminal_shows_people_spellings_ranks_reports_and_why_merged():
    out = run("roster", *SEEDS, "--no-color", "--width", "160").stdout
    row = next(line for line in out.splitlines() if "Kenneth McKenzie" in line and "Lieutenant General" in line)
    assert "ROS001" in row and "ROS002" in row
    assert "Qassem Al-Araji ~ Qasim Alaraji: article and hyphen folded" in out
    assert "\x1b[" not in out


def test_markdown_has_the_people_table_and_the_findings():
    out = run("roster", *SEEDS, "--format", "markdown").stdout
    assert "| # | person | spellings | ranks / titles | reports | flags |" in out
    assert re.search(r"\| \d+ \| Ian McCarry \| Ian McCarry<br>Makari \|", out)
    assert out.count("| error | ROS0") == 3


def test_sarif_is_valid_and_points_at_the_report_that_differs():
    log = json.loads(run("roster", *SEEDS, "--format", "sarif").stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    run_ = log["runs"][0]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == {f"ROS00{i}" for i in range(1, 7)}
    given = next(r for r in run_["results"] if r["ruleId"] == "ROS002")
    where = given["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"].endswith(Path(SEEDS[2]).name)
    assert where["region"]["snippet"]["text"] == "Frank McKenzie"
    assert given["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Kenneth McKenzie"


def test_the_baseline_accepts_what_is_there_and_reports_only_new_findings(tmp_path):
    baseline = tmp_path / "roster-baseline.json"
    accepted = run("roster", *SEEDS[:3], "--baseline", str(baseline), "--update-baseline")
    assert accepted.returncode == 0 and "wrote 2 accepted findings" in accepted.stderr
    assert run("roster", *SEEDS[:3], "--baseline", str(baseline)).returncode == 0
    more = run("roster", *SEEDS, "--baseline", str(baseline), "--format", "json")
    assert more.returncode == 1
    assert sorted(f["code"] for f in json.loads(more.stdout)["findings"]) == ["ROS001", "ROS003", "ROS005"]


def test_check_roster_reads_every_file_of_the_project_once():
    result = run("check", "--roster", "--format", "json", cwd=PROJECT)
    assert result.returncode in (0, 1), result.stderr
    roster = json.loads(result.stdout)
    paths = [d["path"] for d in roster["documents"]]
    assert len(paths) == len(set(paths)) > 2
    assert any("sources" in p for p in paths) and any("translations" in p for p in paths)


def colored(result) -> bool:
    return "\x1b[" in result.stdout


def test_colours_follow_color_force_color_and_no_color_as_compare_does(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert not colored(run("roster", *SEEDS))  # not a terminal
    assert colored(run("roster", *SEEDS, "--color", "always"))
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert colored(run("roster", *SEEDS))
    assert not colored(run("roster", *SEEDS, "--no-color"))
    assert colored(run("check", "--roster", cwd=PROJECT))
    assert not colored(run("check", "--roster", "--color", "never", cwd=PROJECT))


def test_check_roster_reads_the_files_of_a_manifest():
    listed = run("check", "--roster", "--pairs", "pairs.csv", "--format", "json", cwd=PROJECT)
    assert listed.returncode in (0, 1), listed.stderr
    assert len(json.loads(listed.stdout)["documents"]) > 2


def test_update_baseline_refuses_to_overwrite_a_report(tmp_path):
    report = tmp_path / "a.txt"
    report.write_text(Path(SEEDS[0]).read_text(encoding="utf-8"), encoding="utf-8")
    before = report.read_bytes()
    result = run("roster", str(report), SEEDS[1], "--baseline", str(report), "--update-baseline")
    assert result.returncode == 2 and "refusing to overwrite" in result.stderr
    assert report.read_bytes() == before


@pytest.fixture(scope="module")
def page():
    result = run("roster", *SEEDS, "--format", "html")
    assert result.returncode == 1
    return result.stdout


def test_html_is_self_contained_and_every_link_resolves(page):
    links = _Collector()
    links.feed(page)
    assert links.resources == []
    assert all(h.startswith("#") and h[1:] in links.ids for h in links.hrefs)
    assert "&lt;" not in page or "<script" not in page


def test_html_links_every_mention_of_a_person_to_its_sentence(page, as_json):
    roster = json.loads(as_json)
    for person in roster["people"]:
        if person["kind"] != "person":
            continue
        section = re.search(rf'<section id="p{person["id"] + 1}">.*?</section>', page, re.S).group(0)
        for m in person["mentions"]:
            assert f'href="#d{m["document"] + 1}s{m["sentence"] + 1}"' in section


def test_html_in_chromium_follows_a_mention_to_its_marked_sentence(page, tmp_path):
    if os.environ.get("DISCREPANCY_SKIP_BROWSER"):
        pytest.skip("DISCREPANCY_SKIP_BROWSER is set")
    from playwright.sync_api import sync_playwright

    path = tmp_path / "roster.html"
    path.write_text(page, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        errors = []
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(path.as_uri())
        tab.locator("nav a", has_text="Ian McCarry").click()
        section = tab.locator("section:target")
        assert "Makari" in section.inner_text() and "ROS003" in section.inner_text()
        section.locator("a", has_text=re.compile(r"003_.*:\d+:\d+")).nth(1).click()  # the first Makari
        target = tab.locator(".sentence:target")
        assert target.locator("mark", has_text="Makari").count() == 1
        assert target.locator("mark.flagged").count() == 1
        target.locator("a", has_text="Makari").click()
        assert tab.evaluate("location.hash").startswith("#p")
        browser.close()
    assert errors == []


def test_a_sentence_of_thousands_of_counts_and_officers_ends_in_good_time(tmp_path):
    """No quadratic step of the roster's own: each count finds its clause, each name its rank
    by bisection, and one family name's people are compared by given initial, not all pairs
    (the subprocess timeout catches a blow-up; speed itself is measured in bench/)."""
    counts = " ".join(f"{i} ships and" for i in range(1, 1501))
    given = [a + v + c + w for a in "BDFGKLMNPRSTVZ" for v in "aeiou" for c in "lmnrst" for w in "aeio"][:1500]
    officers = ", ".join(f"Major General {name} Smith" for name in given)  # 1,500 Smiths
    path = tmp_path / "hostile.txt"
    path.write_text(f"There were {counts} nothing else. {officers} attended.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "discrepancy", "roster", str(path), "-f", "json"],
        capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert result.returncode in (0, 1), result.stderr
    assert len(json.loads(result.stdout)["people"]) > 1000  # a few given names are spelling slips apart
