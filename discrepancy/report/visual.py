"""Visual order for terminals, which mostly show characters in the order they come.

Arabic sent as written reads backwards there, each letter in its isolated form. ``Visual``
wraps a rich Text as rich would, then lays out each *wrapped* line by the Unicode bidirectional
algorithm (python-bidi), so the columns of the side-by-side view stay aligned and a
right-to-left side is flushed right. Arabic letters take their joined forms first
(arabic-reshaper), one presentation form per letter, so every style stays on its characters.
Only what is drawn changes: the report and its offsets keep the logical text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rich.measure import Measurement
from rich.text import Text

from discrepancy.report import bidi

_WORD = re.compile(r"\S+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


class Visual:
    """A rich renderable: ``text`` wrapped to its width, each line in visual order.

    ``base`` is the paragraph direction ("L", "R", or None for the first strong letter's);
    ``isolate`` lays out each piece between separators on its own, for English messages
    quoting Arabic (see bidi.SEPARATORS).
    """

    def __init__(self, text: Text, base: str | None = None, isolate: bool = False) -> None:
        self.text, self.base, self.isolate = shaped(text), base, isolate

    def __rich_measure__(self, console, options) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console, options):
        width = options.max_width
        right = (self.base or ("R" if _base_level(self.text.plain) else "L")) == "R"
        lines = []
        for line in self.text.wrap(console, width):
            if right:
                line.rstrip()
            line = reordered(line, self.base, self.isolate)
            if right:
                line.align("right", width)
            lines.append(line)
        yield from Text("\n").join(lines).render(console, end="\n")


def shaped(text: Text) -> Text:
    """``text`` with each Arabic word in presentation forms, as long as it was (a word whose
    shaping would merge or drop a character is left as it is)."""
    if not _ARABIC.search(text.plain):
        return text

    def shape(match: re.Match) -> str:
        word = match.group()
        if not _ARABIC.search(word):
            return word
        joined = _reshaper().reshape(word)
        return joined if len(joined) == len(word) else word

    result = text.copy()
    result.plain = _WORD.sub(shape, text.plain)
    return result


@lru_cache(maxsize=1)
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False})


def _base_level(text: str) -> int:
    from bidi.algorithm import get_base_level

    return get_base_level(text)


def order(text: str, base: str | None = None) -> list[tuple[int, str]]:
    """(logical index, character drawn) of one line, left to right on the screen.

    python-bidi's own steps, keeping each character's index; mirrored brackets come back
    mirrored, and a combining mark stays after its letter, where a terminal expects it.
    Zero-width format characters (bidi class BN) are left out, as the algorithm does.
    """
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    level = uba.PARAGRAPH_LEVELS[base] if base else uba.get_base_level(text)
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    drawn, marks = [], []
    for char in storage["chars"]:
        if char["level"] % 2 and unicodedata.combining(char["ch"]):
            marks.append(char)  # reversed ahead of its letter: held until the letter is out
            continue
        drawn.append(char)
        drawn.extend(reversed(marks))
        marks.clear()
    drawn.extend(reversed(marks))
    return [(char["index"], char["ch"]) for char in drawn]


def reordered(line: Text, base: str | None = None, isolate: bool = False) -> Text:
    """One wrapped line in visual order, every character keeping its style."""
    plain = line.plain
    if not bidi.has_rtl(plain):
        return line
    if isolate:
        placed, cursor = [], 0
        for piece, rtl in bidi.pieces(plain):
            layout = order(piece) if rtl else list(enumerate(piece))
            placed += [(cursor + index, char) for index, char in layout]
            cursor += len(piece)
    else:
        placed = order(plain, base)
    styles = [[] for _ in plain]
    for span in line.spans:
        for index in range(span.start, min(span.end, len(plain))):
            styles[index].append(span.style)
    result = Text(style=line.style, end=line.end, no_wrap=True, overflow="ignore")
    run, run_style = [], None
    for index, char in placed:
        style = " ".join(str(s) for s in styles[index]) or None
        if style != run_style and run:
            result.append("".join(run), style=run_style)
            run = []
        run.append(char)
        run_style = style
    if run:
        result.append("".join(run), style=run_style)
    return result
