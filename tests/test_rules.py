"""The rule registry and the pass/fail fixtures of every family (tests/rules/*.toml)."""

import sys
from pathlib import Path

import pytest

from discrepancy import compare
from discrepancy.errors import InputError
from discrepancy.rules import all_rules, markdown_table, select_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FIXTURES = sorted((Path(__file__).parent / "rules").glob("*.toml"))


def _cases():
    for path in FIXTURES:
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


def _codes(a, b, **options):
    return sorted(f.code for f in compare(a, b, **options).findings)


def _codes_of(rule, a, b):
    """The codes ``rule`` finds in A and B: compared as a pair, or as a roster of two."""
    if rule.scope == "roster":
        from discrepancy.roster.story import build_roster

        return sorted(f.code for f in build_roster([a, b], select=[rule.code]).findings)
    return _codes(a, b, select=[rule.code])


@pytest.mark.parametrize("case", list(_cases()))
def test_fixture(case):
    if "documents" in case:  # a roster case: the same codes whatever the order of the reports
        from discrepancy.roster.story import build_roster

        for documents in (case["documents"], case["documents"][::-1]):
            codes = sorted(f.code for f in build_roster(documents, select=case.get("select")).findings)
            assert codes == sorted(case["expect"]), documents[0]
        return
    options = ("date_a", "date_b", "day_first_a", "day_first_b", "select")
    findings = compare(case["a"], case["b"], **{k: case[k] for k in options if k in case}).findings
    assert sorted(f.code for f in findings) == sorted(case["expect"])
    if "severities" in case:  # "CODE severity" for each expected finding
        assert sorted(f"{f.code} {f.severity.value}" for f in findings) == sorted(case["severities"])


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_docstring_examples_behave_as_documented(rule):
    assert rule.bad and rule.good, f"{rule.code} needs a Bad: and a Good: line in its docstring"
    assert rule.code in _codes_of(rule, rule.bad.a, rule.bad.b)
    assert rule.code not in _codes_of(rule, rule.good.a, rule.good.b)


def test_select_and_ignore_take_prefixes():
    codes = [r.code for r in select_rules(select=["OMI"], ignore=["OMI002"])]
    assert codes == ["OMI001", "OMI003", "OMI004"]
    assert all(r.code.startswith("OMI") for r in select_rules(select=["omi"]))


def test_the_more_specific_of_select_and_ignore_wins():
    kept = [r.code for r in select_rules(ignore=["NUM"], select=["NUM001", "DAT"])]
    assert "NUM001" in kept and "NUM002" not in kept and "DAT001" in kept
    assert "NUM001" not in [r.code for r in select_rules(select=["NUM001"], ignore=["NUM001"])]
    report = compare(
        "More than 2,100 shipments left Iraq.", "About 2,300 shipments left Iraq.",
        select=["NUM001"], ignore=["NUM"],
    )
    assert [f.code for f in report.findings] == ["NUM001"]


def test_unknown_code_is_an_input_error():
    with pytest.raises(InputError, match="XYZ"):
        select_rules(ignore=["XYZ"])


def test_severity_override_and_stable_order():
    a = "The talks ended. Both sides meet again in March. A third round follows later."
    b = "The talks ended."
    findings = compare(a, b, severity={"OMI": "warning"}).findings
    assert [f.severity.value for f in findings] == ["warning", "warning"]
    assert [f.a.start for f in findings] == sorted(f.a.start for f in findings)
    for f in findings:
        assert a[f.a.start : f.a.end] == f.a.text


def test_readme_lists_every_rule():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "refresh it: discrepancy rules --markdown"
