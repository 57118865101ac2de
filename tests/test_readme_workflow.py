"""The README's GitHub Actions workflow, run end to end on a generated repository: a pull request
that changes a translation, and one that touches no translation. The SARIF each writes is
valid (JSON schema always; the SARIF multitool, `npm install @microsoft/sarif-multitool`, when
it is found on PATH or at $DISCREPANCY_SARIF_MULTITOOL)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from discrepancy.report.sarif import project_url

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())
SOURCE = "The army sent 2,100 trucks to Mosul on 5 November 2021.\n"


def workflow_command() -> str:
    """The workflow's `discrepancy check` step, as the README writes it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    workflow = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "upload-sarif" in b)
    return next(line.split("run:", 1)[1].strip() for line in workflow.splitlines() if "discrepancy check" in line)


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.org", *args],
        cwd=cwd, capture_output=True, text=True, check=True,
    )
    return done.stdout


@pytest.fixture
def checkout(tmp_path) -> Path:
    """A repository with one translated pair on main, cloned as actions/checkout does
    (fetch-depth 0, so origin/main exists), on a pull-request branch."""
    upstream = tmp_path / "upstream"
    (upstream / "sources").mkdir(parents=True)
    (upstream / "translations").mkdir()
    (upstream / "sources" / "s.txt").write_text(SOURCE)
    (upstream / "translations" / "s.en.txt").write_text(SOURCE)
    (upstream / "README.md").write_text("A project.\n")
    (upstream / "discrepancy.toml").write_text(
        '[[rules]]\ntranslation = "translations/*.en.txt"\nsource = "sources/{stem}.txt"\n'
    )
    git(upstream, "init", "-q", "-b", "main")
    git(upstream, "add", ".")
    git(upstream, "commit", "-qm", "main")
    clone = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(upstream), str(clone))
    git(clone, "checkout", "-qb", "pr")
    return clone


def run_step(checkout: Path, tmp_path: Path) -> tuple[int, dict]:
    """The workflow step in bash, with `discrepancy` running this checkout's code."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "discrepancy"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m discrepancy "$@"\n')
    shim.chmod(0o755)
    command = workflow_command().replace("${{ github.base_ref }}", "main")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["bash", "-c", command], cwd=checkout, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads((checkout / "discrepancy.sarif").read_text())


def validate(path: Path) -> None:
    jsonschema.validate(json.loads(path.read_text()), SCHEMA)
    tool = os.environ.get("DISCREPANCY_SARIF_MULTITOOL") or shutil.which("sarif-multitool")
    if not tool:
        pytest.skip("SARIF multitool not found (npm install @microsoft/sarif-multitool); JSON schema checked")
    done = subprocess.run(
        [tool, "validate", str(path), "-o", str(path.with_suffix(".validation.sarif"))],
        capture_output=True, text=True, timeout=300,
    )
    problems = [line for line in done.stdout.splitlines() if re.search(r": (error|warning) ", line)]
    if project_url() is None:  # installed from no web address: the tool's home page is unknown
        problems = [line for line in problems if "SARIF2005" not in line]
    assert done.returncode == 0 and problems == [], done.stdout


def test_a_pull_request_that_changes_a_number_gets_its_finding(checkout, tmp_path):
    (checkout / "translations" / "s.en.txt").write_text(SOURCE.replace("2,100", "2,300"))
    git(checkout, "commit", "-qam", "translation")
    status, log = run_step(checkout, tmp_path)
    assert status == 1
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["NUM001"]
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "translations/s.en.txt"
    validate(checkout / "discrepancy.sarif")


def test_a_pull_request_that_touches_no_translation_uploads_an_empty_run(checkout, tmp_path):
    (checkout / "README.md").write_text("A project, described.\n")
    git(checkout, "commit", "-qam", "docs")
    status, log = run_step(checkout, tmp_path)
    assert status == 0
    assert len(log["runs"]) == 1 and log["runs"][0]["results"] == []
    validate(checkout / "discrepancy.sarif")


def test_the_tool_names_the_address_it_was_installed_from(monkeypatch):
    """pip records `pip install git+https://...` in direct_url.json: informationUri and helpUri."""
    from importlib import metadata

    import email.message

    class Installed:
        metadata = email.message.Message()

        def read_text(self, name):
            return json.dumps({"url": "https://example.org/team/discrepancy.git"}) if name == "direct_url.json" else None

    monkeypatch.setattr(metadata, "distribution", lambda name: Installed())
    project_url.cache_clear()
    try:
        from discrepancy.report.sarif import sarif_log

        driver = sarif_log()["runs"][0]["tool"]["driver"]
        assert driver["informationUri"] == "https://example.org/team/discrepancy"
        assert all(rule["helpUri"] == "https://example.org/team/discrepancy#rules" for rule in driver["rules"])
    finally:
        project_url.cache_clear()
