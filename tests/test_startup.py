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


def modules_after(code: str, cwd: Path = ROOT) -> set[str]:
    """The names in sys.modules once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=cwd,
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
    ours = {m for m in loaded if m.startswith("discrepancy.")}
    assert ours == {"discrepancy.cli", "discrepancy.cli.options", "discrepancy.cli.pair", "discrepancy.cli.many",
                    "discrepancy.errors", "discrepancy.runcache"}



LANGUAGE_LIBRARIES = {"babel", "py3langid", "text2num", "number_parser", "pyarabic", "hijridate", "bidi", "arabic_reshaper"}
SEEDS = ROOT / "corpus" / "seeds"
SEED_PAIR = [str(SEEDS / "000_47fb899475d6396d.txt"), str(SEEDS / "004_f4fab77a5333ccde.txt")]


def compare_code(*options: str) -> str:
    return (
        "from discrepancy.cli import app\n"
        f"app(['compare', *{SEED_PAIR!r}, *{list(options)!r}], prog_name='discrepancy', standalone_mode=False)"
    )


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_an_english_pair_not_for_a_terminal_loads_neither_rich_nor_language_libraries(fmt):
    loaded = modules_after(compare_code("--format", fmt))
    assert "discrepancy.pipeline" in loaded
    assert not top_level(loaded) & ({"rich"} | LANGUAGE_LIBRARIES)


def test_without_a_settings_file_no_settings_model_is_built(tmp_path):
    # The seed pair is compared from a folder with no settings file above it (tmp_path); the
    # models' validators are built only to read one.
    code = compare_code("--format", "json") + (
        "\nfrom discrepancy import settings"
        "\nassert not any(m.__pydantic_complete__ for m in (settings.Settings, settings.RuleChoice))"
    )
    modules_after(code, cwd=tmp_path)


def test_a_json_compare_without_a_settings_file_builds_no_pydantic_model(tmp_path):
    # typer builds a pydantic TypeAdapter for each option of a command, so pydantic itself (and
    # pydantic.main) is loaded by any command; what the run must not add is a model: the report
    # records are dataclasses, and the settings models are imported only to read a file.
    code = compare_code("--format", "json") + (
        "\nimport pydantic"
        "\nassert not pydantic.BaseModel.__subclasses__(), pydantic.BaseModel.__subclasses__()"
    )
    loaded = modules_after(code, cwd=tmp_path)
    assert "discrepancy.pipeline" in loaded
    assert "discrepancy.settings" not in loaded
