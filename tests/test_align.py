"""Sentence alignment: group structure on constructed cases and on the example pair."""

from alignment_properties import assert_partition_in_order

from discrepancy.align import align

# Two renderings of the same short report, sentence by sentence (B paraphrases A).
A = [
    "The minister of defence visited the northern base on Monday.",
    "He met the commander of the second brigade, Colonel Hamid Rashid.",
    "They discussed the delivery of 300 armoured vehicles to the border guards.",
    "The visit ended with a press conference in the governor's office.",
    "Journalists asked about the budget for the coming year.",
    "The minister promised that salaries would be paid before the holiday.",
]
B = [
    "On Monday the defence minister toured the base in the north.",
    "He held talks with Colonel Hamid Rashid, who commands the second brigade.",
    "The talks covered handing 300 armored vehicles over to the border guard force.",
    "A press conference at the governor's office closed the visit.",
    "Reporters raised questions about next year's budget.",
    "Salaries will be paid ahead of the holiday, the minister pledged.",
]


def structure(groups):
    return [(g.a, g.b) for g in groups]


def test_identical_documents_align_one_to_one_with_full_score():
    groups = align(A, A)
    assert structure(groups) == [([i], [i]) for i in range(len(A))]
    assert all(g.score == 1.0 for g in groups)


def test_paraphrase_aligns_one_to_one_in_order():
    assert structure(align(A, B)) == [([i], [i]) for i in range(len(A))]


def test_reordered_paragraphs_are_found():
    moved = B[3:] + B[:3]
    pairs = {(g.a[0], g.b[0]) for g in align(A, moved) if g.a and g.b}
    assert pairs == {(i, (i + 3) % 6) for i in range(6)}


def test_one_sentence_split_in_two_is_a_one_to_two_group():
    split = B[:2] + [
        "The talks covered handing 300 armored vehicles over.",
        "They go to the border guard force.",
    ] + B[3:]
    groups = structure(align(A, split))
    assert ([2], [2, 3]) in groups
    assert len(groups) == len(A)


def test_two_sentences_merged_are_a_two_to_one_group():
    merged = B[:4] + [B[4][:-1] + ", and the minister pledged to pay salaries before the holiday."]
    groups = structure(align(A, merged))
    assert ([4, 5], [4]) in groups


def test_a_short_sentence_carrying_the_rest_of_a_long_one_joins_its_group():
    # B says in two sentences what A says in one; the second shares too little with the whole
    # long sentence to raise its score, but it says what the first B sentence left unsaid.
    long = ("The minister of defence visited the northern base on Monday, where he told the"
            " soldiers of the second brigade that their salaries would be paid before the holiday.")
    split = ["On Monday the defence minister toured the base in the north.",
             "Troops will have their wages before the holiday, he added."]
    assert structure(align([long], split)) == [([0], [0, 1])]
    assert structure(align([long] + A[1:], split + B[1:]))[0] == ([0], [0, 1])


def test_dropped_and_inserted_sentences_stand_alone_in_place():
    inserted = "Heavy rain flooded several streets in the capital overnight."
    groups = structure(align(A, B[:2] + [inserted] + B[3:]))
    assert ([2], []) in groups
    assert ([], [2]) in groups
    # The B-only group stands after the group of the B sentence before it.
    assert groups.index(([], [2])) == groups.index(([1], [1])) + 1


def test_sentences_left_over_at_opposite_ends_are_not_paired():
    # Each document has a sentence the other lacks, at opposite ends, sharing a few words: close
    # enough to group were they side by side, too weak to be a sentence moved on its own.
    flood = "Heavy rain flooded the airport road on Sunday."
    shut = "Officials said the airport road stayed shut."
    groups = structure(align([flood] + A, B + [shut]))
    assert groups[0] == ([0], []) and groups[-1] == ([], [len(B)])
    # In a few sentences everything is near: there they pair.
    assert ([0], [2]) in structure(align([flood, *A[:2]], [*B[:2], shut]))


def test_scores_are_between_zero_and_one_and_output_is_deterministic():
    first = align(A, B[::-1])
    assert all(0.0 <= g.score <= 1.0 for g in first)
    assert first == align(A, B[::-1])


def test_empty_sides():
    assert align([], []) == []
    assert structure(align(A[:2], [])) == [([0], []), ([1], [])]
    assert structure(align([], A[:1])) == [([], [0])]


def test_unrelated_sentence_stays_apart_but_two_single_sentences_always_pair():
    rain = "Heavy rain flooded several streets overnight."
    groups = structure(align([A[0]], [B[0], rain]))
    assert groups == [([0], [0]), ([], [1])]
    single = align([A[0]], [rain])
    assert structure(single) == [([0], [0])] and single[0].score < 0.15


def test_example_pair_groups_the_body_sentences_as_a_reader_would():
    import json
    from pathlib import Path

    import discrepancy

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    paths = json.loads((corpus / "manifest.json").read_text())["example_pair"]
    report = discrepancy.compare(*((corpus / p).read_text(encoding="utf-8") for p in paths))

    def sentence(sentences, phrase):
        (index,) = [s.index for s in sentences if phrase in s.text]
        return index

    expected = [
        (["On Thursday, November 4, in Baghdad"], ["hosted a meeting today in Baghdad"]),
        (["As part of the security technical talks"],
         ["Within the framework of the security technical talks"]),
        (["The assistant chief of staff of the Iraqi army"], []),
        (["more than 2,100 shipments"], ["more than 2,100 truckloads"]),
        (["reaffirmed their commitment to the ongoing partnership"],
         ["reaffirmed their commitment to continued partnership",
          "They agreed to reassess their progress"]),
        (["more than 1,800 armed armored wheels"], ["more than 1,800 armored gun trucks"]),
        (["The Iraqi government has reaffirmed"], ["The Iraqi government reaffirmed"]),
        (["Coalition members are present"], ["Coalition personnel are present"]),
        (["agreed to continue holding their regular sessions"],
         ["agreed to continue their regular sessions"]),
    ]
    groups = {(tuple(g.a), tuple(g.b)) for g in report.alignment}
    for phrases_a, phrases_b in expected:
        a = tuple(sorted(sentence(report.a.sentences, p) for p in phrases_a))
        b = tuple(sorted(sentence(report.b.sentences, p) for p in phrases_b))
        assert (a, b) in groups, (phrases_a, phrases_b)


def test_every_sentence_lands_in_exactly_one_group_on_any_input():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["army", "Baghdad", "1,800", "trucks", "the", "met", "talks", "Qasim"])
    sentences = st.lists(st.lists(words, min_size=0, max_size=6).map(" ".join), max_size=30)

    @settings(max_examples=60, deadline=None)
    @given(sentences, sentences)
    def check(a, b):
        groups = align(a, b)
        assert_partition_in_order(groups, a, b)

    check()


def test_a_leftover_anchor_out_of_order_keeps_its_sentence_out_of_the_gap():
    """Leftover anchors 0-2, 1-1, 3-3: the gap between 1-1 and 3-3 must not take B 2 again."""
    a = ["Baghdad", "", "army Baghdad", "army", "army Baghdad 1,800"]
    b = ["army Baghdad 1,800", "", "Baghdad 1,800", "army 1,800"]
    groups = align(a, b)
    assert sorted(j for g in groups for j in g.b) == list(range(len(b)))
    assert sorted(i for g in groups for i in g.a) == list(range(len(a)))
