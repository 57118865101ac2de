"""Stage 4, people and names: capitalised runs split into rank, title and name.

A sentence is read as a stream of rank phrases ("Staff Lt. Gen."), title phrases ("National
Security Adviser", "Mr."), and words. Runs of capitalised words (with particles such as al-,
bin, de, van, and "of" inside) are names; a name right after a rank or title is a person who
holds it. Ranks and titles come from ``data/ranks.toml`` plus a project's ``Vocabulary``; the
rank's canonical form and NATO grade make "Lt. Gen." and "Lieutenant General" one rank. Sentence-initial words are names only
when they are not ordinary English words (``data/common_words.txt``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from discrepancy.extract.invisible import ZERO_WIDTH
from discrepancy.extract.namespans import CONNECTORS as _CONNECTORS, NameSpan, join_official_names
from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import fold, name_tokens
from discrepancy.extract.offices import office_key
from discrepancy.extract.vocabulary import BUILT_IN, Vocabulary
from discrepancy.extract.words import WORD_PIECE, NOT_NAMES, common_words
from discrepancy.memo import per_text
from discrepancy.model import Document, Mention

# Words written in capitals that are no acronym of a name: clock times and television.
_COMMON_CAPITALS = frozenset({"am", "pm", "tv", "ok"})
# "Gen. (Ret.) John Allen": the mark of a retired officer, kept with the rank.
_RETIRED = r"(?:\s*\((?:[Rr]et|[Rr]etd|[Rr]etired)\.?\))?"
_WORD_HEAD = re.compile(r"['’\-‐]")
# Words a name can be made of: capitalised ones, the particles, and "al-Araji"-style words.
# Ordinary lower-case words are skipped by the regex engine, never looked at in Python.
_LOWER_NAME_WORDS = "|".join(
    sorted(_CONNECTORS | {"ad", "ar", "as", "ash", "at", "az", "an", "the"}, key=lambda w: (-len(w), w))
)
_INTERESTING = (
    rf"(?:[A-Z]\.){{2,}}|[^\W\d_a-zß-öø-ÿ](?:[^\W_]|[{ZERO_WIDTH}](?=[^\W_]))*"
    rf"|(?:{_LOWER_NAME_WORDS})\b"
)
# What may separate two words of one name: spaces only. An opening quote, bracket or colon
# before a word makes it start a new clause, like the first word of a sentence.
_HAS_WORD = re.compile(r"\w")
_GAP_TAIL = re.compile(r"\W*$")
_CLAUSE_OPENERS = re.compile(r"[\"“‘(\[:;—–]|['’](?=\s*$)")


@dataclass(frozen=True)
class Rank:
    canonical: str
    grade: str


class Token(NamedTuple):
    kind: str  # "rank", "title" or "word"
    start: int
    end: int
    text: str
    rank: Optional[Rank] = None
    qualifier: str = ""


@lru_cache(maxsize=4)
def _lexicon(vocabulary: Vocabulary = BUILT_IN) -> dict:
    """ranks.toml and the project's ``vocabulary`` parsed, with the variant -> rank table and
    the compiled token regex."""
    raw = data_toml("ranks.toml")
    by_form: dict[str, Rank] = {}
    for canonical, entry in raw["ranks"].items():
        rank = Rank(canonical, entry["grade"])
        for form in [canonical, *entry["variants"]]:
            by_form[_form_key(form)] = rank
    for extra in vocabulary.ranks:
        known = by_form.get(_form_key(extra.canonical))
        grade = extra.grade or (known.grade if known else extra.canonical)
        rank = Rank(known.canonical if known else extra.canonical, grade)
        for form in [extra.canonical, *extra.variants]:
            by_form[_form_key(form)] = rank
    offices = raw["titles"]["offices"] + list(vocabulary.titles)
    titles = raw["titles"]["honorifics"] + offices
    pattern = (
        rf"(?<![\w'’])(?=[^\W_a-zß-öø-ÿ]|(?:{_LOWER_NAME_WORDS})\b|[a-z]{{1,3}}[-‐][A-Z])(?:"
        rf"(?P<qual>(?:(?:{_alternation(raw['qualifiers']['words'])})\s+)*?)"
        rf"(?P<rank>{_alternation(list(by_form))})(?![\w.]){_RETIRED}"
        rf"|(?P<title>{_alternation(titles)})(?![\w])"
        rf"|(?P<word>(?<![\w'’\-‐.])(?:{_INTERESTING})(?:['’\-‐](?:{WORD_PIECE}))*))"
    )
    return {
        "ranks": by_form,
        "regex": re.compile(pattern),
        "not_before": frozenset(raw["not_a_rank"]["before"]),
        "not_after": frozenset(raw["not_a_rank"]["after"]),
        "offices": frozenset(map(_form_key, offices)) - frozenset(map(_form_key, raw["titles"]["honorifics"])),
    }


def _alternation(forms: list[str]) -> str:
    """A regex matching any of the literal ``forms`` (spaces match any white space), built as
    a character trie so that the engine never tries forms one by one, longest match first."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        pieces = [_piece(ch)]
        while len(child) == 1 and "" not in child:  # a run of letters with no branch or end
            ((ch, child),) = child.items()
            pieces.append(_piece(ch))
        branches.append("".join(pieces) + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=None)
def _piece(ch: str) -> str:
    """A character of a form in the pattern, escaped once: the tries of the ranks and titles
    have about 1,800 characters but few distinct ones (16 M instructions escaping each and
    recursing at each, 9 M escaping each once and walking runs of letters in a loop)."""
    return r"\s+" if ch == " " else re.escape(ch)


def _form_key(text: str) -> str:
    return " ".join(text.split())


def normalise_rank(text: str, vocabulary: Vocabulary = BUILT_IN) -> Rank | None:
    """The rank a written form stands for: "Lt.-Gen." -> Lieutenant General (OF-8)."""
    lex = _lexicon(vocabulary)
    match = lex["regex"].fullmatch(text.strip())
    if not match or not match.group("rank"):
        return None
    return lex["ranks"][_form_key(match.group("rank"))]


@per_text(8192)
def tokens(sentence: str, vocabulary: Vocabulary = BUILT_IN) -> tuple[Token, ...]:
    """Rank, title and name-like word tokens of one sentence, offsets relative to it; ordinary
    lower-case words are left out (the gaps they leave break names apart)."""
    lex = _lexicon(vocabulary)
    out: list[Token] = []
    has_rank = False
    for m in lex["regex"].finditer(sentence):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "rank":
            has_rank = True
            rank = lex["ranks"][_form_key(m.group("rank"))]
            out.append(Token("rank", start, end, m.group(), rank, " ".join(m.group("qual").split())))
        else:
            out.append(Token(kind, start, end, m.group()))
    if not has_rank:
        return tuple(out)
    return tuple(_demote_false_ranks(out, sentence, lex))


def _demote_false_ranks(found: list[Token], sentence: str, lex: dict) -> list[Token]:
    """ "Attorney General", "General Assembly", "the General Plan": the rank word is part of a
    name or office (after "the", before an ordinary word, it never introduces a person)."""
    for i, tok in enumerate(found):
        if tok.kind != "rank":
            continue
        before = found[i - 1].text if i and not sentence[found[i - 1].end:tok.start].strip() else ""
        after = found[i + 1].text if i + 1 < len(found) and not sentence[tok.end:found[i + 1].start].strip() else ""
        ordinary_after = before == "the" and after and fold(after) in common_words()
        if before in lex["not_before"] or after in lex["not_after"] or ordinary_after:
            found[i] = Token("word", tok.start, tok.end, tok.text)
    return found


def _is_capitalised(word: str) -> bool:
    if word[0].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head in _CONNECTORS and rest[:1].isupper()


NOT_NAME, WEAK_NAME, NAME = 0, 1, 2


@per_text(16384)
def _namey(text: str, clause_start: bool) -> int:
    """Whether a word can be part of a name where it stands: ``NAME``, ``NOT_NAME``, or
    ``WEAK_NAME`` for an ordinary word capitalised because it opens the sentence ("Congress
    began ..."), which only a comparison with near-identical wording can tell apart. Told once
    per word: most capitalised words ("The", "President") recur from sentence to sentence."""
    if not _is_capitalised(text) or text[0].isdigit():
        return NOT_NAME
    if len(text) >= 2 and text.isupper():
        return NOT_NAME if fold(text) in _COMMON_CAPITALS else NAME  # an acronym: US, WHO, ISF
    folded = fold(text)
    head = fold(_WORD_HEAD.split(text, 1)[0])  # "I'm", "Hard-working": look at the first word
    if folded in NOT_NAMES or head in NOT_NAMES:
        return NOT_NAME
    if clause_start and (folded in common_words() or head in common_words()):
        # An adverb ("Previously, ...") is never a name; another word may be ("Congress").
        return NOT_NAME if folded.endswith("ly") else WEAK_NAME
    return NAME


@per_text(8192)
def names(sentence: str, vocabulary: Vocabulary = BUILT_IN) -> tuple[NameSpan, ...]:
    """Names in one sentence, each with the rank and title written right before it."""
    toks = tokens(sentence, vocabulary)
    lex = _lexicon(vocabulary)
    found: list[NameSpan] = []
    prefix: list[Token] = []  # rank and title tokens waiting for the name they introduce
    run: list[Token] = []
    previous_end = 0
    for i, tok in enumerate(toks):
        gap = sentence[previous_end:tok.start]
        stripped = gap.strip()
        if not stripped:  # most gaps: white space, which opens no clause after the first word
            clause_start = i == 0
        elif i == 0:
            clause_start = not _HAS_WORD.search(gap)
        else:
            clause_start = bool(_CLAUSE_OPENERS.search(_GAP_TAIL.search(gap).group()))
        joined = i > 0 and (not stripped or stripped == "." and _is_initial(toks[i - 1].text))
        previous_end = tok.end
        if (run or prefix) and not joined:
            _close(run, prefix, found, lex)
            run, prefix = [], []
        if tok.kind in ("rank", "title"):
            qualifiers: list[Token] = []
            if joined and not prefix and _is_office(tok, lex):
                # "Defense Minister", "Czech Prime Minister": the words before an office say
                # which office it is; they name no one.
                # A name among them stays one ("California Governor"); an ordinary word does not.
                _close(list(run), [], found, lex, in_office=True)
                qualifiers, run = run or _weak_word_before(found, toks[i - 1]), []
            if run:
                _close(run, prefix, found, lex)
                run, prefix = [], []
            prefix.extend(qualifiers)
            prefix.append(tok)
        elif (
            kind := NOT_NAME
            if len(tok.text) == 3 and tok.text.isupper() and _currency_beside_number(tok, sentence)
            else _namey(tok.text, clause_start)
        ) == NAME:
            run.append(tok)
        elif kind == WEAK_NAME and not run and not prefix:
            found.append(NameSpan(tok.start, tok.end, None, "", weak=True))
        elif run and tok.text in _CONNECTORS and _next_is_namey(toks, i, sentence):
            run.append(tok)
        elif run and tok.text == "the" and toks[i - 1].text == "of" and _next_is_namey(toks, i, sentence):
            run.append(tok)
        elif run or prefix:
            _close(run, prefix, found, lex)
            run, prefix = [], []
    _close(run, prefix, found, lex)
    return tuple(join_official_names([span for span in found if not _abbreviation(span, sentence)], sentence))


# A short word with a full stop that nothing capitalised follows: "(another club, Ed.)".
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,2}\.(?!\s*[A-Z])")


def _abbreviation(span: NameSpan, sentence: str) -> bool:
    """Whether a one-word name is an abbreviation of an ordinary word ("Ed." for editor,
    "Fig.", "Vol."): written with a full stop, with no name after it that it could start
    ("Ed. Miliband", "St. Louis"), and not ending the sentence ("with Ed.") unless inside a
    bracketed note ("(another club in Atlanta, Ed.")."""
    short = 2 <= span.end - span.start <= 3  # what _ABBREVIATION can match, before trying it
    if span.rank is not None or span.title or not short:
        return False
    if not _ABBREVIATION.fullmatch(sentence, span.start, span.end + 1):
        return False
    return bool(_HAS_WORD.search(sentence, span.end + 1)) or sentence.rfind("(", 0, span.start) > sentence.rfind(
        ")", 0, span.start
    )


# A number, perhaps with its magnitude word, right before a word; or a number right after it.
_NUMBER_BEFORE = re.compile(r"\d\s*(?:(?:thousand|million|billion|trillion|bn|mn|m|k)\s*)?$", re.I)
_NUMBER_AFTER = re.compile(r"\s*\d")


def _currency_beside_number(tok: Token, sentence: str) -> bool:
    """ "1,000 CZK", "EUR 300", "6 billion EUR": an ISO 4217 code (``tok``, three capitals, as
    the caller checks first) is the number's unit, not a name (the number rules compare amounts)."""
    if not (_NUMBER_BEFORE.search(sentence, 0, tok.start) or _NUMBER_AFTER.match(sentence, tok.end)):
        return False  # before the code list: most acronyms (CEO, BBC) stand beside no number
    from discrepancy.extract.places import currency_codes

    return tok.text in currency_codes()


def _is_office(tok: Token, lex: dict) -> bool:
    return tok.kind == "title" and _form_key(tok.text) in lex["offices"]


def _weak_word_before(found: list[NameSpan], previous: Token) -> list[Token]:
    """The sentence-initial word just read as a weak name, taken back: "Defense" of "Defense
    Minister Benny Gantz said"."""
    if found and found[-1].weak and found[-1].end == previous.end:
        found.pop()
        return [previous]
    return []


def _is_initial(word: str) -> bool:
    """ "W" of "George W. Bush": one capital letter, written with a full stop."""
    return len(word) == 1 and word.isupper()


def _next_is_namey(toks: tuple[Token, ...], i: int, sentence: str) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or sentence[toks[i].end:nxt.start].strip():
        return False
    return nxt.kind == "word" and _namey(nxt.text, False) == NAME or nxt.text == "the"


def _close(
    run: list[Token], prefix: list[Token], found: list[NameSpan], lex: dict, in_office: bool = False
) -> None:
    while run and (run[-1].text in _CONNECTORS or run[-1].text == "the"):
        run.pop()
    if not run or len(run) == 1 and len(run[0].text) == 1:
        return  # a letter alone is a symbol or a label ("38 °C", "Plan B"), not a name
    rank = prefix[-1] if prefix and prefix[-1].kind == "rank" else None
    title = " ".join(t.text for t in prefix)
    office = [t for t in prefix if t.kind == "word" or _is_office(t, lex)]
    office_span = (office[0].start, office[-1].end) if office else None
    found.append(NameSpan(run[0].start, run[-1].end, rank, title, office=office_span, in_office=in_office))


def extract(
    text: str, start: int, end: int, doc: Optional[Document] = None,
    vocabulary: Vocabulary = BUILT_IN,
) -> list[Mention]:
    """Name and rank mentions of ``text[start:end]``, offsets into ``text``. A stretch of
    several sentences of ``doc`` is read sentence by sentence: a name never runs across a
    sentence end, and each sentence's first word is read as one. ``vocabulary`` adds ranks and
    titles to the built-in ones."""
    inside: list = []
    if doc is not None and len(doc.sentences) > 1:  # a one-sentence document has one to read
        first = bisect_left(doc.sentences, start, key=lambda s: s.start)
        last = bisect_right(doc.sentences, end, key=lambda s: s.start)
        inside = [s for s in doc.sentences[first:last] if s.end <= end]
    if len(inside) < 2:
        return _sentence_mentions(text, start, end, vocabulary)
    return [m for s in inside for m in _sentence_mentions(text, s.start, s.end, vocabulary)]


def _sentence_mentions(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[Mention]:
    return [m.shifted(start) for m in _read(text[start:end], vocabulary)]


@per_text(8192)
def _read(sentence: str, vocabulary: Vocabulary) -> tuple[Mention, ...]:
    """The name, rank and office mentions of one sentence, offsets into it: read once per
    sentence text (two near-duplicate reports share most sentences)."""
    mentions: list[Mention] = []
    for span in names(sentence, vocabulary):
        name_text = sentence[span.start:span.end]
        value = " ".join(name_tokens(name_text))
        if not value:
            continue
        attrs = {"title": span.title} if span.title else {}
        if span.weak:
            attrs["weak"] = "sentence-initial ordinary word"
        if span.in_office:
            attrs["office"] = "names the office after it"
        if span.office is not None:
            office_start, office_end = span.office
            office = sentence[office_start:office_end]
            mentions.append(
                Mention(
                    kind="office", start=office_start, end=office_end, text=office,
                    value=" ".join(office_key(office)), attrs={"holder": value, "holder_text": name_text},
                )
            )
        if span.rank is not None:
            rank = span.rank
            attrs.update(rank=rank.rank.canonical, grade=rank.rank.grade)
            rank_attrs = {"grade": rank.rank.grade, "holder": value, "holder_text": name_text}
            if rank.qualifier:
                rank_attrs["qualifier"] = rank.qualifier
            mentions.append(
                Mention(
                    kind="rank", start=rank.start, end=rank.end,
                    text=rank.text, value=rank.rank.canonical, attrs=rank_attrs,
                )
            )
        mentions.append(
            Mention(
                kind="name", start=span.start, end=span.end,
                text=name_text, value=value, attrs=attrs,
            )
        )
    return tuple(mentions)
