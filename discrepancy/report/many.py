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
from discrepancy.report import FORMATS, counted, printable, render

MANY_FORMATS = ("text", "jsonl")


def formats() -> list[str]:
    """Every format ``check`` can write."""
    return sorted(set(FORMATS) | set(MANY_FORMATS))


def render_many(results, fmt: str, stale: list[tuple[Fact, int]] = (), **options) -> str:
    """``results`` is a list of check.PairResult, in pair order; ``stale`` the baseline entries
    no longer found, each with how many times."""
    combine: Callable = _COMBINE.get(fmt, _concatenate)
    return combine(results, fmt, list(stale), **options)


def _pair_entry(result) -> dict:
    from discrepancy.jsontext import data
    from discrepancy.report.json import located

    return {
        "id": result.pair.id,
        "suppressed": result.suppressed,
        "report": data(located(result.report)),
    }


def _stale_entry(stale: tuple[Fact, int]) -> dict:
    fact, count = stale
    return {
        "pair": fact.pair,
        "code": fact.code,
        "a": fact.a,
        "b": fact.b,
        "subject": fact.subject,
        "count": count,
        "fingerprint": fact.fingerprint,
    }


def pair_part(result, fmt: str) -> str:
    """One pair's part of a ``json`` report (indented as the document holds it) or a ``jsonl``
    one (its line): written by the worker that checked the pair, the parent only joins them."""
    entry = _pair_entry(result)
    if fmt == "jsonl":
        return json.dumps(entry, ensure_ascii=False) + "\n"
    # JSON escapes every newline inside a string: each one here starts a line of the layout.
    return "    " + json.dumps(entry, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def joined(parts: list[str], fmt: str, stale: list[tuple[Fact, int]]) -> str:
    """The report made of the pairs' ``pair_part``s (in pair order), as json.dumps lays it out."""
    if fmt == "jsonl":
        return "".join(parts)
    pairs = "[\n" + ",\n".join(parts) + "\n  ]" if parts else "[]"
    stale_entries = json.dumps([_stale_entry(f) for f in stale], indent=2, ensure_ascii=False)
    return '{\n  "pairs": ' + pairs + ',\n  "stale_baseline": ' + stale_entries.replace("\n", "\n  ") + "\n}\n"


def _json(results, fmt, stale, **_options) -> str:
    return joined([pair_part(r, fmt) for r in results], fmt, stale)


def _text(results, fmt, stale, verbose: bool = False, **_options) -> str:
    """``path:line:column: CODE severity: message`` per finding, located in the checked file (B)
    when it has a span there; a line located in A names the file checked. Info findings only
    with ``verbose``, as in the other views."""
    from discrepancy.report.locations import primary
    from discrepancy.report.view import visible

    lines = []
    for result in results:
        report = result.report
        checked = report.b.path or "B"
        for finding in visible(report.findings, verbose):
            here = primary(report, finding)
            where = checked
            if here is not None:
                line, column = here.region()[:2]
                where = f"{here.path}:{line}:{column}"
            text = f"{where}: {finding.code} {finding.severity.value}: {finding.message}"
            if here is not None and here.path != checked:
                text += f" (checking {checked})"
            lines.append(printable(text))
    total = sum(len(r.report.findings) for r in results)
    suppressed = sum(r.suppressed for r in results)
    summary = f"{counted(len(results), 'pair')} checked, {counted(total, 'finding')}"
    if total > len(lines):
        summary += f" ({total - len(lines)} info not shown; -v shows them)"
    if suppressed:
        summary += f", {suppressed} accepted in the baseline"
    return "".join(line + "\n" for line in lines) + summary + "\n"


def statistics(results, verbose: bool = False, **_options) -> str:
    """How many findings of each code, as ruff's ``--statistics``: count, code, severity, what
    the rule flags; most frequent first."""
    from collections import Counter

    from discrepancy.report.view import visible
    from discrepancy.rules import all_rules

    summaries = {rule.code: rule.summary for rule in all_rules()}
    counts = Counter(
        (f.code, f.severity.value) for r in results for f in visible(r.report.findings, verbose)
    )
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(
        f"{n:>6}  {code:<8} {severity:<8} {summaries.get(code, '')}".rstrip() + "\n"
        for (code, severity), n in rows
    )


def _sarif(results, fmt, stale, **_options) -> str:
    """One SARIF run holding every pair's results, each with a baseline fingerprint.

    Artifacts and rules are merged by URI and id, and each result's indices into them remapped.
    """
    from discrepancy.report.sarif import sarif_log

    log, merged, artifacts, rules = None, None, {}, {}
    for result in results:
        pair_log = sarif_log(result.report)
        run = pair_log["runs"][0]
        if merged is None:
            log, merged = pair_log, {**run, "artifacts": [], "results": []}
        uris = [_add(artifacts, a["location"]["uri"], a) for a in run.get("artifacts", [])]
        rule_ids = [_add(rules, r["id"], r) for r in run["tool"]["driver"].get("rules", [])]
        for sarif_result, fact in zip(run.get("results", []), result.facts):
            if "ruleIndex" in sarif_result:
                sarif_result["ruleIndex"] = rule_ids[sarif_result["ruleIndex"]]
            for location in sarif_result.get("locations", []) + sarif_result.get("relatedLocations", []):
                artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                if "index" in artifact:
                    artifact["index"] = uris[artifact["index"]]
            fingerprints = sarif_result.setdefault("partialFingerprints", {})
            fingerprints["discrepancyFact/v1"] = fact.fingerprint
            merged["results"].append(sarif_result)
    if merged is None:
        return json.dumps(sarif_log(), indent=2, ensure_ascii=False) + "\n"
    merged["artifacts"] = [value for value, _ in artifacts.values()]
    merged["tool"]["driver"]["rules"] = [value for value, _ in rules.values()]
    log["runs"] = [merged]
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _add(table: dict, key: str, value: dict) -> int:
    """The index of ``key`` in the insertion-ordered ``table``, adding ``value`` if new."""
    if key not in table:
        table[key] = (value, len(table))
    return table[key][1]


def _junit(results, fmt, stale, fail_on: str, **_options) -> str:
    """Every pair's test suites under one ``<testsuites>``."""
    import xml.etree.ElementTree as ET

    from discrepancy.report.junit import test_suites, xml_text

    root = ET.Element("testsuites", name="discrepancy check")
    for result in results:
        for suite in list(test_suites(result.report, fail_on)):
            suite.set("name", xml_text(result.pair.id))
            root.append(suite)
    for key in ("tests", "failures", "errors"):
        total = sum(int(suite.get(key, "0")) for suite in root)
        root.set(key, str(total))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _html(results, fmt, stale, **options) -> str:
    """One page for the project (html.render_project)."""
    from discrepancy.report.html import render_project

    return render_project(results, stale=len(stale), **options)


def _markdown(results, fmt, stale, **options) -> str:
    """One comment for the project (markdown.render_project)."""
    from discrepancy.report.markdown import render_project

    return render_project(results, stale=len(stale), **options)


def _concatenate(results, fmt, stale, **options) -> str:
    return "\n".join(render(r.report, fmt, **options) for r in results)


def _lines(results, fmt, stale, **options) -> str:
    """Line formats (GitHub annotations): every pair's lines, no blank line between pairs."""
    return "".join(render(r.report, fmt, **options) for r in results)


_COMBINE = {
    "json": _json,
    "jsonl": _json,
    "text": _text,
    "sarif": _sarif,
    "junit": _junit,
    "html": _html,
    "markdown": _markdown,
    "github": _lines,
}
