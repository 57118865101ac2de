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
    groups = align(a, b)
    assert scoring.content_score(groups, labels_a, labels_b).f1 >= 0.95
    assert scoring.link_score(groups, labels_a, labels_b).f1 >= 0.95
    baseline = scoring.link_score(scoring.difflib_baseline(a, b), labels_a, labels_b)
    assert baseline.f1 < 0.5


def test_generated_pair_with_moves_splits_merges_drops_and_insertions():
    a, labels_a, b, labels_b = scale_pair.generate(1000, seed=1)
    result = scoring.content_score(align(a, b), labels_a, labels_b)
    assert result.f1 >= 0.95
    baseline = scoring.content_score(scoring.difflib_baseline(a, b), labels_a, labels_b)
    assert baseline.f1 < 0.5  # the paraphrase defeats exact matching: the test can fail


def test_a_moved_paragraph_of_real_paraphrase_is_found_as_a_block():
    verses = [scale_pair.read_verses(name) for name in bible_pair.TRANSLATIONS]
    ids = [v for v in verses[0] if v[:2] == ("Mark", 1) and v in verses[1]][:40]
    a = [verses[0][v] for v in ids]
    order = list(range(20, 30)) + list(range(20)) + list(range(30, 40))
    b = [verses[1][ids[k]] for k in order]
    pairs = {(g.a[0], order[g.b[0]]) for g in align(a, b) if len(g.a) == 1 and len(g.b) == 1}
    right = sum(1 for i, k in pairs if i == k)
    assert right >= 38 and right == len(pairs)


def test_neighbouring_verses_that_each_have_their_counterpart_stay_apart():
    # Hebrews verse by verse in both translations: every gold group is one verse a side. Two
    # neighbouring pairs of paraphrase score higher merged (more words meet across them), but
    # that alone is no reason to merge them.
    verses = [scale_pair.read_verses(name) for name in bible_pair.TRANSLATIONS]
    ids = [v for v in verses[0] if v[0] == "Hebrews" and v in verses[1]]
    groups = align([verses[0][v] for v in ids], [verses[1][v] for v in ids])
    one_to_one = sum(1 for g in groups if g.a == g.b and len(g.a) == 1)
    assert one_to_one >= 0.95 * len(ids)


def test_link_score_counts_right_links_and_the_verses_they_find():
    # A tells v1 in two sentences and v2 in one; B tells each verse in one sentence.
    labels_a = [{"v1": 10}, {"v1": 12}, {"v2": 20}]
    labels_b = [{"v1": 25}, {"v2": 18}]
    fine = [scoring.Pair([0, 1], [0]), scoring.Pair([2], [1])]
    assert scoring.link_score(fine, labels_a, labels_b) == (1.0, 1.0, 1.0)
    lumped = [scoring.Pair([0, 1, 2], [0, 1])]  # 3 of 6 links right, both verses found
    assert scoring.link_score(lumped, labels_a, labels_b) == (0.5, 1.0, 0.6667)
    partial = [scoring.Pair([0], [0]), scoring.Pair([2], [0])]  # v2 never linked
    assert scoring.link_score(partial, labels_a, labels_b) == (0.5, 0.5, 0.5)
