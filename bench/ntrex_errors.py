"""Translation errors made in NTREX-128 document pairs, on either side, for recall by kind.

Each change is made in one line of one side (the English source "a" or the translation "b"),
where the thing it changes stands on both sides of that line, so that the untouched side still
holds its counterpart:

- number: a number the English reader finds (not part of a date) whose digits the translated
  line also holds; one digit changes.
- date: in a date the English reader finds, its day or year (digits the translated line also
  holds), its month or its weekday (named on the translated side as CLDR names it, through
  Babel when installed); the day moves by three, the year back by one, the month or weekday to
  the next.
- name: a person (a name the English reader finds whose first word is a known given name) whose
  surname the translated line renders (same consonant skeleton, ``lang.signals.skeleton``); the
  surname becomes that of a person of another document, as that document renders it.
- rank: before such a person a rank is put on both sides, and a different grade on the changed
  side (the forms below: the ranks of issue 16 and their usual equivalents).
- drop: a whole line is left out.

A change records its span on the changed side and the span of its counterpart on the other
side, in the joined texts; a finding that overlaps either has found it.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ntrex_pair import COLUMNS, joined

from discrepancy.datafiles import data_sections
from discrepancy.extract import extract_mentions
from discrepancy.lang.signals import digits, skeleton
from discrepancy.load import load_document

KINDS = ("number", "date", "name", "rank", "drop")
RANKS = {  # grade -> the rank's form in each language
    "OF-5": {"en": "Colonel", "ar": "العقيد", "de": "Oberst", "fr": "colonel", "ru": "полковник", "zh": "上校"},
    "OF-6": {"en": "Brigadier General", "ar": "العميد", "de": "Brigadegeneral", "fr": "général de brigade",
             "ru": "бригадный генерал", "zh": "准将"},
    "OF-7": {"en": "Major General", "ar": "اللواء", "de": "Generalmajor", "fr": "général de division",
             "ru": "генерал-майор", "zh": "少将"},
    "OF-8": {"en": "Lieutenant General", "ar": "الفريق", "de": "Generalleutnant",
             "fr": "général de corps d'armée", "ru": "генерал-лейтенант", "zh": "中将"},
}
_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c ]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")


class Change(NamedTuple):
    kind: str
    side: str  # "a" (the English source) or "b" (the translation)
    text_a: str
    text_b: str
    changed: tuple[int, int]  # on the changed side; for a drop, where the line was
    counterpart: tuple[int, int]  # on the other side


class _Edit(NamedTuple):
    line: int
    side: str
    start: int  # in the line
    end: int
    new: str
    other: tuple[int, int]  # the counterpart's span in the other side's line
    other_new: Optional[str] = None  # what replaces that span first, if anything (a rank put in)


def changes(rows: list[dict], lang: str, rng: random.Random, pool: list) -> list[Change]:
    """At most one change of each kind in this document pair, each on a side drawn by ``rng``;
    ``pool`` holds (document, English surname, its rendering) of every person in the corpus."""
    lines = {"a": [row["eng"] for row in rows], "b": [row[COLUMNS[lang]] for row in rows]}
    found = []
    for kind in KINDS:
        side = rng.choice("ab")
        options = _options(kind, rows, lang, side, pool)
        if options:
            found.append(_made(kind, lines, rng.choice(options)))
    return found


def _made(kind: str, lines: dict, edit: _Edit) -> Change:
    other_side = "b" if edit.side == "a" else "a"
    mine = list(lines[edit.side])
    if kind == "drop":
        del mine[edit.line]
    else:
        line = mine[edit.line]
        mine[edit.line] = line[: edit.start] + edit.new + line[edit.end :]
    text, ranges = joined(mine)
    others = list(lines[other_side])
    other_span = edit.other
    if edit.other_new is not None:
        line = others[edit.line]
        others[edit.line] = line[: edit.other[0]] + edit.other_new + line[edit.other[1] :]
        other_span = (edit.other[0], edit.other[0] + len(edit.other_new))
    other_text, other_ranges = joined(others)
    if kind == "drop":
        at = ranges[edit.line][0] if edit.line < len(ranges) else len(text)
        changed = (at, at)
    else:
        base = ranges[edit.line][0]
        changed = (base + edit.start, base + edit.start + len(edit.new))
    base = other_ranges[edit.line][0]
    counterpart = (base + other_span[0], base + other_span[1])
    texts = (text, other_text) if edit.side == "a" else (other_text, text)
    return Change(kind, edit.side, texts[0], texts[1], changed, counterpart)


def _options(kind: str, rows: list[dict], lang: str, side: str, pool: list) -> list[_Edit]:
    out = []
    for k, row in enumerate(rows):
        english, translated = row["eng"], row[COLUMNS[lang]]
        if kind == "drop":
            if k:  # the headline stays
                line = english if side == "b" else translated
                out.append(_Edit(k, side, 0, 0, "", (0, len(line))))
            continue
        for mention in english_mentions(english):
            out += _edits(kind, k, mention, english, translated, lang, side, row["doc"], pool)
    return out


def _edits(kind, k, mention, english, translated, lang, side, doc, pool) -> list[_Edit]:
    """The edits of ``kind`` that ``mention`` (of the English line) allows."""
    texts = (english, translated)
    if kind == "number" and mention.kind == "number":
        return [_pair_edit(k, side, spans, texts, _other_digits) for spans in _shared_numbers(english, translated, mention)]
    if kind == "date" and mention.kind == "date":
        return _date_edits(k, mention, english, translated, lang, side)
    if kind in ("name", "rank") and mention.kind == "name" and _is_person(mention):
        surname = _surname(mention)
        rendered = _rendering(translated, surname[2])
        if rendered is None or (kind == "rank" and ("rank" in mention.attrs or "title" in mention.attrs)):
            return []
        if kind == "name":  # one edit for each person of another document
            return [
                _pair_edit(k, side, (surname[:2], rendered[:2]), texts, lambda _, new=(e if side == "a" else r): new)
                for d, e, r in pool
                if d != doc and skeleton(e) != skeleton(surname[2])
            ]
        start = _rendered_name_start(translated, mention, rendered)
        return [] if start is None else [_rank_edit(k, mention.start, start, lang, side)]
    return []


def _pair_edit(k, side, spans, texts, change) -> _Edit:
    """An edit of the changed side's span (``spans`` and ``texts``: English, translated) to
    ``change`` of the text there; the other side's span is its counterpart."""
    mine, other = spans if side == "a" else spans[::-1]
    text = texts[0] if side == "a" else texts[1]
    return _Edit(k, side, mine[0], mine[1], change(text[mine[0] : mine[1]]), other)


def _shared_numbers(english: str, translated: str, mention):
    """(English span, translated span) of each number of ``mention`` whose digits the
    translated line also holds."""
    for match in _NUMBER.finditer(english, mention.start, mention.end):
        value = _digits_of(match.group())
        for other in _NUMBER.finditer(translated):
            if _digits_of(other.group()) == value:
                yield match.span(), other.span()
                break


def _digits_of(text: str) -> str:
    return "".join(ch for ch in digits(text) if ch.isdigit())


def _other_digits(number: str) -> str:
    """The number with its last digit changed, in the same digits (Arabic-Indic stay so)."""
    last = max(k for k, ch in enumerate(number) if ch.isdigit())
    zero = ord(number[last]) - int(digits(number[last]))
    return number[:last] + chr(zero + (int(digits(number[last])) + 3) % 10) + number[last + 1 :]


def _date_edits(k, mention, english, translated, lang, side) -> list[_Edit]:
    out = []
    attrs = mention.attrs
    for key, moved in (("d", lambda d: d + 3 if d <= 25 else d - 3), ("y", lambda y: y - 1)):
        if key not in attrs:
            continue
        for spans in _shared_numbers(english, translated, mention):
            if _digits_of(english[spans[0][0] : spans[0][1]]) == attrs[key]:
                new = str(moved(int(attrs[key])))
                out.append(_pair_edit(k, side, spans, (english, translated), lambda text, new=new: _same_digits(text, new)))
    for key, names in (("m", _month_names), ("wd", _day_names)):
        if key in attrs:
            out += _name_edits(k, side, mention, english, translated, names, lang, int(attrs[key]))
    return out


def _same_digits(text: str, new: str) -> str:
    """``new`` (ASCII digits) written in the digits ``text`` uses."""
    zero = ord(text[0]) - int(digits(text[0]))
    return "".join(chr(zero + int(ch)) for ch in new)


def _name_edits(k, side, mention, english, translated, names, lang, which) -> list[_Edit]:
    """Month or weekday ``which`` (1-12, or 0-6 from Monday) named on both sides -> the next."""
    english_names, own_names = names("en"), names(lang)
    if not own_names:
        return []
    count = len(english_names)
    first = min(english_names)
    name_en, name_own = english_names[which], own_names[which]
    at_en = english.find(name_en, mention.start, mention.end)
    at_own = translated.lower().find(name_own.lower())
    if at_en < 0 or at_own < 0:
        return []
    following = (which - first + 1) % count + first
    new = english_names[following] if side == "a" else own_names[following]
    spans = ((at_en, at_en + len(name_en)), (at_own, at_own + len(name_own)))
    return [_pair_edit(k, side, spans, (english, translated), lambda _: new)]


@lru_cache(maxsize=None)
def _month_names(lang: str) -> Optional[dict]:
    return _cldr("get_month_names", lang)


@lru_cache(maxsize=None)
def _day_names(lang: str) -> Optional[dict]:
    return _cldr("get_day_names", lang)


def _cldr(function: str, lang: str) -> Optional[dict]:
    """Babel's wide format names (months 1-12, weekdays 0-6), or None without Babel."""
    try:
        from babel import dates
    except ImportError:
        return None
    return dict(getattr(dates, function)("wide", context="format", locale=lang))


def _rank_edit(k, name_start, rendered_start, lang, side) -> _Edit:
    """A rank put before the person on both sides, of another grade on the changed side."""
    grades = sorted(RANKS)
    kept, changed = RANKS[grades[k % len(grades)]], RANKS[grades[(k + 1) % len(grades)]]
    if side == "a":
        return _Edit(k, side, name_start, name_start, changed["en"] + " ",
                     (rendered_start, rendered_start), kept[lang] + " ")
    return _Edit(k, side, rendered_start, rendered_start, changed[lang] + " ",
                 (name_start, name_start), kept["en"] + " ")


def _is_person(mention) -> bool:
    """Two or three capitalised words, the first a known given name and the last no common
    word ("John Street" is a street)."""
    words = _WORD.findall(mention.text)
    return (
        2 <= len(words) <= 3
        and all(word[0].isupper() for word in words)
        and words[0].lower() in _given_names()
        and words[-1].lower() not in _common_words()
    )


def _surname(mention) -> tuple[int, int, str]:
    last = list(_WORD.finditer(mention.text))[-1]
    return mention.start + last.start(), mention.start + last.end(), last.group()


def _rendering(translated: str, surname: str) -> Optional[tuple[int, int, str]]:
    """The word of the translated line with the surname's consonant skeleton (capitalised, in
    a script with capitals)."""
    wanted = skeleton(surname)
    if len(wanted) < 2:
        return None
    for word in _WORD.finditer(translated):
        if not word.group()[0].islower() and skeleton(word.group()) == wanted:
            return word.start(), word.end(), word.group()
    return None


def _rendered_name_start(translated: str, mention, rendered) -> Optional[int]:
    """Where the whole name starts in the translated line: the words before the surname's
    rendering that render the name's other words, in order; None unless all of them do."""
    start = rendered[0]
    for word in reversed(_WORD.findall(mention.text)[:-1]):
        before = list(_WORD.finditer(translated, 0, start))
        if not before or skeleton(before[-1].group()) != skeleton(word) or not translated[before[-1].end() : start].isspace():
            return None
        start = before[-1].start()
    return start


@lru_cache(maxsize=None)
def _common_words() -> frozenset:
    return frozenset(data_sections("common_words.txt")[""])


@lru_cache(maxsize=None)
def _given_names() -> frozenset:
    return frozenset(data_sections("personal_names.txt")["given"])


@lru_cache(maxsize=4096)
def english_mentions(line: str) -> tuple:
    """The mentions the English reader finds in one English line."""
    doc = load_document(line, keep_boilerplate=True)
    doc.lang = "en"
    return tuple(m for sentence in doc.sentences for m in extract_mentions(doc, sentence))


def person_pool(documents: dict, lang: str) -> list[tuple[str, str, str]]:
    """(document, English surname, its rendering in ``lang``) of every person the corpus names
    on both sides."""
    pool = []
    for doc, rows in documents.items():
        for row in rows:
            for mention in english_mentions(row["eng"]):
                if mention.kind == "name" and _is_person(mention):
                    surname = _surname(mention)[2]
                    rendered = _rendering(row[COLUMNS[lang]], surname)
                    if rendered and (doc, surname, rendered[2]) not in pool:
                        pool.append((doc, surname, rendered[2]))
    return pool
