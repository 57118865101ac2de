"""Two New Testament translations as two documents whose gold alignment is the verse id.

Each translation becomes one running text: verses of a chapter joined by a space, chapters by a
blank line, books in canonical order. Every verse's character range is kept, the text is split
by the project's own segmenter, and each sentence is labelled with the verses it overlaps.
"""

from __future__ import annotations

import csv
from pathlib import Path

from discrepancy.segment import split_sentences

BIBLE = Path(__file__).resolve().parent.parent / "corpus" / "eval" / "bible"
TRANSLATIONS = ("twentieth_century_nt.csv", "anderson_nt.csv")


def running_text(path: Path, books=None) -> tuple[str, list[tuple[int, int, tuple]]]:
    """The translation as one text, and (start, end, verse id) for every verse in it."""
    parts, verses, cursor, chapter = [], [], 0, None
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if books is not None and row["book"] not in books:
                continue
            verse_id = (row["book"], int(row["chapter"]), int(row["verse"]))
            text = row["text"].strip()
            if not text:
                continue
            if parts:
                separator = " " if verse_id[:2] == chapter else "\n\n"
                parts.append(separator)
                cursor += len(separator)
            chapter = verse_id[:2]
            verses.append((cursor, cursor + len(text), verse_id))
            parts.append(text)
            cursor += len(text)
    return "".join(parts), verses


def sentences_with_verses(text: str, verses) -> tuple[list[str], list[dict]]:
    """Sentences of ``text`` (the project's segmenter) and, for each, verse id -> characters."""
    spans = split_sentences(text)
    labels, v = [], 0
    for start, end in spans:
        while v < len(verses) and verses[v][1] <= start:
            v += 1
        k, here = v, {}
        while k < len(verses) and verses[k][0] < end:
            here[verses[k][2]] = min(end, verses[k][1]) - max(start, verses[k][0])
            k += 1
        labels.append(here)
    return [text[s:e] for s, e in spans], labels


def load(books=None):
    """(sentences A, labels A, sentences B, labels B) for the two translations."""
    out = []
    for name in TRANSLATIONS:
        out += sentences_with_verses(*running_text(BIBLE / name, books))
    return tuple(out)
