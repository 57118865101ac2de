"""The roster of the five seed documents, written out as expected: the people, their mentions,
the merges and the flags. Also the generated story's clustering (timing lives in bench/)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from discrepancy.roster.story import build_roster

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))

# Every person of the seeds (someone with a rank or title, or named by the family name alone):
# spellings as written, the documents (by seed number), ranks and titles.
PEOPLE = {
    "Qassem Al-Araji": (["Qassem Al-Araji", "Qassem al-Araji", "Al-Araji", "Qasim Alaraji"], [0, 2, 4], []),
    "Abdul-Amir Al-Shammari": (["Abdul-Amir Al-Shammari", "Abdul Amir Al-Shammari"], [0, 4], ["Lieutenant General", "Staff General"]),
    "John Brennan": (["John Brennan"], [0, 1, 4], ["Major General"]),
    "Richard Bell": (["Richard Bell"], [0, 4], ["Brigadier General"]),
    "Vincent Coste": (["Vincent Coste"], [0, 4], ["Brigadier General"]),
    "Tahsin al-Khafaji": (["Tahsin al-Khafaji", "Al-Khafaji"], [1], ["Major General"]),
    "Mustafa Al-Kadhimi": (["Mustafa Al-Kadhimi", "Al-Kadhimi"], [1], []),
    "Kenneth McKenzie": (["Kenneth McKenzie", "McKenzie", "Frank McKenzie", "McKenzie’s"], [1, 2], ["Lieutenant General", "General"]),
    "Paul Calvert": (["Paul Calvert"], [1], ["Lieutenant General"]),
    "Saad Maan": (["Saad Maan", "Maan"], [2], ["Major General"]),
    "Joe Biden": (["Joe Biden"], [2], []),
    "Yahya Rasool": (["Yahya Rasool"], [3], ["Major General"]),
    "Ian McCarry": (["Ian McCarry", "Makari"], [3], []),
}
# People named once without rank or title: in the roster as names, each on their own.
NAMED_ONCE = ["Matthew Tueller"]


@pytest.fixture(scope="module")
def roster():
    return build_roster([p.read_text(encoding="utf-8") for p in SEEDS], [p.name for p in SEEDS])


def _person(roster, name):
    return next(p for p in roster.people if p.name == name)


def test_the_people_of_the_seeds_with_their_spellings_documents_and_ranks(roster):
    people = {p.name: (p.spellings, p.documents, p.ranks) for p in roster.people if p.kind == "person"}
    assert people == PEOPLE
    for name in NAMED_ONCE:
        assert _person(roster, name).kind == "name"


def test_no_two_people_of_the_seeds_share_a_cluster(roster):
    """No false merge: each mention of a known person sits in that person's cluster only."""
    where = {}
    for person in roster.people:
        for spelling in person.spellings:
            where.setdefault(spelling, set()).add(person.name)
    for name, (spellings, _, _) in PEOPLE.items():
        for spelling in spellings:
            assert where[spelling] == {name}, spelling
    others = [p for p in roster.people if p.kind == "name"]
    assert all(s not in PEOPLE for p in others for s in p.spellings)
    brigadiers = [p for p in roster.people if "Brigadier General" in p.ranks]
    assert [p.name for p in brigadiers] == ["Richard Bell", "Vincent Coste"]


def test_every_mention_points_at_its_text(roster):
    for person in roster.people:
        for m in person.mentions:
            doc = roster.documents[m.document]
            assert doc.text[m.start : m.end] == m.text
            sentence = doc.sentences[m.sentence]
            assert sentence.start <= m.start < m.end <= sentence.end


def test_al_araji_is_one_person_across_000_002_004_and_each_merge_says_why(roster):
    araji = _person(roster, "Qassem Al-Araji")
    assert araji.documents == [0, 2, 4]
    whys = {(m.a, m.b): m.why for m in araji.merges}
    assert whys[("Qassem Al-Araji", "Qasim Alaraji")] == "article and hyphen folded; transliteration qassem/qasim"
    assert "shortened form" in whys[("Qassem al-Araji", "Al-Araji")]
    mckenzie = _person(roster, "Kenneth McKenzie")
    assert any("same family name and role (us central command)" in m.why for m in mckenzie.merges)


def _flags(roster):
    return sorted(
        (f.code, roster.people[f.person].name if f.person is not None else None, f.a.document, f.b.document)
        for f in roster.findings
    )


def test_the_flags_of_the_seeds(roster):
    assert _flags(roster) == [
        ("ROS001", "Abdul-Amir Al-Shammari", 0, 4),  # Lieutenant General / Staff General
        ("ROS001", "Kenneth McKenzie", 1, 1),  # General McKenzie after Lieutenant General Kenneth McKenzie
        ("ROS002", "Kenneth McKenzie", 1, 2),  # Kenneth / Frank in the same role
        ("ROS003", "Ian McCarry", 3, 3),  # McCarry and Makari inside 003
        ("ROS005", None, 0, 4),  # the meeting: Thursday 4 November / today, 5 November
    ]
    by_code = {f.code: f for f in roster.findings}
    assert by_code["ROS003"].a.text == "Ian McCarry" and by_code["ROS003"].b.text == "Makari"
    assert by_code["ROS002"].b.text == "Frank McKenzie"
    assert by_code["ROS005"].a.text == "Thursday, November 4" and by_code["ROS005"].b.text == "today"


def test_the_same_roster_whatever_the_order_of_the_documents(roster):
    backwards = build_roster([p.read_text(encoding="utf-8") for p in reversed(SEEDS)], [p.name for p in reversed(SEEDS)])
    flip = {i: len(SEEDS) - 1 - i for i in range(len(SEEDS))}
    people = {(frozenset(p.spellings), tuple(p.documents)) for p in roster.people if p.kind == "person"}
    again = {
        (frozenset(p.spellings), tuple(sorted(flip[d] for d in p.documents)))
        for p in backwards.people if p.kind == "person"
    }
    assert again == people  # the display name may be another spelling: the first one met
    assert {f.code for f in backwards.findings} == {f.code for f in roster.findings}


def test_two_people_with_one_family_name_and_different_roles_stay_apart():
    roster = build_roster([
        "The commander of the US Central Command, General Kenneth McKenzie, spoke in Baghdad.",
        "The mayor of Glasgow, Frank McKenzie, opened the fair. McKenzie thanked the volunteers.",
    ])
    mckenzies = [p for p in roster.people if any("McKenzie" in s for s in p.spellings)]
    assert len(mckenzies) == 2 and not roster.findings


def test_a_family_name_alone_that_could_be_two_people_is_left_undecided():
    roster = build_roster([
        "General Kenneth McKenzie met Admiral Ian McKenzie in Tampa. McKenzie spoke first.",
    ])
    assert [f.code for f in roster.findings] == ["ROS006"]
    assert "could be Kenneth McKenzie or Ian McKenzie" in roster.findings[0].message
    alone = [p for p in roster.people if p.spellings == ["McKenzie"]]
    assert len(alone) == 1


def test_the_generated_story_clusters_and_finds_every_seeded_conflict():
    sys.path.insert(0, str(ROOT / "bench"))
    from roster_story import generate, pairwise_f1

    texts, gold, seeded = generate(50, seed=3)
    roster = build_roster(texts)
    predicted = {(m.document, m.start): p.id for p in roster.people for m in p.mentions}
    assert pairwise_f1(gold, predicted)[2] >= 0.95
    assert seeded and seeded <= {(f.b.document, f.code) for f in roster.findings}


def test_other_names_of_one_thing_merge_and_raise_nothing(roster):
    isis = next(p for p in roster.people if "ISIS" in p.spellings)
    assert isis.kind == "name" and "Da’esh" in isis.spellings
    assert any(m.why == "listed as names of one thing" for m in isis.merges)
    assert all(f.person is None or roster.people[f.person].kind == "person" for f in roster.findings)


def test_names_whose_skeletons_agree_but_which_start_differently_stay_apart():
    roster = build_roster([
        "Residents of Inner City Development-East complained to the council.",
        "Officials in West answered them. West Side voted.",
        "Major General Ibrahim Qasim spoke. Major General Ebrahim Kassem spoke again.",
    ])
    spellings = [sorted(p.spellings) for p in roster.people]
    assert not any("West" in s and "Inner City Development-East" in s for s in spellings)
    assert ["Ebrahim Kassem", "Ibrahim Qasim"] in spellings  # vowels and q/k start alike
