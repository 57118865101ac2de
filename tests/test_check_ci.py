"""`check` as a CI step: ids and a baseline that survive, per-pair rule choices, one report for
the project (SARIF, HTML, Markdown), and what users of ruff and mypy reach for on the command line.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.report.markdown import COMMENT_BUDGET

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())
SOURCE = "The army sent 2,100 trucks to Mosul on 5 November 2021.\n"
NUMBER = "The army sent 2,300 trucks to Mosul on 5 November 2021.\n"
NUMBER_AND_DATE = "The army sent 2,300 trucks to Mosul on 6 November 2021.\n"


def make_project(root: Path, config: str = "", pairs: int = 2, translation: str = NUMBER_AND_DATE) -> Path:
    for n in range(pairs):
        (root / "src").mkdir(parents=True, exist_ok=True)
        (root / "tr").mkdir(parents=True, exist_ok=True)
        (root / "src" / f"p{n}.txt").write_text(SOURCE)
        (root / "tr" / f"p{n}.txt").write_text(translation)
    (root / "discrepancy.toml").write_text(
        config or '[[rules]]\ntranslation = "tr/*.txt"\nsource = "src/{stem}.txt"\n'
    )
    return root


def check(*args, env=None):
    return CliRunner().invoke(app, ["check", "--jobs", "1", *map(str, args)], env=env)


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = make_project(tmp_path / "repo")
    monkeypatch.chdir(root)
    return root


# ---- 8. ids -------------------------------------------------------------------------------------


def test_a_pair_has_one_id_however_it_is_listed_and_never_an_absolute_path(project):
    ids = {}
    ids["rules"] = json.loads(check("-f", "json").stdout)["pairs"][0]["id"]
    (project / "discrepancy.toml").write_text('[[pairs]]\na = "src/p0.txt"\nb = "tr/p0.txt"\n')
    ids["pairs"] = json.loads(check("-f", "json").stdout)["pairs"][0]["id"]
    (project / "lists").mkdir()
    (project / "lists" / "m.jsonl").write_text('{"a": "../src/p0.txt", "b": "../tr/p0.txt"}\n')
    ids["manifest"] = json.loads(check("-f", "json", "--pairs", "lists/m.jsonl").stdout)["pairs"][0]["id"]
    assert set(ids.values()) == {"tr/p0.txt"}, ids


def test_a_baseline_still_matches_in_another_checkout(project, tmp_path, monkeypatch):
    assert check("--baseline", "base.json", "--update-baseline").exit_code == 0
    assert str(project) not in (project / "base.json").read_text()
    moved = tmp_path / "elsewhere" / "checkout"
    shutil.copytree(project, moved)
    monkeypatch.chdir(moved / "tr")
    result = check("--baseline", "../base.json")
    assert result.exit_code == 0, result.output
    assert "stale" not in result.stderr and "4 accepted in the baseline" in result.stdout


# ---- 9. a baseline and --select / --ignore --------------------------------------------------------


def test_select_neither_reports_other_rules_entries_as_stale_nor_drops_them(project):
    assert check("--baseline", "base.json", "--update-baseline").exit_code == 0
    codes = lambda: sorted(json.loads(line.rstrip(","))["code"] for line in
                           (project / "base.json").read_text().splitlines()[1:-1])
    before = codes()
    assert {"NUM001", "DAT001"} <= set(before)
    (project / "tr" / "p0.txt").write_text(SOURCE)  # p0's findings are gone: its entries are stale
    result = check("--baseline", "base.json", "--select", "NUM")
    stale = [line for line in result.stderr.splitlines() if "stale" in line]
    assert len(stale) == 1 and "NUM001" in stale[0], result.stderr
    assert check("--baseline", "base.json", "--select", "NUM", "--update-baseline").exit_code == 0
    assert codes() == sorted(["DAT001", "DAT001", "NUM001"])  # p0's DAT001 was not judged


# ---- 10. per-pair and per-glob rule choices ----------------------------------------------------


def test_pairs_and_rules_carry_their_own_select_ignore_and_severity(project):
    (project / "discrepancy.toml").write_text(
        '[[rules]]\ntranslation = "tr/p0.txt*"\nsource = "src/p0.txt"\nignore = ["DAT"]\n'
        '[[pairs]]\na = "src/p1.txt"\nb = "tr/p1.txt"\nseverity = { NUM001 = "info" }\n'
    )
    pairs = {p["id"]: p["report"]["findings"] for p in json.loads(check("-f", "json").stdout)["pairs"]}
    assert [f["code"] for f in pairs["tr/p0.txt"]] == ["NUM001"]
    assert {f["code"]: f["severity"] for f in pairs["tr/p1.txt"]} == {"NUM001": "info", "DAT001": "error"}
    (project / "discrepancy.toml").write_text(
        '[[pairs]]\na = "src/p1.txt"\nb = "tr/p1.txt"\nignore = ["XYZ"]\n'
    )
    result = check()
    assert result.exit_code == 2 and "pairs.0.ignore: no rule code starts with 'XYZ'" in result.stderr


# ---- 11. SARIF ---------------------------------------------------------------------------------


def test_sarif_with_no_pair_to_check_is_a_valid_run(project):
    subprocess.run(["git", "init", "-q"], check=True)
    subprocess.run(["git", "add", "."], check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e.org", "commit", "-qm", "x"], check=True)
    result = check("--changed-since", "HEAD", "--format", "sarif")
    assert result.exit_code == 0, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    assert log["$schema"] and len(log["runs"]) == 1 and log["runs"][0]["results"] == []
    assert {rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]} >= {"NUM001", "DAT001"}


# ---- 12. one report for the project ------------------------------------------------------------


def test_html_is_one_page_with_a_row_per_pair_and_ids_unique_per_pair(tmp_path, monkeypatch):
    root = make_project(tmp_path / "repo", pairs=3)
    (root / "tr" / "p0.txt").write_text(SOURCE)  # no findings: listed last, no section
    monkeypatch.chdir(root)
    assert check("--baseline", "b.json", "--update-baseline", "--select", "DAT").exit_code == 0
    page = check("-f", "html", "--baseline", "b.json").stdout
    assert page.count("<html") == 1
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for href in set(re.findall(r'href="#([^"]+)"', page)):
        assert href in ids, href
    rows = re.findall(r'<tr><td class="id">(.*?)</td>((?:<td class="n">\d+</td>)+)</tr>', page)
    assert [re.sub("<[^>]+>", "", name) for name, _ in rows] == ["tr/p1.txt", "tr/p2.txt", "tr/p0.txt"]
    assert re.findall(r"\d+", rows[0][1]) == ["1", "0", "0", "1"]  # error, warning, info, baselined
    assert "2 accepted in the baseline" in page and 'id="p1"' not in page and 'id="p2"' in page


def test_markdown_starts_with_the_summary_lists_pairs_with_findings_and_fits_a_comment(tmp_path, monkeypatch):
    many = " ".join(f"Unit {i} had {i * 3 + 1} trucks." for i in range(300)) + "\n"
    root = make_project(tmp_path / "repo", pairs=12)
    for n in range(12):
        (root / "src" / f"p{n}.txt").write_text(many)
        (root / "tr" / f"p{n}.txt").write_text(many.replace(" trucks.", "0 trucks."))
    (root / "tr" / "p5.txt").write_text(many)
    monkeypatch.chdir(root)
    text = check("-f", "markdown").stdout
    assert len(text) <= 65_536 and len(text) <= COMMENT_BUDGET
    assert text.startswith("### discrepancy check\n") and "| tr/p0.txt |" in text
    assert "| tr/p5.txt |" not in text and "1 other pair without findings" in text
    assert "left out to keep this comment within GitHub's size limit" in text


# ---- 13. the command line ------------------------------------------------------------------------


def run(*args, env=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *map(str, args)], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, cwd=cwd, timeout=120,
    )


def test_version_completion_and_help_without_type_placeholders():
    from discrepancy import __version__

    assert run("--version").stdout == f"discrepancy {__version__}\n"
    top = run("--help").stdout
    assert "--install-completion" in top and "--show-completion" in top
    for command in ("check", "compare", "rules"):
        text = run(command, "--help").stdout
        assert not re.search(r"<(bool|str|int|list\[str\])>", text), text


def test_rules_code_explains_a_rule_and_suggests_a_close_code():
    shown = run("rules", "NUM001")
    assert shown.returncode == 0 and shown.stdout.startswith("NUM001 (") and "Bad:" in shown.stdout
    wrong = run("rules", "NUM01")
    assert wrong.returncode == 2 and "did you mean NUM001" in wrong.stderr


def test_quiet_statistics_color_and_output_to_standard_output(project):
    quiet = run("check", "-q", "-j", "1", cwd=project)
    assert quiet.returncode == 1 and quiet.stderr == ""
    stats = run("check", "--statistics", "-j", "1", cwd=project).stdout.splitlines()
    assert [line.split()[:3] for line in stats] == [["2", "DAT001", "error"], ["2", "NUM001", "error"]]
    plain = run("check", "-f", "terminal", "-o", "-", "-j", "1", cwd=project).stdout
    forced = run("check", "-f", "terminal", "-j", "1", cwd=project, env={"FORCE_COLOR": "1"}).stdout
    always = run("check", "-f", "terminal", "--color", "always", "-j", "1", cwd=project).stdout
    assert "\x1b[" not in plain and "\x1b[" in forced and forced == always
    never = run("check", "-f", "terminal", "--color", "never", "-j", "1", cwd=project, env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in never.stdout
    assert not (project / "-").exists()


def test_json_evidence_has_line_and_column_beside_offsets(project):
    (project / "tr" / "p0.txt").write_text("Heading\r\n\r\n" + NUMBER)
    findings = json.loads(check("-f", "json").stdout)["pairs"][0]["report"]["findings"]
    b = next(f["b"] for f in findings if f["code"] == "NUM001")
    assert (b["line"], b["column"], b["end_line"], b["end_column"]) == (3, 15, 3, 20)
    assert b["text"] == "2,300" and b["start"] == len("Heading\r\n\r\nThe army sent ")
