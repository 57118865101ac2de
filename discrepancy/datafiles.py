"""Files shipped in ``discrepancy/data`` (word lists, patterns, tables), read once on first use."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources

from discrepancy.runcache import remembered

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# "[title]", "[counter @edge]": a section header of a list file. A regex character class such
# as "[\u25bc|]" is a pattern line, not a header.
_SECTION = re.compile(r"\[([a-z_ @]+)\]")


@lru_cache(maxsize=None)
def data_text(name: str) -> str:
    """The text of ``discrepancy/data/<name>``."""
    return resources.files("discrepancy").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    """``discrepancy/data/<name>`` parsed as TOML, kept between runs with the text it was parsed
    from (tomllib parses in Python: 25 M instructions for ranks.toml, 2 % of a short run)."""
    text = data_text(name)
    return remembered(f"toml-{name}", text, lambda: tomllib.loads(text))


@lru_cache(maxsize=None)
def data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The lines of the list file ``discrepancy/data/<name>`` by ``[section]``, stripped, in
    order, without blank lines and ``#`` comments; lines before the first header are under ""."""
    sections: dict[str, list[str]] = {"": []}
    current = sections[""]
    for raw in data_text(name).splitlines():
        line = raw.strip()
        if not line or line[0] == "#":
            continue
        # Only a header starts with "[": the pattern is not tried on the 25,000 lines of a name list.
        header = _SECTION.fullmatch(line) if line[0] == "[" else None
        if header:
            current = sections.setdefault(header.group(1), [])
        else:
            current.append(line)
    return {key: tuple(lines) for key, lines in sections.items()}

