"""Mention extraction holds its contract on any text: spans inside the sentence, text = slice."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract import extract_mentions
from discrepancy.model import Document, Sentence

PIECES = st.sampled_from(
    ["1,800", "٢١٠٠", "two hundred and", "seventy-six", "Thursday", "November 4", "04/11/2021",
     "8:30 p.m.", "today", "more than", "3,5 million", "1960s", "%", "$", "-", ",", ".", " ", "a",
     "half", "19th century", "2 1/2", "COVID-19", "first", "May", "the day before", "ago",
     "\u200b", "\u2060", "\u00ad", "1,\u2060800", "eight\u200bhundred", "thou\u00adsand"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=25), st.booleans())
def test_mentions_are_slices_of_their_sentence(pieces, dated):
    text = " ".join(pieces)
    doc = Document(text=text, date=dt.date(2021, 11, 5) if dated else None, day_first=dated)
    sentence = Sentence(index=0, start=0, end=len(text), text=text)
    for mention in extract_mentions(doc, sentence):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


def test_numbers_inside_a_date_belong_to_the_date():
    text = "On Thursday, November 4, 2021, more than 2,100 shipments left."
    doc = Document(text=text)
    mentions = extract_mentions(doc, Sentence(index=0, start=0, end=len(text), text=text))
    assert [(m.kind, m.text) for m in mentions] == [
        ("date", "Thursday, November 4, 2021"),
        ("number", "more than 2,100"),
    ]


def test_a_number_counts_the_noun_after_it_never_a_verb_or_pronoun():
    """A verb or pronoun after a number is not what it counts (from the New Testament pair:
    "the two shall become one" gave the message "number of shall")."""
    text = "The two shall become one, and the twelve who came brought 40 trucks."
    doc = Document(text=text)
    mentions = extract_mentions(doc, Sentence(index=0, start=0, end=len(text), text=text))
    assert [(m.text, m.attrs.get("noun")) for m in mentions] == [
        ("two", None), ("one", None), ("twelve", None), ("40", "truck")
    ]


def test_zero_width_characters_inside_numbers_and_dates_are_read_through():
    """A zero-width character inside a number, number word or date leaves one mention of the
    value it reads as; its span still covers the original characters."""
    text = (
        "They moved 1,\u2060800 trucks, 2\u200b100 crates and one thou\u00adsand eight\u200bhundred"
        " men on 4\u200b November 2021."
    )
    doc = Document(text=text)
    mentions = extract_mentions(doc, Sentence(index=0, start=0, end=len(text), text=text))
    assert [(m.kind, m.text, m.value) for m in mentions] == [
        ("number", "1,\u2060800", "1800"),
        ("number", "2\u200b100", "2100"),
        ("number", "one thou\u00adsand eight\u200bhundred", "1800"),
        ("date", "4\u200b November 2021", "2021-11-04"),
    ]
