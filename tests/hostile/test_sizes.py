"""Big and repetitive inputs finish within a generous bound and keep every invariant.

The bounds are subprocess timeouts, far above the expected time: they catch hangs and
quadratic blow-ups, not slowness (speed is measured in bench/, never asserted here).
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.hostile.conftest import assert_report, run_api, run_cli
from tests.hostile.test_odd_content import ARTICLE


def summary(result) -> dict:
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    return json.loads(result.stdout)


@pytest.mark.slow
def test_twenty_megabytes_on_one_line_without_punctuation(write):
    words = "coalition forces advisers Baghdad committee vehicles transfer meeting "
    line = (words * (20_000_000 // len(words) + 1))[:20_000_000]
    big = write("big.txt", line)
    result = summary(run_api(big, write("small.txt", ARTICLE), timeout=120))
    assert result["sentences"][0] >= 1


@pytest.mark.slow
def test_a_hundred_thousand_tiny_sentences(write):
    a = "".join(f"Unit {i} left. " for i in range(100_000))
    b = a.replace("Unit 500 left.", "Unit 501 left.").replace("Unit 99999 left.", "")
    result = summary(run_api(write("a.txt", a), write("b.txt", b), timeout=120))
    assert result["sentences"][0] >= 100_000


@pytest.mark.slow
def test_ten_thousand_identical_sentences(write):
    a = "The meeting was held in Baghdad. " * 10_000
    b = a[:200_000] + "The meeting was held in Erbil. " + a[200_000:]
    report = assert_report(run_cli("compare", write("a.txt", a), write("b.txt", b), "--format", "json", timeout=120))
    assert len(report["a"]["sentences"]) == 10_000


@pytest.mark.parametrize("digits", [500, sys.int_info.default_max_str_digits + 700])
def test_very_long_numbers(write, digits):
    """Past Python's int-from-string limit (4,300 digits) too: no ValueError escapes."""
    a = write("a.txt", f"The statement counted {'9' * digits} vehicles on 5 November 2021.\n")
    b = write("b.txt", f"The statement counted {'8' * digits} vehicles on 5 November 2021.\n")
    for pair in ((a, b), (a, a)):
        assert_report(run_cli("compare", *pair, "--format", "json"))
    grouped = write("c.txt", "Some " + ",".join(["123"] * (digits // 3)) + ".5 people came.\n")
    assert_report(run_cli("compare", grouped, a, "--format", "json"))
