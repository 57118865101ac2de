"""The settings a project can write, as strict models: the whole file (Settings), one
explicit pair (Pair), one glob rule (GlobRule), and the rule choices each of them may carry.

Types are strict (``jobs = true`` is no number); paths and globs are relative, without ``..``
and of a sane length, since a pull request may write them (see discrepancy.config for the file).
"""

from __future__ import annotations

import re
import string
from pathlib import PurePosixPath
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, Strict, field_validator

from discrepancy.config import DEFAULT_FAIL_ON
from discrepancy.model import FINDING_CODE, LANGUAGE_CODE, Severity
from discrepancy.report import unprintable
from discrepancy.pathglob import glob_captures

# More worker processes than this is a typo or an attack, not a machine.
MAX_JOBS = 256
MAX_PATTERN = 4096  # characters in a path or glob (PATH_MAX on Linux)
_GRADE = re.compile(r"^(OF|OR|WO)-[0-9]{1,2}$")
# A severity is written as a string in TOML; strict mode would want the enum itself.
_SeverityName = Annotated[Severity, Strict(False)]


def kebab(name: str) -> str:
    return name.replace("_", "-")


class _Table(BaseModel):
    # defer_build: the validators are built when a settings file is first read, so a run
    # without one does not pay for them.
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=kebab, populate_by_name=True, strict=True,
        defer_build=True,
    )


def _codes(values: list[str]) -> list[str]:
    for value in values:
        if not FINDING_CODE.match(value):
            raise ValueError(f"{value!r} is not a finding code or prefix like NUM or NUM001")
    return values


def _project_path(value: str) -> str:
    """A path or glob the file names: relative, and never climbing out with ``..``."""
    _glob_size(value)
    if not value.strip():
        raise ValueError("cannot be empty")
    if unprintable(value):
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
    lang_a: Optional[str] = Field(default=None, description="Language of A (ISO 639-1), not detected.")
    lang_b: Optional[str] = Field(default=None, description="Language of B (ISO 639-1), not detected.")

    _check_codes = field_validator("select", "ignore")(_codes)

    @field_validator("lang_a", "lang_b")
    @classmethod
    def _language_code(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not LANGUAGE_CODE.match(value):
            raise ValueError(f"{value!r} is not a language code like ar, de or en (ISO 639-1)")
        return value

    @field_validator("severity")
    @classmethod
    def _severity_codes(cls, values: dict[str, Severity]) -> dict[str, Severity]:
        _codes(list(values))
        return values

    def choice(self) -> dict:
        """The settings given, as pipeline options."""
        given = (
            ("select", self.select), ("ignore", self.ignore), ("severity", self.severity),
            ("lang_a", self.lang_a), ("lang_b", self.lang_b),
        )
        return {key: value for key, value in given if value}


def merged_choice(project: dict, own: dict) -> dict:
    """A pair's options: its ``ignore`` adds to the project's, its ``select``, ``severity`` and
    languages win."""
    merged = dict(project)
    merged.update((key, own[key]) for key in ("lang_a", "lang_b") if own.get(key))
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
        if value is not None and (not value.strip() or unprintable(value)):
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

    fail_on: Literal["info", "warning", "error", "never"] = DEFAULT_FAIL_ON
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
    scheduler: Optional[str] = Field(
        default=None, description="Dask scheduler (tcp://HOST:8786) that check sends the pairs to."
    )

    _baseline_path = field_validator("baseline")(lambda value: None if value is None else _project_path(value))

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


def glob_match(pattern: str, path: str) -> bool:
    """Whether a relative POSIX ``path`` matches ``pattern`` (a bare name matches anywhere)."""
    if "/" not in pattern:
        path = PurePosixPath(path).name
    return glob_captures(pattern, path) is not None
