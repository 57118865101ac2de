"""`discrepancy --help` stays instant: the command line loads the heavy libraries only for work.

Each check runs a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = {"pydantic", "rapidfuzz", "rich"}


def modules_after(code: str) -> set[str]:
    """The names in sys.modules once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(result.stderr.split())


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_importing_the_cli_loads_no_heavy_library():
    loaded = modules_after("import discrepancy.cli")
    assert "discrepancy.cli" in loaded
    assert not top_level(loaded) & HEAVY


@pytest.mark.parametrize("argv", [["--help"], ["compare", "--help"], ["check", "--help"], ["roster", "--help"]])
def test_help_does_not_load_the_pipeline(argv):
    # typer itself draws help with rich and builds a command's options with pydantic, so what is
    # checked is what only the pipeline would load: rapidfuzz and discrepancy's own stages.
    loaded = modules_after(
        f"from discrepancy.cli import app\napp({argv!r}, prog_name='discrepancy', standalone_mode=False)"
    )
    assert "typer" in loaded
    assert "rapidfuzz" not in top_level(loaded)
    assert {m for m in loaded if m.startswith("discrepancy.")} == {"discrepancy.cli", "discrepancy.errors"}
