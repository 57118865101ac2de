"""Checking a translation against its English source: NTREX-128 figures per language beside the
goals of issue 16.

    python3 bench/eval_ntrex.py            # all 62 documents (a few minutes)
    python3 bench/eval_ntrex.py --quick    # the first 12 documents, fewer timing runs
    python3 bench/eval_ntrex.py --show     # also every change that was not found

Each document becomes a pair of whole texts, the English source and one translation
(``ntrex_pair``: one line a paragraph; "running" joins the lines with a space instead), compared
by ``discrepancy.compare`` with both languages detected. Per language:

- link F1: the alignment's links scored against the line ids (``alignment_scoring.link_score``,
  summed over the documents), for paragraphs and for running text;
- flagged: unchanged translations, the share of groups with sentences on both sides that hold a
  finding at warning or above;
- recall by kind: changes made by ``ntrex_errors`` (one of each kind per document, on a side
  drawn by a seeded generator) that a finding of their family (number and date count for each
  other) at warning or above overlaps, on the changed side or at the counterpart; a dropped line
  is found by an omission finding at any severity (a sentence left alone is a note by design);
- time: ``compare`` of a 30-line pair (the first documents' lines) over the English compare of
  30 lines: the first 30 WMT21 lines in their two independent English translations
  (``corpus/eval/wmt21``), one line a paragraph, as a desk compares two English reports. CPU
  time of this process (the machine is shared), best of a few runs each, in turn in this run,
  every run reading its texts afresh (``discrepancy.memo.forget``). The English side compared
  with itself is printed too: it reads each sentence once for both sides, so it is no fair
  measure of an English compare.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ntrex_errors  # noqa: E402
import ntrex_pair  # noqa: E402
from alignment_scoring import predicted_links  # noqa: E402

from discrepancy import compare  # noqa: E402

SEED = 16
WMT21 = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "wmt21" / "two_references.jsonl"
QUICK_DOCUMENTS = 12
GOALS = {
    "f1": (">=", 0.97), "f1_running": (">=", 0.97), "flagged": ("<=", 0.02), "number": (">=", 0.95),
    "date": (">=", 0.95), "name": (">=", 0.85), "rank": (">=", 0.9), "drop": (">=", 0.0), "time": ("<", 2.0),
}
_FAMILY = {"number": {"number", "date"}, "date": {"date", "number"}, "name": {"name"}, "rank": {"rank"},
           "drop": {"omission"}}


def link_counts(report, ranges_a, ranges_b) -> tuple[int, int, int, int]:
    """(right links, predicted links, lines found by a right link, lines on both sides)."""
    spans = lambda doc: [(s.start, s.end) for s in doc.sentences]  # noqa: E731
    labels_a = ntrex_pair.labels(spans(report.a), ranges_a)
    labels_b = ntrex_pair.labels(spans(report.b), ranges_b)
    predicted = predicted_links(report.alignment)
    found: set = set()
    right = 0
    for i, j in predicted:
        shared = labels_a[i].keys() & labels_b[j].keys()
        right += bool(shared)
        found |= shared
    both = {k for d in labels_a for k in d} & {k for d in labels_b for k in d}
    return right, len(predicted), len(found & both), len(both)


def f1(counts: list[tuple[int, int, int, int]]) -> float:
    right, predicted, found, due = (sum(c[k] for c in counts) for k in range(4))
    precision, recall = right / predicted if predicted else 1.0, found / due if due else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def flagged_groups(report) -> tuple[int, int]:
    """(groups with both sides holding a finding at warning or above, groups with both sides)."""
    loud = {f.group for f in report.findings if f.severity.rank >= 1}
    paired = [k for k, g in enumerate(report.alignment) if g.a and g.b]
    return sum(k in loud for k in paired), len(paired)


def found(change: ntrex_errors.Change, report) -> bool:
    least = 0 if change.kind == "drop" else 1
    for finding in report.findings:
        if finding.kind.value not in _FAMILY[change.kind] or finding.severity.rank < least:
            continue
        mine, other = (finding.a, finding.b) if change.side == "a" else (finding.b, finding.a)
        if _overlaps(mine, change.changed) or _overlaps(other, change.counterpart):
            return True
    return False


def _overlaps(evidence, span: tuple[int, int]) -> bool:
    return evidence is not None and evidence.start < span[1] and span[0] < evidence.end


def evaluate(lang: str, documents: dict, show: bool = False) -> dict:
    """Every figure of one language but time."""
    counts, running, flagged, paired = [], [], 0, 0
    tried = {kind: 0 for kind in ntrex_errors.KINDS}
    hits = dict(tried)
    pool = ntrex_errors.person_pool(documents, lang)
    for doc, rows in documents.items():
        (english, ranges_a), (translated, ranges_b) = ntrex_pair.text_of(rows, "en"), ntrex_pair.text_of(rows, lang)
        report = compare(english, translated)
        counts.append(link_counts(report, ranges_a, ranges_b))
        loud, groups = flagged_groups(report)
        flagged, paired = flagged + loud, paired + groups
        (english, ranges_a), (translated, ranges_b) = (ntrex_pair.text_of(rows, k, running=True) for k in ("en", lang))
        running.append(link_counts(compare(english, translated), ranges_a, ranges_b))
        for change in ntrex_errors.changes(rows, lang, random.Random(f"{SEED}-{lang}-{doc}"), pool):
            tried[change.kind] += 1
            hit = found(change, compare(change.text_a, change.text_b))
            hits[change.kind] += hit
            if show and not hit:
                text = change.text_a if change.side == "a" else change.text_b
                print(f"MISSED {lang} {doc} {change.kind} in {change.side}: {text[change.changed[0]:change.changed[1]]!r}")
    figures = {"f1": f1(counts), "f1_running": f1(running), "flagged": flagged / paired if paired else 0.0}
    for kind in ntrex_errors.KINDS:
        figures[kind] = hits[kind] / tried[kind] if tried[kind] else float("nan")
        figures[kind + "_n"] = tried[kind]
    return figures


def time_ratio(lang: str, documents: dict, runs: int) -> dict[str, float]:
    """Best ms of the 30-line cross-lingual compare, of the English compare of two translations
    of 30 lines, of the English side against itself, and the first over the second."""
    from discrepancy.memo import forget

    rows = [row for doc_rows in documents.values() for row in doc_rows][:30]
    english, _ = ntrex_pair.text_of(rows, "en")
    translated, _ = ntrex_pair.text_of(rows, lang)
    pairs = {"across": (english, translated), "english": english_pair(30), "itself": (english, english)}
    for pair in pairs.values():
        compare(*pair)  # warm: imports, models, lexicons
    best = dict.fromkeys(pairs, float("inf"))
    for _ in range(runs):
        for name, pair in pairs.items():
            forget()  # each run reads its texts as if for the first time
            start = time.process_time()
            compare(*pair)
            best[name] = min(best[name], time.process_time() - start)
    times = {name: seconds * 1000 for name, seconds in best.items()}
    times["ratio"] = best["across"] / best["english"]
    return times


def english_pair(lines: int) -> tuple[str, str]:
    """The first ``lines`` WMT21 lines in their two English translations, one line a paragraph."""
    rows = [json.loads(line) for line in WMT21.read_text(encoding="utf-8").splitlines()[:lines]]
    return "\n".join(row["a"] for row in rows), "\n".join(row["b"] for row in rows)


def met(key: str, value: float) -> bool:
    op, goal = GOALS[key]
    return value >= goal if op == ">=" else value <= goal if op == "<=" else value < goal


def main(argv: list[str]) -> int:
    quick, show = "--quick" in argv, "--show" in argv
    documents = ntrex_pair.documents()
    if quick:
        documents = dict(list(documents.items())[:QUICK_DOCUMENTS])
    columns = ("f1", "f1_running", "flagged", "number", "date", "name", "rank", "drop", "time")
    print(f"NTREX-128, {len(documents)} documents, seed {SEED}" + (" (quick)" if quick else ""))
    print(f"{'lang':5}" + "".join(f"{c:>12}" for c in columns))
    print(f"{'goal':5}" + "".join(f"{GOALS[c][0] + str(GOALS[c][1]):>12}" for c in columns))
    for lang in ntrex_pair.LANGUAGES:
        figures = evaluate(lang, documents, show)
        times = time_ratio(lang, documents, 5 if quick else 15)
        figures["time"] = times["ratio"]
        cells = []
        for c in columns:
            text = f"{figures[c]:.3f}" if c != "flagged" else f"{100 * figures[c]:.1f}%"
            goal_lang = lang in ntrex_pair.GOAL_LANGUAGES and c != "drop"
            cells.append(f"{text}{'' if not goal_lang else ' ' if met(c, figures[c]) else '*'}".rjust(12))
        print(f"{lang:5}" + "".join(cells))
        counts = ", ".join(f"{kind} {figures[kind + '_n']}" for kind in ntrex_errors.KINDS)
        print(f"{'':5}changes made: {counts}; 30 lines: {times['across']:.1f} ms vs English {times['english']:.1f} ms"
              f" (the English side against itself: {times['itself']:.1f} ms)")
    print("* goal not met (zh is reported, not held to the goals; drop has no goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
