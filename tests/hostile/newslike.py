"""Realistic hostile text: news-like sentences about officials, ranks, numbers and dates, with
their usual variants, plus edits that turn one document into a near-duplicate of it.

Written against two small callables so hypothesis (shrinkable draws) and the fuzzer's seed
generator (a ``random.Random``) build the same kinds of text:
``choose(options) -> one of them`` and ``between(lo, hi) -> int in [lo, hi]``.
"""

from __future__ import annotations

import random
from typing import Callable, Sequence

Choose = Callable[[Sequence], object]
Between = Callable[[int, int], int]

PEOPLE = (
    ("Qassem Al-Araji", "Qasim Alaraji"),
    ("Abdul Amir Yarallah", "Abdulameer Yar Allah"),
    ("John W. Brennan", "John Brennan"),
    ("Mustafa Al-Kadhimi", "Mustafa al-Kadhemi"),
    ("Kenneth McKenzie", "Kenneth F. McKenzie Jr."),
    ("Ahmed Abu Risha", "Ahmad Abu Resha"),
)
RANKS = (
    "Lieutenant General", "Staff General", "Lt. Gen.", "Major General", "Maj. Gen.",
    "Brigadier General", "Brig. Gen.", "General", "Colonel", "Col.", "Staff Lieutenant General",
)
TITLES = (
    "National Security Adviser", "Chief of Staff of the Army", "Minister of Defence",
    "commander of the Combined Joint Task Force", "spokesman of the Joint Operations Command",
    "Prime Minister",
)
PLACES = ("Baghdad", "Erbil", "Al-Anbar", "Ain al-Asad air base", "the Green Zone", "Nineveh")
NOUNS = ("soldiers", "advisers", "trainers", "vehicles", "families", "people on board")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WORDS = {
    1: "one", 2: "two", 3: "three", 5: "five", 7: "seven", 12: "twelve", 20: "twenty",
    76: "seventy-six", 100: "one hundred", 276: "two hundred and seventy-six",
    1800: "one thousand eight hundred", 2500: "two thousand five hundred",
}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

TEMPLATES = (
    "{rank} {person}, the {title}, met {rank2} {person2} in {place} on {date}.",
    "The committee said {number} {noun} would leave {place} by {date}.",
    "{person} told reporters that {number} {noun} remain at {place}.",
    "According to the statement, about {number} {noun} were counted on {date}.",
    "\"We agreed on the schedule,\" said {rank} {person}.",
    "He added that the talks were positive and constructive.",
    "{place} (Reuters) - {rank} {person} arrived at 10 a.m. on {date}.",
    "The U.S.-led coalition will keep {number} {noun} in Iraq until {date}!",
    "Did {person} confirm the figure of {number}?",
    "{title} {person} received {rank2} {person2}",
    "- {number} {noun} ({place}); {date}",
)


def number_text(choose: Choose, between: Between) -> str:
    """A quantity written the way reports write them."""
    value = choose((1, 2, 3, 5, 7, 12, 20, 76, 100, 276, 1800, 2100, 2500, between(0, 10**7)))
    style = choose(("plain", "comma", "words", "arabic", "decimal", "million"))
    if style == "comma":
        return f"{value:,}"
    if style == "words" and value in WORDS:
        return WORDS[value]
    if style == "arabic":
        return str(value).translate(ARABIC_INDIC)
    if style == "decimal":
        return f"{value}.{between(0, 99):02d}"
    if style == "million":
        return f"{between(1, 9)}.{between(1, 9)} million"
    return str(value)


def date_text(choose: Choose, between: Between) -> str:
    """A date in one of the forms datelines and statements use."""
    day, month, year = between(1, 28), between(1, 12), between(1990, 2030)
    return choose((
        f"{day} {MONTHS[month - 1]} {year}",
        f"{MONTHS[month - 1]} {day}, {year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{MONTHS[month - 1][:3]}. {day}",
        choose(("Thursday", "last week", "the end of the year")),
    ))


def sentence(choose: Choose, between: Between) -> str:
    """One news-like sentence (or headline, or bullet) with its slots filled."""
    person, person2 = choose(PEOPLE), choose(PEOPLE)
    return choose(TEMPLATES).format(
        rank=choose(RANKS), rank2=choose(RANKS), title=choose(TITLES), place=choose(PLACES),
        noun=choose(NOUNS), number=number_text(choose, between), date=date_text(choose, between),
        person=choose(person), person2=choose(person2),
    )


def document(choose: Choose, between: Between, extra: Sequence[str] = ()) -> str:
    """Sentences joined by the separators real pages use; ``extra`` strings are woven in."""
    parts = [sentence(choose, between) for _ in range(between(1, 8))]
    for piece in extra:
        parts.insert(between(0, len(parts)), piece)
    out = []
    for part in parts:
        out.append(part)
        out.append(choose((" ", " ", "\n", "\n\n", "\r\n", "\r", "\u00a0", "  ", "\t")))
    return "".join(out)


def near_duplicate(text: str, choose: Choose, between: Between) -> str:
    """``text`` after one edit of the kind the tool must flag or must ignore."""
    edit = choose(("number", "rank", "spelling", "drop", "insert", "merge", "case", "same"))
    words = text.split(" ")
    if edit == "number":
        digits = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
        if digits:
            words[choose(digits)] = str(between(0, 99999))
    elif edit == "rank":
        for rank in RANKS:
            if rank in text:
                return text.replace(rank, choose(RANKS), 1)
    elif edit == "spelling":
        for pair in PEOPLE:
            for index, spelling in enumerate(pair):
                if spelling in text:
                    return text.replace(spelling, pair[1 - index], 1)
    elif edit == "drop" and len(words) > 1:
        cut = between(0, len(words) - 1)
        del words[cut : cut + between(1, 12)]
    elif edit == "insert":
        words.insert(between(0, len(words)), sentence(choose, between))
    elif edit == "merge":
        return text.replace(". ", "; ", 1)
    elif edit == "case":
        return text.lower()
    return " ".join(words)


def seeded(seed: int) -> tuple[Choose, Between]:
    """The two callables backed by a seeded ``random.Random`` (for the fuzzer's seeds)."""
    rng = random.Random(seed)
    return rng.choice, rng.randint
