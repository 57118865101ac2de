"""Every date and omission case of tests/rules/*.toml, run the other way round (B against A):
a same-value case stays silent, a changed one gives the mirrored codes (OMI001 <-> OMI002,
OMI003 <-> OMI004; the others name no side)."""

import sys
from pathlib import Path

import pytest

from discrepancy import compare

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FIXTURES = [Path(__file__).parent / "rules" / f"{name}.toml" for name in ("dates", "omission")]
MIRRORED = {"OMI001": "OMI002", "OMI002": "OMI001", "OMI003": "OMI004", "OMI004": "OMI003"}
# Options that belong to one side, and the option of the other side they become.
SWAPPED = {"date_a": "date_b", "date_b": "date_a", "day_first_a": "day_first_b", "day_first_b": "day_first_a"}


def _cases():
    for path in FIXTURES:
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


@pytest.mark.parametrize("case", list(_cases()))
def test_case_the_other_way_round(case):
    options = {SWAPPED[k]: v for k, v in case.items() if k in SWAPPED}
    if "select" in case:
        options["select"] = case["select"]
    codes = sorted(f.code for f in compare(case["b"], case["a"], **options).findings)
    assert codes == sorted(MIRRORED.get(code, code) for code in case["expect"])
