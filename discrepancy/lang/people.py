"""People in other languages: ranks, titles and the names they introduce, as mentions shaped
like the English ones (``extract/people.py``), so that the rules compare them alike.

A rank or title is read off the words of a sentence by its forms in ``data/ranks.toml`` (the
``ar``, ``de``, ``fr``, ``ru`` keys of each rank, ``[titles.by_language]``), matched the way the
language writes words (``Way.same_word``: Arabic with its prefixed article and conjunctions,
Russian in any case, German with its case endings). A rank mention's value is the English
canonical rank and its grade the English one, an office's value the English office's words,
so "الفريق" and "Lieutenant General" are one rank. Which words after it make the name, and which
words are names with no title before them, each language says in its ``people`` module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import _personal_names, fold, name_tokens
from discrepancy.extract.offices import office_key
from discrepancy.extract.people import Rank
from anyascii import anyascii

from discrepancy.lang.translit import Word, words_of
from discrepancy.model import Document, Mention


@dataclass(frozen=True)
class Form:
    """One written form of a rank or title, as the words it is matched by."""

    words: tuple[str, ...]
    rank: Optional[Rank] = None
    office: str = ""  # the English office; "" for an honorific


@dataclass(frozen=True)
class Prefix:
    """A rank or title read before a name: where it stands and what it is."""

    start: int
    end: int
    form: Form
    qualifier: str = ""


@dataclass(frozen=True)
class Way:
    """How one language writes its people. ``same_word(text, form_word)`` says whether a word
    of a text is a word of a form; ``name_after(words, i, text)`` is how many words from
    ``words[i]`` make the name after a rank or title; ``free_names(words, text)`` are the
    (first, last) word indices of names with no title before them, and whether each opens the
    sentence (a weak name)."""

    lang: str
    same_word: Callable[[str, str], bool]
    name_after: Callable[[list[Word], int, str], int]
    free_names: Callable[[list[Word], str], list[tuple[int, int, bool]]] = lambda words, text: []
    qualifiers: dict = field(default_factory=dict)
    # Each word of a text read so far -> the first words of forms it may be (most: none).
    _starts: dict = field(default_factory=dict, compare=False, repr=False)

    def extract(self, text: str, start: int, end: int, doc: Optional[Document] = None, **_) -> list[Mention]:
        """Rank, office and name mentions of ``text[start:end]``, sentence by sentence (a
        project's own ranks and titles, ``vocabulary``, are English forms and not read here)."""
        spans = [(start, end)]
        if doc is not None:
            first = bisect_left(doc.sentences, start, key=lambda s: s.start)
            last = bisect_right(doc.sentences, end, key=lambda s: s.start)
            inside = [(s.start, s.end) for s in doc.sentences[first:last] if s.end <= end]
            spans = inside if len(inside) >= 2 else spans
        return [m for s, e in spans for m in self._sentence(text, s, e)]

    def _sentence(self, text: str, start: int, end: int) -> list[Mention]:
        words = words_of(text, start, end)
        forms = _forms(self.lang)
        mentions: list[Mention] = []
        used: set[int] = set()  # words of names read after a rank or title
        i = 0
        while i < len(words):
            prefixes: list[Prefix] = []
            first_prefix = i
            while i < len(words) and (found := self._form_at(words, i, text, forms)) is not None:
                prefix, i = found
                prefixes.append(prefix)
            if prefixes:
                used.update(range(first_prefix, i))
                attached = i < len(words) and not text[prefixes[-1].end:words[i].start].strip()
                count = self.name_after(words, i, text) if attached else 0
                count = next((k for k in range(1, count) if self._form_at(words, i + k, text, forms)), count)
                while count and _of_the_office(words[i].text):
                    i, count = i + 1, count - 1
                if count:
                    mentions.extend(_person(text, words[i:i + count], prefixes))
                    used.update(range(i, i + count))
                i += max(count, 0)
                continue
            i += 1
        for first, last, weak in self.free_names(words, text):
            if used.isdisjoint(range(first, last + 1)):
                mentions.append(_name(text, words[first:last + 1], (), weak))
        mentions.sort(key=lambda m: (m.start, m.end, m.kind))
        return mentions

    def _form_at(self, words: list[Word], i: int, text: str, forms: tuple) -> Optional[tuple[Prefix, int]]:
        """The longest rank or title form starting at ``words[i]`` and the index after it (and
        after a qualifier written behind a rank)."""
        starts = self._form_starts(words[i].text, forms)
        if not starts:  # most words open no form
            return None
        for form in forms:
            if form.words[0] not in starts:
                continue
            n = len(form.words)
            if i + n <= len(words) and _spaced(words, i, n, text) and all(
                self.same_word(words[i + k].text, form.words[k]) for k in range(n)
            ):
                after = i + n
                qualifier = ""
                if form.rank is not None and after < len(words) and _spaced(words, after - 1, 2, text):
                    qualifier = next((q for w, q in self.qualifiers.items() if self.same_word(words[after].text, w)), "")
                    after += bool(qualifier)
                return Prefix(words[i].start, words[after - 1].end, form, qualifier), after
        return None


    def _form_starts(self, word: str, forms: tuple) -> frozenset[str]:
        """The first words of forms that ``word`` may be, worked out once per word."""
        starts = self._starts.get(word)
        if starts is None:
            if len(self._starts) > 65536:
                self._starts.clear()
            firsts = {form.words[0] for form in forms}
            starts = self._starts[word] = frozenset(f for f in firsts if self.same_word(word, f))
        return starts


def _of_the_office(word: str) -> bool:
    """An adjective or acronym between an office and its holder's name: "le président
    américain Joe Biden", "президент США Дональд Трамп"."""
    return word[:1].islower() or len(word) >= 2 and word.isupper()


def _spaced(words: list[Word], i: int, n: int, text: str) -> bool:
    """Whether ``words[i:i+n]`` follow each other with only white space between them."""
    return all(not text[words[k].end:words[k + 1].start].strip() for k in range(i, i + n - 1))


@lru_cache(maxsize=8)
def _forms(lang: str) -> tuple[Form, ...]:
    """The language's rank and title forms, longest first."""
    raw = data_toml("ranks.toml")
    forms: list[Form] = []
    for canonical, entry in raw["ranks"].items():
        rank = Rank(canonical, entry["grade"])
        forms.extend(Form(_form_words(f), rank=rank) for f in entry.get(lang, ()))
    titles = raw["titles"]["by_language"].get(lang, {})
    forms.extend(Form(_form_words(f)) for f in titles.get("honorifics", ()))
    forms.extend(Form(_form_words(f), office=office) for f, office in titles.get("offices", {}).items())
    forms = [f for f in forms if f.words]
    forms.sort(key=lambda f: -len(f.words))
    return tuple(forms)


def _form_words(form: str) -> tuple[str, ...]:
    return tuple(w.text for w in words_of(form))


def qualifiers(lang: str) -> dict[str, str]:
    """Words written after a rank that qualify it, with the English word each is compared as."""
    return data_toml("ranks.toml")["qualifiers"]["by_language"].get(lang, {})


def _person(text: str, name_words: list[Word], prefixes: list[Prefix]) -> list[Mention]:
    """The rank, office and name mentions of a name with the ranks and titles before it."""
    name = _name(text, name_words, prefixes)
    holder = {"holder": name.value, "holder_text": name.text}
    mentions = [name]
    last = prefixes[-1]
    if last.form.rank is not None:
        attrs = {"grade": last.form.rank.grade, **holder}
        if last.qualifier:
            attrs["qualifier"] = last.qualifier
        mentions.append(Mention(
            kind="rank", start=last.start, end=last.end, text=text[last.start:last.end],
            value=last.form.rank.canonical, attrs=attrs,
        ))
    office = next((p for p in reversed(prefixes) if p.form.office), None)
    if office is not None:
        mentions.append(Mention(
            kind="office", start=office.start, end=office.end, text=text[office.start:office.end],
            value=" ".join(office_key(office.form.office)), attrs=holder,
        ))
    return mentions


def _name(text: str, name_words: list[Word], prefixes: tuple | list, weak: bool = False) -> Mention:
    start, end = name_words[0].start, name_words[-1].end
    name_text = text[start:end]
    attrs: dict[str, str] = {}
    if prefixes:
        attrs["title"] = " ".join(text[p.start:p.end] for p in prefixes)
        rank = prefixes[-1].form.rank
        if rank is not None:
            attrs.update(rank=rank.canonical, grade=rank.grade)
    if weak:
        attrs["weak"] = "sentence-initial word"
    value = " ".join(name_tokens(name_text)) or name_text
    return Mention(kind="name", start=start, end=end, text=name_text, value=value, attrs=attrs)


def capitalised(word: str) -> bool:
    """A word written with a capital and then small letters: "Путин", "Macron", "аль-Муаллем",
    "d'Estaing", not "USA"."""
    if len(word) >= 2 and word.isupper():
        return False
    match = _ARTICLE_PREFIX.match(word)
    return word[:1].isupper() or bool(match) and word[match.end():][:1].isupper()


# A lower-case article written before a name: "аль-", "al-", "d'", "ad-".
_ARTICLE_PREFIX = re.compile(r"[^\W\d_]{1,3}[-‐'’]")


def capitalised_runs(
    words: list[Word], text: str, connectors: frozenset[str], openers: frozenset[str], longest: int = 4
) -> list[tuple[int, int, bool]]:
    """Runs of capitalised words (``connectors`` inside: "de", "von"), each with whether it is
    one word opening the sentence, which may be any word; one of ``openers`` (function words:
    "На Рождество", "Les États-Unis") opening the sentence is left out."""
    runs: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(words):
        if not capitalised(words[i].text) or i == 0 and words[i].text.lower() in openers:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and j - i + 1 < longest and _spaced(words, j, 2, text) and (
            capitalised(words[j + 1].text)
            or words[j + 1].text.lower() in connectors and j + 2 < len(words) and capitalised(words[j + 2].text)
        ):
            j += 1
        opens = not text[:words[i].start].strip() or text[:words[i].start].rstrip()[-1:] in ".!?:\"«“„("
        runs.append((i, j, opens and i == j))
        i = j + 1
    return runs


def run_after(words: list[Word], i: int, text: str, connectors: frozenset[str], longest: int = 4) -> int:
    """How many capitalised words (with ``connectors`` inside) follow from ``words[i]``."""
    n = 0
    while i + n < len(words) and n < longest and (n == 0 or _spaced(words, i + n - 1, 2, text)):
        word = words[i + n].text
        if capitalised(word) or n and word.lower() in connectors and i + n + 1 < len(words) and capitalised(words[i + n + 1].text):
            n += 1
            continue
        break
    return n


def known_given_name(word: str) -> bool:
    """Whether a word, in any script, is an established given name ("Klaus", "Анна") of
    three letters or more ("In", "Al" are words first)."""
    return len(word) >= 3 and fold(anyascii(word)) in _personal_names()["given"]


def known_name(word: str) -> bool:
    """Whether a word is an established given name or surname ("Park", "Brown"), in any script."""
    folded = fold(anyascii(word))
    return folded in _personal_names()["given"] or folded in _personal_names()["surnames"]
