"""One report for many pairs, built from the single-pair renderers.

``text`` (the default of ``check``) lists one line per finding; ``json`` wraps the per-pair
reports in one object; ``jsonl`` gives one line per pair; ``sarif`` merges every pair's results
into one run; ``junit`` gathers the test suites under one root. Any other format is the pair
renderings one after another.
"""

from __future__ import annotations

import json
from typing import Callable

from discrepancy.baseline import Fact
from discrepancy.report import FORMATS, render

MANY_FORMATS = ("text", "jsonl")


def formats() -> list[str]:
    """Every format ``check`` can write."""
    return sorted(set(FORMATS) | set(MANY_FORMATS))


def render_many(results, fmt: str, stale: list[Fact] = (), **options) -> str:
    """``results`` is a list of check.PairResult, in pair order."""
    combine: Callable = _COMBINE.get(fmt, _concatenate)
    return combine(results, fmt, list(stale), **options)


def _pair_entry(result) -> dict:
    return {
        "id": result.pair.id,
        "suppressed": result.suppressed,
        "report": result.report.model_dump(mode="json"),
    }


def _stale_entry(fact: Fact) -> dict:
    return {"pair": fact.pair, "code": fact.code, "a": fact.a, "b": fact.b, "fingerprint": fact.fingerprint}


def _json(results, fmt, stale, **_options) -> str:
    document = {
        "pairs": [_pair_entry(r) for r in results],
        "stale_baseline": [_stale_entry(f) for f in stale],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _jsonl(results, fmt, stale, **_options) -> str:
    return "".join(json.dumps(_pair_entry(r), ensure_ascii=False) + "\n" for r in results)


def _text(results, fmt, stale, **_options) -> str:
    lines = []
    for result in results:
        report = result.report
        for finding in report.findings:
            side, evidence = ("b", finding.b) if finding.b else ("a", finding.a)
            document = report.b if side == "b" else report.a
            where = document.path or side.upper()
            if evidence is not None:
                where += f":{document.text.count(chr(10), 0, evidence.start) + 1}"
            line = f"{where}: {finding.code} {finding.severity.value}: {finding.message}"
            if side == "a":
                line += f" (checking {report.b.path or 'B'})"
            lines.append(line)
    total = sum(len(r.report.findings) for r in results)
    suppressed = sum(r.suppressed for r in results)
    summary = f"{len(results)} pairs checked, {total} findings"
    if suppressed:
        summary += f", {suppressed} accepted in the baseline"
    return "".join(line + "\n" for line in lines) + summary + "\n"


def _sarif(results, fmt, stale, **options) -> str:
    """One SARIF run holding every pair's results, each with a baseline fingerprint."""
    merged = None
    for result in results:
        log = json.loads(render(result.report, fmt, **options))
        run = log["runs"][0]
        pair_results = run.get("results", [])
        if len(pair_results) == len(result.report.findings):
            for sarif_result, finding in zip(pair_results, result.report.findings):
                fingerprints = sarif_result.setdefault("partialFingerprints", {})
                fingerprints["discrepancyFact/v1"] = Fact.of(result.pair.id, finding).fingerprint
        if merged is None:
            merged = log
            continue
        target = merged["runs"][0]
        target.setdefault("results", []).extend(pair_results)
        rules = target["tool"]["driver"].setdefault("rules", [])
        known = {rule.get("id") for rule in rules}
        for rule in run["tool"]["driver"].get("rules", []):
            if rule.get("id") not in known:
                rules.append(rule)
                known.add(rule.get("id"))
    if merged is None:
        return json.dumps({"version": "2.1.0", "runs": []}, indent=2) + "\n"
    return json.dumps(merged, indent=2, ensure_ascii=False) + "\n"


def _junit(results, fmt, stale, **options) -> str:
    """Every pair's test suites under one ``<testsuites>``."""
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="discrepancy check")
    for result in results:
        rendered = ET.fromstring(render(result.report, fmt, **options))
        suites = list(rendered) if rendered.tag == "testsuites" else [rendered]
        for suite in suites:
            suite.set("name", result.pair.id)
            root.append(suite)
    for key in ("tests", "failures", "errors"):
        total = sum(int(suite.get(key, "0")) for suite in root)
        root.set(key, str(total))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _concatenate(results, fmt, stale, **options) -> str:
    return "\n".join(render(r.report, fmt, **options) for r in results)


_COMBINE = {"json": _json, "jsonl": _jsonl, "text": _text, "sarif": _sarif, "junit": _junit}
