"""Severity of a number on one side follows how sure the reading is: real WMT21 wording."""

import pytest

from discrepancy import compare

# (A, B, the serious findings A -> B): a small count comes and goes with a rewritten sentence;
# dropped from the same wording, or when it is a specific amount, it is a warning.
CASES = [
    (
        "In Prague, there are located two of five most used charging stations of company CEZ.",
        "The five busiest charging stations of CEZ are all located in Prague, and their popularity outshines regional cities.",
        [],
    ),
    (
        "Vladimir Vasilev noted that the construction of these two athletic structures is a tribute to the trainer.",
        "Vladimir Vasilev noted that the construction of these athletic structures is a tribute to the trainer.",
        ["number of athletic only in A: two"],
    ),
    (
        "According to her, the budget of 2 billion is indicative.",
        "She said the budget was just indicative.",
        ["number only in A: 2 billion"],
    ),
]


@pytest.mark.parametrize("a, b, expected", CASES)
def test_one_sided_number_severity_both_ways(a, b, expected):
    def serious(x, y):
        return [f.message for f in compare(x, y, select=["NUM"]).findings if f.severity.value != "info"]

    assert serious(a, b) == expected
    assert serious(b, a) == [m.replace("only in A", "only in B") for m in expected]
