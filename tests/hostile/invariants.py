"""What every report must satisfy, whatever the input: the checks shared by the hostile tests
and the fuzzer (bench/fuzz.py)."""

from __future__ import annotations

import json


def check_report(report, a_text: str, b_text: str) -> None:
    """Raise AssertionError when ``report`` breaks a promise the JSON contract makes."""
    for doc, text in ((report.a, a_text), (report.b, b_text)):
        assert doc.text == text, "the document's text is not the original"
        for sentence in doc.sentences:
            _check_span(sentence, text, "sentence")
        for dropped in doc.dropped:
            _check_span(dropped, text, "dropped")
        _check_nothing_lost(doc, text)
    _check_alignment(report)
    for finding in report.findings:
        for side, doc, text in (("a", report.a, a_text), ("b", report.b, b_text)):
            evidence = getattr(finding, side)
            if evidence is None:
                continue
            _check_span(evidence, text, f"finding {finding.code} evidence {side}")
            assert 0 <= evidence.sentence < len(doc.sentences), finding
            sentence = doc.sentences[evidence.sentence]
            assert sentence.start <= evidence.start <= sentence.end, (
                f"finding {finding.code}: evidence {side} does not start in its sentence"
            )
            if finding.group is not None:
                _check_inside_group(finding, side, evidence, doc, report)


def _check_inside_group(finding, side, evidence, doc, report) -> None:
    """Evidence stays within its group's sentences on that side (it may run across a sentence
    break between two of them: "on March! 3rd" is one date)."""
    assert 0 <= finding.group < len(report.alignment), finding
    indices = getattr(report.alignment[finding.group], side)
    assert evidence.sentence in indices, f"finding {finding.code}: evidence {side} outside its group"
    assert evidence.end <= max(doc.sentences[i].end for i in indices), (
        f"finding {finding.code}: evidence {side} runs past its group"
    )


def _check_span(span, text: str, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what}: offsets out of range {span!r}"
    assert text[span.start : span.end] == span.text, (
        f"{what}: text is not original[start:end]: {span.text!r} vs "
        f"{text[span.start:span.end]!r}"
    )


def _check_nothing_lost(doc, text: str) -> None:
    """Every letter and digit of the input is in a sentence or in a dropped stretch."""
    covered = sorted([(s.start, s.end) for s in doc.sentences] + [(d.start, d.end) for d in doc.dropped])
    cursor = 0
    for start, end in covered + [(len(text), len(text))]:
        gap = text[cursor:start]
        lost = [c for c in gap if c.isalnum()]
        assert not lost, f"text lost between {cursor} and {start}: {gap[:80]!r}"
        cursor = max(cursor, end)
    previous_end = -1
    for sentence in doc.sentences:
        assert sentence.start >= previous_end, f"sentences overlap or go backwards at {sentence!r}"
        previous_end = sentence.end


def _check_alignment(report) -> None:
    """Each sentence of either side sits in exactly one alignment group."""
    for side, doc in (("a", report.a), ("b", report.b)):
        seen = [i for group in report.alignment for i in getattr(group, side)]
        assert sorted(seen) == list(range(len(doc.sentences))), (
            f"alignment does not place every sentence of {side} exactly once"
        )


def report_json(report) -> str:
    """The report as the CLI prints it, checked to be valid JSON."""
    text = report.to_json()
    json.loads(text)
    return text
