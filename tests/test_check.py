"""`discrepancy check`: pairs from config and manifests, parallel workers, baseline, git.

The baseline round trip runs the real rules on the fixture project; tests of the machinery alone
put a small stand-in number rule in their place, so that they hold whatever the rules become.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.baseline import Baseline, Fact, fold
from discrepancy.pairs import expand_rule, pairs_from_config, pairs_from_manifest
from discrepancy.cli import app
from discrepancy.config import GlobRule, load_config
from discrepancy.errors import InputError
from discrepancy.model import Evidence, Finding, Kind, Severity

PROJECT = Path(__file__).resolve().parent / "fixtures" / "checkproject"
_NUMBER = re.compile(r"\d[\d,]*\d|\d")


def number_rule(a, b, alignment, **_options):
    """Stand-in rule: a number of the checked file (B) that A's aligned sentences lack."""
    findings = []
    for index, group in enumerate(alignment):
        if not (group.a and group.b):
            continue
        a_values = {m.group() for i in group.a for m in _NUMBER.finditer(a.sentences[i].text)}
        first_a = a.sentences[group.a[0]]
        for j in group.b:
            sentence = b.sentences[j]
            for match in _NUMBER.finditer(sentence.text):
                if match.group() in a_values:
                    continue
                start, end = sentence.start + match.start(), sentence.start + match.end()
                findings.append(
                    Finding(
                        code="NUM001",
                        kind=Kind.number,
                        severity=Severity.error,
                        message=f"{match.group()} is not in A",
                        a=Evidence(
                            text=first_a.text, start=first_a.start, end=first_a.end, sentence=first_a.index
                        ),
                        b=Evidence(text=b.text[start:end], start=start, end=end, sentence=j),
                        group=index,
                    )
                )
    return findings


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the fixture project as the working directory."""
    root = tmp_path / "project"
    shutil.copytree(PROJECT, root)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def stand_in(project, monkeypatch):
    """The project copy, checked with the stand-in rule instead of the real ones."""
    monkeypatch.setattr("discrepancy.pipeline.run_rules", number_rule)
    return project


def check(*args):
    return CliRunner().invoke(app, ["check", "--jobs", "1", *args])


def finding_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"^\S+:\d+:\d+: [A-Z]+\d+ ", line)]


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_baseline_round_trip_survives_unrelated_edits_and_catches_a_new_number(project):
    first = check("--baseline", "accepted.json", "--update-baseline")
    assert first.exit_code == 0, first.output
    entries = json.loads((project / "accepted.json").read_text())
    assert any(e["pair"] == "translations/000/number.en.txt" for e in entries)
    assert check("--baseline", "accepted.json").exit_code == 0

    edited = project / "translations" / "000" / "number.en.txt"
    replace_once(edited, "agreed to re-evaluate progress", "agreed to review the progress")
    assert check("--baseline", "accepted.json").exit_code == 0
    text = edited.read_text(encoding="utf-8")
    first_par = text.index("As part of the security")
    second_par = text.index("The parties referred to")
    end_second = text.index("\n", second_par)
    edited.write_text(
        text[:first_par]
        + text[second_par:end_second]
        + "\n"
        + text[first_par:second_par].rstrip("\n")
        + text[end_second:],
        encoding="utf-8",
    )
    swapped = check("--baseline", "accepted.json")
    assert swapped.exit_code == 0, swapped.output

    replace_once(edited, "more than 1,800 armed", "more than 1,900 armed")
    changed = check("--baseline", "accepted.json")
    assert changed.exit_code == 1
    lines = finding_lines(changed.stdout)
    assert len(lines) == 1 and "1,900" in lines[0]
    assert lines[0].startswith("translations/000/number.en.txt:")


def test_fixed_findings_are_reported_as_stale_entries(stand_in):
    project = stand_in
    check("--baseline", "accepted.json", "--update-baseline")
    replace_once(project / "translations/000/number.en.txt", "2,400 shipments", "2,100 shipments")
    result = check("--baseline", "accepted.json", "-f", "json")
    assert result.exit_code == 0
    stale = json.loads(result.stdout)["stale_baseline"]
    assert [(s["pair"], s["b"]) for s in stale] == [("translations/000/number.en.txt", "2400")]
    assert "stale entry" in result.stderr and "'2400'" in result.stderr


def test_entries_of_vanished_pairs_are_stale_and_dropped_on_update(stand_in):
    project = stand_in
    check("--baseline", "accepted.json", "--update-baseline")
    (project / "translations/000/number.en.txt").unlink()
    partial = check("--baseline", "accepted.json", "translations/002/number.en.txt")
    assert "stale" not in partial.stderr, "a partial run judges only the pairs it checked"
    full = check("--baseline", "accepted.json")
    assert full.exit_code == 0 and "stale entry" in full.stderr
    assert "translations/000/number.en.txt" in full.stderr
    check("--baseline", "accepted.json", "--update-baseline", "translations/002/number.en.txt")
    assert "translations/000/number.en.txt" in (project / "accepted.json").read_text()
    check("--baseline", "accepted.json", "--update-baseline")
    assert "translations/000/number.en.txt" not in (project / "accepted.json").read_text()


def test_baseline_file_is_sorted_one_entry_per_line_and_stable(stand_in):
    project = stand_in
    check("--baseline", "accepted.json", "--update-baseline")
    text = (project / "accepted.json").read_text()
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    entries = [json.loads(line.rstrip(",")) for line in lines[1:-1]]
    keys = [(e["pair"], e["code"], e["a"], e["b"]) for e in entries]
    assert keys == sorted(keys)
    check("--baseline", "accepted.json", "--update-baseline")
    assert (project / "accepted.json").read_text() == text


def test_fingerprint_is_the_facts_not_the_place():
    from discrepancy.pipeline import compare

    def facts(a, b):
        report = compare(a, b)
        return [Fact.of("p", f, report) for f in report.findings if f.code.startswith(("RNK", "NUM"))]

    source = "The talks were held in Baghdad. Major General John Brennan said 2,100 trucks had left."
    edited = "The talks were held in Baghdad. Lieutenant General John Brennan said 2,400 trucks had left."
    moved = (
        "Lieutenant General John Brennan said that over 2,400 trucks had left. "
        "The talks, long planned, took place in Baghdad."
    )
    found = facts(source, edited)
    assert {(f.code[:3], f.a, f.b, f.subject) for f in found} == {
        ("RNK", "major general", "lieutenant general", "john brennan"),
        ("NUM", "2100", "2400", "truck"),
    }
    assert [f.fingerprint for f in facts(source, moved)] == [f.fingerprint for f in found]
    other = facts(source.replace("John Brennan", "Richard Bell"), edited.replace("John Brennan", "Richard Bell"))
    assert other[0].subject == "richard bell" and other[0].fingerprint != found[0].fingerprint
    assert fold("  Brig.  Gen. Vincent Costé ") == "brig gen vincent coste"


def test_baseline_counts_repeated_findings(tmp_path):
    fact = Fact("p", "NUM001", "2100", "2400", "truck")
    baseline = Baseline.from_facts([fact, fact])
    path = tmp_path / "b.json"
    path.write_text(baseline.dumps())
    assert Baseline.read(path).counts == baseline.counts
    assert '"count": 2' in path.read_text()


def test_a_broken_baseline_line_is_a_one_line_error(project):
    (project / "accepted.json").write_text('[\n{"pair": "x"}\n]\n')
    result = check("--baseline", "accepted.json")
    assert result.exit_code == 2
    assert "accepted.json:2: not a baseline entry" in result.stderr


def test_update_baseline_needs_a_file_in_an_existing_folder(project):
    result = check("--update-baseline")
    assert result.exit_code == 2
    assert "--update-baseline" in result.stderr
    result = check("--update-baseline", "--baseline", "no/such/folder/b.json")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("no/such/folder/b.json: cannot write the baseline there (no such folder)")
    assert "[1/" not in result.stderr, "refused before checking anything"


def test_manifests_in_jsonl_and_csv_give_the_same_pairs(project):
    jsonl = pairs_from_manifest(project / "pairs.jsonl", project)
    csv = pairs_from_manifest(project / "pairs.csv", project)
    assert jsonl == csv
    assert [p.id for p in jsonl] == ["number-edit", "translations/003/same.en.txt"]
    assert jsonl[0].b == project / "translations" / "000" / "number.en.txt"


@pytest.mark.parametrize(
    "name, text, problem",
    [
        ("p.jsonl", '{"a": "sources/000.txt", "b": "sources/004.txt"}\n{"b": "x"}\n', "p.jsonl:2: missing 'a'"),
        ("p.jsonl", '{"a": "nope.txt", "b": "sources/004.txt"}\n', "p.jsonl:1: nope.txt: no such file"),
        ("p.csv", "left,right\nsources/000.txt,sources/004.txt\n", "p.csv:1: the CSV header"),
        ("p.jsonl", '["sources/000.txt", "sources/004.txt"]\n', 'p.jsonl:1: expected an object with "a" and "b"'),
        ("p.csv", "a,b\nsources/004.txt,sources/000.txt\nsources/001.txt,sources/000.txt\n", "used twice"),
    ],
)
def test_bad_manifests_are_one_line_errors(project, name, text, problem):
    (project / name).write_text(text)
    with pytest.raises(InputError, match=re.escape(problem)):
        pairs_from_manifest(project / name, project)
    result = check("--pairs", name)
    assert result.exit_code == 2 and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_glob_rule_maps_each_translation_to_its_source(project):
    rule = GlobRule(translation="translations/*/*.en.txt", source="sources/{1}.txt")
    pairs = dict(expand_rule(rule, project))
    assert pairs["translations/002/swapped.en.txt"] == "sources/002.txt"
    assert "translations/004.en.txt" not in pairs
    assert dict(expand_rule(GlobRule(translation="translations/*.en.txt", source="sources/{stem}.txt"), project)) == {
        "translations/004.en.txt": "sources/004.txt"
    }


def test_a_translation_without_its_source_is_an_error(project):
    (project / "translations" / "009").mkdir()
    (project / "translations" / "009" / "x.en.txt").write_text("A sentence.\n")
    result = check()
    assert result.exit_code == 2
    assert "translations/009/x.en.txt: its source sources/009.txt" in result.stderr


def test_a_pair_both_listed_and_found_by_a_rule_is_checked_once_under_its_id(project):
    config = project / "discrepancy.toml"
    with config.open("a", encoding="utf-8") as handle:
        handle.write('[[pairs]]\nid = "official"\na = "sources/004.txt"\nb = "translations/004.en.txt"\n')
        handle.write('[[rules]]\ntranslation = "translations/004.*.txt"\nsource = "sources/004.txt"\n')
    pairs = pairs_from_config(load_config(cwd=project))
    checked = [p.id for p in pairs if p.b == project.resolve() / "translations" / "004.en.txt"]
    assert checked == ["official"]
    assert len({(p.a, p.b) for p in pairs}) == len(pairs)


def test_changed_since_checks_only_changed_and_untracked_pairs(stand_in):
    project = stand_in

    def git(*args):
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "fixture")
    replace_once(project / "translations/002/number.en.txt", "3,500", "3,600")
    (project / "translations/004/new.en.txt").write_text("More than 1,800 armored gun trucks.\n")
    result = check("--changed-since", "HEAD", "-f", "jsonl")
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["translations/002/number.en.txt", "translations/004/new.en.txt"]
    assert check("--changed-since", "no-such-rev").exit_code == 2


def test_info_findings_show_with_verbose_and_output_goes_to_a_file(project):
    quiet = check("translations/000/dropped.en.txt")
    assert " info: " not in quiet.stdout and "info not shown" in quiet.stdout
    verbose = check("-v", "translations/000/dropped.en.txt")
    assert re.search(r"^sources/000.txt:\d+:\d+: OMI\d+ info: .*\(checking translations/000/dropped", verbose.stdout, re.M)
    written = check("-f", "jsonl", "-o", "report.jsonl", "translations/000/dropped.en.txt")
    assert written.stdout == "" and written.exit_code == quiet.exit_code
    assert json.loads((project / "report.jsonl").read_text())["id"] == "translations/000/dropped.en.txt"


def test_progress_goes_to_stderr_as_plain_lines(project):
    result = check("-f", "json")
    assert json.loads(result.stdout)["pairs"]
    assert re.search(r"^\[(\d+)/\1\] ", result.stderr, re.M)


def test_sarif_is_one_run_with_every_pair(project):
    result = check("-f", "sarif")
    runs = json.loads(result.stdout)["runs"]
    assert len(runs) == 1
    artifacts = [a["location"]["uri"] for a in runs[0]["artifacts"]]
    assert len(artifacts) == len(set(artifacts))
    rule_ids = [r["id"] for r in runs[0]["tool"]["driver"]["rules"]]
    located = set()
    for sarif_result in runs[0]["results"]:
        assert rule_ids[sarif_result["ruleIndex"]] == sarif_result["ruleId"]
        assert len(sarif_result["partialFingerprints"]["discrepancyFact/v1"]) == 16
        for place in sarif_result.get("locations", []) + sarif_result.get("relatedLocations", []):
            artifact = place["physicalLocation"]["artifactLocation"]
            assert artifacts[artifact["index"]] == artifact["uri"]
            located.add(artifact["uri"])
    assert {"translations/000/number.en.txt", "translations/003/year.en.txt"} <= located


@pytest.mark.parametrize("fmt, pattern", [("junit", r"<testsuite name=\"translations/003/year.en.txt\""), ("html", r"</html>\s*$")])
def test_other_formats_gather_every_pair_in_one_document(project, fmt, pattern):
    result = check("-f", fmt, "translations/003/year.en.txt", "translations/000/number.en.txt")
    assert result.exit_code == 1
    assert re.search(pattern, result.stdout)
    assert result.stdout.count("<html") == (1 if fmt == "html" else 0)
    assert "translations/000/number.en.txt" in result.stdout


def test_files_given_limit_the_check_to_their_pairs(stand_in):
    project = stand_in
    assert_exit_2(check("-f", "jsonl", "sources/003.txt", "README.md"), "README.md: the file of no pair")
    result = check("-f", "jsonl", "--skip-unpaired", "sources/003.txt", "translations/000/number.en.txt", "README.md")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [
        "translations/000/number.en.txt",
        "translations/003/number.en.txt",
        "translations/003/rank.en.txt",
        "translations/003/same.en.txt",
        "translations/003/year.en.txt",
    ]
    assert result.exit_code == 1


def assert_exit_2(result, words: str) -> None:
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr


def test_pre_commit_hook_runs_the_check_command():
    hooks = (PROJECT.parent.parent.parent / ".pre-commit-hooks.yaml").read_text()
    assert re.search(r"^\s*entry: discrepancy check --skip-unpaired\s*$", hooks, re.M)
    assert re.search(r"^- id: discrepancy\s*$", hooks, re.M)
