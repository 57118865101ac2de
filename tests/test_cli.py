"""The command line end to end on the bundled example pair."""

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text())
PAIR = [str(CORPUS / p) for p in MANIFEST["example_pair"]]


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args],
        capture_output=True,
        text=True,
        input=stdin,
    )


def test_json_output_is_the_contract_and_deterministic():
    first = run("compare", *PAIR, "--format", "json")
    second = run("compare", *PAIR, "--format", "json")
    assert first.returncode in (0, 1), first.stderr
    assert first.stdout == second.stdout
    report = json.loads(first.stdout)
    assert set(report) >= {"a", "b", "alignment", "findings"}
    text_a = Path(PAIR[0]).read_text(encoding="utf-8")
    for sentence in report["a"]["sentences"]:
        assert text_a[sentence["start"] : sentence["end"]] == sentence["text"]


def test_missing_file_is_a_one_line_error_with_status_2(tmp_path):
    result = run("compare", str(tmp_path / "nope.txt"), PAIR[1])
    assert result.returncode == 2
    assert "nope.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_schema_prints_json_schema_that_the_json_output_meets():
    import jsonschema

    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert "alignment" in schema["properties"]
    report = json.loads(run("compare", *PAIR, "--format", "json").stdout)
    jsonschema.validate(report, schema)


def test_usage_errors_are_one_line_with_status_2():
    for args in (["compare", PAIR[0]], ["compare", "--format", "bogus", *PAIR], ["nonsense"]):
        result = run(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("discrepancy: error: ")
        assert "Traceback" not in result.stderr
