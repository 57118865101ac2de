"""Terminal, Markdown, GitHub and JUnit renderers on the seed pair and on hostile text."""

from __future__ import annotations

import re
from dataclasses import replace
import xml.etree.ElementTree as ET

import pytest
from report_fixtures import finding, mixed_seed_report

from discrepancy.model import Kind, Severity
from discrepancy.pipeline import compare
from discrepancy.report import render
from discrepancy.report.github import escape_data, escape_property
from discrepancy.report.markdown import escape
from discrepancy.report.view import line_column, word_differences

ESCAPE = re.compile(r"\x1b\[")


@pytest.fixture(scope="module")
def report():
    return mixed_seed_report()


def test_terminal_without_colour_has_no_escape_codes_and_keeps_width(report):
    text = render(report, "terminal", color=False, width=72)
    assert not ESCAPE.search(text)
    assert max(len(line) for line in text.splitlines()) <= 72
    assert "RNK001" in text and "Lieutenant General" in text and "Staff General" in text


def test_terminal_colours_finding_spans_by_kind(report):
    text = render(report, "terminal", color=True, width=100)
    # The rank spans are styled: reverse video (7) in the rank colour, cyan (36).
    assert re.search(r"\x1b\[[0-9;]*7;36mLieutenant", text)
    assert re.search(r"\x1b\[[0-9;]*7;36mStaff", text)


def test_info_findings_fold_away_unless_verbose(report):
    info = [f for f in report.findings if f.severity is Severity.info]
    assert info
    quiet = render(report, "terminal", color=False, width=100)
    loud = render(report, "terminal", color=False, width=100, verbose=True)
    assert info[0].code not in quiet and "folded away" in quiet
    assert info[0].code in loud and "folded away" not in loud


def test_word_differences_ignore_case_and_edge_punctuation():
    a_spans, b_spans = word_differences("Lieutenant General Abdul, met", "staff general Abdul met")
    assert [("Lieutenant General Abdul, met"[s:e]) for s, e in a_spans] == ["Lieutenant"]
    assert [("staff general Abdul met"[s:e]) for s, e in b_spans] == ["staff"]


def test_line_column_counts_from_one():
    text = "ab\ncd\nef"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, 4) == (2, 2)
    assert line_column(text, len(text)) == (3, 3)


def test_markdown_escapes_document_text_and_bolds_differences():
    a = "The envoy | met *General* Ali_Hassan [on] Monday.\nThe talks went on.\n"
    b = "The envoy | met *General* Ali_Hassan [on] Tuesday.\nThe talks went on.\n"
    report = compare(a, b, a_path="a|1.txt", b_path="b.txt")
    report.findings = [
        finding(report, "DAT999", Kind.date, Severity.warning, "Day differs: Monday | Tuesday",
                "Monday", "Tuesday")
    ]
    text = render(report, "markdown")
    row = next(line for line in text.splitlines() if "DAT999" in line)
    cells = re.split(r"(?<!\\)\|", row.strip("|"))
    assert len(cells) == 7, row
    assert r"Monday \| Tuesday" in row
    assert r"\*General\*" in row and r"Ali\_Hassan" in row and r"\[on\]" in row
    assert "**Monday.**" in row and "**Tuesday.**" in row
    assert r"a\|1.txt" in text


def test_markdown_escape_keeps_text_on_one_line():
    assert escape("a\nb  c <b>&") == r"a b c \<b\>&amp;"


def test_github_lines_point_into_the_checked_file(report):
    text = render(report, "github", verbose=True)
    lines = text.splitlines()
    assert len(lines) == len(report.findings)
    rank = next(line for line in lines if "RNK001" in line)
    assert rank.startswith("::error file=")
    props = dict(p.split("=", 1) for p in rank[len("::error "):].split("::", 1)[0].split(","))
    assert props["file"] == report.b.path
    line, col = int(props["line"]), int(props["col"])
    row = report.b.text.splitlines()[line - 1]
    assert row[col - 1 : int(props["endColumn"]) - 1] == "Staff General"
    commands = {"error": "::error ", "warning": "::warning ", "info": "::notice "}
    for finding, line in zip(report.findings, lines):
        assert line.startswith(commands[finding.severity.value]) and finding.code in line
    assert any(line.startswith("::notice ") for line in lines)
    assert not any(line.startswith("::notice ") for line in render(report, "github").splitlines())


def test_github_escaping():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_junit_has_a_case_per_group_and_fails_at_threshold(report):
    root = ET.fromstring(render(report, "junit", fail_on="warning"))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(report.alignment)
    failed = [c for c in cases if c.find("failure") is not None]
    at_or_above = {f.group for f in report.findings if f.severity.rank >= Severity.warning.rank}
    assert len(failed) == len(at_or_above) == int(root.get("failures"))
    rank_case = cases[next(f.group for f in report.findings if f.code == "RNK001")]
    assert "RNK001" in rank_case.find("failure").get("message")
    assert rank_case.find("failure").get("type") in {f.code for f in report.findings if f.severity is Severity.error}
    assert "Staff General" in rank_case.find("failure").text
    only_errors = ET.fromstring(render(report, "junit", fail_on="error"))
    error_groups = {f.group for f in report.findings if f.severity is Severity.error}
    assert int(only_errors.get("failures")) == len(error_groups) >= 1
    never = ET.fromstring(render(report, "junit", fail_on="never"))
    assert never.get("failures") == "0" and never.findall(".//system-out")


def test_junit_survives_characters_xml_cannot_carry():
    report = compare("Alpha\x0bbeta met.\n", "Alpha beta met.\n", a_path="a\x01.txt")
    ET.fromstring(render(report, "junit"))


def test_every_format_renders_findings_that_belong_to_no_group():
    from discrepancy.model import Evidence, Finding

    report = compare("The envoy met Ali on Monday.\n", "The envoy met Ali on Tuesday.\n",
                     a_path="a.txt", b_path="b.txt")
    start = report.b.text.index("Tuesday")
    report.findings = [
        Finding(code="DAT999", kind=Kind.date, severity=Severity.error, message="whole | document",
                b=Evidence(text="Tuesday", start=start, end=start + 7, sentence=0), group=None)
    ]
    for fmt in ("terminal", "markdown", "html", "sarif", "junit", "github", "json"):
        assert "DAT999" in render(report, fmt, color=False, width=80), fmt
    cases = ET.fromstring(render(report, "junit")).findall("./testsuite/testcase")
    assert cases[-1].get("name") == "whole document" and cases[-1].find("failure") is not None
    assert "whole document" in render(report, "html")


def test_markdown_stays_within_a_comment_budget(report):
    full = render(report, "markdown", verbose=True)
    budget = len(full) - 200
    cut = render(report, "markdown", verbose=True, max_chars=budget)
    assert len(cut) <= budget + 200 and "more findings left out" in cut
    assert "left out" not in full


def test_line_column_with_crlf_and_lone_cr():
    text = "ab\r\ncd\ref"
    assert line_column(text, text.index("d")) == (2, 2)
    assert line_column(text, text.index("f")) == (3, 2)


def test_terminal_highlights_the_right_words_after_carriage_returns():
    a = "The envoy met Ali and the minister in the capital on\r\nMonday; talks lasted 3 days.\r\n"
    b = "The envoy met Ali and the minister in the capital on\r\nMonday; talks lasted 4 days.\r\n"
    report = compare(a, b, a_path="a.txt", b_path="b.txt")
    report.findings = [finding(report, "NUM999", Kind.number, Severity.error, "3 → 4", "3", "4")]
    text = render(report, "terminal", color=True, width=100)
    assert re.search(r"\x1b\[[0-9;]*7;33m3\x1b", text) and re.search(r"\x1b\[[0-9;]*7;33m4\x1b", text)


def test_only_groups_with_findings_at_or_above_fail_on_show_unless_verbose():
    a = "The envoy met Ali in Baghdad. Talks went on for two days. The minister left on Monday.\n"
    b = "The envoy met Ali in Baghdad. Talks went on for three days. The minister left on Tuesday.\n"
    report = compare(a, b, a_path="a.txt", b_path="b.txt")
    quiet = render(report, "terminal", color=False, width=100)
    loud = render(report, "terminal", color=False, width=100, verbose=True)
    assert "§1: 1 group without a finding at or above warning (-v shows them)" in quiet
    assert "envoy" not in quiet and "Monday" in quiet and "Tuesday" in quiet
    assert "envoy" in loud and "without a finding" not in loud
    assert "two days" in quiet  # NUM001, an error
    demoted = replace(
        report, findings=[replace(f, severity=Severity.warning) if f.code == "NUM001" else f for f in report.findings]
    )
    only_errors = render(demoted, "terminal", color=False, width=100, fail_on="error")
    assert "two days" not in only_errors and "Monday" in only_errors
    assert "§1–§2: 2 groups without a finding at or above error" in only_errors
