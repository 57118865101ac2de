"""JUnit XML for CI dashboards: one test case per aligned group.

A group fails when it holds findings at or above ``fail_on``; findings below it are listed in
the case's standard output. Findings tied to no group form one extra case, "whole document".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from discrepancy.model import Finding, Report
from discrepancy.report import view

# Characters XML 1.0 cannot carry at all; a document may still contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PREVIEW = 60


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(report: Report, *, fail_on: str = "warning", **_options) -> str:
    suites = test_suites(report, fail_on)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def test_suites(report: Report, fail_on: str) -> ET.Element:
    """The ``<testsuites>`` element of one report, as ``render`` writes it."""
    a_name, b_name = report.a.path or "A", report.b.path or "B"
    cases = [
        (f"§{g.index + 1} A {g.a.label} ↔ B {g.b.label}: {_preview(g)}", g.findings)
        for g in view.groups(report, verbose=True, words=False)
    ]
    loose = view.loose_findings(report, verbose=True)
    if loose:
        cases.append(("whole document", loose))
    failing_ids = {id(f) for f in view.failing(report.findings, fail_on)}
    failures = sum(1 for _, found in cases if any(id(report.findings[i]) in failing_ids for i in found))

    suites = ET.Element("testsuites", name="discrepancy", tests=str(len(cases)), failures=str(failures))
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=xml_text(f"{a_name} ↔ {b_name}"),
        tests=str(len(cases)),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    for key, value in (("a", a_name), ("b", b_name), ("fail-on", fail_on)):
        ET.SubElement(properties, "property", name=key, value=xml_text(value))
    for name, found in cases:
        case = ET.SubElement(suite, "testcase", classname="discrepancy", name=xml_text(name))
        bad = sorted(
            (report.findings[i] for i in found if id(report.findings[i]) in failing_ids),
            key=lambda f: -f.severity.rank,
        )
        rest = [report.findings[i] for i in found if id(report.findings[i]) not in failing_ids]
        if bad:
            failure = ET.SubElement(
                case,
                "failure",
                type=bad[0].code,
                message=xml_text("; ".join(f"{f.code}: {f.message}" for f in bad)),
            )
            failure.text = xml_text("\n".join(_describe(f) for f in bad))
        if rest:
            ET.SubElement(case, "system-out").text = xml_text("\n".join(_describe(f) for f in rest))
    return suites


def _preview(group: view.Group) -> str:
    text = " ".join((group.a.text or group.b.text).split())
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


def _describe(finding: Finding) -> str:
    return (
        f"{finding.severity.value} {finding.code} ({finding.kind.value}): {finding.message}\n"
        f"  A: {view.quoted(finding.a)}\n  B: {view.quoted(finding.b)}"
    )
