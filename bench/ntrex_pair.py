"""NTREX-128 documents as pairs of whole texts (English source, one translation) whose gold
alignment is the line id.

Each document's lines become one text per language, joined as paragraphs (one line a paragraph,
a line break between them) or as running text (a space between them). Every line's character
range is kept; a sentence is labelled with the lines it overlaps and how many of its
characters each gave, the labels ``bench/alignment_scoring.py`` scores.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "ntrex"
COLUMNS = {"en": "eng", "ar": "arb", "de": "deu", "fr": "fra", "ru": "rus", "zh": "zho-CN"}
LANGUAGES = ("ar", "de", "fr", "ru", "zh")
GOAL_LANGUAGES = ("ar", "de", "fr", "ru")  # zh is reported, not held to the goals


def documents(root: Path = DATA) -> dict[str, list[dict]]:
    """Document id -> its rows (one per line, in line order), documents in file order."""
    found: dict[str, list[dict]] = defaultdict(list)
    with open(root / "lines.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            found[row["doc"]].append(row)
    return {doc: sorted(rows, key=lambda r: r["line"]) for doc, rows in found.items()}


def joined(lines: list[str], running: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """The lines as one text, and each line's (start, end) in it."""
    separator = " " if running else "\n"
    parts, ranges, cursor = [], [], 0
    for line in lines:
        if parts:
            parts.append(separator)
            cursor += len(separator)
        ranges.append((cursor, cursor + len(line)))
        parts.append(line)
        cursor += len(line)
    return "".join(parts), ranges


def text_of(rows: list[dict], lang: str, running: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """One language's side of a document: its text and each line's range."""
    return joined([row[COLUMNS[lang]] for row in rows], running)


def labels(spans, ranges: list[tuple[int, int]], ids=None) -> list[dict]:
    """For each sentence span, {line id: characters it shares with that line}; ``ids`` names
    the lines (their position by default)."""
    out = []
    for start, end in spans:
        found = {}
        for k, (line_start, line_end) in enumerate(ranges):
            shared = min(end, line_end) - max(start, line_start)
            if shared > 0:
                found[ids[k] if ids else k] = shared
        out.append(found)
    return out
