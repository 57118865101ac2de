"""Name folding and matching, rank normalisation and name extraction on real wording."""

import pytest

from discrepancy.extract.aliases import alias_table, same_thing
from discrepancy.extract.namematch import Match, match_names, name_tokens, token_match
from discrepancy.extract.people import extract, normalise_rank


def _match(a: str, b: str) -> Match:
    return match_names(name_tokens(a), name_tokens(b))


@pytest.mark.parametrize(
    "a, b",
    [
        ("Qassem Al-Araji", "Qasim Alaraji"),
        ("Mustafa Al-Kadhimi", "Mustafa al-Kazemi"),
        ("Tahsin al-Khafaji", "Tahseen Al-Khafaji"),
        ("Mihajlovič", "Mihajlovic"),
        ("Daniel Russel", "Daniel Russell"),
        ("Jiří Čunek", "Jiří Čunk"),
    ],
)
def test_transliterations_and_misspellings_are_variants(a, b):
    assert _match(a, b) >= Match.variant


def test_hyphen_and_article_fold_away():
    assert _match("Abdul-Amir Al-Shammari", "Abdul Amir al-Shammari") == Match.same


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Kenneth McKenzie", "Frank McKenzie", Match.given_differs),
        ("McKenzie", "Kenneth McKenzie", Match.subset),
        ("Michael Schumacher", "Athletico de Kolkata", Match.different),
        ("Iran", "Iraq", Match.different),
        ("Crete", "Melbourne", Match.different),
    ],
)
def test_different_names_stay_apart(a, b, expected):
    assert _match(a, b) == expected


def test_short_words_tolerate_a_swap_but_not_a_changed_letter():
    assert token_match("iran", "irna") == Match.variant
    assert token_match("goma", "gma") == Match.variant
    assert token_match("iran", "iraq") == Match.different


@pytest.mark.parametrize(
    "written, canonical, grade",
    [
        ("Lt. Gen.", "Lieutenant General", "OF-8"),
        ("Lt.-Gen.", "Lieutenant General", "OF-8"),
        ("LTG", "Lieutenant General", "OF-8"),
        ("Staff Lt. Gen.", "Lieutenant General", "OF-8"),
        ("Maj. Gen.", "Major General", "OF-7"),
        ("Brig. Gen.", "Brigadier General", "OF-6"),
        ("Brigadier", "Brigadier", "OF-6"),
        ("Vice Adm.", "Vice Admiral", "OF-8"),
        ("Air Marshal", "Air Marshal", "OF-8"),
        ("Staff General", "General", "OF-9"),
    ],
)
def test_rank_forms_normalise(written, canonical, grade):
    rank = normalise_rank(written)
    assert (rank.canonical, rank.grade) == (canonical, grade)


def test_not_a_rank():
    assert normalise_rank("Attorney") is None


def _names(text):
    return [(m.kind, m.text, m.attrs.get("rank")) for m in extract(text, 0, len(text))]


def test_person_with_rank_and_role_before_it():
    text = "Deputy Commanding General Brigadier General Richard Bell (UK) attended."
    assert _names(text) == [
        ("office", "Deputy Commanding General", None),
        ("rank", "Brigadier General", None),
        ("name", "Richard Bell", "Brigadier General"),
        ("name", "UK", None),
    ]


def test_title_then_name_with_particle():
    text = "The spokesman, Major General Tahsin al-Khafaji, said so to the Iraqi News Agency (INA)."
    found = _names(text)
    assert ("name", "Tahsin al-Khafaji", "Major General") in found
    assert ("name", "Iraqi News Agency", None) in found and ("name", "INA", None) in found


@pytest.mark.parametrize("name", ["Osama bin Laden", "Fatima bint Ahmed", "Ludwig van Beethoven"])
def test_every_particle_keeps_a_name_whole(name):
    assert _names(f"They met {name} today.") == [("name", name, None)]


def test_sentence_start_common_word_is_a_weak_name_but_a_surname_is_a_name():
    (congress,) = extract("Congress began funding it.", 0, 26)
    assert congress.text == "Congress" and "weak" in congress.attrs
    assert extract("However, the talks went on.", 0, 27) == []
    (murray,) = extract("Murray lost the first set.", 0, 26)
    assert murray.text == "Murray" and "weak" not in murray.attrs
    assert _names("The talks went on.") == []


def test_office_words_do_not_make_a_rank():
    text = "Attorney General Bill Barr addressed the General Assembly."
    assert [k for k, _, _ in _names(text)] == ["office", "name", "name"]


def test_aliases_and_initialisms():
    table = alias_table()
    assert same_thing(name_tokens("ISIS"), name_tokens("Da’esh"), table)
    assert same_thing(name_tokens("the U.S."), name_tokens("United States"), table)
    assert same_thing(name_tokens("ISF"), name_tokens("Iraqi Security Forces"), table)
    assert not same_thing(name_tokens("Iran"), name_tokens("Iraq"), table)
    extended = alias_table([["Hashd", "Popular Mobilisation Commission"]])
    assert same_thing(name_tokens("Popular Mobilisation Commission"), name_tokens("PMF"), extended)


def test_aliases_option_extends_the_built_in_groups():
    from discrepancy import compare

    a, b = "The delegation met in Basra on Monday.", "The delegation met in Baghdad on Monday."
    assert [f.code for f in compare(a, b, select=["NAM"]).findings] == ["NAM001"]
    assert compare(a, b, select=["NAM"], aliases=[["Basra", "Baghdad"]]).findings == []


def test_retired_mark_stays_with_the_rank():
    text = "Gen. (Ret.) John Allen met Lt. Gen. (retd) Ali Hassan."
    ranks = [(m.text, m.value, m.attrs["holder"]) for m in extract(text, 0, len(text)) if m.kind == "rank"]
    assert ranks == [("Gen. (Ret.)", "General", "john allen"), ("Lt. Gen. (retd)", "Lieutenant General", "ali hassan")]


def test_a_stretch_of_sentences_is_read_sentence_by_sentence():
    from discrepancy.model import Document, Sentence

    text = "The plan was called Plan B. Congress began the debate."
    cut = text.index("Congress")
    doc = Document(
        text=text,
        sentences=[
            Sentence(index=0, start=0, end=cut - 1, text=text[: cut - 1]),
            Sentence(index=1, start=cut, end=len(text), text=text[cut:]),
        ],
    )
    found = extract(text, 0, len(text), doc)
    assert [(m.text, "weak" in m.attrs) for m in found] == [("Plan B", False), ("Congress", True)]
