"""Reports for the renderer tests: the seed pair through the real pipeline, plus findings.

``finding`` builds a finding by locating its words in a document, as a rule would report it,
for tests that need a finding the rules do not make.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from discrepancy.model import Evidence, Finding, Kind, Report, Severity
from discrepancy.pipeline import compare

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text())
PAIR = [CORPUS / p for p in MANIFEST["example_pair"]]


def seed_report() -> Report:
    """The seed pair through the real pipeline, findings and all."""
    a_text, b_text = (p.read_text(encoding="utf-8") for p in PAIR)
    return compare(a_text, b_text, a_path=f"corpus/{MANIFEST['example_pair'][0]}",
                   b_path=f"corpus/{MANIFEST['example_pair'][1]}")


def evidence(doc, phrase: str) -> Evidence:
    start = doc.text.index(phrase)
    sentence = next(s.index for s in doc.sentences if s.start <= start < s.end)
    return Evidence(text=phrase, start=start, end=start + len(phrase), sentence=sentence)


def group_of(report: Report, a: Evidence | None, b: Evidence | None) -> int | None:
    for index, group in enumerate(report.alignment):
        if (a and a.sentence in group.a) or (b and b.sentence in group.b):
            return index
    return None


def finding(report, code, kind, severity, message, a_phrase=None, b_phrase=None) -> Finding:
    a = evidence(report.a, a_phrase) if a_phrase else None
    b = evidence(report.b, b_phrase) if b_phrase else None
    return Finding(code=code, kind=kind, severity=severity, message=message, a=a, b=b,
                   group=group_of(report, a, b))


SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
FROZEN = SNAPSHOTS / "seed_report.json"


def frozen_seed_report() -> Report:
    """The seed-pair report as stored in tests/snapshots, with its texts read back in.

    Renderer snapshots start from this stored report so that changes to the pipeline
    (segmentation, alignment, rules) do not churn them; regenerate it with the snapshots.
    """
    data = json.loads(FROZEN.read_text(encoding="utf-8"))
    for side, path in zip("ab", PAIR):
        data[side]["text"] = path.read_text(encoding="utf-8")
    return TypeAdapter(Report).validate_python(data)  # pydantic validates the records


def mixed_seed_report() -> Report:
    """The stored seed-pair report plus a warning, so that every severity is present."""
    report = frozen_seed_report()
    report.findings = report.findings + [
        finding(report, "NUM999", Kind.number, Severity.warning,
                "counted noun of 2,100: shipments → truckloads", "2,100 shipments", "2,100 truckloads")
    ]
    return report
