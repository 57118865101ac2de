"""The roster as SARIF 2.1.0: one run over every document, one result per finding, located
at its span in the report that says otherwise (B) with the reading it departs from (A) as a
related location. Rule descriptions and levels are those of the pair report."""

from __future__ import annotations

import json

from discrepancy.report import sarif
from discrepancy.report.locations import Location
from discrepancy.roster.model import Place, Roster, RosterFinding


def render(roster: Roster, **_options) -> str:
    return json.dumps(sarif_log(roster), indent=2, ensure_ascii=False) + "\n"


def sarif_log(roster: Roster) -> dict:
    # The ROS rules as the pair log describes them.
    rules = [r for r in sarif.rule_descriptors(roster.findings) if r["id"].startswith("ROS")]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    paths = [d.path or f"#{i + 1}" for i, d in enumerate(roster.documents)]
    return sarif.one_run_log(rules, paths, [_result(roster, f, index, paths) for f in roster.findings])


def _physical(roster: Roster, place: Place, paths: list[str]) -> dict:
    doc = roster.documents[place.document]
    return sarif.physical_location(Location(paths[place.document], doc, place.start, place.end), paths)


def _result(roster: Roster, finding: RosterFinding, index: dict[str, int], paths: list[str]) -> dict:
    result = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": sarif.LEVELS[finding.severity],
        "message": {"text": finding.message},
        "properties": {"kind": finding.kind.value, "severity": finding.severity.value},
    }
    if finding.person is not None:
        result["properties"]["person"] = roster.people[finding.person].name
    here = finding.b or finding.a
    if here is not None:
        result["locations"] = [{"physicalLocation": _physical(roster, here, paths)}]
    if finding.a is not None and finding.b is not None:
        result["relatedLocations"] = [
            {
                "id": 1,
                "physicalLocation": _physical(roster, finding.a, paths),
                "message": {"text": "what the other reports say"},
            }
        ]
    return result
