"""``discrepancy pairs``: near-duplicate discovery on real text (New Testament chapters in two
translations), written as a manifest that ``check --pairs`` reads."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datasketch")

from discrepancy.neardup import find_pairs  # noqa: E402
from discrepancy.neardup.corpus import read_corpus  # noqa: E402
from discrepancy.neardup.sketch import Params, jaccard, shingle_hashes  # noqa: E402
from discrepancy.pairs import pairs_from_manifest  # noqa: E402

BENCH = Path(__file__).resolve().parent.parent / "bench" / "pairs_bible.py"
spec = importlib.util.spec_from_file_location("pairs_bible", BENCH)
pairs_bible = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pairs_bible)
# Mark retells much of Matthew: within one translation a chapter of one is closer to its
# parallel in the other than to its own other translation.
BOOKS = ("Matthew", "Mark")


def pairs(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", "pairs", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def chapters(tmp_path_factory):
    root = tmp_path_factory.mktemp("bible")
    return root, pairs_bible.write_chapters(root, BOOKS)


def test_each_chapter_is_paired_with_its_other_translation_and_nothing_else(chapters):
    root, gold = chapters
    done = pairs(str(root), *pairs_bible.OPTIONS)
    assert done.returncode == 0, done.stderr
    figures = pairs_bible.score(done.stdout, gold)
    assert gold == 44 and figures["recall"] == figures["precision"] == 1.0, figures


def test_without_one_to_one_the_parallel_gospels_pair_up_too(chapters):
    root, gold = chapters
    done = pairs(str(root), "--shingle", "1", "--threshold", "0.35")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    same_side = [row for row in rows if Path(row["a"]).parent == Path(row["b"]).parent]
    assert {"Mark_014.txt", "Matthew_026.txt"} in [{Path(row["a"]).name, Path(row["b"]).name} for row in same_side]


def test_the_manifest_is_what_check_reads_with_sources_as_a(chapters, tmp_path):
    root, _ = chapters
    manifest = root / "found.jsonl"
    done = pairs(str(root), *pairs_bible.OPTIONS, "-o", str(manifest))
    assert done.returncode == 0 and "44 pairs among 88 reports" in done.stderr
    specs = pairs_from_manifest(manifest, root)
    assert len(specs) == 44
    assert all(spec.a.parent.name == "anderson" and spec.b.parent.name == "twentieth" for spec in specs)
    assert specs[0].id == "twentieth/Mark_001.txt vs anderson/Mark_001.txt"
    again = pairs(str(root), *pairs_bible.OPTIONS, "-o", str(tmp_path / "again.jsonl"))
    assert again.returncode == 0
    assert [json.loads(line)["id"] for line in (tmp_path / "again.jsonl").read_text().splitlines()] == [
        spec.id for spec in specs
    ]


def test_the_exact_check_keeps_only_pairs_at_the_threshold(tmp_path):
    story = "Rescue teams reached the village of Kalanga on Tuesday after the river burst its banks and "
    texts = [
        story + "flooded forty houses, the governor said.",
        story + "flooded forty homes, the governor said.",
        "The central bank left its main rate at 4.5 percent on Thursday, citing slower inflation.",
        story + "the army sent two helicopters.",
    ]
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    docs = read_corpus(str(corpus))
    shingles = [shingle_hashes(t, 3) for t in texts]
    assert jaccard(shingles[0], shingles[1]) > 0.7 > 0.6 > jaccard(shingles[0], shingles[3]) > 0.5
    assert find_pairs(docs, Params(threshold=0.7)) == [(0, 1)]
    assert find_pairs(docs, Params(threshold=0.5)) == [(0, 1), (0, 3), (1, 3)]
    assert find_pairs(docs, Params(threshold=0.5), jobs=2) == [(0, 1), (0, 3), (1, 3)]
    rows = [json.loads(line) for line in pairs(str(corpus), "--threshold", "0.7").stdout.splitlines()]
    assert rows == [{"a": "r0", "b": "r1", "id": "r1 vs r0"}]


@pytest.mark.parametrize(
    "line, words",
    [
        ('{"id": "x"}', 'expected an object with "text"'),
        ('{"path": "../outside.txt"}', "is outside the project"),
        ('{"path": "missing.txt"}', "no such file"),
        ('{"text": "no id"}', "'id' must be a non-empty string"),
        ('{"id": "a", "text": "x", "group": 3}', "'group' must be a string"),
        ("[1", "not a JSON object"),
    ],
)
def test_bad_corpora_are_one_line_errors(tmp_path, line, words):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "outside.txt").write_text("Outside the corpus.\n")
    corpus = tmp_path / "corpus" / "c.jsonl"
    corpus.write_text(line + "\n")
    done = pairs(str(corpus))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and words in done.stderr, done.stderr


def test_a_missing_corpus_a_repeated_id_and_too_few_bands_are_one_line_errors(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    for args, words in (
        ([str(tmp_path / "nowhere")], "no such folder or JSONL file"),
        ([str(corpus)], "used twice"),
        ([str(tmp_path), "--threshold", "0.99", "--num-perm", "16"], "too small"),
    ):
        done = pairs(*args)
        assert done.returncode == 2 and words in done.stderr, done.stderr
