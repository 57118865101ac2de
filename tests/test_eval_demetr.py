"""The DEMETR acceptance figures (quality only; speed is measured in bench/eval_demetr.py)."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "eval_demetr.py"
spec = importlib.util.spec_from_file_location("eval_demetr", BENCH)
eval_demetr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_demetr)


def test_demetr_goals():
    figures = eval_demetr.evaluate()
    for key in eval_demetr.ASSERTED:
        op, target = eval_demetr.GOALS[key]
        value = figures[key]
        assert value >= target if op == ">=" else value <= target, f"{key} = {value:.4f}, goal {op} {target}"
