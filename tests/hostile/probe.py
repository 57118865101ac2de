"""Run ``discrepancy.compare`` on two UTF-8 files in a child process, so a test can bound its
time with a subprocess timeout instead of asserting on a clock.

Prints a one-line JSON summary; checks every invariant of tests/hostile/invariants.py.
An InputError prints one line and exits 2, like the CLI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from discrepancy import compare
from discrepancy.errors import InputError
from tests.hostile.invariants import check_report


def main(a_path: str, b_path: str) -> int:
    a_text = Path(a_path).read_text(encoding="utf-8")
    b_text = Path(b_path).read_text(encoding="utf-8")
    try:
        report = compare(a_text, b_text)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    check_report(report, a_text, b_text)
    summary = {
        "sentences": [len(report.a.sentences), len(report.b.sentences)],
        "groups": len(report.alignment),
        "findings": [[f.code, f.kind.value, f.severity.value] for f in report.findings],
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
