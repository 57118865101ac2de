"""Right-to-left documents in the human-facing reports: which way each runs, what to isolate.

A document's text stays in logical order wherever it is stored or sliced (JSON, SARIF, the
offsets of every span); only what a person sees is laid out by direction:

- HTML gives each side the ``lang`` and ``dir`` of its document (``dir="auto"`` when the
  language is not known) and puts the right-to-left pieces of an English message in ``<bdi>``;
- Markdown puts those pieces between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which
  GitHub's pages honour. They come in pairs, around text that has been through
  ``without_controls``, so no input can leave one open;
- the terminal draws visual order itself (``terminal_visual``) unless ``--bidi logical``.

A message such as "rank of الشمري: الفريق أول ركن → Lieutenant General" holds two Arabic
pieces; laid out as one paragraph the colon between them would join them into one run and
swap the name and the rank. Each piece between the separators below is isolated instead.
"""

from __future__ import annotations

import os
import re
import unicodedata

from discrepancy.errors import InputError

# ISO 639-1 codes of languages written right to left (iw and ji are the old Hebrew and Yiddish).
RTL_LANGUAGES = frozenset({"ar", "dv", "fa", "he", "iw", "ji", "ps", "sd", "ug", "ur", "yi"})
# Where a message's pieces meet: "rank of X: A → B", and the “quotes” around evidence.
SEPARATORS = re.compile(r"(: | → |[“”])")
FSI, PDI = "\u2068", "\u2069"
_WORD = re.compile(r"\S+")
MODES = ("auto", "visual", "logical")
ENVIRONMENT = "DISCREPANCY_BIDI"
# Bidi Support Mode (ECMA-48 mode 8): reset is explicit mode, in which a terminal that applies
# the bidirectional algorithm itself (VTE, Konsole, mlterm) shows cells as sent; set is its
# default, implicit mode. Terminals that do not know the mode ignore both.
EXPLICIT, IMPLICIT = "\x1b[8l", "\x1b[8h"


def direction(lang: str | None) -> str:
    """``rtl``, ``ltr``, or ``auto`` when the language is not known."""
    if not lang:
        return "auto"
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (bidi class R or AL)."""
    return not text.isascii() and any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut at the separators and around each right-to-left stretch (from the first
    word with a right-to-left letter to the last), with whether the piece is to be isolated."""
    result = []
    for piece in SEPARATORS.split(text):
        words = [m.span() for m in _WORD.finditer(piece) if has_rtl(m.group())]
        if not words:
            result.append((piece, False))
            continue
        start, end = words[0][0], words[-1][1]
        result += [(piece[:start], False), (piece[start:end], True), (piece[end:], False)]
    return [(piece, rtl) for piece, rtl in result if piece]


def isolated(text: str) -> str:
    """``text`` with each right-to-left piece between FSI and PDI (for Markdown)."""
    if not has_rtl(text):
        return text
    return "".join(f"{FSI}{piece}{PDI}" if rtl else piece for piece, rtl in pieces(text))


def terminal_mode(choice: str | None, to_terminal: bool) -> str:
    """``visual`` or ``logical`` from ``--bidi``, else DISCREPANCY_BIDI, else ``auto``: visual
    on a terminal (most do not reorder), logical into a pipe or file (kept as written)."""
    choice = choice or os.environ.get(ENVIRONMENT) or "auto"
    if choice not in MODES:
        raise InputError(f"{ENVIRONMENT}: expected one of {', '.join(MODES)}, got {choice!r}")
    if choice == "auto":
        return "visual" if to_terminal else "logical"
    return choice


def for_terminal(text: str, mode: str) -> str:
    """A terminal view drawn in visual order, asking a bidi-aware terminal not to reorder it
    again; anything else as it is."""
    if mode != "visual" or not has_rtl(text):
        return text
    return f"{EXPLICIT}{text}{IMPLICIT}"
