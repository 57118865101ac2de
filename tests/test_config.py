"""Settings files: found upward, validated with one-line errors, used by compare and check."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from discrepancy.config import find_config, load_config
from discrepancy.settings import glob_match
from discrepancy.errors import InputError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAIR = [str(CORPUS / p) for p in json.loads((CORPUS / "manifest.json").read_text())["example_pair"]]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_read_with_kebab_case_keys(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.discrepancy]\nfail-on = "error"\n'
        'ignore = ["OMI"]\nalign-threshold = 0.3\n[tool.discrepancy.severity]\nNUM001 = "info"\n',
    )
    config = load_config(cwd=tmp_path)
    assert config.path == tmp_path / "pyproject.toml"
    assert config.settings.fail_on == "error"
    assert config.settings.ignore == ["OMI"]
    assert config.settings.align_threshold == 0.3
    assert config.settings.severity["NUM001"].value == "info"


def test_found_upward_and_discrepancy_toml_wins_over_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.discrepancy]\nfail-on = "info"\n')
    deeper = tmp_path / "a" / "b"
    deeper.mkdir(parents=True)
    assert find_config(deeper) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "no table here"\n')
    assert find_config(deeper) == tmp_path / "pyproject.toml"
    write(tmp_path / "discrepancy.toml", 'fail-on = "error"\n')
    assert load_config(cwd=deeper).settings.fail_on == "error"


def test_without_a_file_the_defaults_are_the_settings_models_defaults(tmp_path):
    # Without a file, compare reads neither options nor fail-on off the models (it does not
    # even import them): both must be what the models' defaults say.
    from discrepancy.settings import Settings

    config = load_config(cwd=tmp_path)
    assert config.path is None and config.given is None
    assert config.compare_options(PAIR[0], PAIR[1]) == Settings().compare_options(PAIR[0], PAIR[1]) == {}
    assert config.fail_on == Settings().fail_on
    assert config.settings == Settings()


@pytest.mark.parametrize(
    "text, key, problem",
    [
        ('fail-on = "sometimes"\n', "fail-on", "'info'"),
        ("select = [\"num001\"]\n", "select", "not a finding code"),
        ("align-threshold = 3\n", "align-threshold", "less than or equal to 1"),
        ("colour = true\n", "colour", "unknown setting"),
        ('[severity]\nNUM001 = "fatal"\n', "severity.NUM001", "'warning'"),
        ("aliases = [[\"Da'esh\"]]\n", "aliases", "two or more"),
        ('ignore = ["NUM", "XYZ"]\n', "ignore", "no rule code starts with 'XYZ'"),
        ('[[rules]]\ntranslation = "t/*.txt"\nsource = "s/{stm}.txt"\n', "rules.0.source", "{stm}"),
        ('[severity]\nQQQ001 = "info"\n', "severity", "no rule code starts with 'QQQ001'"),
        ('[[rules]]\ntranslation = "t/x.txt"\nsource = "s.txt"\n', "rules.0.translation", "needs a wildcard"),
        ('name-tolerance = "lax"\n', "name-tolerance", "'strict', 'normal' or 'loose'"),
        ('titles = ["Wali", " "]\n', "titles", "cannot be empty"),
        ('[ranks]\n"Field Marshal" = ["FM", "f.m."]\n', 'ranks."Field Marshal".variants', "'f.m.'"),
        ('[ranks]\nEnsign = { grade = "OF1" }\n', "ranks.Ensign.grade", "not a NATO grade"),
        ('[ranks]\nEnsign = "ENS"\n', "ranks", "a list of other forms"),
    ],
)
def test_bad_settings_name_file_key_and_problem(tmp_path, text, key, problem):
    path = write(tmp_path / "discrepancy.toml", text)
    with pytest.raises(InputError) as raised:
        load_config(cwd=tmp_path)
    message = str(raised.value)
    assert message.startswith(f"{path}: {key}: ")
    assert problem in message
    assert "\n" not in message


def test_key_in_pyproject_is_named_with_its_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.discrepancy]\njobs = 0\n")
    with pytest.raises(InputError, match=r"pyproject.toml: tool\.discrepancy\.jobs: "):
        load_config(cwd=tmp_path)


def test_toml_syntax_error_names_the_file(tmp_path):
    path = write(tmp_path / "discrepancy.toml", "fail-on = \n")
    with pytest.raises(InputError, match=f"^{path}: not valid TOML"):
        load_config(cwd=tmp_path)


def test_day_first_globs_are_relative_to_the_config(tmp_path):
    write(tmp_path / "discrepancy.toml", '[day-first]\n"ar/**" = true\n"*.us.txt" = false\n')
    config = load_config(cwd=tmp_path)
    options = config.compare_options(tmp_path / "ar" / "x" / "a.txt", tmp_path / "en" / "b.us.txt")
    assert options == {"day_first_a": True, "day_first_b": False}
    assert config.compare_options(tmp_path / "en" / "a.txt", tmp_path / "b.txt") == {}


def test_glob_match_keeps_single_star_within_a_directory():
    assert glob_match("translations/*.txt", "translations/a.txt")
    assert not glob_match("translations/*.txt", "translations/x/a.txt")
    assert glob_match("translations/**/*.txt", "translations/x/y/a.txt")
    assert glob_match("translations/**/*.txt", "translations/a.txt")
    assert glob_match("*.en.txt", "deep/down/a.en.txt")
    assert glob_match("[ab].txt", "b.txt") and not glob_match("[ab].txt", "c.txt")


def run(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args], capture_output=True, text=True, cwd=cwd
    )


def test_compare_reports_a_bad_config_in_one_line_with_status_2(tmp_path):
    write(tmp_path / "discrepancy.toml", 'fail-on = "sometimes"\n')
    result = run("compare", *PAIR, "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "discrepancy.toml: fail-on:" in result.stderr


def test_compare_takes_fail_on_from_the_config_and_the_option_overrides_it(tmp_path):
    write(tmp_path / "discrepancy.toml", 'fail-on = "never"\n')
    assert run("compare", *PAIR, "--format", "json", cwd=tmp_path).returncode == 0
    explicit = write(tmp_path / "other.toml", 'fail-on = "never"\n')
    result = run("compare", *PAIR, "-f", "json", "--config", str(explicit), "--fail-on", "info", cwd=tmp_path)
    findings = json.loads(result.stdout)["findings"]
    assert findings and result.returncode == 1


def test_every_setting_reaches_the_pipeline(tmp_path):
    """Each per-pair setting is a keyword ``pipeline.compare`` takes, and it changes the result."""
    from discrepancy.pipeline import compare

    write(
        tmp_path / "discrepancy.toml",
        'select = ["NUM", "NAM"]\nignore = ["NUM002"]\nalign-threshold = 0.99\n'
        'aliases = [["Basra", "Baghdad"]]\n[severity]\nNUM = "info"\n[day-first]\n"*.txt" = true\n',
    )
    config = load_config(cwd=tmp_path)
    options = config.compare_options(tmp_path / "a.txt", tmp_path / "b.txt")
    assert set(options) == {
        "select", "ignore", "severity", "aliases", "align_threshold", "day_first_a", "day_first_b"
    }
    a = "On 03/04/2021 the ministry received 1,800 trucks. The talks went well in Baghdad."
    b = "On 03/04/2021 the ministry received 1,900 trucks. The talks went badly in Basra today."
    strict = compare(a, b, **options)
    assert strict.a.day_first is True
    assert all(len(g.a) + len(g.b) == 1 for g in strict.alignment), "nothing aligns at 0.99"
    assert len(compare(a, b).alignment) < len(strict.alignment)
    del options["align_threshold"]
    findings = compare(a, b, **options).findings
    assert findings and {f.code[:3] for f in findings} == {"NUM"}, "Basra is Baghdad by alias"
    assert {f.severity.value for f in findings} == {"info"}
    del options["aliases"]
    assert "NAM" in {f.code[:3] for f in compare(a, b, **options).findings}


def test_command_line_select_leaves_the_configured_ignore_in_force(tmp_path):
    """Each option replaces only its own setting, as README's settings paragraph says."""
    write(tmp_path / "discrepancy.toml", 'ignore = ["NUM"]\n')
    write(tmp_path / "a.txt", "More than 2,100 shipments left Iraq.\n")
    write(tmp_path / "b.txt", "More than 2,300 shipments left Iraq.\n")

    def codes(*options):
        result = run("compare", "a.txt", "b.txt", "-f", "json", *options, cwd=tmp_path)
        return [f["code"] for f in json.loads(result.stdout)["findings"]]

    assert codes("--select", "NUM") == []
    assert codes("--select", "NUM", "--ignore", "OMI") == ["NUM001"]
