"""`discrepancy check` on a pull request from a stranger: the config, manifest, baseline, rule
templates, ids and file names are the attacker's. Each bad input is refused in one line with
exit 2 (nothing read outside the project, nothing printed that forges a line, nothing written
by halves), each run under the same subprocess time bound as the rest of the hostile suite.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

import pytest

from tests.hostile.conftest import assert_input_error, run_cli

SOURCE = "The army sent 2,100 trucks to Mosul on 5 November 2021, General John Brennan said.\n"
TRANSLATION = "The army sent 2,300 trucks to Mosul on 5 November 2021, General John Brennan said.\n"
RULES = '[[rules]]\ntranslation = "tr/*.txt"\nsource = "src/{stem}.txt"\n'
SECRET = "token=ghp_secret_never_printed"


@pytest.fixture
def project(tmp_path) -> Path:
    """A project (a git checkout) with one pair, and a secret outside it and in .git/config."""
    root = tmp_path / "repo"
    for folder in ("src", "tr", ".git"):
        (root / folder).mkdir(parents=True)
    (root / "src" / "a.txt").write_text(SOURCE)
    (root / "tr" / "a.txt").write_text(TRANSLATION)
    (root / ".git" / "config").write_text(f"[http]\n\textraheader = {SECRET}\n")
    (tmp_path / "secret.txt").write_text(SECRET + "\n")
    (root / "discrepancy.toml").write_text(RULES)
    return root


def check(project: Path, *args, **options):
    return run_cli("check", "--jobs", "1", *args, cwd=project, **options)


def refused(result, *words: str) -> str:
    """Exit 2 in one line, and the secret neither read into a report nor echoed."""
    line = assert_input_error(result, *words)
    assert SECRET not in line
    return line


# ---- 1. nothing outside the project, nothing under .git ---------------------------------------

OUTSIDE_PAIRS = [
    ('[[pairs]]\na = "src/a.txt"\nb = "/etc/passwd"\n', "must be relative"),
    ('[[pairs]]\na = "../secret.txt"\nb = "tr/a.txt"\n', "climbs out"),
    ('[[pairs]]\na = ".git/config"\nb = "tr/a.txt"\n', "inside .git"),
    ('[[rules]]\ntranslation = "/etc/*"\nsource = "src/{stem}.txt"\n', "must be relative"),
    ('[[rules]]\ntranslation = "tr/*.txt"\nsource = "../secret.txt"\n', "climbs out"),
    ('[[rules]]\ntranslation = "tr/*.txt"\nsource = ".git/config"\n', "inside .git"),
    ('baseline = "../secret.txt"\n' + RULES, "climbs out"),
]


@pytest.mark.parametrize("config, words", OUTSIDE_PAIRS)
def test_a_config_cannot_name_a_file_outside_the_project_or_under_git(project, config, words):
    (project / "discrepancy.toml").write_text(config)
    refused(check(project, "--format", "json"), words)


@pytest.mark.parametrize("row", ['{"a": "../secret.txt", "b": "tr/a.txt"}', '{"a": ".git/config", "b": "tr/a.txt"}',
                                 '{"a": "/etc/passwd", "b": "tr/a.txt"}'])
def test_a_manifest_cannot_name_a_file_outside_the_project_or_under_git(project, row):
    (project / "pairs.jsonl").write_text(row + "\n")
    refused(check(project, "--pairs", "pairs.jsonl"), "pairs.jsonl:1")


def test_a_manifest_path_with_a_nul_byte_or_a_symlink_loop_is_refused(project):
    (project / "tr" / "loop.txt").symlink_to(project / "tr" / "loop2.txt")
    (project / "tr" / "loop2.txt").symlink_to(project / "tr" / "loop.txt")
    for row in ({"a": "src/a\u0000.txt", "b": "tr/a.txt"}, {"a": "src/a.txt", "b": "tr/loop.txt"}):
        (project / "pairs.jsonl").write_text(json.dumps(row) + "\n")
        refused(check(project, "--pairs", "pairs.jsonl"), "pairs.jsonl:1")


def test_a_symlink_is_followed_only_when_it_stays_inside(project):
    (project / "src" / "b.txt").symlink_to(project.parent / "secret.txt")
    (project / "tr" / "b.txt").write_text(TRANSLATION)
    refused(check(project, "--format", "json"), "outside the project")
    (project / "src" / "b.txt").unlink()
    (project / "src" / "b.txt").symlink_to(project / "src" / "a.txt")
    result = check(project, "--format", "json")
    assert result.returncode == 1, result.stderr
    assert [p["id"] for p in json.loads(result.stdout)["pairs"]] == ["tr/a.txt", "tr/b.txt"]


def test_a_baseline_symlinked_outside_is_refused(project):
    (project / "base.json").symlink_to(project.parent / "secret.txt")
    (project / "discrepancy.toml").write_text('baseline = "base.json"\n' + RULES)
    refused(check(project), "outside the project")


# ---- 2. ids and file names cannot forge lines ---------------------------------------------------


def test_a_file_name_with_a_newline_and_a_workflow_command_is_refused(project):
    evil = "x\n::error file=x::pwned.txt"
    (project / "src" / evil).write_text(SOURCE)
    (project / "tr" / evil).write_text(TRANSLATION)
    line = refused(check(project, "--format", "github"), "control character")
    assert "\\n::error" in line


@pytest.mark.parametrize("evil", ["x\n::error ::pwned", "x\x1b]8;;http://e\x1b\\y", "x\x00y"])
def test_a_pair_id_with_control_characters_is_refused(project, evil):
    (project / "pairs.jsonl").write_text(json.dumps({"a": "src/a.txt", "b": "tr/a.txt", "id": evil}) + "\n")
    refused(check(project, "--pairs", "pairs.jsonl", "--format", "junit"), "control character")


def test_stale_baseline_entries_print_once_escaped_with_their_count(project):
    entry = {"pair": "gone\n::error ::pwned", "code": "NUM001", "a": "1", "b": "2\x1b[2J", "count": 5}
    (project / "base.json").write_text("[\n" + json.dumps(entry) + "\n]\n")
    result = check(project, "--baseline", "base.json")
    stderr = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in stderr
    stale = [line for line in stderr.splitlines() if "stale" in line]
    assert len(stale) == 1 and "5 times" in stale[0] and "--update-baseline" in stale[0]
    assert not any(line.startswith("::") for line in stderr.splitlines()), stderr
    assert "\x1b" not in stderr


# ---- 3. and 4. no escape sequence, markup or mention from a document -----------------------------


def test_document_text_sends_no_escape_sequence_and_no_markup(project):
    (project / "src" / "a.txt").write_text(
        "BAGHDAD [/] [blink] -- The army \x1b]8;;http://evil\x1b\\sent\x1b]8;;\x1b\\ 2,100 trucks.\x1bc\n"
    )
    runs = [check(project, "--format", "terminal", "--color", color) for color in ("never", "always")]
    runs.append(run_cli("compare", "src/a.txt", "tr/a.txt", "--color", "always", cwd=project))
    for color, result in zip(("never", "always", "always"), runs):
        out = result.stdout.decode()
        assert result.returncode == 1, result.stderr
        assert "[blink]" in out and "[/]" in out
        escapes = re.findall(r"\x1b[^\[]|\x1b\[[0-9;]*[^0-9;m]", out)
        assert escapes == [] and ("\x1b" in out) == (color == "always")


def test_markdown_mentions_and_references_do_not_ping(project):
    (project / "src" / "a.txt").write_text("@octocat and @org/team sent 2,100 trucks, see owner/repo#12 and #7.\n")
    (project / "tr" / "a.txt").write_text("@octocat and @org/team sent 2,300 trucks, see owner/repo#12 and #7.\n")
    out = check(project, "--format", "markdown").stdout.decode()
    assert "2,100" in out and "octocat" in out
    assert not re.search(r"@\w|(?<!&)#\d", out), out


# ---- 5. bounded work ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", ["1e300", "Infinity", "NaN", "5000000", "-1", "0", "true", '"3"'])
def test_a_baseline_count_must_be_a_sensible_whole_number(project, count):
    (project / "base.json").write_text(
        '[\n{"pair": "tr/a.txt", "code": "NUM001", "a": "2100", "b": "2300", "count": %s}\n]\n' % count
    )
    refused(check(project, "--baseline", "base.json"), "base.json:2")


@pytest.mark.parametrize("source", ["src/{1:>400000000}.txt", "src/{stem!r}.txt", "src/{stem.__class__}.txt"])
def test_a_rule_template_takes_plain_placeholders_only(project, source):
    (project / "discrepancy.toml").write_text(f'[[rules]]\ntranslation = "tr/*.txt"\nsource = "{source}"\n')
    refused(check(project), "rules.0.source")


@pytest.mark.parametrize("jobs", [["--jobs", "100000"], ["--jobs", "0"]])
def test_jobs_on_the_command_line_are_bounded(project, jobs):
    refused(run_cli("check", *jobs, cwd=project), "--jobs")


@pytest.mark.slow
def test_thousands_of_numbers_and_names_in_one_sentence_finish(write):
    """One aligned group with 4,000 numbers and 2,000 names a side: the rules compare mentions
    in windows, so the work is linear (bench/bounded_work.py measures it)."""
    numbers = [" ".join(f"{(i * 7919 + k) % 99991} units" for i in range(4000)) for k in (0, 1)]
    names = [", ".join(f"{g} {s}{i % 97}" for i in range(2000) for g, s in [("John", "Smith")]) for _ in (0, 1)]
    names[1] = names[1].replace("Smith5,", "Brown5,")
    for left, right in (numbers, names):
        a, b = write("a.txt", f"Listed: {left}.\n"), write("b.txt", f"Listed: {right}.\n")
        result = run_cli("compare", a, b, "--format", "json", timeout=120)
        assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
        json.loads(result.stdout)


# ---- 6. writes ----------------------------------------------------------------------------------


def test_output_into_a_fifo_writes_into_it_and_keeps_it_a_fifo(project):
    fifo = project.parent / "report.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = check(project, "--format", "json", "--output", fifo)
    reader.join(timeout=60)
    assert result.returncode == 1, result.stderr
    assert fifo.is_fifo() and json.loads(received[0])["pairs"][0]["id"] == "tr/a.txt"


def test_changed_since_is_never_read_as_a_git_option(project):
    refused(check(project, "--changed-since=--output=x.txt"), "not a git revision")
    assert not (project / "x.txt").exists()


def test_config_discovery_stops_at_the_repository_root(project):
    (project.parent / "discrepancy.toml").write_text('[[pairs]]\na = "secret.txt"\nb = "secret.txt"\n')
    (project / "discrepancy.toml").unlink()
    refused(check(project), "no config file found")


def test_an_empty_baseline_reads_back(project):
    (project / "base.json").write_text("[]\n")
    result = check(project, "--baseline", "base.json", "--select", "DAT", "--update-baseline")
    assert result.returncode == 0, result.stderr
    assert (project / "base.json").read_text() == "[]\n"
    assert check(project, "--baseline", "base.json").returncode == 1


def test_concurrent_baseline_updates_keep_each_others_entries(project):
    (project / "src" / "b.txt").write_text(SOURCE.replace("2,100", "900"))
    (project / "tr" / "b.txt").write_text(TRANSLATION.replace("2,300", "950"))
    runs = []
    threads = [
        threading.Thread(target=lambda f=f: runs.append(check(project, "--baseline", "base.json",
                                                              "--update-baseline", f)))
        for f in ("tr/a.txt", "tr/b.txt")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    entries = [json.loads(line.rstrip(",")) for line in (project / "base.json").read_text().splitlines()[1:-1]]
    assert {e["pair"] for e in entries} == {"tr/a.txt", "tr/b.txt"}


# ---- 7. strict types and deep nesting ------------------------------------------------------------

BAD_SETTINGS = [
    ("jobs = true", "jobs"),
    ("jobs = 100000", "jobs"),
    ('align-threshold = "0.5"', "align-threshold"),
    ("fail-on = 1", "fail-on"),
    ('fial-on = "error"', "did you mean 'fail-on'"),
    ('[[pairs]]\nid = ""\na = "src/a.txt"\nb = "tr/a.txt"', "pairs.0.id"),
    ('[day-first]\n"tr/*" = 1', "day-first"),
    ("x = " + "[" * 2000 + "]" * 2000, "nested too deeply"),
    ('[[rules]]\ntranslation = "' + "*a" * 100_000 + '"\nsource = "src/{1}.txt"', "longer than 4,096"),
    ('[day-first]\n"' + "*a" * 100_000 + '" = true', "longer than 4,096"),
]


@pytest.mark.parametrize("config, words", BAD_SETTINGS, ids=[words for _, words in BAD_SETTINGS])
def test_settings_are_strictly_typed(project, config, words):
    (project / "discrepancy.toml").write_text(config + "\n")
    refused(check(project), words)


@pytest.mark.parametrize("name", ["pairs.jsonl", "base.json"])
def test_deeply_nested_json_is_a_one_line_error(project, name):
    (project / name).write_text("[\n" + "[" * 100_000 + "]" * 100_000 + "\n]\n")
    option = "--pairs" if name == "pairs.jsonl" else "--baseline"
    refused(check(project, option, name), name)


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    """SIGTERM arrives as SystemExit (cli.main's handler): the write unwinds and tidies up."""
    from discrepancy.report.output import write_atomic

    target = tmp_path / "report.json"
    target.write_text("old")

    def terminated(fd):
        raise SystemExit(143)

    monkeypatch.setattr(os, "fsync", terminated)
    with pytest.raises(SystemExit):
        write_atomic(str(target), "new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_sigterm_ends_a_check_with_status_143_and_no_traceback(project):
    import signal
    import subprocess
    import sys
    import time

    from tests.hostile.conftest import ROOT

    numbers = " ".join(f"{i * 7919 % 99991} units" for i in range(4000))
    (project / "src" / "a.txt").write_text(f"Listed: {numbers}.\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "discrepancy", "check", "-j", "1", "-o", "report.txt"], cwd=project,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM and b"Traceback" not in stderr, stderr
    assert not list(project.glob("*.tmp")) and not list(project.glob(".*.tmp"))
