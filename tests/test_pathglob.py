"""Path globs: same matches and captures as a greedy regex translation, without its
exponential backtracking."""

import fnmatch
import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.pathglob import glob_captures


def regex_oracle(pattern: str) -> re.Pattern:
    """The plain regex translation (exponential on many stars, fine on tiny inputs)."""
    out = []
    for piece in re.findall(r"\*\*/|\*\*|\*|\?|\[[^\]]*\]|.", pattern, re.S):
        if piece == "**/":
            out.append("((?:.*/)?)")
        elif piece == "**":
            out.append("(.*)")
        elif piece == "*":
            out.append("([^/]*)")
        elif piece == "?":
            out.append("[^/]")
        elif piece.startswith("[") and fnmatch.translate(piece)[4:5] == "[":
            out.append(fnmatch.translate(piece)[4:-3])
        else:
            out.append(re.escape(piece))
    return re.compile("".join(out) + r"\Z", re.S)


def test_captures_are_greedy_left_to_right():
    assert glob_captures("translations/*/*.en.txt", "translations/000/a.en.txt") == ("000", "a")
    assert glob_captures("*-*.txt", "a-b-c.txt") == ("a-b", "c")
    assert glob_captures("**/*.txt", "x/y/a.txt") == ("x/y/", "a")
    assert glob_captures("**/*.txt", "a.txt") == ("", "a")
    assert glob_captures("src/**", "src/a/b") == ("a/b",)
    assert glob_captures("*.txt", "x/a.txt") is None
    assert glob_captures("[ab]?.txt", "b1.txt") == ()
    assert glob_captures("[ab.txt", "[ab.txt") == ()


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab/*?.[]!", max_size=8),
    st.text(alphabet="ab/.[]!", max_size=10),
)
def test_matches_and_captures_as_the_regex_translation(pattern, path):
    match = regex_oracle(pattern).match(path)
    assert glob_captures(pattern, path) == (match.groups() if match else None)


def test_many_stars_against_a_long_name_finish():
    """Ten stars and a 60-letter name that does not match: hours with a backtracking regex."""
    code = (
        "from discrepancy.pathglob import glob_captures\n"
        "assert glob_captures('*a*a*a*a*a*a*a*a*a*b', 'a' * 60) is None\n"
        "assert glob_captures('*a*a*a*a*a*a*a*a*a*b', 'a' * 60 + 'b') is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
