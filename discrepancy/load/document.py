"""Assemble a Document from decoded text: chrome, dateline, sentences."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from discrepancy.errors import InputError
from discrepancy.load.boilerplate import find_boilerplate
from discrepancy.load.dateline import read_dateline
from discrepancy.model import Document, Sentence
from discrepancy.segment import split_sentences


def load_document(
    text: str,
    path: Optional[str] = None,
    *,
    date: Optional[dt.date] = None,
    day_first: Optional[bool] = None,
    keep_boilerplate: bool = False,
) -> Document:
    """Build the Document for ``text``; raise InputError when nothing readable is left."""
    name = path or "<text>"
    dropped = [] if keep_boilerplate else find_boilerplate(text)
    dateline = read_dateline(text)
    spans = split_sentences(text, skip=[(d.start, d.end) for d in dropped])
    if not spans:
        raise InputError(f"{name}: no text left to compare (empty after cleaning)")
    sentences = [
        Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)
    ]
    if date is not None:
        doc_date, source = date, "option"
    else:
        doc_date, source = dateline.date, dateline.text
    return Document(
        path=path,
        text=text,
        date=doc_date,
        date_source=source,
        day_first=day_first if day_first is not None else dateline.day_first,
        sentences=sentences,
        dropped=dropped,
    )
