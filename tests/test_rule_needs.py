"""A rule that names the mention kinds it compares (``needs``) is not run on a group holding none
of them; that must change no report. Every pair fixture and docstring example is compared with
the rules as declared and with every rule given every group."""

import dataclasses
import sys
from pathlib import Path

from discrepancy import compare
from discrepancy.rules import REGISTRY, _chosen_once, all_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_OPTIONS = ("date_a", "date_b", "day_first_a", "day_first_b")


def _pairs() -> list[tuple[str, str, dict]]:
    pairs = []
    for path in sorted((Path(__file__).parent / "rules").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            if "a" in case and "b" in case:
                pairs.append((case["a"], case["b"], {k: case[k] for k in _OPTIONS if k in case}))
    for rule in all_rules():
        if rule.scope == "pair":
            pairs.extend((example.a, example.b, {}) for example in (rule.bad, rule.good) if example)
    return pairs


def _reports(pairs) -> list[str]:
    _chosen_once.cache_clear()  # it keeps the Rule records it chose
    try:
        return [compare(a, b, **options).to_json() for a, b, options in pairs]
    finally:
        _chosen_once.cache_clear()


def test_skipping_groups_without_the_kinds_a_rule_needs_changes_no_report(monkeypatch):
    pairs = _pairs()
    assert any(rule.needs for rule in all_rules())
    declared = _reports(pairs)
    for code, rule in list(REGISTRY.items()):
        monkeypatch.setitem(REGISTRY, code, dataclasses.replace(rule, needs=frozenset()))
    assert _reports(pairs) == declared
