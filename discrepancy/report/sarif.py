"""SARIF 2.1.0 for code-scanning tools: one run, the rules, one result per finding.

Each result points at its span in the checked file (B, else A) with line/column regions
counted in Unicode code points (``columnKind``), and at the counterpart sentence as a
related location.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Optional
from urllib.parse import quote

from discrepancy import __version__
from discrepancy.model import Finding, Report, Severity
from discrepancy.report import locations

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def render(report: Report, **_options) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Optional[Report] = None) -> dict:
    """The SARIF log of one report, as the JSON object ``render`` writes; with no report, the
    valid log of a run that found nothing (one run, the rules, no results), which code-scanning
    uploads accept where ``"runs": []`` is refused."""
    rules = rule_descriptors(report.findings if report else [])
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    paths = [report.a.path or "A", report.b.path or "B"] if report else []
    results = [_result(report, f, rule_index, paths) for f in report.findings] if report else []
    return one_run_log(rules, paths, results)


def one_run_log(rules: list[dict], paths: list[str], results: list[dict]) -> dict:
    """A SARIF log of one run of the tool over the files ``paths`` (pair and roster logs alike)."""
    driver = {"name": "discrepancy", "version": __version__, "rules": rules}
    if project_url():
        driver["informationUri"] = project_url()
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {"location": {"uri": _uri(p)}, "roles": ["analysisTarget"]} for p in paths
                ],
                "results": results,
            }
        ],
    }


@lru_cache(maxsize=1)
def project_url() -> Optional[str]:
    """Where the tool lives, for ``informationUri`` and each rule's ``helpUri``: the web address
    pip installed it from (``pip install git+https://...``, as the README's workflow does), else
    a Project-URL of its metadata; None when neither is a web address."""
    from importlib import metadata

    try:
        dist = metadata.distribution("discrepancy")
    except metadata.PackageNotFoundError:
        return None
    try:
        installed_from = json.loads(dist.read_text("direct_url.json") or "{}").get("url", "")
    except ValueError:
        installed_from = ""
    urls = [installed_from] + [u.split(",", 1)[-1].strip() for u in dist.metadata.get_all("Project-URL") or []]
    web = [u for u in urls if u.startswith("https://")]
    return web[0].removesuffix(".git") if web else None


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


def rule_descriptors(findings: list[Finding]) -> list[dict]:
    """The registered rules, then any code a finding carries that no rule registers."""
    from discrepancy.rules import all_rules

    known = {
        rule.code: {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": " ".join((rule.check.__doc__ or rule.summary).split())},
            "help": {"text": _help(rule)},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"kind": rule.kind.value},
            **({"helpUri": f"{project_url()}#rules"} if project_url() else {}),
        }
        for rule in all_rules()
    }
    for finding in findings:
        known.setdefault(
            finding.code,
            {
                "id": finding.code,
                "shortDescription": {"text": f"{finding.kind.value} discrepancy"},
                "defaultConfiguration": {"level": LEVELS[finding.severity]},
                "properties": {"kind": finding.kind.value},
            },
        )
    return [known[code] for code in sorted(known)]


def _help(rule) -> str:
    lines = [rule.summary]
    for label, example in (("Flagged", rule.bad), ("Not flagged", rule.good)):
        if example is not None:
            lines.append(f"{label}: {example.a} → {example.b}")
    return "\n".join(lines)


def physical_location(location: locations.Location, paths: list[str]) -> dict:
    start_line, start_column, end_line, end_column = location.region()
    return {
        "artifactLocation": {"uri": _uri(location.path), "index": paths.index(location.path)},
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "charOffset": location.start,
            "charLength": location.end - location.start,
            "snippet": {"text": location.text},
        },
    }


def _result(report: Report, finding: Finding, rule_index: dict[str, int], paths: list[str]) -> dict:
    result = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "properties": {"kind": finding.kind.value, "severity": finding.severity.value},
    }
    if finding.group is not None:
        result["properties"]["group"] = finding.group
    here = locations.primary(report, finding)
    if here is not None:
        result["locations"] = [{"physicalLocation": physical_location(here, paths)}]
    there = locations.counterpart(report, finding)
    if there is not None:
        result["relatedLocations"] = [
            {
                "id": 1,
                "physicalLocation": physical_location(there, paths),
                "message": {"text": "the counterpart sentence in the other document"},
            }
        ]
    return result
