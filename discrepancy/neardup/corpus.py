"""The reports ``pairs`` reads (a folder of ``.txt`` files or a JSONL) and the manifest it
writes, in the shape ``check --pairs`` reads.

Order is the corpus order (a JSONL's lines, a folder's files by path), and of each pair found
the earlier report is ``a`` (the source ``check`` holds the other to) and the later ``b``: list
sources first. A report's group (a JSONL's ``group``, a folder's first subfolder) is what
``--across`` and ``--one-to-one`` look at, e.g. the source side and each translation.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from discrepancy.errors import InputError, read_text
from discrepancy.pairs import inside
from discrepancy.report import printable

MAX_ID = 4096


@dataclass(frozen=True)
class Doc:
    """One report: its id (a folder file's path relative to the folder), its group, and its
    file (absolute) or its text given inline."""

    id: str
    group: str
    path: Optional[Path] = None
    text: Optional[str] = None


def read_corpus(location: str) -> list[Doc]:
    path = Path(location)
    if path.is_dir():
        return _folder(path)
    if path.is_file():
        return _jsonl(path)
    raise InputError(f"{printable(location)}: no such folder or JSONL file")


def _folder(root: Path) -> list[Doc]:
    docs = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".txt") and not name.startswith("."):
                found = Path(directory) / name
                relative = found.relative_to(root).as_posix()
                group = relative.split("/")[0] if "/" in relative else ""
                docs.append(Doc(relative, group, inside(root, found, str(root))))
    return sorted(docs, key=lambda doc: doc.id)


def _jsonl(path: Path) -> list[Doc]:
    """Rows ``{"id", "text"}`` or ``{"path", "id"?}`` (a file relative to the JSONL's folder, kept
    inside it), with an optional ``group``; other fields are passed over."""
    base, docs, seen = path.resolve().parent, [], set()
    for number, line in enumerate(read_text(path, "corpus").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except (ValueError, RecursionError):
            raise InputError(f"{where}: not a JSON object") from None
        if not isinstance(row, dict) or not (isinstance(row.get("text"), str) or isinstance(row.get("path"), str)):
            raise InputError(f"{where}: expected an object with \"text\" (and \"id\") or \"path\"")
        doc_id = row.get("id", row.get("path") if "text" not in row else None)
        if not isinstance(doc_id, str) or not doc_id.strip() or len(doc_id) > MAX_ID:
            raise InputError(f"{where}: 'id' must be a non-empty string")
        if doc_id in seen:
            raise InputError(f"{where}: id {printable(doc_id[:200])!r} is used twice")
        seen.add(doc_id)
        group = row.get("group", "")
        if not isinstance(group, str):
            raise InputError(f"{where}: 'group' must be a string")
        if isinstance(row.get("text"), str):
            docs.append(Doc(doc_id, group, text=row["text"]))
        else:
            found = inside(base, base / row["path"], where)
            if not found.is_file():
                raise InputError(f"{where}: {printable(row['path'])}: no such file")
            docs.append(Doc(doc_id, group, path=found))
    return docs


def manifest(docs: list[Doc], pairs: list[tuple[int, int]], folder: Path) -> str:
    """One JSONL line per pair: ``a``, ``b`` (paths relative to ``folder``, where the manifest
    is written; the ids for reports given as text) and an ``id`` unique to the pair."""

    def name(doc: Doc) -> str:
        return Path(os.path.relpath(doc.path, folder.resolve())).as_posix() if doc.path else doc.id

    lines = [
        json.dumps({"a": name(docs[i]), "b": name(docs[j]), "id": f"{docs[j].id} vs {docs[i].id}"}, ensure_ascii=False)
        for i, j in pairs
    ]
    return "".join(line + "\n" for line in lines)
