"""SARIF 2.1.0 output: valid against the official schema, regions that point at the words."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from report_fixtures import frozen_seed_report

from discrepancy.report import render
from discrepancy.rules import all_rules

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture(scope="module")
def report():
    return frozen_seed_report()


@pytest.fixture(scope="module")
def log(report):
    return json.loads(render(report, "sarif"))


def test_log_is_valid_sarif_2_1_0(log):
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_schema_fixture_rejects_a_broken_log(log):
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_rules_come_from_the_registry_with_help_text(log):
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    registered = all_rules()
    assert registered and {r.code for r in registered} <= set(rules)
    for rule in registered:
        described = rules[rule.code]
        assert described["shortDescription"]["text"] == rule.summary
        assert described["help"]["text"].startswith(rule.summary)


def test_results_point_at_their_words_and_counterpart(report, log):
    run = log["runs"][0]
    results = run["results"]
    assert len(results) == len(report.findings)
    assert run["columnKind"] == "unicodeCodePoints"
    texts = {report.a.path: report.a.text, report.b.path: report.b.text}
    for finding, result in zip(report.findings, results):
        assert result["ruleId"] == finding.code
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding.code
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[
            finding.severity.value
        ]
        location = result["locations"][0]["physicalLocation"]
        lines = texts[location["artifactLocation"]["uri"]].split("\n")
        region = location["region"]
        if region["startLine"] == region["endLine"]:
            row = lines[region["startLine"] - 1]
            assert row[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]
        evidence = finding.b or finding.a
        assert region["snippet"]["text"] == evidence.text
    rank = results[next(i for i, f in enumerate(report.findings) if f.kind.value == "rank")]
    assert rank["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Staff General"
    related = rank["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == report.a.path
    assert "Lieutenant General" in related["region"]["snippet"]["text"]


def test_real_pipeline_output_on_the_seed_pair_is_valid():
    from report_fixtures import seed_report

    log = json.loads(render(seed_report(), "sarif"))
    jsonschema.validate(log, SCHEMA)
