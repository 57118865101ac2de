"""The load stage: decoding, input errors through the real CLI, page chrome, datelines."""

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.errors import InputError
from discrepancy.load import decode, load_document
from discrepancy.load.boilerplate import find_boilerplate
from discrepancy.load.dateline import document_day_first, parse_dateline, read_dateline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
SEEDS = {entry["path"]: entry for entry in MANIFEST["documents"]}
BODY = "The parties met in Baghdad on Thursday.\nThey agreed to meet again next month.\n"


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args], capture_output=True, input=stdin
    )


def seed(path):
    return (CORPUS / path).read_text(encoding="utf-8")


# --- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_byte_order_marks_choose_the_codec_and_are_not_part_of_the_text(codec):
    text = "Al-\u0639\u0631\u0627\u062c\u064a met \u201cMr. Brennan\u201d.\r\nSecond line."
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        data = "\ufeff".encode(codec) + data
    assert decode(data, "x.txt") == text


def test_line_ends_are_kept_and_offsets_point_into_the_original():
    text = "First sentence here.\r\nSecond one follows.\rThird, after a lone CR.\n"
    doc = load_document(decode(text.encode(), "x.txt"))
    assert doc.text == text
    assert [s.text for s in doc.sentences] == [
        "First sentence here.",
        "Second one follows.",
        "Third, after a lone CR.",
    ]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_named_encoding_decodes_latin_1_and_cp1252():
    assert decode("Caf\xe9 in Mos\xfbl".encode("latin-1"), "x", "latin-1") == "Caf\xe9 in Mos\xfbl"
    assert decode(b"\x93quoted\x94", "x", "cp1252") == "\u201cquoted\u201d"


def test_invalid_utf8_names_the_file_the_byte_and_the_option():
    with pytest.raises(InputError) as err:
        decode("ok \xe9t\xe9".encode("latin-1"), "notes.txt")
    message = str(err.value)
    assert message.startswith("notes.txt: ") and "byte 3" in message and "--encoding" in message


def test_utf16_without_bom_is_recognised_as_such():
    with pytest.raises(InputError, match="utf-16-le.*--encoding utf-16-le"):
        decode("Plain words here.".encode("utf-16-le"), "x")
    assert decode("Plain words.".encode("utf-16-le"), "x", "utf-16-le") == "Plain words."


# --- input errors through the real command line ------------------------------------------


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


ERRORS = {
    "nul.txt": (b"some text\x00\x01\x02 more", "binary"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    "bad.txt": (b"caf\xe9 au lait\n", "--encoding"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \r\n\t\n\xc2\xa0\n", "white space only"),
    "chrome.txt": (b"Leave a Reply\n\nConnecting to %s\n", "--keep-boilerplate"),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_bad_file_is_one_line_naming_it_with_status_2(tmp_path, name):
    data, words = ERRORS[name]
    bad, good = _file(tmp_path, name, data), _file(tmp_path, "good.txt", BODY.encode())
    args = (bad, good) if sorted(ERRORS).index(name) % 2 else (good, bad)  # as A, then as B
    result = run("compare", *args)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert name in stderr and words in stderr


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda tmp: str(tmp), "is a directory"),
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp / "no" / "such" / "dir.txt"), "no such file"),
    ],
)
def test_directory_and_missing_paths(tmp_path, make, words):
    path = make(tmp_path)
    result = run("compare", path, _file(tmp_path, "good.txt", BODY.encode()))
    stderr = result.stderr.decode()
    assert result.returncode == 2 and stderr.count("\n") == 1 and "Traceback" not in stderr
    assert path in stderr and words in stderr


def test_unreadable_file(tmp_path, monkeypatch):
    from discrepancy.load import read_source

    path = _file(tmp_path, "secret.txt", BODY.encode())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied"):
        read_source(path)


def test_unknown_encoding_and_two_stdins_are_usage_errors(tmp_path):
    good = _file(tmp_path, "good.txt", BODY.encode())
    result = run("compare", good, good, "--encoding", "klingon")
    assert result.returncode == 2 and b"klingon" in result.stderr
    result = run("compare", "-", "-", stdin=BODY.encode())
    assert result.returncode == 2 and b"only one" in result.stderr


def test_stdin_and_latin_1_through_the_cli(tmp_path):
    latin = _file(tmp_path, "latin.txt", "Le g\xe9n\xe9ral a parl\xe9.\n".encode("latin-1"))
    result = run("compare", "-", latin, "--encoding", "latin-1", "--format", "json",
                 stdin="Le g\xe9n\xe9ral a parl\xe9.\n".encode("latin-1"))
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["a"]["sentences"][0]["text"] == report["b"]["sentences"][0]["text"]
    assert report["b"]["sentences"][0]["text"] == "Le g\xe9n\xe9ral a parl\xe9."
    empty = run("compare", "-", _file(tmp_path, "good.txt", BODY.encode()), stdin=b"  \n")
    assert empty.returncode == 2 and b"<stdin>" in empty.stderr


# --- page chrome on the five seeds -------------------------------------------------------

# Generic chrome vocabulary: none of it may survive in a kept sentence of a seed.
CHROME = re.compile(
    r"Leave a Reply|Log\W+Out|commenting using|Connecting to|official website|https://|"
    r"Here's how you know|Reading: \d|\+A -A|A-AA\+|\u25bc|No comments|Post a Comment|"
    r"^(?:Facebook|Twitter) (?:photo|picture)$|^\S+/\S+$"
)


def _line_bounds(text, start, end):
    """Whether [start, end) begins and ends a line, give or take surrounding white space."""
    before = re.split(r"[\r\n\u2029]", text[:start])[-1]
    after = re.split(r"[\r\n\u2029]", text[end:])[0]
    return not before.strip() and not after.strip()


@pytest.mark.parametrize("path", sorted(SEEDS))
def test_seed_chrome_is_dropped_and_body_kept(path):
    text = seed(path)
    doc = load_document(text, path)
    for dropped in doc.dropped:
        assert text[dropped.start : dropped.end] == dropped.text
        assert _line_bounds(text, dropped.start, dropped.end), dropped
        # A paragraph of running text (long, with a full stop inside or at its end) is body.
        for line in dropped.text.splitlines():
            assert not (len(line.split()) >= 30 and re.search(r"[a-z]\.(\s|$)", line)), line
    for sentence in doc.sentences:
        assert not CHROME.search(sentence.text), sentence.text
    kept = [s.text for s in doc.sentences]
    assert len(kept) == len(set(kept)), "a line printed twice is kept once"
    assert kept[-1].rstrip("\u201d\"'").endswith("."), "no chrome left at the bottom"
    paragraphs = [line for line in text.splitlines() if len(line.split()) >= 30]
    assert all(line.strip() in text[doc.sentences[0].start :] for line in paragraphs)


def test_seed_headline_is_kept_once_and_comment_form_is_one_stretch():
    text = seed("seeds/000_47fb899475d6396d.txt")
    doc = load_document(text)
    headline = text.splitlines()[0]
    assert doc.sentences[0].text == headline
    reasons = [d.reason for d in doc.dropped]
    assert reasons == ["dateline", "counter", "repeated headline", "comment form"]
    assert doc.dropped[-1].text.startswith("Leave a Reply")
    assert doc.dropped[-1].text.endswith("Connecting to %s")


def test_keep_boilerplate_drops_nothing():
    text = seed("seeds/002_b7877505cd02fc7c.txt")
    doc = load_document(text, keep_boilerplate=True)
    assert doc.dropped == []
    assert any(s.text == "Leave a Reply" for s in doc.sentences)
    assert doc.date == dt.date(2021, 12, 10)


def test_keep_boilerplate_through_the_cli():
    path = str(CORPUS / "seeds/003_6fdcd619f119ecd9.txt")
    plain = json.loads(run("compare", path, path, "-f", "json").stdout)
    kept = json.loads(run("compare", path, path, "-f", "json", "--keep-boilerplate").stdout)
    assert [d["reason"] for d in plain["a"]["dropped"]] == ["widget", "comment form"]
    assert kept["a"]["dropped"] == []
    plain_texts = {s["text"] for s in plain["a"]["sentences"]}
    extra = [s["text"] for s in kept["a"]["sentences"] if s["text"] not in plain_texts]
    assert extra == ["No comments:", "Post a Comment"]


# --- page chrome: the conservative rules -------------------------------------------------

PARAGRAPH = "The minister said on Monday that the talks in Baghdad would go on for a week."


def _kept(text):
    return [s.text for s in load_document(text).sentences]


def test_widget_words_count_only_at_the_edges():
    page = f"Title of the story\nShare\n\n{PARAGRAPH}\nShare\n{PARAGRAPH.replace('week', 'month')}\nPrint\n"
    dropped = find_boilerplate(page)
    assert [(d.text, d.reason) for d in dropped] == [("Share", "widget"), ("Print", "widget")]
    assert "Share" in _kept(page)


def test_a_sentence_that_merely_starts_like_chrome_is_kept():
    page = (
        f"{PARAGRAPH}\nShare this story with the ministers who attended the meeting.\n"
        "One thought on the agenda was to postpone the vote.\nLeave a reply by Friday, they said.\n"
        "Related talks were held in Erbil.\nAdvertisement agencies were closed.\n"
    )
    assert find_boilerplate(page) == []


def test_a_one_line_text_is_never_chrome():
    assert find_boilerplate("Leave a Reply") == []
    assert _kept("Post a Comment") == ["Post a Comment"]


def test_body_line_repeated_below_the_header_is_kept():
    page = f"Headline\n{PARAGRAPH}\nThe army confirmed it.\n{PARAGRAPH}\n"
    assert find_boilerplate(page) == []


def test_gov_banner_pasted_on_one_line_and_comment_counts():
    banner = (
        "An official website of the United States government Here\u2019s how you know "
        "Official websites use .gov A .gov website belongs to an official government "
        "organization in the United States. Secure .gov websites use HTTPS A lock ( ) or "
        "https:// means you\u2019ve safely connected to the .gov website. Share sensitive "
        "information only on official, secure websites."
    )
    page = f"{banner}\n{PARAGRAPH}\n12 Responses to \u201cTalks go on\u201d\nLeave a Comment\n"
    assert [d.reason for d in find_boilerplate(page)] == ["site banner", "comment form"]
    assert _kept(page) == [PARAGRAPH]


def test_navigation_breadcrumbs_and_timestamps_in_the_header():
    page = (
        "Skip to main content\nHome / Iraq / Security\nSearch\n"
        "Statement by Press Secretary John F. Kirby on the Call with Iraqi Leaders\n"
        "5 hours ago\nShare:\n" + PARAGRAPH + "\n"
    )
    assert [d.reason for d in find_boilerplate(page)] == [
        "widget", "category", "widget", "timestamp", "widget"
    ]
    assert _kept(page)[0].startswith("Statement by Press Secretary")


def test_chrome_between_paragraphs_and_in_the_footer():
    second = PARAGRAPH.replace("week", "month")
    page = (
        f"{PARAGRAPH}\nAdvertisement\n{second}\nAlso read: Talks in Baghdad go on\n"
        f"{PARAGRAPH.replace('Monday', 'Friday')}\nShare this: Twitter Facebook WhatsApp\n"
        "\u00a9 2021 Shafaq News. All rights reserved.\n"
    )
    assert [d.reason for d in find_boilerplate(page)] == [
        "advertisement", "related link", "widget", "copyright"
    ]
    assert len(_kept(page)) == 3


LINES = st.sampled_from(
    ["", " ", "Leave a Reply", "Share", "\u25bc", "Headline here", "Time: 04/11/2021 12:08",
     PARAGRAPH, "politics/Security", "No comments:", "\u2022 +A -A", "A short line."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, max_size=12), st.sampled_from(["\n", "\r\n", "\r", "\u2029"]))
def test_dropped_stretches_are_whole_lines_in_order(parts, newline):
    text = newline.join(parts)
    dateline = read_dateline(text)
    span = (dateline.start, dateline.end) if dateline.start is not None else None
    dropped = find_boilerplate(text, span)
    previous_end = 0
    for stretch in dropped:
        assert previous_end <= stretch.start < stretch.end
        assert text[stretch.start : stretch.end] == stretch.text == stretch.text.strip()
        assert _line_bounds(text, stretch.start, stretch.end)
        previous_end = stretch.end
    if PARAGRAPH in parts:  # body text is never dropped
        assert all(PARAGRAPH not in stretch.text for stretch in dropped)


def test_edge_spaces_are_every_white_space_below_u3001_and_the_invisible_ones():
    from discrepancy.load.lines import _EDGE_SPACES

    assert _EDGE_SPACES == "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u2060\ufeff"


# --- datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, date",
    [
        ("Statement | Nov. 5, 2021", "2021-11-05"),
        ("  \u2022  Time: 04/11/2021 12:08:47", "2021-11-04"),
        ("2021-12-10 05:29", "2021-12-10"),
        ("securityIraqbreakingAlliance\xa02021-12-10 05:29A-AA+", "2021-12-10"),
        ("9-09-2021, 21:21", "2021-09-09"),
        ("November 5, 2021", "2021-11-05"),
        ("5 November 2021", "2021-11-05"),
        ("Friday, 5th November 2021", "2021-11-05"),
        ("Updated: Nov 5, 2021 10:20 AM GMT", "2021-11-05"),
        ("Posted on 13/11/2021", "2021-11-13"),
        ("04.11.2021", "2021-11-04"),
        ("Posted by admin on November 5, 2021", "2021-11-05"),
        ("Fri 05 Nov 2021 10.20 GMT", "2021-11-05"),
    ],
)
def test_dateline_forms(line, date):
    assert parse_dateline(line) == dt.date.fromisoformat(date)
    page = f"Headline of the story\n{line}\n{PARAGRAPH}\n"
    doc = load_document(page)
    assert doc.date == dt.date.fromisoformat(date)
    assert doc.date_source == line.strip().lstrip("\u2022 ")
    assert [d.reason for d in doc.dropped] == ["dateline"]
    assert _kept(page) == ["Headline of the story", PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    [
        "Iraq votes on 5 November 2021",
        "It ended on 5 November 2021.",
        "Talks resumed in Baghdad and Erbil on November 5, 2021 after a pause",
        "Time: 04/11",
    ],
)
def test_lines_with_a_date_that_are_not_datelines(line):
    assert parse_dateline(line) is None
    page = f"{line}\n{PARAGRAPH}\n"
    assert load_document(page).date is None and find_boilerplate(page) == []


@pytest.mark.parametrize(
    "opening, date",
    [
        ("BAGHDAD, Nov. 5, 2021 (Reuters) - ", "2021-11-05"),
        ("Baghdad, 5 November 2021 (INA) \u2013 ", "2021-11-05"),
        ("WASHINGTON, 2021-11-05 \u2014 ", "2021-11-05"),
        ("Erbil, 04/11/2021: ", "2021-11-04"),
        ("BAGHDAD, Nov. 5 (Reuters) - ", None),  # no year: no date
        ("In Baghdad, Nov. 5, 2021 - ", None),  # "In Baghdad" is a phrase, not a place
        ("Baghdad, Nov. 5, 2021 was a quiet day ", None),  # no dash after the date
    ],
)
def test_wire_style_opening_gives_the_date_and_stays_in_the_body(opening, date):
    for text in (opening + PARAGRAPH, f"Headline\n{opening}{PARAGRAPH}\n"):
        doc = load_document(text)
        assert doc.date == (dt.date.fromisoformat(date) if date else None)
        assert doc.dropped == [] and opening.strip() in doc.sentences[-1].text
        if date:
            assert opening.startswith(doc.date_source)


def test_dateline_must_be_above_the_body():
    assert read_dateline(f"{PARAGRAPH}\n5 November 2021\n{PARAGRAPH}\n").date is None
    menu = "\n".join(["Home", "News", "Iraq", "World"] * 7)
    assert read_dateline(f"{menu}\n5 November 2021\n{PARAGRAPH}\n").date is None
    assert read_dateline(f"{menu[:60]}\n5 November 2021\n{PARAGRAPH}\n").date is not None


def test_one_line_text_has_no_dateline():
    assert read_dateline("5 November 2021").date is None
    assert _kept("5 November 2021") == ["5 November 2021"]


@pytest.mark.parametrize(
    "body, day_first, date",
    [
        ("No other date.", True, "2021-11-04"),
        ("On Thursday, November 4, they met.", True, "2021-11-04"),  # agrees with day-first
        ("On Sunday, April 11, they met.", False, "2021-04-11"),  # agrees with month-first
        ("The next round is on 25/12/2021.", True, "2021-11-04"),
        ("The next round is on 12/25/2021.", False, "2021-04-11"),
        ("The talks of November 5, 2021 went on.", False, "2021-04-11"),  # US style
        ("The talks of 5 November 2021 went on.", True, "2021-11-04"),
    ],
)
def test_ambiguous_numeric_dateline_read_by_the_document_evidence(body, day_first, date):
    page = f"Headline\nTime: 04/11/2021 12:08\n{PARAGRAPH} {body}\n"
    doc = load_document(page)
    assert doc.day_first is day_first
    assert doc.date == dt.date.fromisoformat(date)


def test_settings_and_options_override_the_dateline():
    page = f"Headline\nTime: 04/11/2021 12:08\n{PARAGRAPH}\n"
    assert load_document(page, day_first=False).date == dt.date(2021, 4, 11)
    doc = load_document(page, date=dt.date(2020, 1, 2))
    assert (doc.date, doc.date_source) == (dt.date(2020, 1, 2), "option")


def test_day_first_is_always_decided():
    assert document_day_first(PARAGRAPH) is True
    assert document_day_first(PARAGRAPH + " On 5 November 2021.") is True
    assert document_day_first(PARAGRAPH + " On November 5, 2021.") is False
    assert document_day_first("Seen 9-09-2021 and on November 5, 2021.") is False
    assert document_day_first("Seen 04/11/2021, on November 4 and on May 2.") is True


def test_seed_dates_match_the_manifest():
    for path, entry in SEEDS.items():
        doc = load_document(seed(path), path)
        assert (doc.date.isoformat() if doc.date else None) == entry["date"], path
    assert load_document(seed("seeds/000_47fb899475d6396d.txt")).day_first is True


def test_date_options_through_the_cli(tmp_path):
    a = str(CORPUS / "seeds/000_47fb899475d6396d.txt")
    b = str(CORPUS / "seeds/004_f4fab77a5333ccde.txt")
    report = json.loads(run("compare", a, b, "-f", "json", "--date-b", "2021-11-04").stdout)
    assert report["a"]["date"] == "2021-11-04" and report["a"]["date_source"].startswith("Time:")
    assert report["b"]["date"] == "2021-11-04" and report["b"]["date_source"] == "option"
    bad = run("compare", a, b, "--date-a", "04/11/2021")
    assert bad.returncode == 2 and b"--date-a" in bad.stderr and b"Traceback" not in bad.stderr
