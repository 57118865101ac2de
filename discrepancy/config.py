"""Project settings read from ``[tool.discrepancy]`` or ``discrepancy.toml`` (the models are in
discrepancy.settings, imported only to read a file or when asked for).

The file is found from the current directory upward, no further than the repository root
(``discrepancy.toml`` wins over ``pyproject.toml`` in the same directory; a ``pyproject.toml``
without the table is passed by), or named with ``--config``. Paths inside it are relative to the
file's directory. A bad file is an InputError naming the file, the key and the problem on one
line, with the nearest setting for a misspelt key.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from discrepancy.errors import InputError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from discrepancy.settings import Settings

CONFIG_FILES = ("discrepancy.toml", "pyproject.toml")
DEFAULT_FAIL_ON = "warning"  # the severity that fails a run, unless a setting or option says


@dataclass
class Config:
    """Settings and where they came from (``root`` anchors the relative paths in them)."""

    root: Path
    path: Optional[Path] = None  # the settings file, if one was read
    given: Optional[Settings] = None  # what it sets, validated

    @cached_property
    def settings(self) -> Settings:
        """The file's settings; without one, the models' own defaults, not validated:
        validating them would build every settings model for nothing."""
        if self.given is not None:
            return self.given
        from discrepancy.settings import Settings

        return Settings.model_construct()

    @property
    def fail_on(self) -> str:
        """The file's fail-on, else the default (read without the models)."""
        return self.given.fail_on if self.given is not None else DEFAULT_FAIL_ON

    def relative(self, path: str | Path) -> str:
        """``path`` relative to the root in POSIX form (what globs match), else absolute."""
        return relative_posix(Path(path), self.root)

    def compare_options(self, a_path: str | Path, b_path: str | Path) -> dict:
        """Keyword options for ``pipeline.compare`` on the pair of files ``a_path``, ``b_path``.
        The defaults set none, so a run without a settings file never imports the models
        (pydantic's)."""
        if self.given is None:
            return {}
        return self.given.compare_options(self.relative(a_path), self.relative(b_path))


def relative_posix(path: Path, base: Path, resolve: bool = True) -> str:
    """``path`` relative to ``base`` in POSIX form when below it, else absolute."""
    path = path.resolve() if resolve else path
    try:
        return path.relative_to(base.resolve() if resolve else base).as_posix()
    except ValueError:
        return path.as_posix()


def repository_root(start: Path) -> Optional[Path]:
    """The nearest folder at or above ``start`` that holds ``.git`` (a folder, or a file in a
    worktree), or None."""
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return None


def find_config(start: Path) -> Optional[Path]:
    """The nearest config file at or above ``start``, no further up than the repository root: a
    settings file above the checkout is not the project's."""
    top = repository_root(start)
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
        if directory == top:
            break
    return None


def load_config(path: Optional[str] = None, cwd: Optional[Path] = None) -> Config:
    """Read the named config file, or the nearest one above ``cwd``; defaults when none."""
    cwd = (cwd or Path.cwd()).resolve()
    if path is not None:
        found = Path(path)
        if not found.is_file():
            raise InputError(f"{path}: no such config file")
    else:
        found = find_config(cwd)
        if found is None:
            return Config(root=repository_root(cwd) or cwd)
    table = _read_table(found)
    from pydantic import ValidationError

    from discrepancy.settings import Settings

    try:
        settings = Settings.model_validate(table)
    except ValidationError as err:
        raise InputError(f"{found}: {_describe(err, found)}") from None
    _known_codes(settings, found)
    return Config(given=settings, path=found, root=found.resolve().parent)


def _known_codes(settings: Settings, path: Path) -> None:
    """Every code or prefix the file names belongs to a registered rule."""
    named = [
        (prefix + key, codes)
        for prefix, table in (("", settings), *_own_tables(settings))
        for key, codes in (("select", table.select), ("ignore", table.ignore), ("severity", table.severity))
    ]
    if not any(codes for _, codes in named):
        return
    from discrepancy.rules import all_rules, no_rule_for

    registered = [rule.code for rule in all_rules()]
    for key, codes in named:
        problem = no_rule_for(codes, registered)
        if problem:
            raise InputError(f"{path}: {_table(path)}{key}: {problem}")


def _own_tables(settings: Settings):
    """(key prefix, table) of each ``[[pairs]]`` entry and ``[[rules]]`` rule."""
    for name, tables in (("pairs", settings.pairs), ("rules", settings.rules)):
        for number, table in enumerate(tables):
            yield f"{name}.{number}.", table


def _table(path: Path) -> str:
    """How keys are named in ``path``: under ``tool.discrepancy.`` in a pyproject.toml."""
    return "tool.discrepancy." if path.name == "pyproject.toml" else ""


def _has_table(pyproject: Path) -> bool:
    return "[tool.discrepancy" in pyproject.read_text(encoding="utf-8", errors="replace")


def _read_table(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{path}: not valid TOML: {err}") from None
    except RecursionError:
        raise InputError(f"{path}: not valid TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("discrepancy", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise InputError(f"{path}: [tool.discrepancy] must be a table")
        return table
    return data


def _describe(err: ValidationError, path: Path) -> str:
    """The first problem as ``key: what is wrong``, with the key as written in the file."""
    problem = err.errors()[0]
    key = _table(path) + ".".join(map(_key_part, problem["loc"]))
    message = problem["msg"]
    if problem["type"] == "extra_forbidden":
        message = "unknown setting" + _did_you_mean(problem["loc"])
    elif message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"{key}: {message}"


def _did_you_mean(loc: tuple) -> str:
    """", did you mean 'fail-on'?" for a key close to one of its table's settings."""
    from pydantic import BaseModel

    from discrepancy.settings import Settings, kebab

    table: type[BaseModel] = Settings
    for part in loc[:-1]:
        if isinstance(part, str):
            field_ = table.model_fields.get(part.replace("-", "_"))
            inner = getattr(field_.annotation, "__args__", ()) if field_ else ()
            table = next((t for t in inner if isinstance(t, type) and issubclass(t, BaseModel)), table)
    names = [kebab(name) for name in table.model_fields]
    close = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _key_part(part) -> str:
    """One part of a dotted key as TOML writes it: ``ranks."Field Marshal"``."""
    text = str(part)
    return text if re.fullmatch(r"[A-Za-z0-9_-]+", text) else '"' + text.replace('"', '\\"') + '"'
