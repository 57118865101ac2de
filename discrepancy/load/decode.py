"""Turn raw bytes into text without losing a character of the original.

Line ends (CRLF, CR) are kept as they are: every offset in a report points into this text.
"""

from __future__ import annotations

import codecs
import sys

from discrepancy.errors import InputError

STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats people paste by mistake, told apart by their first bytes so the error says what it is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF file (extract its text first)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt? save it as plain text)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an Office file (a .doc? save it as plain text)"),
    (b"{\\rtf", "an RTF file (save it as plain text)"),
)


def display_name(path: str) -> str:
    """How error messages name an input: its path, or standard input for ``-``."""
    return "<stdin>" if path == STDIN else path


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data``: a BOM wins, then ``encoding`` if given, then strict UTF-8.

    The BOM itself is not part of the text. NUL bytes (outside UTF-16/32) mean binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: this is {what}, not text")
    if encoding is None and b"\x00" in data:
        raise InputError(f"{name}: {_nul_reason(data)}")
    return _strict(data, encoding or "utf-8", name)


def _nul_reason(data: bytes) -> str:
    """Say UTF-16 when NUL bytes sit only at odd (or only at even) offsets, else binary data."""
    head = data[:4096]
    for parity, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        nuls, others = head[parity::2].count(0), head[1 - parity :: 2].count(0)
        if others == 0 and nuls * 3 >= len(head) // 2:
            return f"looks like {codec} without a byte-order mark; use --encoding {codec}"
    return "looks like binary data (contains NUL bytes), not text"


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {codec!r} (see --encoding)") from None
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid {codec} at byte {err.start}; "
            "name the right one with --encoding (e.g. --encoding cp1252 or latin-1)"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like binary data (contains NUL characters), not text")
    return text


def read_source(path: str, encoding: str | None = None) -> str:
    """Read a path, or standard input for ``-``, as text."""
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), display_name(path), encoding)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    return decode(data, path, encoding)
