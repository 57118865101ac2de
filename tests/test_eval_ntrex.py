"""The translation-error generator of bench/eval_ntrex.py makes the changes it says it makes."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval_ntrex  # noqa: E402
import ntrex_errors  # noqa: E402
import ntrex_pair  # noqa: E402

from discrepancy import compare  # noqa: E402

DOCS = ntrex_pair.documents()
FEW = dict(list(DOCS.items())[:6])


def made(lang, doc, seed=16):
    pool = ntrex_errors.person_pool(FEW, lang)
    return ntrex_errors.changes(DOCS[doc], lang, random.Random(f"{seed}-{lang}-{doc}"), pool)


def test_each_change_touches_one_side_only_and_keeps_its_counterpart():
    rows = DOCS["nytimes.184853"]
    english, _ = ntrex_pair.text_of(rows, "en")
    russian, _ = ntrex_pair.text_of(rows, "ru")
    changes = made("ru", "nytimes.184853")
    assert {c.kind for c in changes} == {"number", "date", "name", "drop"}  # no person to rank here
    for change in changes:
        untouched = change.text_b if change.side == "a" else change.text_a
        original = russian if change.side == "a" else english
        if change.kind != "rank":  # a rank is put in on both sides
            assert untouched == original
        mine = change.text_a if change.side == "a" else change.text_b
        assert mine != (english if change.side == "a" else russian)
        assert untouched[change.counterpart[0] : change.counterpart[1]].strip()


def test_a_number_change_changes_one_digit_of_a_number_both_sides_hold():
    change = next(c for c in made("de", "nytimes.184853") if c.kind == "number")
    mine = change.text_a if change.side == "a" else change.text_b
    other = change.text_b if change.side == "a" else change.text_a
    new, old = mine[change.changed[0] : change.changed[1]], other[change.counterpart[0] : change.counterpart[1]]
    assert len(new) == len(old) and sum(x != y for x, y in zip(new, old)) == 1


def test_changes_are_the_same_for_the_same_seed():
    assert made("ar", "guardian.221754") == made("ar", "guardian.221754")


def test_changed_numbers_are_found_and_the_unchanged_pair_is_scored():
    changes = [c for doc in FEW for c in made("fr", doc) if c.kind == "number"]
    hits = [eval_ntrex.found(c, compare(c.text_a, c.text_b)) for c in changes]
    assert len(hits) >= 5 and sum(hits) >= len(hits) - 1
    rows = DOCS["nytimes.184853"]
    (english, ranges_a), (french, ranges_b) = ntrex_pair.text_of(rows, "en"), ntrex_pair.text_of(rows, "fr")
    assert eval_ntrex.f1([eval_ntrex.link_counts(compare(english, french), ranges_a, ranges_b)]) >= 0.95
