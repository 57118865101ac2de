"""Reports for the renderer tests: the seed pair through the real pipeline, plus findings.

Findings are the pipeline's own; one a rule does not report yet is added by locating its
words in the documents, exactly as a rule would report it.
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
    """The seed pair with the pipeline's own findings, and a date finding while none is found.

    The date rules flag "Thursday, November 4" against "today" only once the dateline of B
    (Nov. 5, 2021) is read; until then the finding a rule would report is added here.
    """
    report = seed_report()
    if not any(f.kind is Kind.date for f in report.findings):
        date = finding(report, "DAT001", Kind.date, Severity.warning,
                       "date of the meeting: Thursday, November 4 → today (statement of Nov. 5, 2021)",
                       "Thursday, November 4", "today")
        report.findings = sorted(report.findings + [date], key=lambda f: (f.group is None, f.group or 0))
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
