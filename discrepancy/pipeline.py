"""Wire the stages for one pair of texts: load -> segment -> align -> extract -> rules."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping, Optional

from discrepancy.align import THRESHOLD as ALIGN_THRESHOLD
from discrepancy.align import align
from discrepancy.extract.namematch import Tolerance
from discrepancy.extract.vocabulary import RankEntry, Vocabulary
from discrepancy.lang.detect import assign_languages
from discrepancy.load import load_document
from discrepancy.load.document import segment_by_language
from discrepancy.model import Report
from discrepancy.rules import run_rules


def compare(
    a_text: str,
    b_text: str,
    *,
    a_path: Optional[str] = None,
    b_path: Optional[str] = None,
    date_a: Optional[dt.date] = None,
    date_b: Optional[dt.date] = None,
    day_first_a: Optional[bool] = None,
    day_first_b: Optional[bool] = None,
    keep_boilerplate: bool = False,
    select: Optional[Iterable[str]] = None,
    ignore: Optional[Iterable[str]] = None,
    severity: Optional[Mapping[str, str]] = None,
    align_threshold: Optional[float] = None,
    aliases: Optional[Iterable[Iterable[str]]] = None,
    name_tolerance: Optional[str] = None,
    ranks: Optional[Mapping[str, RankEntry]] = None,
    titles: Optional[Iterable[str]] = None,
    lang_a: Optional[str] = None,
    lang_b: Optional[str] = None,
) -> Report:
    """Compare two reports of one event and return the aligned sentences and findings.

    ``select``/``ignore`` choose rules by code or prefix; ``severity`` maps a code or prefix to
    the severity its findings get instead of the rule's default. ``align_threshold`` is the
    lowest score at which sentences align. ``aliases`` adds groups of names of one thing to the
    built-in list (``data/aliases.toml``). ``name_tolerance`` (strict, normal, loose) is how
    far two spellings may differ and still be one name. ``ranks`` (canonical form -> other
    forms, or ``{"grade": "OF-6", "variants": [...]}``) and ``titles`` add to the built-in
    ranks and titles (``data/ranks.toml``). ``lang_a``/``lang_b`` (ISO 639-1 codes) give a
    document's language instead of detecting it; documents in two languages are aligned by what
    survives translation (``align_across``), where ``align_threshold`` does not apply.
    """
    tolerance = Tolerance.named(name_tolerance or "normal")
    a = load_document(
        a_text, a_path, date=date_a, day_first=day_first_a, keep_boilerplate=keep_boilerplate
    )
    b = load_document(
        b_text, b_path, date=date_b, day_first=day_first_b, keep_boilerplate=keep_boilerplate
    )
    assign_languages(a, b, lang_a, lang_b)
    segment_by_language(a)
    segment_by_language(b)
    sentences_a, sentences_b = [s.text for s in a.sentences], [s.text for s in b.sentences]
    if a.lang != b.lang:
        from discrepancy.align.across import align_across  # a same-language run never loads it

        alignment = align_across(sentences_a, sentences_b)
    else:
        alignment = align(
            sentences_a,
            sentences_b,
            threshold=ALIGN_THRESHOLD if align_threshold is None else align_threshold,
        )
    findings = run_rules(
        a, b, alignment, select=select, ignore=ignore, severity=severity,
        options={
            "aliases": tuple(tuple(g) for g in aliases or ()),
            "name_tolerance": tolerance,
            "vocabulary": Vocabulary.of(ranks, titles),
        },
    )
    return Report(a=a, b=b, alignment=alignment, findings=findings)
