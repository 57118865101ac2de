"""Right-to-left documents: shown in their own direction, stored and sliced in logical order.

The Arabic statement of tests/fixtures/crosslingual against its English counterpart. The
browser test lays the HTML page out in headless Chromium (see test_report_html) and measures
where the words land; the terminal tests read the view as a terminal that applies no
bidirectional algorithm would draw it, cell by cell.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from report_fixtures import mixed_seed_report
from rich.cells import cell_len
from rich.text import Text
from test_cli_reports import run, run_on_tty
from test_report_html import browser  # noqa: F401  (the Chromium fixture)

from discrepancy.pipeline import compare
from discrepancy.report import bidi, render, view
from discrepancy.report.visual import order, reordered, shaped

FIXTURES = Path(__file__).parent / "fixtures" / "crosslingual"
AR, EN = FIXTURES / "statement.ar.txt", FIXTURES / "statement.en.txt"
NAME, RANK = "الشمري", "الفريق أول ركن"
FIRST_WORDS = "استضاف مستشار الأمن"


def drawn(text: str, base: str = "R") -> str:
    """``text`` as the visual terminal view draws it: joined forms, left to right."""
    return reordered(shaped(Text(text)), base).plain


@pytest.fixture(scope="module")
def report():
    return compare(AR.read_text("utf-8"), EN.read_text("utf-8"), a_path=str(AR), b_path=str(EN))


def _side_block(view: str) -> list[str]:
    """The lines of the first group's two columns."""
    lines = view.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("§1 "))
    end = next(i for i, line in enumerate(lines) if "RNK001" in line)
    return lines[start + 1 : end]


def test_terminal_visual_order_reads_right_to_left_in_aligned_columns(report):
    view = render(report, "terminal", color=False, width=100, bidi="visual")
    block = _side_block(view)
    assert FIRST_WORDS not in view  # not in the order it is stored
    first = block[0]
    english = first.index("On 2021-11-04")
    a_column = first[:english].rstrip()
    # The first word, in joined forms, is at the right edge of the A column.
    assert a_column.endswith(drawn("استضاف")) and drawn("مستشار") in a_column
    assert a_column.index(drawn("مستشار")) < a_column.index(drawn("استضاف"))
    assert any("\ufe8d" <= c <= "\ufefc" for c in a_column)  # presentation forms: letters joined
    # Right-aligned A lines end at one cell, and the B column starts at one cell, line after line.
    a_ends, b_starts = set(), set()
    for line in block:
        split = re.search(r"[A-Za-z]", line)
        if split and split.start() > 0:
            b_starts.add(cell_len(line[: split.start()]))
            if line[: split.start()].strip():
                a_ends.add(cell_len(line[: split.start()].rstrip()))
    assert len(b_starts) == 1 and len(a_ends) == 1 and len(block) > 5
    assert all(cell_len(line) <= 100 for line in view.splitlines())


def test_terminal_message_keeps_the_name_next_to_its_rank(report):
    view = render(report, "terminal", color=False, width=100, bidi="visual")
    assert f"rank of {drawn(NAME)}: {drawn(RANK)} → Lieutenant General" in view
    assert f"A “{drawn(RANK)}”  B “Lieutenant General”" in view


def test_terminal_logical_order_leaves_the_text_as_written(report):
    view = render(report, "terminal", color=False, width=100, bidi="logical")
    assert FIRST_WORDS in view and f"rank of {NAME}: {RANK} → Lieutenant General" in view
    assert render(report, "terminal", color=False, width=100) == view  # the library's default


def test_english_terminal_view_is_the_same_in_either_mode():
    seed = mixed_seed_report()
    for color in (False, True):
        assert render(seed, "terminal", color=color, bidi="visual") == render(seed, "terminal", color=color)


def test_visual_order_keeps_styles_on_their_characters():
    text = Text("قال " + NAME + " اليوم")
    text.stylize("bold", 4, 4 + len(NAME))
    line = reordered(text, "R")
    assert line.plain == "مويلا " + NAME[::-1] + " لاق"
    (span,) = [s for s in line.spans if s.style == "bold"]
    assert line.plain[span.start : span.end] == NAME[::-1]


def test_visual_order_mirrors_brackets_and_keeps_marks_after_their_letters():
    assert "".join(c for _, c in order("(بغداد)", "R")) == "(دادغب)"
    tanwin = "".join(c for _, c in order("اجتماعاً", "R"))
    assert tanwin.index("\u064b") == tanwin.index("ا") + 1  # the mark follows the alef it sits on
    assert sorted(i for i, _ in order("يوم 2021-11-04 في", "R")) == list(range(17))


def test_json_keeps_logical_order_and_offsets_slice_the_arabic_text():
    result = run("compare", str(AR), str(EN), "--format", "json", "--bidi", "visual")
    data = json.loads(result.stdout)
    text = AR.read_text("utf-8")
    spans = [f["a"] for f in data["findings"] if f["a"]]
    assert spans and any(s["text"] == RANK for s in spans)
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    for sentence in data["a"]["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert data["a"]["lang"] == "ar"


def test_cli_draws_visual_order_on_a_terminal_and_logical_into_a_pipe():
    env = {"COLUMNS": "100", "TERM": "xterm", "NO_COLOR": ""}
    screen = run_on_tty("compare", str(AR), str(EN), env=env)
    assert screen.startswith(bidi.EXPLICIT) and screen.rstrip().endswith(bidi.IMPLICIT)
    assert FIRST_WORDS not in screen and drawn("استضاف") in screen
    told = run_on_tty("compare", str(AR), str(EN), "--bidi", "logical", env=env)
    assert bidi.EXPLICIT not in told and FIRST_WORDS in told
    piped = run("compare", str(AR), str(EN)).stdout
    assert FIRST_WORDS in piped and "\x1b" not in piped
    asked = run("compare", str(AR), str(EN), env={"DISCREPANCY_BIDI": "visual"}).stdout
    assert FIRST_WORDS not in asked and "\x1b" not in asked  # no colour, no escape at all
    wrong = run("compare", str(AR), str(EN), env={"DISCREPANCY_BIDI": "sideways"})
    assert wrong.returncode == 2 and "DISCREPANCY_BIDI" in wrong.stderr


def test_check_and_roster_draw_arabic_as_compare_does(tmp_path):
    """A project checks a translation against its Arabic source: `check --format terminal` and
    `roster` follow --bidi as `compare` does, on a terminal and into a pipe."""
    (tmp_path / "statement.ar.txt").write_bytes(AR.read_bytes())
    (tmp_path / "statement.en.txt").write_bytes(EN.read_bytes())
    (tmp_path / "discrepancy.toml").write_text(
        '[[pairs]]\nid = "statement"\na = "statement.ar.txt"\nb = "statement.en.txt"\nlang-a = "ar"\n'
    )
    env = {"COLUMNS": "100", "TERM": "xterm", "NO_COLOR": ""}
    for command in (
        ["check", "--format", "terminal", "--quiet"], ["check", "--roster"],
        ["roster", "statement.ar.txt", "statement.en.txt"],
    ):
        screen = run_on_tty(*command, env=env, cwd=tmp_path)
        assert screen.startswith(bidi.EXPLICIT) and "الأمير" not in screen and drawn("الأمير") in screen
        piped = run(*command, "--bidi", "logical", cwd=tmp_path)
        assert piped.returncode == 1, piped.stderr
        assert "الأمير" in piped.stdout and "\x1b" not in piped.stdout


def test_markdown_isolates_the_arabic_pieces_of_a_message(report):
    text = render(report, "markdown")
    row = next(line for line in text.splitlines() if "RNK001" in line)
    assert f"rank of {bidi.FSI}{NAME}{bidi.PDI}: {bidi.FSI}{RANK}{bidi.PDI} → Lieutenant General" in row
    assert text.count(bidi.FSI) == text.count(bidi.PDI)
    assert FIRST_WORDS in text  # the quoted sentence as written, for GitHub's dir="auto"
    assert bidi.FSI not in render(mixed_seed_report(), "markdown")


def test_no_word_differences_are_marked_across_languages(report):
    """Every word of a translation differs from its source's: marking them marks everything."""
    quotes = lambda r: [line for line in render(r, "markdown").splitlines() if line.startswith("| ")]  # noqa: E731
    assert quotes(report) and not any("**" in line for line in quotes(report))
    assert not any(span.finding is None for group in view.groups(report) for side in (group.a, group.b)
                   for span in side.spans)
    english = mixed_seed_report()
    assert any("**" in line for line in quotes(english))
    assert any(span.finding is None for group in view.groups(english) for span in group.a.spans)


def test_html_sides_carry_their_language_and_direction(report):
    page = render(report, "html")
    assert page.count('<div class="side" lang="ar" dir="rtl">') == len(report.alignment)
    assert page.count('<div class="side" lang="en" dir="ltr">') == len(report.alignment)
    unknown = copy.deepcopy(report)
    unknown.a.lang = None
    assert '<div class="side" dir="auto">' in render(unknown, "html")
    assert "<bdi>" not in render(mixed_seed_report(), "html")


_POSITIONS = """(root, words) => {
  const where = {};
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  for (const word of words) {
    for (const t of texts) {
      const i = t.data.indexOf(word);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(t, i);
      range.setEnd(t, i + word.length);
      const box = range.getBoundingClientRect();
      where[word] = [box.left, box.right, box.top];
      break;
    }
  }
  return where;
}"""


def test_page_in_chromium_lays_arabic_out_right_to_left(browser, report, tmp_path):  # noqa: F811
    path = tmp_path / "rtl.html"
    path.write_text(render(report, "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(path.as_uri())
    arabic, english = page.locator("#g1 .side").nth(0), page.locator("#g1 .side").nth(1)
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    where = arabic.evaluate(_POSITIONS, ["استضاف", "مستشار", NAME])
    assert where["استضاف"][0] > where["مستشار"][1]  # the first word is the rightmost
    side = arabic.bounding_box()
    assert side["x"] + side["width"] - where["استضاف"][1] < 4  # flush with the right edge
    assert arabic.locator("mark").first.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    words = english.evaluate(_POSITIONS, ["On", "Baghdad"])
    assert words["On"][1] < words["Baghdad"][0]
    # In the English message the name stays after "rank of" and the rank before the arrow.
    message = page.locator("td.msg").first
    at = message.evaluate(_POSITIONS, ["of", NAME, ":", "الفريق", "→"])
    assert at["of"][1] <= at[NAME][0] < at[":"][0] < at["الفريق"][0] < at["→"][0]
    page.close()
