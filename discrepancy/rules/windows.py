"""What the rules see of one aligned group: the mentions of each side, read sentence by
sentence, and for a group holding very many of them, the consecutive windows it is read in."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from discrepancy.model import Document, Mention, Sentence

# Mentions of one side of a group that the rules compare at once (see windows).
MAX_MENTIONS = 32


def windows(a_side: tuple, b_side: tuple) -> Iterator[tuple]:
    """What the rules see of one group, as (A document, A mentions, B document, B mentions).

    Rules compare every mention (and word) of one side with every one of the other, so a
    group holding a table of 4,000 numbers read as one sentence would cost millions of
    comparisons. Past MAX_MENTIONS on a side, the group is read in consecutive windows: each
    holds the same share of both sides' mentions, and its documents show the group's sentences
    cut to the stretch of text that holds them. The work grows linearly, at the price of a
    value whose counterpart falls in the next window being read as one-sided."""
    (a, a_ids, a_mentions), (b, b_ids, b_mentions) = a_side, b_side
    parts = -(-max(len(a_mentions), len(b_mentions)) // MAX_MENTIONS)
    if parts <= 1:
        yield a, a_mentions, b, b_mentions
        return
    a_cuts, b_cuts = _cuts(a, a_ids, a_mentions, parts), _cuts(b, b_ids, b_mentions, parts)
    for k in range(parts):
        yield (
            _cut_view(a, a_ids, a_cuts[k], a_cuts[k + 1]),
            a_mentions[k * len(a_mentions) // parts : (k + 1) * len(a_mentions) // parts],
            _cut_view(b, b_ids, b_cuts[k], b_cuts[k + 1]),
            b_mentions[k * len(b_mentions) // parts : (k + 1) * len(b_mentions) // parts],
        )


def _cuts(doc: Document, ids: list[int], mentions: list[Mention], parts: int) -> list[int]:
    """Offsets splitting a side's text into ``parts`` stretches, each starting at the first
    mention of its share."""
    if not ids:
        return [0] * (parts + 1)
    first, last = doc.sentences[min(ids)].start, doc.sentences[max(ids)].end
    n = len(mentions)
    inner = [mentions[k * n // parts].start if k * n // parts < n else last for k in range(1, parts)]
    return [first, *inner, last]


def _cut_view(doc: Document, ids: list[int], low: int, high: int) -> Document:
    """``doc`` with the sentences ``ids`` cut to ``[low, high)``; offsets stay the document's."""
    if not ids:
        return doc
    sentences = list(doc.sentences)
    for i in ids:
        whole = doc.sentences[i]
        start = min(max(whole.start, low), high)
        end = max(min(whole.end, high), start)
        sentences[i] = Sentence(index=i, start=start, end=end, text=doc.text[start:end])
    return replace(doc, sentences=sentences)


def side_mentions(doc: Document, indices: list[int], extract) -> list[Mention]:
    """The mentions of one side of a group. Adjacent sentences with only white space between
    them are read as one stretch, so a date or number cut in two by a sentence break that should
    not be there ("on March! 3rd", "8:30 p. m.") is still read whole."""
    mentions: list[Mention] = []
    run: list[Sentence] = []
    for sentence in [doc.sentences[i] for i in sorted(indices)] + [None]:
        if run and sentence is not None and not doc.text[run[-1].end : sentence.start].strip():
            run.append(sentence)
            continue
        if run:
            start, end = run[0].start, run[-1].end
            merged = run[0] if len(run) == 1 else Sentence(
                index=run[0].index, start=start, end=end, text=doc.text[start:end]
            )
            mentions.extend(extract(doc, merged))
        run = [sentence] if sentence is not None else []
    return mentions
