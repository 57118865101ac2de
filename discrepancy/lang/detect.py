"""Which language a text is in: its script first, then, for Latin script, a language
identifier.

Most scripts name their language outright (Arabic script is read as Arabic, Cyrillic as
Russian, Han as Chinese) and a language identifier refines it among the languages that share
the script. Latin script needs the identifier (py3langid, whose model ships inside the package).
Loading
that model costs most of a second and each answer most of a millisecond, so a text whose words
are plainly English is taken as English without it: on the NTREX-128 lines of eight words or
more, the English function words listed here are a median 38 % of an English line (under 18 %
in 4 % of them, which go to the identifier) and over 18 % in 2 of 940 German lines and 1 of 957
French ones. A text too short to judge is English but not *sure*: the pipeline then gives it
its counterpart's language when that one shares its script, so two short snippets compare as
one language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from discrepancy.memo import per_text
from discrepancy.model import Document

# Script -> the language it is read as, and the languages an identifier may choose among.
_SCRIPTS = {
    "ARABIC": ("ar", ("ar", "fa", "ur", "ps", "ku")),
    "CYRILLIC": ("ru", ("ru", "uk", "bg", "sr", "be", "mk", "kk")),
    "CJK": ("zh", ()),
    "HIRAGANA": ("ja", ()),
    "KATAKANA": ("ja", ()),
    "HANGUL": ("ko", ()),
    "HEBREW": ("he", ()),
    "GREEK": ("el", ()),
    "DEVANAGARI": ("hi", ("hi", "mr", "ne")),
    "THAI": ("th", ()),
    "GEORGIAN": ("ka", ()),
    "ARMENIAN": ("hy", ()),
}
_SAMPLE = 4000  # characters read: enough for any script count or identifier
_LEAST_WORDS = 8  # fewer Latin words than this cannot be judged
_ENGLISH_SHARE = 0.18  # least share of English function words in an English text
_LEAST_PROBABILITY = 0.8  # an identifier's answer below this is not taken
_ENGLISH_WORDS = frozenset(
    "the of and to is was that with for by from which have has were are this it be been "
    "their its his her they will would said not but a an in on at as or he she we you who what "
    "when after about also more than one two".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class Detected:
    """A text's language (ISO 639-1) and how it was told; ``sure`` is False for a text too
    short or too mixed to judge."""

    lang: str
    source: str
    sure: bool = True
    script: str = ""


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """The Unicode script name of a letter, as the first word of its character name."""
    name = unicodedata.name(char, "")
    if name.startswith("CJK"):
        return "CJK"
    return name.split(" ", 1)[0]


def detect(text: str) -> Detected:
    """The language of ``text``, from its most frequent script and then its words."""
    return _detected(text[:_SAMPLE])


@per_text(4096)
def _detected(sample: str) -> Detected:
    """detect() of a sample, told once: a document compared again (one source against each of
    its translations) is not read again."""
    script = _main_script(sample)
    if script is None:
        return Detected("en", "no letters", sure=False)
    if script in _SCRIPTS:
        default, family = _SCRIPTS[script]
        lang = _identified(sample, family) if len(family) > 1 else None
        return Detected(lang or default, f"{script.lower()} script", script=script)
    if script != "LATIN":
        return Detected("en", f"{script.lower()} script, no reader", sure=False, script=script)
    words = _WORD.findall(sample.lower())
    if len(words) < _LEAST_WORDS:
        return Detected("en", "too short to tell", sure=False, script=script)
    if sum(map(_ENGLISH_WORDS.__contains__, words)) >= _ENGLISH_SHARE * len(words):
        return Detected("en", "English function words", script=script)
    lang = _identified(sample, ())
    if lang is None:
        return Detected("en", "no language stood out", sure=False, script=script)
    return Detected(lang, "language identifier", script=script)


def _main_script(sample: str) -> str | None:
    """The script most of the letters of ``sample`` are in (ties to the first name), or None."""
    if sample.isascii():  # most texts: no character to name
        return "LATIN" if _ASCII_LETTER.search(sample) else None
    counts: dict[str, int] = {"LATIN": len(_ASCII_LETTER.findall(sample))}
    for char, count in Counter("".join(_NON_ASCII.findall(sample))).items():
        if char.isalpha():
            script = script_of(char)
            counts[script] = counts.get(script, 0) + count
    counts = {script: count for script, count in counts.items() if count}
    return max(sorted(counts), key=counts.__getitem__) if counts else None


def settled(found: list[Detected]) -> list[Detected]:
    """Documents' languages once each has seen the others: a text too short to judge takes the
    language of the first other document that is sure and written in the same script (or any
    sure one, when the short text has no letters at all)."""

    def borrowed(k: int, own: Detected) -> Detected:
        if own.sure:
            return own
        for j, other in enumerate(found):
            if j != k and other.sure and own.script in ("", other.script):
                return Detected(other.lang, f"as the other document ({own.source})", script=other.script)
        return own

    return [borrowed(k, own) for k, own in enumerate(found)]


@per_text(256)
def _identified(sample: str, family: tuple[str, ...]) -> str | None:
    """The identifier's language for ``sample`` (among ``family`` when given), or None when it
    is not confident; a document compared again (one source against its translations) is not
    identified again."""
    model = identifier()
    model.set_languages(list(family) or None)
    lang, probability = model.classify(sample)
    return lang if probability >= _LEAST_PROBABILITY else None


@lru_cache(maxsize=1)
def identifier():
    """py3langid's identifier, its model loaded once: 0.65 s of CPU where it is read from the
    package, nearly all of it decompressing 68 MB of arrays, and about a tenth of that where the
    command line kept the arrays from an earlier run (``runcache``). A process that forks
    workers loads it first, so they inherit it."""
    import os

    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from discrepancy.runcache import remembered

    path = MODEL_DIR / MODEL_FILE
    # The model file and the code reading it, as they are on this machine: another version of
    # either is another key.
    files = [(p, os.stat(p)) for p in (path, modelio.__file__)]
    made_from = " ".join(f"{p} {found.st_size} {found.st_mtime_ns}" for p, found in files)
    try:
        ptc, pc, classes, nextmove, row, output = _unpacked(
            remembered("langid", made_from, lambda: _packed(modelio.load_model(path))))
    except (TypeError, ValueError):  # a stored value of another shape: read the package's
        ptc, pc, classes, nextmove, row, output = modelio.load_model(path)
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _packed(model: tuple) -> tuple:
    """py3langid's model arrays as values marshal writes: (dtype, shape, bytes) for numpy's,
    (typecode, bytes) for the standard library's, the lists as they are."""
    ptc, pc, classes, nextmove, row, output = model
    return ((ptc.dtype.str, ptc.shape, ptc.tobytes()), (pc.dtype.str, pc.shape, pc.tobytes()), classes,
            (nextmove.typecode, nextmove.tobytes()), (row.typecode, row.tobytes()), output)


def _unpacked(packed: tuple) -> tuple:
    """The model arrays back from ``_packed``; numpy's read the stored bytes in place."""
    from array import array

    import numpy as np

    def numpy_array(dtype: str, shape: tuple, data: bytes):
        return np.frombuffer(data, dtype=dtype).reshape(shape)

    def standard_array(typecode: str, data: bytes) -> array:
        values = array(typecode)
        values.frombytes(data)
        return values

    ptc, pc, classes, nextmove, row, output = packed
    return (numpy_array(*ptc), numpy_array(*pc), classes, standard_array(*nextmove), standard_array(*row), output)


def assign_languages(a: Document, b: Document, lang_a: str | None, lang_b: str | None) -> None:
    """Set the ``lang`` and ``lang_source`` of a pair of documents (see ``assign_all``)."""
    assign_all([a, b], [lang_a, lang_b])


def assign_all(documents: list[Document], given: list[str | None]) -> None:
    """Set each document's ``lang`` and ``lang_source``: a given language wins, the rest is
    detected from the document's sentences (page chrome left out) and settled among them."""
    found = [Detected(lang, "option") if lang else detect(_sample(doc)) for doc, lang in zip(documents, given)]
    for doc, detected in zip(documents, settled(found)):
        doc.lang, doc.lang_source = detected.lang, detected.source


def _sample(doc: Document) -> str:
    text, parts, size = doc.text, [], 0
    for sentence in doc.sentences:
        parts.append(text[sentence.start : sentence.end])
        size += sentence.end - sentence.start
        if size >= _SAMPLE:
            break
    return " ".join(parts)
