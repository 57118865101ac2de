"""Regular expressions compiled in an earlier run, kept in the user's cache folder.

Python compiles a pattern with a parser and code generator written in Python: a short
``compare`` compiled about 175 patterns (the dates, names and numbers alternations, the page
chrome, the libraries' own) for about 55 ms of CPU, nearly all of them needed by any text.
Building a pattern from the code a compiler made before takes about 1 % of that. So ``prime()``
(at ``import discrepancy``) puts the patterns of earlier runs into ``re``'s own cache, where
``re.compile`` finds them, and at exit the run stores the patterns it compiled that were not
there yet and that the run before compiled too (a pattern built from a set, such as
tokenize's, differs from run to run and would only fill the file; the marks of the patterns
a run compiled but did not store are a small file of their own).

Safe by construction: the file is keyed by the interpreter's build and the regex engine's
version (``_sre.MAGIC``), holds each pattern's source and flags beside its code, and is read
only if its checksum holds; an entry is stored only after the pattern rebuilt from it compares
equal (same source, flags and code) to the one ``re`` compiled. It is written under
``$XDG_CACHE_HOME`` (else ``~/.cache``), never into the installed package, and atomically; any
error reading or writing it leaves the run compiling as it always did.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

_MOST = 400  # entries kept: re's own cache holds 512, and stale ones must not crowd it out
_loaded: set = set()


def _path() -> Path | None:
    import _sre

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    build = zlib.crc32(sys.version.encode())
    name = f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{build:08x}.marshal"
    return Path(base, "discrepancy", name) if os.path.isabs(base) else None


def _read(path: Path):
    """What ``path`` holds, if its checksum holds: stored entries, or the last run's marks."""
    try:
        data = path.read_bytes()
        if zlib.crc32(data[4:]) != int.from_bytes(data[:4], "little"):
            return []
        return list(marshal.loads(data[4:]))
    except (OSError, EOFError, ValueError, TypeError):
        return []


def _built(entry):
    """The pattern object of a stored entry, as ``re._compiler.compile`` would return it."""
    import _sre

    source, flags, all_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, all_flags, array("I", code).tolist(), groups - 1, groupindex, indexgroup)


def _mark(source: str | bytes, flags: int) -> int:
    """A short mark of a pattern compiled but not stored (a clash only stores it a run early)."""
    return zlib.crc32(marshal.dumps((source, flags)))


def _entry(source: str | bytes, flags: int) -> tuple:
    """What rebuilds ``re.compile(source, flags)``: its code, groups and flags."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    return (source, flags, flags | parsed.state.flags, code, parsed.state.groups,
            dict(parsed.state.groupdict), tuple(indexgroup))


def prime() -> None:
    """Put the stored patterns into ``re``'s cache, and store this run's new ones at exit."""
    if sys.version_info < (3, 11) or not isinstance(getattr(re, "_cache", None), dict):
        return  # no re._compiler before 3.11: compile as usual
    path = _path()
    if path is None:
        return
    entries = _read(path)
    for entry in entries:
        try:
            key = (type(entry[0]), entry[0], entry[1])
            if key not in re._cache:
                re._cache[key] = _built(entry)
            _loaded.add(key)
        except Exception:  # an entry this engine refuses: compile that pattern as usual
            continue
    atexit.register(_store, path, entries)


def _store(path: Path, entries: list) -> None:
    try:
        new = [(source, flags) for kind, source, flags in list(re._cache)
               if (kind, source, flags) not in _loaded]
        if not new:
            return
        marks = path.with_suffix(".pending")
        pending = set(_read(marks))
        added = []
        for source, flags in new:
            if _mark(source, flags) in pending:
                entry = _entry(source, flags)
                if _built(entry) == re._cache.get((type(source), source, flags)):
                    added.append(entry)
        fresh = {(entry[0], entry[1]) for entry in added}
        if added:
            kept = [entry for entry in entries if (entry[0], entry[1]) not in fresh]
            _write(path, marshal.dumps((added + kept)[:_MOST]))
        _write(marks, marshal.dumps([_mark(*key) for key in new if key not in fresh]))
    except Exception:  # no cache folder, a full disk, a pattern re cannot rebuild: no cache
        return


def _write(path: Path, body: bytes) -> None:
    """``path`` holds ``body`` (after its checksum) or what it held before, never a part of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")  # a dead process's, if it exists
    try:
        with open(temporary, "wb") as out:
            out.write(zlib.crc32(body).to_bytes(4, "little") + body)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
