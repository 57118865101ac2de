"""The lexicon that long document pairs teach (discrepancy/align step 5): what it rescues, and when not."""

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import bible_pair  # noqa: E402
import scale_pair  # noqa: E402

from discrepancy.align import align  # noqa: E402

TEACHERS = range(10, 100, 20)  # verse pairs that say "lantern" in A where B says "torch"
HELD_OUT = 250  # where a pair of sentences sharing only that association is put
HELD_OUT_A = "A lantern was burning by the gate."
HELD_OUT_B = "A torch shone at the door."


def verse_pairs(count: int) -> tuple[list[str], list[str]]:
    """The first ``count`` verses both New Testament translations have, A and B."""
    a, b = (scale_pair.read_verses(name) for name in bible_pair.TRANSLATIONS)
    ids = [v for v in a if a[v] and b.get(v)][:count]
    return [a[v] for v in ids], [b[v] for v in ids]


def taught_pair(count: int, teach: bool, words_a: str = "a lantern") -> tuple[list[str], list[str]]:
    a, b = verse_pairs(count)
    if teach:
        for k in TEACHERS:
            a[k] += f" He carried {words_a}."
            b[k] += " He carried a torch."
    held_out = min(HELD_OUT, count)
    return a[:held_out] + [HELD_OUT_A] + a[held_out:], b[:held_out] + [HELD_OUT_B] + b[held_out:]


def held_out_group(a: list[str], b: list[str]) -> tuple[list[int], list[int]]:
    i = a.index(HELD_OUT_A)
    group = next(g for g in align(a, b) if i in g.a)
    return group.a, group.b


@pytest.mark.parametrize(
    "count, teach, grouped",
    [
        (300, True, True),  # "lantern" / "torch" seen together in five confident pairs
        (300, False, False),  # the same documents without the teaching: nothing is shared
        (100, True, False),  # too few confident pairs to learn from: aligned as before
    ],
)
def test_a_learnt_association_groups_a_pair_that_shares_no_stem(count, teach, grouped):
    a, b = taught_pair(count, teach)
    expected = ([a.index(HELD_OUT_A)], [b.index(HELD_OUT_B)])
    assert (held_out_group(a, b) == expected) is grouped
    if not grouped:
        assert held_out_group(a, b) == (expected[0], [])


def test_equal_evidence_for_associations_is_settled_the_same_whatever_the_word_order():
    # Three A words share the evidence for "torch", two are kept: which two must not depend
    # on the order the words (and so the dict keys) came in.
    first = align(*taught_pair(300, True, "a lantern, a lamp and a candle"))
    assert first == align(*taught_pair(300, True, "a candle, a lamp and a lantern"))
    assert first == align(*taught_pair(300, True, "a lamp, a lantern and a candle"))


def test_a_bible_excerpt_aligns_the_same_twice_and_under_any_hash_seed():
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import bible_pair;"
        "from discrepancy.align import align;"
        "a, _, b, _ = bible_pair.load({'Mark'});"
        "from dataclasses import asdict;"
        "print(json.dumps([asdict(g) for g in align(a, b)]))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(BENCH)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0] == runs[1] == runs[2]
    a, _, b, _ = bible_pair.load({"Mark"})
    assert json.loads(runs[0]) == [asdict(g) for g in align(a, b)] == [asdict(g) for g in align(a, b)]
