"""Severity of name findings follows how sure the reading is: real wording from DEMETR."""

from discrepancy import compare


def _serious(a: str, b: str) -> list[str]:
    return [f.message for f in compare(a, b, select=["NAM"]).findings if f.severity.value != "info"]


def test_reworded_sentence_keeps_wording_choices_at_info():
    a = "A few days later in the hospital of the Ministry of Internal Affairs, Kornel Morawiecki underwent serious surgery."
    b = "A few days later, in the hospital of the Ministry of Interior in Warsaw, Kornel Morawiecki underwent a major operation."
    assert _serious(a, b) == []
    a = "Real Madrid or Manchester City would then be waiting as an opponent in the next KO round."
    b = "In the next knockout round, Real Madrid or Manchester City would be waiting as opponents."
    assert _serious(a, b) == []


def test_same_wording_makes_any_missing_name_serious():
    a = "Real Madrid or Manchester City would then be waiting in the next KO round."
    b = "Real Madrid or Manchester City would then be waiting in the next round."
    assert _serious(a, b) == ["name only in A: KO"]


def test_whole_replacement_is_an_error_with_both_spans():
    a = "Remains of sewage systems have been found in the Minoan cities of Crete and Santorini."
    b = "Remains of sewage systems have been found in the Minoan cities of Melbourne and Santorini."
    (finding,) = compare(a, b, select=["NAM"]).findings
    assert finding.severity.value == "error"
    assert (finding.a.text, finding.b.text) == ("Crete", "Melbourne")
    assert a[finding.a.start:finding.a.end] == "Crete" and finding.a.sentence == 0


def test_a_pronoun_in_place_of_the_name_is_information():
    (finding,) = compare(
        "But Peter took Jesus aside, and began to rebuke him.",
        "And Peter took him aside and began to rebuke him.",
        select=["NAM"],
    ).findings
    assert finding.severity.value == "info" and finding.message.endswith("(a pronoun in B)")
