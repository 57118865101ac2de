"""Settings that change how names and ranks are read: extra ranks and titles, name tolerance."""

import json
import re
from pathlib import Path
from typing import get_args

import pytest

from discrepancy.config import load_config
from discrepancy.pipeline import compare
from test_config import run, write

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
PROJECT = Path(__file__).resolve().parent / "fixtures" / "checkproject"


def seed_sentence(word: str) -> str:
    """The first sentence of the seed documents that contains ``word``."""
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            if word in sentence:
                return sentence.strip()
    raise LookupError(word)


def rank_findings(tmp_path, a: str, b: str) -> list[str]:
    write(tmp_path / "a.txt", a + "\n")
    write(tmp_path / "b.txt", b + "\n")
    result = run("compare", "a.txt", "b.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return [f["message"] for f in json.loads(result.stdout)["findings"] if f["code"] == "RNK001"]


def test_a_rank_added_in_the_config_is_read_and_compared(tmp_path):
    """Transliterated Arabic ranks: "Liwa" (Major General) is no rank of ranks.toml, so
    "Lieutenant General X" -> "Liwa X" reads as a longer name until the config names it."""
    a = seed_sentence("Lieutenant General Abdul-Amir Al-Shammari")
    b = a.replace("Lieutenant General Abdul-Amir", "Liwa Abdul-Amir")
    assert rank_findings(tmp_path, a, b) == []
    write(
        tmp_path / "pyproject.toml",
        '[tool.discrepancy.ranks]\n"Major General" = ["Liwa"]\n"Lieutenant General" = ["Fariq"]\n',
    )
    assert rank_findings(tmp_path, a, b) == ["rank of Al-Shammari: Lieutenant General → Liwa"]
    same = a.replace("Lieutenant General Abdul-Amir", "Fariq Abdul-Amir")
    assert rank_findings(tmp_path, a, same) == [], "a declared form is the same rank"


def test_a_new_rank_takes_its_grade_or_is_a_step_of_its_own():
    a = "Ensign Kareem Hassan and Cadet Omar Ali reported to the ship at dawn."
    b = "Lieutenant Kareem Hassan and Midshipman Omar Ali reported to the ship at dawn."
    ranks = {"Ensign": {"grade": "OF-1"}, "Cadet": [], "Midshipman": []}
    findings = compare(a, b, ranks=ranks).findings
    assert [(f.code, f.a.text, f.b.text) for f in findings if f.code.startswith("RNK")] == [
        ("RNK002", "Ensign", "Lieutenant"),
        ("RNK001", "Cadet", "Midshipman"),
    ]


def test_an_extra_title_makes_the_name_after_it_a_person():
    a = "The market in Mosul was reopened by Wali Kareem Hassan on Sunday."
    b = "The market in Mosul was reopened by Wali Sami Hassan on Sunday."
    assert [f.code for f in compare(a, b).findings] == ["NAM001"]
    findings = compare(a, b, titles=["Wali"]).findings
    assert [(f.code, f.message) for f in findings] == [
        ("NAM004", "given name of Hassan: Kareem Hassan → Sami Hassan")
    ]


@pytest.mark.parametrize(
    "written, level, code",
    [
        ("Qadhafi", "loose", "NAM005"),
        ("Qadhafi", "normal", "NAM005"),  # a romanisation of the same name
        ("Qadhafi", "strict", "NAM001"),
        ("Qaddafi", "normal", "NAM005"),
        ("Qaddafi", "strict", "NAM001"),
    ],
)
def test_name_tolerance_decides_variant_or_another_name(written, level, code):
    a = "Libyan leader Muammar Gaddafi met the delegation in Tripoli on Monday."
    b = a.replace("Gaddafi", written)
    assert [f.code for f in compare(a, b, name_tolerance=level).findings] == [code]


def test_name_tolerance_and_vocabulary_settings_reach_the_pipeline(tmp_path):
    write(
        tmp_path / "discrepancy.toml",
        'name-tolerance = "loose"\ntitles = ["Wali"]\n[ranks]\n"Field Marshal" = ["FM"]\n'
        '"Staff Brigadier" = { grade = "OF-6", variants = ["Staff Brig."] }\n',
    )
    options = load_config(cwd=tmp_path).compare_options(tmp_path / "a.txt", tmp_path / "b.txt")
    assert options == {
        "name_tolerance": "loose",
        "titles": ["Wali"],
        "ranks": {
            "Field Marshal": {"variants": ["FM"]},
            "Staff Brigadier": {"grade": "OF-6", "variants": ["Staff Brig."]},
        },
    }
    a = "Field Marshal Muammar Gaddafi met Wali Kareem Hassan in Tripoli."
    b = "FM Muammar Qadhafi met Wali Kareem Hassan in Tripoli."
    assert [f.code for f in compare(a, b, **options).findings] == ["NAM005"]


def test_the_setting_and_the_option_offer_every_tolerance_level():
    from discrepancy.cli.options import NameTolerance
    from discrepancy.settings import Settings
    from discrepancy.extract.namematch import Tolerance

    offered = get_args(get_args(Settings.model_fields["name_tolerance"].annotation)[0])
    assert offered == tuple(Tolerance.__members__) == tuple(level.value for level in NameTolerance)


def test_the_compare_option_overrides_the_configured_tolerance(tmp_path):
    a = "Libyan leader Muammar Gaddafi met the delegation in Tripoli on Monday."
    write(tmp_path / "a.txt", a + "\n")
    write(tmp_path / "b.txt", a.replace("Gaddafi", "Qadhafi") + "\n")
    write(tmp_path / "discrepancy.toml", 'name-tolerance = "loose"\n')

    def codes(*options):
        result = run("compare", "a.txt", "b.txt", "-f", "json", *options, cwd=tmp_path)
        return [f["code"] for f in json.loads(result.stdout)["findings"]]

    assert codes() == ["NAM005"]
    assert codes("--name-tolerance", "strict") == ["NAM001"]


def test_check_stops_on_a_bad_setting_with_one_line_and_status_2(tmp_path):
    config = write(
        tmp_path / "discrepancy.toml",
        "name-tolerance = 0.5\n" + (PROJECT / "discrepancy.toml").read_text(encoding="utf-8"),
    )
    result = run("check", "--config", str(config), cwd=PROJECT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert f"{config}: name-tolerance: " in result.stderr
