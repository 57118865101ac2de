"""Stage 2: text -> sentence spans (character offsets into the original).

One pass over the text in three steps, each linear in its length:

1. Lines are grouped into blocks. A blank line always ends a block, and so does a single line
   break, unless the next line plainly continues a hard-wrapped paragraph: the previous line has
   no end punctuation, the run of lines ends like prose, and the next line starts in lower case
   or with punctuation, or a long previous line stops on a function word ("with", "the").
   Headlines, datelines and bylines therefore never merge into the body.
2. Inside a block only candidate characters (. ! ? and ellipses) are looked at; each is judged
   on the word before it (abbreviation, initial, number, list label, URL) and the word after it.
3. A sentence that starts with a list label ("1)", "a.", "• 9.") is cut again before the next
   label of the same list, which handles lists written without end punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from discrepancy.datafiles import data_sections

# Invisible characters that act as spaces here: zero-width spaces and joiners, byte-order
# marks, and the bidirectional marks that pages translated from Arabic are full of.
_EXTRA_SPACE = (
    "\u200b\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(rf"[\s{_EXTRA_SPACE}]*")
_TERMINALS = ".!?\u2026\u203c\u2047-\u2049\uff0e\u3002\uff01\uff1f"
# A run of end punctuation, unless a lower-case letter follows at once ("e.g", "U.S.A.") or it
# is a decimal point ("2.5"); those never end a sentence, so they are not even looked at.
_CANDIDATE = re.compile(rf"[{_TERMINALS}]+(?![{_TERMINALS}a-z]|(?<=\d\.)\d)")
_ALNUM = re.compile(r"[^\W_]")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
_FULL_STOPS = ".\uff0e\u3002"
_END_PUNCTUATION = ".!?:;\u2026\u203c\u2047\u2048\u2049\uff0e\u3002\uff01\uff1f"
_CLOSERS = "\u201d\u2019\u00bb\u203a)]}"
_STRAIGHT_QUOTES = "\"'"
_AFTER_RUN = _CLOSERS + _STRAIGHT_QUOTES + "[0123456789"
_OPENERS = "`\"'\u201c\u2018\u00ab\u2039([{-\u2010\u2013\u2014\u2022*"
_BULLETS = "\u2022\u2043\u25aa\u25e6\u2023\u00b7*-\u2013"
_FOOTNOTE = re.compile(r"\[\d{1,3}(?:[-\u2013,]\d{1,3})*\]")
_FOOTNOTE_NUMBERS = re.compile(r"\d{1,3}(?: \d{1,3}){0,3}(?=\s+[A-Z])")
_LIST_LABEL = re.compile(
    rf"([{re.escape(_BULLETS)}][ \t]*)?(\(?)(\d{{1,3}}|[A-Za-z]|[ivxIVX]{{2,5}})(\.\)|[.)])(?=\s)"
)
_LABEL_LEAD = re.compile(rf"[\s{_EXTRA_SPACE}{re.escape(_BULLETS)}(]*")
_LOWER_LABEL = re.compile(r"\(?(?:[a-z]|[ivx]{2,5})[.)]\)?(?=\s)")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_INITIALISM = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_WRAPPED_LINE = 30  # shorter lines are headlines, menus or chrome, never wrapped prose
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with into and or but nor that as than".split()
)
_LOOKBACK = 48  # longest word looked at before a candidate; longer tokens are URLs or noise


_ABBREVIATIONS = {key: frozenset(words) for key, words in data_sections("abbreviations.txt").items()}
_TITLES = _ABBREVIATIONS["title"]
_BEFORE_NUMBER = _ABBREVIATIONS["number"]
_OTHER = _ABBREVIATIONS["other"]
_TIME = _ABBREVIATIONS["time"]
_AFTER_TIME = _ABBREVIATIONS["after_time"]
_OPENER_WORDS = frozenset(data_sections("sentence_openers.txt")[""])


def split_sentences(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, leaving out the ``skip`` ranges, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    for region_start, region_end in _regions(len(text), skip):
        for block_start, block_end in _blocks(text, region_start, region_end):
            for start, end in _split_block(text, block_start, block_end):
                _add_list_items(text, start, end, spans)
    return spans


def _regions(length: int, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    regions, cursor = [], 0
    for start, end in sorted(skip):
        if start > cursor:
            regions.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < length:
        regions.append((cursor, length))
    return regions


def _is_space(char: str) -> bool:
    return char.isspace() or char in _EXTRA_SPACE


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start = _SPACES.match(text, start, end).end()
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return start, end


# --- step 1: lines -> blocks -------------------------------------------------------------


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines that belong together, as trimmed spans."""
    lines, cursor = [], start
    for match in _LINE_BREAK.finditer(text, start, end):
        position = match.start()
        if position == cursor and position > start and text[position - 1 : position + 1] == "\r\n":
            cursor += 1  # the second half of a CRLF
            continue
        lines.append(_trim(text, cursor, position))
        cursor = position + 1
    lines.append(_trim(text, cursor, end))
    if len(lines) == 1:
        return lines if lines[0][0] < lines[0][1] else []

    # joins[i]: line i+1 continues line i. Decided from the end, because a lower-case line
    # continues a paragraph only if its run of lines ends like prose.
    joins = [False] * len(lines)
    ends_prose = [False] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line_start, line_end = lines[i]
        if line_start == line_end:
            continue
        last = _last_significant(text, line_start, line_end)
        ends_prose[i] = last in _END_PUNCTUATION
        if i + 1 < len(lines) and lines[i + 1][0] < lines[i + 1][1]:
            joins[i] = _continues(text, lines[i], last, lines[i + 1], ends_prose[i + 1])
            if joins[i] and not ends_prose[i]:
                ends_prose[i] = ends_prose[i + 1]

    blocks, block_start = [], None
    for i, (line_start, line_end) in enumerate(lines):
        if line_start == line_end:
            continue
        if block_start is None:
            block_start = line_start
        if not joins[i]:
            blocks.append((block_start, line_end))
            block_start = None
    return blocks


def _last_significant(text: str, start: int, end: int) -> str:
    """The last character of a line that is not a closing quote or bracket."""
    while end > start and text[end - 1] in _CLOSERS + _STRAIGHT_QUOTES:
        end -= 1
    return text[end - 1] if end > start else ""


def _continues(
    text: str, line: tuple[int, int], last: str, next_line: tuple[int, int], next_ends_prose: bool
) -> bool:
    """Does ``next_line`` carry on the sentence of ``line`` (a hard-wrapped paragraph)?"""
    first = text[next_line[0]]
    if first in ".,;:)]}":
        return True
    if last in _END_PUNCTUATION or not next_ends_prose:
        return False
    if first.islower():
        return True
    if first == "(":  # "( 365.8 m )." carries on; "(Reuters) - ..." starts the body
        inner = _SPACES.match(text, next_line[0] + 1, next_line[1]).end()
        return inner < next_line[1] and not text[inner].isupper()
    # "... met with\nPrime Minister ...": a long line cut after a function word, which no
    # headline or dateline ends with.
    if line[1] - line[0] < _WRAPPED_LINE:
        return False
    return text[max(line[0], line[1] - 12) : line[1]].rsplit(None, 1)[-1] in _FUNCTION_WORDS


# --- step 2: candidate characters inside a block -----------------------------------------


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, sentence_start, scanned = [], start, start
    for match in _CANDIDATE.finditer(text, start, end):
        run_start = match.start()
        if run_start < scanned:
            continue
        cut, scanned = _judge(text, run_start, match.end(), sentence_start, start, end)
        if cut is not None and cut < end:
            pieces.append(_trim(text, sentence_start, cut))
            sentence_start = _SPACES.match(text, cut, end).end()
    pieces.append(_trim(text, sentence_start, end))
    return [piece for piece in pieces if piece[0] < piece[1]]


def _judge(
    text: str, run_start: int, run_end: int, sentence_start: int, block_start: int, end: int
) -> tuple[Optional[int], int]:
    """Where the sentence ends after this run of end punctuation (or None), and how far it read."""
    stop = run_end
    while text.startswith(" .", stop) and stop + 2 <= end:  # spaced ellipsis ". . ."
        stop += 2
        while stop < end and text[stop] == ".":
            stop += 1
    run = text[run_start:stop]
    before = text[run_start - 1] if run_start > block_start else " "
    if before in "[(":
        return None, stop  # "[...]" marks an omission
    attached = not _is_space(before)
    if not attached and len(run) > 1 and run.count(".") + 3 * run.count("\u2026") <= 3:
        return None, stop  # " ... " inside a sentence

    after = stop
    if after < end and text[after] in _AFTER_RUN:
        after = _skip_closers(text, stop, end, run_start, block_start)
    if after >= end:
        return after, stop
    if not _is_space(text[after]):
        if after == stop and _joined_sentences(text, run_start, stop, end, block_start):
            return stop, stop
        return None, stop
    following = _SPACES.match(text, after, end).end()
    if following >= end:
        return after, stop
    first = text[following]
    if not first.isalnum():
        first = _first_letter(text, following, end)
    if first is not None and first.islower():
        if _LOWER_LABEL.match(text, following) and not _is_abbreviation(
            _word_before(text, run_start, sentence_start)
        ):
            return after, stop
        return None, stop
    if "." in run and " " in run and attached:
        return run_start + 1, stop  # "compounds. . . . The": the ellipsis opens the next one
    if run in _FULL_STOPS:
        if not _full_stop_ends(text, run_start, sentence_start, following, end):
            return None, stop
    return after, stop


def _skip_closers(text: str, pos: int, end: int, run_start: int, block_start: int) -> int:
    """Step over closing quotes, brackets and footnote marks that belong to the sentence."""
    while pos < end:
        char = text[pos]
        if char in _CLOSERS:
            pos += 1
        elif char in _STRAIGHT_QUOTES and (pos + 1 >= end or _is_space(text[pos + 1])):
            pos += 1
        elif char == "[" and (match := _FOOTNOTE.match(text, pos, end)):
            pos = match.end()
        elif char.isdigit() and pos > block_start and _ends_word(text, run_start):
            match = _FOOTNOTE_NUMBERS.match(text, pos, end)
            if not match:
                break
            pos = match.end()
        else:
            break
    return pos


def _ends_word(text: str, run_start: int) -> bool:
    """True when the run follows a lower-case word or a bracket: "consultation.11"."""
    before = text[max(0, run_start - 2) : run_start]
    return len(before) == 2 and (before[1] == ")" or (before.isalpha() and before.islower()))


def _first_letter(text: str, pos: int, end: int) -> Optional[str]:
    """The first letter or digit at ``pos``, past opening quotes, brackets and dashes."""
    limit = min(end, pos + 8)
    while pos < limit:
        char = text[pos]
        if char.isalnum():
            return char
        if char not in _OPENERS and not _is_space(char):
            return None
        pos += 1
    return None


def _joined_sentences(text: str, run_start: int, stop: int, end: int, block_start: int) -> bool:
    """"world.Today", "1,000.That": a sentence end typed without the space."""
    if stop - run_start != 1 or not text[stop].isupper():
        return False
    word_end = stop + 1
    while word_end < end and word_end - stop < _LOOKBACK and text[word_end].isalpha():
        word_end += 1
    if word_end - stop < 2 or not text[stop + 1 : word_end].islower():
        return False
    if word_end < end and text[word_end] == "." and word_end + 1 < end:
        if text[word_end + 1].isalnum():
            return False  # "testurl.Awesome.com"
    word = _word_before(text, run_start, block_start)
    if len(word) < 2 or not (word[-1].islower() or word[-1].isdigit()):
        return False
    token_end = word_end
    while token_end < min(end, stop + _LOOKBACK) and not _is_space(text[token_end]):
        token_end += 1
    token = word + text[run_start:token_end]
    if "." in word or any(mark in token for mark in ("@", "://", "www.")):
        return False
    return not _is_abbreviation(word)  # "Mr.Smith"


def _word_before(text: str, run_start: int, block_start: int) -> str:
    """The word ending at ``run_start`` (at most _LOOKBACK characters), without opening marks."""
    chunk = text[max(block_start, run_start - _LOOKBACK) : run_start]
    if not chunk or _is_space(chunk[-1]):
        return ""
    word = chunk.rsplit(None, 1)[-1]
    if not word.isascii():
        for space in _EXTRA_SPACE:
            if space in word:
                word = word.rsplit(space, 1)[-1]
    return word.lstrip(_OPENERS + _BULLETS)


def _is_abbreviation(word: str) -> bool:
    key = word.lower()
    return key in _TITLES or key in _BEFORE_NUMBER or key in _OTHER or key in _TIME


def _full_stop_ends(
    text: str, run_start: int, sentence_start: int, following: int, end: int
) -> bool:
    """Does a full stop followed by a capital, digit or symbol end the sentence?"""
    word = _word_before(text, run_start, sentence_start)
    if not word or word[-1] in _CLOSERS or word[-1] in _STRAIGHT_QUOTES:
        return True
    key = word.lower()
    if len(word) > 1 and "." not in word:  # the common case: a plain word
        if key in _TITLES:
            return False
        if key in _BEFORE_NUMBER or key in _OTHER:
            return not text[following].isdigit() and _opens_sentence(text, following, end)
        return not _is_list_label(text, word, run_start, sentence_start)
    if key in _TIME:
        if text[following].isdigit() or _count_words(text, sentence_start, run_start, 4) < 4:
            return False  # "at 5 p.m. 6 p.m.", "At 5 a.m. Mr. Smith went ..."
        next_word = _next_word(text, following, end)
        time_zone = next_word.isupper() and 2 <= len(next_word) <= 4  # "5 p.m. EST"
        return not (time_zone or next_word.lower() in _AFTER_TIME)
    if _is_list_label(text, word, run_start, sentence_start):
        return False
    if "." in word:
        if "@" in word or "://" in word or key.startswith("www."):
            return True
        if _INITIALISM.fullmatch(word):
            return _opens_sentence(text, following, end)
        return True
    if word.isalpha():
        if word.islower():
            return False
        previous = _word_before(text, run_start - 2, sentence_start)
        named = not previous or previous[0].isupper()
        return not named and (word == "I" or _opens_sentence(text, following, end))
    return True


def _next_word(text: str, pos: int, end: int) -> str:
    """The letters of the word at ``pos``, past opening marks."""
    while pos < end and text[pos] in _OPENERS:
        pos += 1
    word = _NEXT_WORD.match(text, pos, min(end, pos + _LOOKBACK))
    return word.group() if word else ""


def _opens_sentence(text: str, pos: int, end: int) -> bool:
    """Is the word at ``pos`` a usual sentence opener?"""
    return _next_word(text, pos, end).lower() in _OPENER_WORDS


def _count_words(text: str, start: int, end: int, enough: int) -> int:
    """Words in text[start:end], counting no further than ``enough`` (or 200 characters)."""
    count, inside = 0, False
    for pos in range(start, min(end, start + 200)):
        if _is_space(text[pos]):
            inside = False
        elif not inside:
            inside = True
            count += 1
            if count >= enough:
                break
    return count


def _is_list_label(text: str, word: str, run_start: int, sentence_start: int) -> bool:
    """A label such as "1." or "iv." that opens the sentence or continues the list it opens."""
    if not (word.isdigit() and len(word) <= 3) and not (len(word) <= 5 and _is_roman(word)):
        if not (len(word) == 1 and word.isalpha()):
            return False
    word_start = run_start - len(word)
    if _LABEL_LEAD.match(text, sentence_start, word_start).end() == word_start:
        return True
    opening = _LIST_LABEL.match(text, sentence_start)
    return opening is not None and _comes_after(word, opening.group(3))


def _comes_after(label: str, first: str) -> bool:
    """"3" after "1", "c" after "a": a later label of the same list."""
    if label.isdigit() and first.isdigit():
        return int(first) < int(label) <= int(first) + 100
    if len(label) == 1 and len(first) == 1 and label.isalpha():
        return first.isupper() == label.isupper() and first < label
    return _is_roman(label) and _is_roman(first) and _rank(first) < _rank(label)


def _rank(roman: str) -> int:
    return _ROMAN.index(roman.lower())


def _is_roman(word: str) -> bool:
    return word.lower() in _ROMAN


# --- step 3: lists written without end punctuation ---------------------------------------


def _add_list_items(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append [start, end) to ``spans``, cut before each next label of a list it opens with."""
    while True:
        label = _LIST_LABEL.match(text, start, end)
        next_at = _next_label(text, label, end) if label else None
        if next_at is None:
            break
        piece = _trim(text, start, next_at)
        if piece[0] < piece[1]:
            spans.append(piece)
        start = next_at
    if _ALNUM.search(text, start, end):
        spans.append((start, end))


def _next_label(text: str, label: re.Match, end: int) -> Optional[int]:
    bullet, paren, name, close = label.groups()
    found = None
    for successor in _successors(name):
        pattern = _label_pattern((bullet or "").strip(), paren + successor + close)
        match = pattern.search(text, label.end(), end)
        if match and (found is None or match.start() < found):
            found = match.start()
    return found


def _successors(name: str) -> list[str]:
    if name.isdigit():
        return [str(int(name) + 1)]
    result = []
    if len(name) == 1 and name.lower() != "z":
        result.append(chr(ord(name) + 1))
    if name.lower() in _ROMAN[:-1]:
        roman = _ROMAN[_ROMAN.index(name.lower()) + 1]
        result.append(roman.upper() if name.isupper() else roman)
    return result


@lru_cache(maxsize=256)
def _label_pattern(bullet: str, label: str) -> re.Pattern:
    prefix = re.escape(bullet) + r"[ \t]*" if bullet else ""
    return re.compile(r"(?<=\s)" + prefix + re.escape(label) + r"(?=\s)")
