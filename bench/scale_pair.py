"""Generated document pairs of any size with a known alignment, for the scale benchmark.

A unit is one Bible verse: document A says it in the Twentieth Century New Testament's words,
document B in Anderson's (a real paraphrase). Past the 7,900 verses of the New Testament the
text repeats, each copy with its own labels, so repeated wording can only be told apart by
position, as in long documents with recurring phrasing. On top, seeded edits: in both documents
sentences split at a comma or merge with the next; B also drops units, inserts sentences found
nowhere in A (lines of the seed news pages), and moves whole chapters elsewhere.

Every sentence is labelled unit -> characters, the form `alignment_scoring.content_score` reads.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from bible_pair import BIBLE, TRANSLATIONS

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
RATES = {"split": 0.04, "merge": 0.04, "drop": 0.02, "insert": 0.02, "move": 0.03}


def read_verses(name: str) -> dict[tuple, str]:
    with open(BIBLE / name, encoding="utf-8", newline="") as handle:
        return {(r["book"], int(r["chapter"]), int(r["verse"])): r["text"].strip() for r in csv.DictReader(handle)}


def _fillers() -> list[str]:
    """Sentence-sized lines of the seed pages: text about something else entirely."""
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.strip()) > 30]
    return lines


def _split_or_merge(units: list[tuple[str, dict]], rng: random.Random) -> list[tuple[str, dict]]:
    out: list[tuple[str, dict]] = []
    for text, labels in units:
        roll = rng.random()
        commas = [m.end() for m in re.finditer(r"[,;:] ", text)]
        if roll < RATES["split"] and commas:
            cut = commas[len(commas) // 2]
            (label,) = labels
            first, second = text[:cut].rstrip(), text[cut:]
            out += [(first, {label: len(first)}), (second, {label: len(second)})]
        elif roll < RATES["split"] + RATES["merge"] and out:
            previous, previous_labels = out.pop()
            merged = {**previous_labels}
            for label, n in labels.items():
                merged[label] = merged.get(label, 0) + n
            out.append((previous + " " + text, merged))
        else:
            out.append((text, labels))
    return out


def generate(size: int, seed: int = 0) -> tuple[list[str], list[dict], list[str], list[dict]]:
    """(sentences A, labels A, sentences B, labels B) with about ``size`` sentences in A."""
    rng = random.Random(seed)
    tcnt, anderson = (read_verses(name) for name in TRANSLATIONS)
    ids = [v for v in tcnt if v in anderson and tcnt[v] and anderson[v]]
    fillers = _fillers()
    a_units, b_chapters = [], []
    copy = 0
    while len(a_units) < size:
        for verse in ids:
            if len(a_units) >= size:
                break
            label = (copy, *verse)
            a_units.append((tcnt[verse], {label: len(tcnt[verse])}))
            if not b_chapters or b_chapters[-1][0] != (copy, *verse[:2]):
                b_chapters.append(((copy, *verse[:2]), []))
            if rng.random() < RATES["drop"]:
                continue
            b_chapters[-1][1].append((anderson[verse], {label: len(anderson[verse])}))
            if rng.random() < RATES["insert"]:
                filler = rng.choice(fillers)
                b_chapters[-1][1].append((filler, {("insert", rng.random()): len(filler)}))
        copy += 1
    for k in range(len(b_chapters)):
        if rng.random() < RATES["move"]:
            b_chapters.insert(rng.randrange(len(b_chapters)), b_chapters.pop(k))
    b_units = [unit for _, chapter in b_chapters for unit in chapter]
    a_units, b_units = _split_or_merge(a_units, rng), _split_or_merge(b_units, rng)
    return [t for t, _ in a_units], [l for _, l in a_units], [t for t, _ in b_units], [l for _, l in b_units]
