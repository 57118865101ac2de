"""Word lists shipped in ``discrepancy/data``, read once on first use."""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@lru_cache(maxsize=None)
def data_text(name: str) -> str:
    """The text of ``discrepancy/data/<name>``."""
    return resources.files("discrepancy").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    """``discrepancy/data/<name>`` parsed as TOML."""
    return tomllib.loads(data_text(name))
