"""Write a rendered report to a file atomically, never over one of the inputs."""

from __future__ import annotations

import os
import tempfile

from discrepancy.errors import InputError


def _same_file(path: str, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def write_atomic(path: str, text: str, inputs: tuple[str, ...] = ()) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and os.replace.

    A failed write leaves the old file (if any) as it was and no temporary file behind.
    """
    if any(p != "-" and _same_file(path, p) for p in inputs):
        raise InputError(f"--output {path}: is one of the input files; refusing to overwrite it")
    if os.path.isdir(path):
        raise InputError(f"--output {path}: is a directory, not a file")
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"--output {path}: cannot write there ({err.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException as err:
        os.unlink(temporary)
        if isinstance(err, OSError):
            raise InputError(f"--output {path}: cannot write ({err.strerror})") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
