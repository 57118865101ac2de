"""How sure a one-sided or changed date is: the severity the DAT rules give, on real-looking text."""

import pytest

from discrepancy import compare


def _severities(a, b, code):
    return [f.severity.value for f in compare(a, b, select=["DAT"]).findings if f.code == code]


@pytest.mark.parametrize("a, b, code, expected", [
    # a vague time of day in two renderings goes with the rewording...
    ("Originally, the party was supposed to end on Sunday afternoon, when most speakers went mute.",
     "The rave was scheduled to finish at midday on Sunday, when the sound systems stopped.", "DAT004", ["info"]),
    # ...but dropped from one wording it was dropped
    ("The minister spoke at noon in the capital.", "The minister spoke in the capital.", "DAT004", ["warning"]),
    ("The minister spoke at noon.", "The minister spoke at 12:30.", "DAT003", ["info"]),
    ("The curfew starts at midnight.", "The curfew starts at noon.", "DAT003", ["error"]),
    # a stated year or day stays a warning however the sentence is worded
    ("The average wage was 34,125 crowns in 2019, according to the statistics office.",
     "According to the statistics office, the average wage was 34,125 crowns.", "DAT004", ["warning"]),
    ("He said this year's season was the first.", "He said the season was the first.", "DAT004", ["info"]),
    ("The man was arrested again on Saturday and confessed.",
     "The man was arrested again on Sunday and confessed.", "DAT001", ["error"]),
])
def test_severity(a, b, code, expected):
    assert _severities(a, b, code) == expected
    assert _severities(b, a, code) == expected
