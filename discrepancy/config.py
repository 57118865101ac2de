"""Project settings: one model, read from ``[tool.discrepancy]`` or ``discrepancy.toml``.

The file is found from the current directory upward, no further than the repository root
(``discrepancy.toml`` wins over ``pyproject.toml`` in the same directory; a ``pyproject.toml``
without the table is passed by), or named with ``--config``. Paths inside it are relative to the
file's directory. Types are strict (``jobs = true`` is no number); a bad file is an InputError
naming the file, the key and the problem on one line.
"""

from __future__ import annotations

import difflib
import re
import string
from pathlib import Path, PurePosixPath
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError, field_validator

from discrepancy.errors import InputError
from discrepancy.pathglob import glob_captures
from discrepancy.model import Severity

CONFIG_FILES = ("discrepancy.toml", "pyproject.toml")
# More worker processes than this is a typo or an attack, not a machine.
MAX_JOBS = 256
MAX_PATTERN = 4096  # characters in a path or glob (PATH_MAX on Linux)
_CODE = re.compile(r"^[A-Z]+[0-9]*$")
_GRADE = re.compile(r"^(OF|OR|WO)-[0-9]{1,2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# A severity is written as a string in TOML; strict mode would want the enum itself.
_SeverityName = Annotated[Severity, Strict(False)]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Table(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True, strict=True
    )


def _codes(values: list[str]) -> list[str]:
    for value in values:
        if not _CODE.match(value):
            raise ValueError(f"{value!r} is not a finding code or prefix like NUM or NUM001")
    return values


def _project_path(value: str) -> str:
    """A path or glob the file names: relative, and never climbing out with ``..``."""
    _glob_size(value)
    if not value.strip():
        raise ValueError("cannot be empty")
    if _CONTROL.search(value):
        raise ValueError("holds a control character")
    if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        raise ValueError(f"{value!r} must be relative to the project")
    if ".." in re.split(r"[/\\]", value):
        raise ValueError(f"{value!r} climbs out with '..'")
    return value


def _glob_size(value: str) -> str:
    """A glob is matched against every file of the project: a pattern of a million characters
    would make each match cost as much. No real path or glob comes near MAX_PATTERN."""
    if len(value) > MAX_PATTERN:
        raise ValueError(f"longer than {MAX_PATTERN:,} characters")
    return value


class RuleChoice(_Table):
    """Which rules run and how severe they are; set for the project, a ``[[pairs]]`` entry or
    a ``[[rules]]`` rule (there ``ignore`` adds to the project's, ``select`` and ``severity``
    win over it, as ruff's per-file-ignores)."""

    select: list[str] = Field(default_factory=list, description="Only these codes or prefixes.")
    ignore: list[str] = Field(default_factory=list, description="Never these codes or prefixes.")
    severity: dict[str, _SeverityName] = Field(
        default_factory=dict, description="Severity per finding code, overriding the rule's."
    )

    _check_codes = field_validator("select", "ignore")(_codes)

    @field_validator("severity")
    @classmethod
    def _severity_codes(cls, values: dict[str, Severity]) -> dict[str, Severity]:
        _codes(list(values))
        return values

    def choice(self) -> dict:
        """The settings given, as pipeline options."""
        return {
            key: value
            for key, value in (("select", self.select), ("ignore", self.ignore), ("severity", self.severity))
            if value
        }


def merged_choice(project: dict, own: dict) -> dict:
    """A pair's options: its ``ignore`` adds to the project's, its ``select`` and ``severity``
    entries win."""
    merged = dict(project)
    if own.get("select"):
        merged["select"] = own["select"]
    if own.get("ignore"):
        merged["ignore"] = [*(project.get("ignore") or []), *own["ignore"]]
    if own.get("severity"):
        merged["severity"] = {**(project.get("severity") or {}), **own["severity"]}
    return merged


class Pair(RuleChoice):
    """One explicit pair, compared as ``compare(a, b)``: ``b`` is the file checked (the
    translation), ``a`` the one it is checked against (the source), as in ``diff old new``."""

    a: str
    b: str
    id: Optional[str] = None

    _paths = field_validator("a", "b")(_project_path)

    @field_validator("id")
    @classmethod
    def _id(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and (not value.strip() or _CONTROL.search(value)):
            raise ValueError("an id is a non-empty name without control characters")
        return value


class GlobRule(RuleChoice):
    """Every file matching ``translation`` is checked against the ``source`` built from it.

    ``source`` may use ``{stem}`` (what the last ``*`` matched), ``{1}``, ``{2}``... (each
    wildcard in order), ``{name}`` (the file name) and ``{dir}`` (the file's directory).
    """

    translation: str
    source: str

    @field_validator("translation")
    @classmethod
    def _has_wildcard(cls, value: str) -> str:
        _project_path(value)
        if not any(c in value for c in "*?["):
            raise ValueError("needs a wildcard (use [[pairs]] for a single file)")
        return value

    @field_validator("source")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        """Plain placeholders only: a format spec (``{1:>400000000}``) or conversion could make
        a path of any size."""
        _project_path(value)
        try:
            fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(value)]
        except ValueError as err:
            raise ValueError(f"bad braces ({err})") from None
        for name, spec, conversion in fields:
            if name is None:
                continue
            if not (name.isdigit() or name in ("stem", "name", "dir")) or spec or conversion:
                shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
                raise ValueError(f"unknown placeholder {{{shown}}}: use {{stem}}, {{1}}, {{name}} or {{dir}}")
        return value


def _written_form(value: str) -> str:
    """A rank or title as it is written before a name: not blank, opening with a capital or a
    digit ("1st Lt."), as the extractor reads them."""
    first = value.strip()[:1]
    if not first:
        raise ValueError("a rank or title cannot be empty")
    if not (first.isupper() or first.isdigit()):
        raise ValueError(f"{value!r} must start with a capital letter or a digit, as written")
    return value


class RankTable(_Table):
    """A rank of the project's own: its NATO ``grade`` (OF-6, OR-4...; a new rank without one
    is a step of its own) and its other written ``variants``."""

    grade: Optional[str] = None
    variants: list[str] = Field(default_factory=list)

    @field_validator("grade")
    @classmethod
    def _nato_grade(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not _GRADE.match(value):
            raise ValueError(f"{value!r} is not a NATO grade like OF-6, OR-4 or WO-1")
        return value

    @field_validator("variants")
    @classmethod
    def _forms(cls, values: list[str]) -> list[str]:
        return [_written_form(value) for value in values]


class Settings(RuleChoice):
    """Everything a project can set; command-line options override it."""

    fail_on: Literal["info", "warning", "error", "never"] = "warning"
    aliases: list[list[str]] = Field(
        default_factory=list, description="Groups of names that stand for one person or body."
    )
    align_threshold: Optional[float] = Field(
        default=None, ge=0, le=1, description="Lowest score at which two sentences align."
    )
    name_tolerance: Optional[Literal["strict", "normal", "loose"]] = Field(
        default=None, description="How far two spellings may differ and still be one name."
    )
    ranks: dict[str, RankTable] = Field(
        default_factory=dict,
        description="Canonical rank -> its other forms, or a table with grade and variants.",
    )
    titles: list[str] = Field(default_factory=list, description="Civil titles and offices.")
    day_first: dict[str, bool] = Field(
        default_factory=dict, description="Path glob -> whether its numeric dates are day-first."
    )
    pairs: list[Pair] = Field(default_factory=list)
    rules: list[GlobRule] = Field(default_factory=list)
    baseline: Optional[str] = Field(default=None, description="Baseline file of accepted findings.")
    jobs: Optional[int] = Field(default=None, ge=1, le=MAX_JOBS)

    _baseline_path = field_validator("baseline")(lambda value: value and _project_path(value))

    @field_validator("day_first")
    @classmethod
    def _day_first_globs(cls, value: dict[str, bool]) -> dict[str, bool]:
        return {_glob_size(pattern): hint for pattern, hint in value.items()}

    @field_validator("aliases")
    @classmethod
    def _alias_groups(cls, groups: list[list[str]]) -> list[list[str]]:
        if any(len(group) < 2 for group in groups):
            raise ValueError("each alias group lists two or more names")
        return groups

    @field_validator("ranks", mode="before")
    @classmethod
    def _rank_shorthand(cls, value):
        """``"Field Marshal" = ["FM"]`` is short for ``"Field Marshal" = {variants = ["FM"]}``."""
        if not isinstance(value, dict):
            return value
        for canonical, entry in value.items():
            if not isinstance(entry, (list, dict)):
                raise ValueError(
                    f"{canonical!r}: give a list of other forms, or a table with grade and variants"
                )
        return {k: {"variants": v} if isinstance(v, list) else v for k, v in value.items()}

    @field_validator("ranks")
    @classmethod
    def _rank_names(cls, value: dict[str, RankTable]) -> dict[str, RankTable]:
        for canonical in value:
            _written_form(canonical)
        return value

    @field_validator("titles")
    @classmethod
    def _titles(cls, values: list[str]) -> list[str]:
        return [_written_form(value) for value in values]

    def compare_options(self, a_path: str, b_path: str) -> dict:
        """Keyword options for ``pipeline.compare`` on a pair (POSIX paths relative to the root)."""
        options = {
            **self.choice(),
            "aliases": self.aliases or None,
            "align_threshold": self.align_threshold,
            "name_tolerance": self.name_tolerance,
            "ranks": {k: v.model_dump(exclude_none=True) for k, v in self.ranks.items()} or None,
            "titles": self.titles or None,
            "day_first_a": self.day_first_for(a_path),
            "day_first_b": self.day_first_for(b_path),
        }
        return {key: value for key, value in options.items() if value is not None}

    def day_first_for(self, path: str) -> Optional[bool]:
        """The hint of the first ``day-first`` glob that matches ``path``, if any."""
        for pattern, value in self.day_first.items():
            if glob_match(pattern, path):
                return value
        return None


class Config(BaseModel):
    """Settings and where they came from (``root`` anchors the relative paths in them)."""

    settings: Settings = Field(default_factory=Settings)
    path: Optional[Path] = None
    root: Path

    def relative(self, path: str | Path) -> str:
        """``path`` relative to the root in POSIX form (what globs match), else absolute."""
        return relative_posix(Path(path), self.root)

    def compare_options(self, a_path: str | Path, b_path: str | Path) -> dict:
        """Keyword options for ``pipeline.compare`` on the pair of files ``a_path``, ``b_path``."""
        return self.settings.compare_options(self.relative(a_path), self.relative(b_path))


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
    try:
        settings = Settings.model_validate(table)
    except ValidationError as err:
        raise InputError(f"{found}: {_describe(err, found)}") from None
    _known_codes(settings, found)
    return Config(settings=settings, path=found, root=found.resolve().parent)


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
    table: type[BaseModel] = Settings
    for part in loc[:-1]:
        if isinstance(part, str):
            field_ = table.model_fields.get(part.replace("-", "_"))
            inner = getattr(field_.annotation, "__args__", ()) if field_ else ()
            table = next((t for t in inner if isinstance(t, type) and issubclass(t, BaseModel)), table)
    names = [_kebab(name) for name in table.model_fields]
    close = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _key_part(part) -> str:
    """One part of a dotted key as TOML writes it: ``ranks."Field Marshal"``."""
    text = str(part)
    return text if re.fullmatch(r"[A-Za-z0-9_-]+", text) else '"' + text.replace('"', '\\"') + '"'


def glob_match(pattern: str, path: str) -> bool:
    """Whether a relative POSIX ``path`` matches ``pattern`` (a bare name matches anywhere)."""
    if "/" not in pattern:
        path = PurePosixPath(path).name
    return glob_captures(pattern, path) is not None
