"""Write a rendered report or baseline to a file atomically, never over one of the inputs.

A regular file (or a new one) is replaced through a temporary file in the same folder, so a
failed or interrupted write leaves the old file whole and no temporary file behind. Anything
else (a FIFO, ``/dev/null``, a terminal) is written straight into: replacing it with a regular
file would break it for everyone else.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterator

from discrepancy.errors import InputError


def _same_file(path: str, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def write_atomic(path: str, text: str, inputs: tuple[str, ...] = (), what: str = "--output") -> None:
    """Write ``text`` to ``path``: through a temporary file and os.replace when ``path`` is a
    regular file or missing, straight into it otherwise."""
    if any(p != "-" and _same_file(path, p) for p in inputs):
        raise InputError(f"{what} {path}: is one of the input files; refusing to overwrite it")
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"{what} {path}: is a directory, not a file")
    if mode is not None and not stat.S_ISREG(mode):
        _write_into(path, text, what)
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"{what} {path}: cannot write there ({err.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException as err:  # SIGTERM arrives as SystemExit (see cli.main): still tidy up
        os.unlink(temporary)
        if isinstance(err, OSError):
            raise InputError(f"{what} {path}: cannot write ({err.strerror})") from None
        raise


def _write_into(path: str, text: str, what: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as err:
        raise InputError(f"{what} {path}: cannot write ({err.strerror})") from None


@contextlib.contextmanager
def locked_folder(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (flock on the directory itself, so no lock file is
    left behind); where flock is missing, no lock."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
