"""Which pairs ``check`` compares: from the config's ``[[pairs]]`` and glob ``[[rules]]``, or a
manifest (JSONL or CSV), every path kept inside the project.

A pull request chooses these files, so every path they name (pairs, sources built from a rule,
manifest rows) is resolved and refused when it lands outside the project root or under a
``.git`` folder; a symlink is followed only when its target stays inside. A pair's id, which
the baseline keys on, is its translation's path relative to the project root unless given, so
it is the same however the pair was listed and wherever the project is checked out.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Optional

from discrepancy.config import Config, relative_posix
from discrepancy.settings import GlobRule
from discrepancy.errors import InputError, read_text, refuse_json_constant
from discrepancy.pathglob import glob_captures
from discrepancy.report import printable, unprintable

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_SKIP_DIRS = {"__pycache__", "node_modules"}  # and every hidden directory (.git, .venv...)


@dataclass(frozen=True)
class PairSpec:
    """One pair, compared as ``compare(a, b)``: ``b`` (the translation) is the file checked
    against ``a`` (its source); both paths absolute and resolved. ``choice`` holds the pair's
    own ``select``/``ignore``/``severity``, from its ``[[pairs]]`` entry or ``[[rules]]`` rule."""

    id: str
    a: Path
    b: Path
    choice: dict = field(default_factory=dict, compare=False, hash=False)

    def shown(self, path: Path, cwd: Optional[Path] = None) -> str:
        """``path`` (the pair's, resolved) as a report shows it: relative to the working folder
        when below it. Pass ``cwd`` resolved when showing many: resolving reads every folder."""
        return relative_posix(path, cwd or Path.cwd().resolve(), resolve=False)


def inside(root: Path, path: Path, where: str) -> Path:
    """``path`` resolved (symlinks followed), or an InputError when it leaves ``root`` or lies
    under a ``.git`` folder (whose config holds the token ``actions/checkout`` stores)."""
    return Confined(root)(path, where)


class Confined:
    """``inside`` for many paths under one root: the root and each folder are resolved once.
    Resolving a path reads every component of it (one lstat each), and the thousands of files
    of a project sit in a few folders, so a file costs one lstat instead of a dozen."""

    def __init__(self, root: Path):
        self.root = root
        self.real_root = root.resolve()
        self._folders: dict[Path, Path] = {}

    def __call__(self, path: Path, where: str) -> Path:
        try:
            resolved = self._resolve(path)
        except (OSError, RuntimeError, ValueError) as err:  # a symlink loop, a NUL byte
            raise InputError(f"{where}: {printable(str(path))}: cannot resolve ({err})") from None
        try:
            parts = resolved.relative_to(self.real_root).parts
        except ValueError:
            raise InputError(f"{where}: {printable(str(path))} is outside the project ({self.root})") from None
        if ".git" in parts or ".git" in path.parts:
            raise InputError(f"{where}: {printable(str(path))} is inside .git; refusing to read it")
        return resolved

    def relative(self, resolved: Path) -> str:
        """A path this resolved, relative to the root in POSIX form."""
        return relative_posix(resolved, self.real_root, resolve=False)

    def _resolve(self, path: Path) -> Path:
        """``path.resolve()``: the resolved folder joined with a name that is no symlink."""
        if path.name in ("", ".."):
            return path.resolve()
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = path.parent.resolve()
        try:
            if stat.S_ISLNK(os.lstat(folder / path.name).st_mode):
                return path.resolve()
        except OSError:  # no such file: resolve() keeps the name as it is too
            pass
        return folder / path.name


# ---- from the config ----------------------------------------------------------------------------


def pairs_from_config(config: Config) -> list[PairSpec]:
    """Explicit pairs, then every translation the glob rules find (in path order) against its
    source, unless that pair of files is already listed (an explicit pair gives it an id, and a
    pair is checked once)."""
    root, settings = config.root, config.settings
    confined = Confined(root)
    specs = [
        _spec(pair.id, root / pair.a, root / pair.b, confined, f"{config.path}: pairs", pair.choice())
        for pair in settings.pairs
    ]
    listed = {(spec.a, spec.b) for spec in specs}
    for number, rule in enumerate(settings.rules, 1):
        for translation, source in expand_rule(rule, root):
            where = f"{config.path}: rule {number}"
            if not confined(root / source, where).is_file():
                raise InputError(
                    f"{printable(translation)}: its source {printable(source)} "
                    f"(rule {number}: {rule.source!r}) does not exist"
                )
            spec = _spec(None, root / source, root / translation, confined, where, rule.choice())
            if (spec.a, spec.b) not in listed:
                listed.add((spec.a, spec.b))
                specs.append(spec)
    return _unique(specs)


def expand_rule(rule: GlobRule, root: Path) -> list[tuple[str, str]]:
    """(translation, source) relative paths for every file under ``root`` matching the rule."""
    fixed = PurePosixPath(re.split(r"[*?\[]", rule.translation, maxsplit=1)[0]).parent
    pairs = []
    for translation in _walk(root, root / fixed):
        matched = glob_captures(rule.translation, translation)
        if matched is None:
            continue
        captures = [g.rstrip("/") for g in matched]
        path = PurePosixPath(translation)
        fields = dict(stem=captures[-1], name=path.name, dir=path.parent.as_posix())
        try:
            source = rule.source.format(translation, *captures, **fields)
        except IndexError:
            raise InputError(
                f"rule source {rule.source!r}: {rule.translation!r} has only {len(captures)} wildcards"
            ) from None
        pairs.append((translation, source))
    return sorted(pairs)


def _walk(root: Path, start: Path) -> list[str]:
    """Files below ``start`` (symlinked folders are not entered), relative to ``root``."""
    found = []
    for directory, dirs, files in os.walk(start):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in files:
            found.append(relative_posix(Path(directory) / name, root, resolve=False))
    return sorted(found)


# ---- from a manifest ----------------------------------------------------------------------------


def pairs_from_manifest(path: Path, root: Path) -> list[PairSpec]:
    """Pairs listed in a JSONL (``{"a", "b", "id"?}`` per line) or CSV (``a,b[,id]``) file, paths
    relative to the manifest's folder and kept inside ``root``."""
    text = read_text(path, "pairs file", encoding="utf-8-sig")
    base = path.resolve().parent
    suffix = path.suffix.lower()
    is_csv = suffix == ".csv" or suffix not in _JSONL_SUFFIXES and not text.lstrip().startswith("{")
    rows = _csv_rows(text, path) if is_csv else _jsonl_rows(text, path)
    confined = Confined(root)
    specs = [_spec(row.get("id"), base / row["a"], base / row["b"], confined, where) for where, row in rows]
    return _unique(specs)


def _jsonl_rows(text: str, path: Path):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line, parse_constant=refuse_json_constant)
        except ValueError as err:
            raise InputError(f"{where}: not a JSON object ({getattr(err, 'msg', err)})") from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply") from None
        yield where, _check_row(row, where)


def _csv_rows(text: str, path: Path):
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error as err:
        raise InputError(f"{path}:1: not a CSV header ({err})") from None
    if not {"a", "b"} <= set(header) or not set(header) <= {"a", "b", "id"}:
        shown = printable(",".join(header)[:200])
        raise InputError(f"{path}:1: the CSV header must be a,b or a,b,id (got {shown})")
    reader.fieldnames = header
    try:
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                raise InputError(f"{where}: more fields than the header names")
            yield where, _check_row({k: v for k, v in row.items() if v not in (None, "")}, where)
    except csv.Error as err:
        raise InputError(f"{path}:{reader.line_num}: not valid CSV ({err})") from None


def _check_row(row, where: str) -> dict:
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected an object with \"a\" and \"b\"")
    for key in ("a", "b"):
        if not isinstance(row.get(key), str) or not row[key]:
            raise InputError(f"{where}: missing {key!r} (a path)")
        if unprintable(row[key]):
            raise InputError(f"{where}: {printable(row[key])}: a name with a control character")
    if "id" in row and (not isinstance(row["id"], str) or not row["id"].strip()):
        raise InputError(f"{where}: 'id' must be a non-empty string")
    unknown = set(row) - {"a", "b", "id"}
    if unknown:
        raise InputError(f"{where}: unknown key {printable(sorted(unknown)[0][:100])!r}")
    return row


# ---- shared -------------------------------------------------------------------------------------


def _spec(
    pair_id: Optional[str], a: Path, b: Path, confined: Confined, where: str, choice: Optional[dict] = None
) -> PairSpec:
    a, b = confined(a, where), confined(b, where)
    for path in (a, b):
        if not path.is_file():
            raise InputError(f"{where}: {printable(confined.relative(path))}: no such file")
    pair_id = pair_id or confined.relative(b)
    for name in (pair_id, confined.relative(a), confined.relative(b)):
        if unprintable(name):
            raise InputError(f"{where}: {printable(name)}: a name with a control character")
    return PairSpec(id=pair_id, a=a, b=b, choice=choice or {})


def _unique(specs: list[PairSpec]) -> list[PairSpec]:
    counts = Counter(spec.id for spec in specs)
    repeated = sorted(pair_id for pair_id, n in counts.items() if n > 1)
    if repeated:
        raise InputError(f"pair id {repeated[0]!r} is used twice; give the pairs distinct ids")
    return specs


# ---- which pairs changed ------------------------------------------------------------------------


def changed_files(rev: str, cwd: Path) -> set[Path]:
    """Files changed since ``rev`` in git, plus untracked ones, as absolute paths. ``rev`` is
    verified as a commit first and only its hash reaches ``git diff``: a value such as
    ``--output=x`` would otherwise be read as an option."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
            )
        except FileNotFoundError:
            raise InputError("--changed-since: git is not installed") from None
        if done.returncode != 0:
            detail = (done.stderr.strip().splitlines() or ["not a commit"])[0]
            raise InputError(f"--changed-since {printable(rev)}: {printable(detail)}")
        return done.stdout

    if rev.startswith("-") or not rev.strip():
        raise InputError(f"--changed-since {printable(rev)}: not a git revision")
    commit = git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}").strip()
    top = Path(git("rev-parse", "--show-toplevel").strip())
    names = git("diff", "--name-only", "-z", commit, "--").split("\0")
    names += git("ls-files", "-z", "--others", "--exclude-standard", "--full-name").split("\0")
    return {(top / name).resolve() for name in names if name}


def only_touching(pairs: list[PairSpec], files: set[Path]) -> list[PairSpec]:
    """The pairs of which ``files`` (absolute, resolved) hold the translation or the source."""
    return [p for p in pairs if p.a in files or p.b in files]
