"""The roster over reports in several languages: each read by its language's readers, one person
named in two scripts is one person, and a rank told differently across languages is ROS001.

The pair is tests/fixtures/crosslingual: an Arabic statement in the style of the seed and its
English translation, whose rank for Al-Shammari is another grade."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from discrepancy.roster.scripts import same_across_scripts
from discrepancy.roster.story import build_roster

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "crosslingual"
ARABIC = (FIXTURES / "statement.ar.txt").read_text(encoding="utf-8")
ENGLISH = (FIXTURES / "statement.en.txt").read_text(encoding="utf-8")


def _people(roster) -> dict[str, set[str]]:
    return {p.name: set(p.spellings) for p in roster.people if p.kind == "person"}


@pytest.fixture(scope="module")
def roster():
    return build_roster([ARABIC, ENGLISH], ["statement.ar.txt", "statement.en.txt"])


def test_each_report_is_read_in_its_own_language(roster):
    assert [d.lang for d in roster.documents] == ["ar", "en"]
    arabic = roster.documents[0]
    assert arabic.sentences and all(s.text == arabic.text[s.start:s.end] for s in arabic.sentences)


def test_one_person_in_two_scripts_is_one_person_and_nothing_else_joins_them(roster):
    people = _people(roster)
    assert people["Qassem Al-Araji"] == {"قاسم الأعرجي", "Qassem Al-Araji"}  # not "Iraq", "Iraqi ..."
    assert people["Abdul-Amir Al-Shammari"] == {"عبد الأمير الشمري", "Abdul-Amir Al-Shammari"}
    assert people["Richard Bell"] == {"ريتشارد بيل", "Richard Bell"}  # "ومدير", "and director", ends it
    assert len(people) == 5


def test_a_rank_told_differently_across_languages_is_found_with_both_spans(roster):
    (finding,) = [f for f in roster.findings if f.code == "ROS001"]
    spans = {roster.documents[p.document].lang: p for p in (finding.a, finding.b)}
    assert spans["ar"].text == "الفريق أول ركن عبد الأمير الشمري"  # the rank and its holder
    assert ARABIC[spans["ar"].start:spans["ar"].end] == spans["ar"].text
    assert spans["en"].text == "Lieutenant General Abdul-Amir Al-Shammari"
    assert "Staff General" in finding.message  # the Arabic rank's English reading


def test_the_same_grade_across_languages_is_no_finding():
    fixed = ENGLISH.replace("Lieutenant General Abdul-Amir", "Staff General Abdul-Amir")
    assert fixed != ENGLISH
    roster = build_roster([ARABIC, fixed])
    assert not [f for f in roster.findings if f.code == "ROS001"]


def test_another_given_name_with_the_same_family_name_is_another_person():
    changed = ARABIC.replace("قاسم الأعرجي", "أحمد الأعرجي")
    assert changed != ARABIC
    people = _people(build_roster([changed, ENGLISH]))
    assert {"Qassem Al-Araji"} in people.values()
    assert {"أحمد الأعرجي"} in people.values()


@pytest.mark.parametrize("a, b, same", [
    (("قاسم", "الاعرجي"), ("qassem", "araji"), True),
    (("ريتشارد", "بيل", "ومدير"), ("richard", "bell"), True),
    (("سيرغي", "شويغو"), ("sergei", "shoigu"), True),
    (("احمد", "الاعرجي"), ("qassem", "araji"), False),
    (("قاسم", "الاعرجي"), ("iraqi", "security", "forces"), False),
    (("الاعرجي",), ("iraq",), False),
])
def test_names_across_scripts(a, b, same):
    assert same_across_scripts(a, b) is same
    assert same_across_scripts(b, a) is same


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", "roster", *args], capture_output=True, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_the_terminal_view_draws_arabic_in_visual_order_when_asked():
    files = [str(FIXTURES / "statement.ar.txt"), str(FIXTURES / "statement.en.txt")]
    logical = _cli(*files, "--no-color")
    visual = _cli(*files, "--no-color", "--bidi", "visual")
    assert logical.returncode == visual.returncode == 1, logical.stderr + visual.stderr
    assert "عبد الأمير الشمري" in logical.stdout  # into a pipe: as stored
    assert "عبد الأمير الشمري" not in visual.stdout
    assert "ﺪﺒﻋ" in visual.stdout  # عبد joined and drawn right to left
    assert "Lieutenant General" in visual.stdout
    assert _cli(*files, "--bidi", "sideways").returncode == 2


def test_a_common_given_name_across_scripts_joins_only_its_own_family():
    said = {"ar": "\nوقال العميد محمد {} إن الاجتماع كان مثمرا.", "en": "\nBrigadier General Mohammed {} said the meeting was fruitful."}
    texts = [
        ARABIC + said["ar"].format("كريم"), ENGLISH + said["en"].format("Karim"),
        ARABIC + said["ar"].format("ناصر"), ENGLISH + said["en"].format("Nasser"),
    ]
    people = _people(build_roster(texts))
    assert people["Mohammed Karim"] == {"محمد كريم", "Mohammed Karim"}
    assert people["Mohammed Nasser"] == {"محمد ناصر", "Mohammed Nasser"}


def test_a_rank_in_another_language_shows_its_english_reading_and_an_english_one_stays_as_written():
    roster = build_roster([
        "Generalleutnant Klaus Meyer traf am Montag in Berlin den Bundeskanzler und sprach lange mit ihm über die Lage.",
        "Lt. Gen. Klaus Meyer met the Chancellor in Berlin on Monday and spoke with him at length about the situation.",
    ])
    (meyer,) = [p for p in roster.people if p.name == "Klaus Meyer"]
    assert sorted(meyer.ranks) == ["Generalleutnant (Lieutenant General)", "Lt. Gen."]
