"""Acceptance figures on real translations and edited summaries (quality only; speed is in bench/).

Only the goals the tool meets are asserted, so a regression turns the suite red; the figures
not yet met are printed by the bench scripts beside their goals.
"""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


eval_wmt21 = _load("eval_wmt21")
eval_summedits = _load("eval_summedits")

ASSERTED_WMT21 = {
    "number_date": ("false_alarm_pairs", "precision", "recall"),
    "name_rank": ("false_alarm_pairs", "recall"),
}


def test_wmt21_goals():
    figures = eval_wmt21.evaluate()
    for family, keys in ASSERTED_WMT21.items():
        for key in keys:
            value = figures[family][key]
            assert eval_wmt21.met(family, key, value), f"{family} {key} = {value:.4f}"
    assert figures["number_date"]["minor_found"] == figures["number_date"]["minor"]


def test_adjudication_spans_are_in_their_pairs():
    pairs = {item["id"]: item for item in eval_wmt21.load("two_references", eval_wmt21.DATA)}
    for entries in eval_wmt21.adjudication().values():
        for entry in entries:
            item = pairs[entry["id"]]
            assert entry["a_span"] is None or entry["a_span"] in item["a"], entry
            assert entry["b_span"] is None or entry["b_span"] in item["b"], entry
            assert entry["why"], entry


def test_summedits_goals():
    figures = eval_summedits.evaluate()
    assert figures["false_alarms_negatives"] <= eval_summedits.GOALS["false_alarms_negatives"][1]
    assert figures["numeric_recall"] >= eval_summedits.GOALS["numeric_recall"][1]


def test_summedits_relabelled_chunks_exist():
    chunks = {(item["id"], e["a_span"], e["b_span"]) for item in eval_summedits.load("pairs", eval_summedits.DATA)
              for e in item["expect"]}
    assert set(eval_summedits.relabelled()) <= chunks
