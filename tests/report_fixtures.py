"""Reports for the renderer tests: the seed pair through the real pipeline, plus findings.

Until the rules flag them on their own, the rank and date discrepancies of the seed pair are
added here by locating their words in the documents, exactly as a rule would report them.
"""

from __future__ import annotations

import json
from pathlib import Path

from discrepancy.model import Evidence, Finding, Kind, Report, Severity
from discrepancy.pipeline import compare

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text())
PAIR = [CORPUS / p for p in MANIFEST["example_pair"]]


def seed_report() -> Report:
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


def seed_report_with_findings() -> Report:
    """The seed pair with one finding of each kind and severity, the rank and date ones real."""
    report = seed_report()
    report.findings = [
        finding(report, "RNK001", Kind.rank, Severity.error,
                "Al-Shammari: rank differs, Lieutenant General vs Staff General",
                "Lieutenant General", "Staff General"),
        finding(report, "DAT001", Kind.date, Severity.warning,
                "Meeting date differs: Thursday, November 4 vs today (statement dated Nov. 5, 2021)",
                "Thursday, November 4", "today"),
        finding(report, "NAM001", Kind.name, Severity.info,
                "Same person, spelling variant: Qassem Al-Araji | Qasim Alaraji",
                "Qassem Al-Araji", "Qasim Alaraji"),
        finding(report, "NUM001", Kind.number, Severity.warning,
                "Counted noun differs for 2,100: *shipments* vs truckloads",
                "2,100 shipments", "2,100 truckloads"),
        finding(report, "OMI001", Kind.omission, Severity.warning,
                "Sentence of A has no counterpart in B",
                "The assistant chief of staff of the Iraqi army", None),
    ]
    return report


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
    return Report.model_validate(data)
