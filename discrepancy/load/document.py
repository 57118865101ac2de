"""Assemble a Document from decoded text: dateline, chrome, sentences."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from discrepancy.errors import InputError
from discrepancy.load.boilerplate import find_boilerplate
from discrepancy.load.dateline import read_dateline
from discrepancy.load.decode import display_name
from discrepancy.lang.sentences import has_own_rules, split_sentences_in
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
    """Build the Document for ``text``; raise InputError when nothing readable is left.

    ``date`` and ``day_first`` (from options or settings) win over what the text shows.
    """
    dateline = read_dateline(text, day_first)
    if keep_boilerplate:
        dropped = []
    else:
        line = (dateline.start, dateline.end) if dateline.start is not None else None
        dropped = find_boilerplate(text, line)
    spans = split_sentences(text, skip=[(d.start, d.end) for d in dropped])
    if not spans:
        name = display_name(path) if path else "<text>"
        if dropped:
            raise InputError(
                f"{name}: nothing but page chrome ({dropped[0].reason}, ...); "
                "compare it anyway with --keep-boilerplate"
            )
        raise InputError(f"{name}: no text to compare (empty or white space only)")
    sentences = _sentences(text, spans)
    if date is not None:
        doc_date, source = date, "option"
    else:
        doc_date, source = dateline.date, dateline.text
    return Document(
        path=path,
        text=text,
        date=doc_date,
        date_source=source,
        day_first=dateline.day_first,
        sentences=sentences,
        dropped=dropped,
    )


def segment_by_language(doc: Document) -> None:
    """Cut ``doc`` again by the sentence rules of its language, once that is known (it is told
    from the sentences of the English reading, which stay for English and languages without
    rules of their own)."""
    if has_own_rules(doc.lang):
        skip = [(d.start, d.end) for d in doc.dropped]
        doc.sentences = _sentences(doc.text, split_sentences_in(doc.text, doc.lang, skip))


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)]
