"""Small versions of the alignment benchmarks, for F1 only (timing lives in bench/)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import alignment_scoring as scoring  # noqa: E402
import bible_pair  # noqa: E402
import scale_pair  # noqa: E402

from discrepancy.align import align  # noqa: E402


def test_two_translations_of_a_gospel_align_by_verse():
    a, labels_a, b, labels_b = bible_pair.load({"Mark"})
    assert len(a) > 500 and len(b) > 500
    assert scoring.content_score(align(a, b), labels_a, labels_b).f1 >= 0.95


def test_generated_pair_with_moves_splits_merges_drops_and_insertions():
    a, labels_a, b, labels_b = scale_pair.generate(1000, seed=1)
    result = scoring.content_score(align(a, b), labels_a, labels_b)
    assert result.f1 >= 0.95
    baseline = scoring.content_score(scoring.difflib_baseline(a, b), labels_a, labels_b)
    assert baseline.f1 < 0.5  # the paraphrase defeats exact matching: the test can fail
