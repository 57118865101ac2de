"""What one run leaves for the next, in the user's cache folder: compiled regular expressions
and parsed TOML.

Python compiles a pattern with a parser and code generator written in Python: a short
``compare`` compiled about 175 patterns (the dates, names and numbers alternations, the page
chrome, the libraries' own) for about 55 ms of CPU, nearly all of them needed by any text.
Building a pattern from the code a compiler made before takes about 1 % of that. So after
``prime()`` (when the command line is imported) ``re``'s own cache builds a pattern an earlier run
stored when ``re.compile`` first asks for it, and at exit the run stores the patterns it
compiled that were not there yet and that the run before compiled too (a pattern built from a
set, such as tokenize's, differs from run to run and would only fill the file; the marks of
the patterns a run compiled but did not store are a small file of their own). ``remembered``
keeps the value of a pure function of a text (tomllib's parse) beside that text.

Safe by construction: the files are keyed by the interpreter's build and the regex engine's
version (``_sre.MAGIC``) and read only if their checksum holds; a pattern is stored with its
source and flags and only after the pattern rebuilt from it compares equal (same source, flags
and code) to the one ``re`` compiled, a value with the whole text it was made from. They are
written under ``$XDG_CACHE_HOME`` (else ``~/.cache``), never into the installed package, and
atomically; any error reading or writing them leaves the run working as it always did. Only
the command line keeps them (a program importing ``discrepancy`` writes nothing to the user's
folders), and ``DISCREPANCY_NO_CACHE=1`` turns them off.
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
from typing import Callable

_MOST = 400  # entries kept: each is read at every start, used or not
_kept = False  # whether this process keeps a cache: a command-line run does (prime), a library user not
_loaded: set = set()  # re's keys of the stored patterns


def _path(name: str) -> Path | None:
    """Where the cache ``name`` of this interpreter lives; None where none is kept (before 3.11
    the re module has no ``_compiler``, and TOML is read by tomli, whose version is no key)."""
    import _sre

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not _kept or sys.version_info < (3, 11) or not os.path.isabs(base):
        return None
    build = zlib.crc32(sys.version.encode())
    key = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{build:08x}"
    return Path(base, "discrepancy", f"{name}-{key}.marshal")


def _read(path: Path, kind: type = list):
    """What ``path`` holds, if its checksum holds, it is a ``kind``, and only this user can have
    written it (no one else may change what a pattern matches), else an empty one."""
    try:
        with open(path, "rb") as stored:
            status = os.fstat(stored.fileno())
            data = stored.read()
        mine = status.st_uid == os.getuid() and not status.st_mode & 0o022 if hasattr(os, "getuid") else True
        body = memoryview(data)[4:]  # no copy: the language identifier's arrays are 68 MB
        if mine and zlib.crc32(body) == int.from_bytes(data[:4], "little"):
            value = marshal.loads(body)
            return value if type(value) is kind else kind()
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return kind()


def remembered(name: str, text: str, make: Callable[[], object]):
    """``make()``, a pure function of ``text`` and of the interpreter, from the cache ``name``
    when it was made from this very text, else made (and stored)."""
    path = _path(name)
    stored = _read(path, tuple) if path else ()
    if len(stored) == 2 and stored[0] == text:
        return stored[1]
    value = make()
    if path:
        try:
            _write(path, marshal.dumps((text, value)))
        except (OSError, ValueError):  # no cache folder; a value marshal cannot write
            pass
    return value


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


class _Stored(dict):
    """The dict ``re`` looks a pattern up in first (``_cache``; ``_cache2`` from 3.12), which
    builds a pattern an earlier run stored the first time it is asked for: a run pays only for
    the patterns it uses, and they are what the next store keeps first."""

    def __missing__(self, key):
        entry = _waiting.pop(key, None)
        if entry is None:
            raise KeyError(key)
        try:
            pattern = _built(entry)
        except Exception:  # an entry this engine refuses: re compiles the pattern as usual
            raise KeyError(key) from None
        _used.append(entry)
        self[key] = pattern
        return pattern


_waiting: dict = {}  # stored entries not asked for yet, by re's key
_used: list = []  # stored entries asked for, in order


def prime() -> None:
    """Let ``re`` find the stored patterns, and store this run's new ones at exit."""
    global _kept
    _kept = not os.environ.get("DISCREPANCY_NO_CACHE")
    name = "_cache2" if isinstance(getattr(re, "_cache2", None), dict) else "_cache"
    path = _path("patterns")
    if path is None or not isinstance(getattr(re, name, None), dict):
        return
    entries = _read(path)
    for entry in entries:
        if isinstance(entry, tuple) and len(entry) == 7:
            _waiting[type(entry[0]), entry[0], entry[1]] = entry
    _loaded.update(_waiting)
    setattr(re, name, _Stored(getattr(re, name)))
    atexit.register(_store, path, entries)


def _store(path: Path, entries: list) -> None:
    """Store the patterns this run compiled that the run before compiled too, and mark the
    others; the stored ones this run used come first, so a full file drops the unused."""
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
            used = {(entry[0], entry[1]) for entry in _used}
            kept = [entry for entry in entries if (entry[0], entry[1]) not in fresh | used]
            _write(path, marshal.dumps((_used + added + kept)[:_MOST]))
        _write(marks, marshal.dumps([_mark(*key) for key in new if key not in fresh]))
    except Exception:  # no cache folder, a full disk, a pattern re cannot rebuild: no cache
        return


def _write(path: Path, body: bytes) -> None:
    """``path`` holds ``body`` (after its checksum) or what it held before, never a part of it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")  # a dead process's, if it exists
    try:
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(zlib.crc32(body).to_bytes(4, "little") + body)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
