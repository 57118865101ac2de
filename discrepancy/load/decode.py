"""Turn raw bytes into text without losing a character of the original."""

from __future__ import annotations

import codecs
import os
import sys

from discrepancy.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data``: a BOM wins, then ``encoding`` if given, then strict UTF-8.

    The BOM itself is not part of the text. NUL bytes (outside UTF-16/32) mean binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name)
    if encoding is None and b"\x00" in data:
        raise InputError(f"{name}: looks like binary data (contains NUL bytes), not text")
    return _strict(data, encoding or "utf-8", name)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {codec!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid {codec} at byte {err.start}; "
            "name the right one with --encoding (e.g. --encoding latin-1)"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like binary data (contains NUL characters), not text")
    return text


def read_source(path: str, encoding: str | None = None) -> str:
    """Read a path, or standard input for ``-``, as text."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    return decode(data, path, encoding)
