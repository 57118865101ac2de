"""NAM across languages: the names of a source and its translation into another language.

A word diff says nothing across languages, and a name is written in another script, inflected,
or (in Arabic) read without capitals. So each side's names are looked for among the other
side's words (``lang/translit.name_found``: consonant skeletons, any script): in an Arabic
text among all its words, in a Latin or Cyrillic one among its capitalised words. A person
found on neither side's counterpart stands replaced where the other side has an unmatched
person too (NAM001), else dropped or added (NAM002, NAM003). Other names (places, bodies,
works) are translated as often as transliterated ("Germany" / "Deutschland" / "ألمانيا"), so
their absence is only information.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from discrepancy.extract.namematch import fold
from discrepancy.extract.places import place_codes
from discrepancy.extract.words import common_words
from discrepancy.lang.cldr import language_names
from discrepancy.lang.people import known_given_name, known_name
from discrepancy.lang.translit import Word, bare_forms, find_word, name_found, script_of, words_of
from discrepancy.model import Mention, Severity
from discrepancy.rules import Group
from discrepancy.rules.namesides import Outcome

# Words of a name that say nothing of who it is.
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "der", "la", "le"})


def across(group: Group) -> bool:
    """Whether the two sides of a group are written in different languages."""
    return (group.a_doc.lang or "en") != (group.b_doc.lang or "en")


def analyse_across(group: Group) -> list[Outcome]:
    """Every NAM outcome of a group whose sides are in two languages."""
    a_names, b_names = group.mentions("name")
    a_missing = _missing(
        a_names, _words(group.b_doc, group.b_sentences), (group.a_doc.lang or "en") == "en", _capitals(group.b_doc)
    )
    b_missing = _missing(
        b_names, _words(group.a_doc, group.a_sentences), (group.b_doc.lang or "en") == "en", _capitals(group.a_doc)
    )
    if not (_readable(group.a_doc.lang) and _readable(group.b_doc.lang)):
        a_people, b_people = [], []  # names can't be looked for: only information
    else:
        a_people = [m for m in a_missing if _person(m, group.a_doc.lang, _headline(m, group.a_sentences))]
        b_people = [m for m in b_missing if _person(m, group.b_doc.lang, _headline(m, group.b_sentences))]
    outcomes = [
        Outcome("NAM001", f"name changed: {x.text} → {y.text}", (x.start, x.end), (y.start, y.end))
        for x, y in zip(a_people, b_people)
    ]
    paired = set(map(id, a_people[:len(b_people)])) | set(map(id, b_people[:len(a_people)]))
    for code, side, missing, people in (("NAM002", "a", a_missing, a_people), ("NAM003", "b", b_missing, b_people)):
        for m in missing:
            if id(m) in paired:
                continue
            severity = None if any(m is p for p in people) else Severity.info
            outcomes.append(Outcome(code, f"name only in {side.upper()}: {m.text}", severity=severity, **{side: (m.start, m.end)}))
    return outcomes


# Languages written without spaces between words (Chinese, Japanese, Thai...), whose foreign
# names are spelt by syllables: their words, hence their names, can't be told apart here.
_UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})


def _readable(lang: str | None) -> bool:
    return lang not in _UNSPACED


def _words(doc, sentences) -> list[Word]:
    """The words of one side a name of the other may be written as: every word of an Arabic
    text (no capitals), the capitalised ones of any other."""
    words = [w for s in sentences for w in words_of(doc.text, s.start, s.end)]
    return words if doc.lang == "ar" else [w for w in words if _capitalised(w.text)]


def _capitals(doc) -> str | None:
    """The document's text where ``_words`` are its capitalised words, else None (Arabic)."""
    return None if doc.lang == "ar" else doc.text


def _capitalised(word: str) -> bool:
    """A capital opening the word or a part of it ("Moualem" of "al-Moualem", "d'Estaing")."""
    return word[:1].isupper() or any(part[:1].isupper() for part in _PARTS.split(word)[1:])


_PARTS = re.compile(r"[-‐'’]")


def _missing(names: list[Mention], other_words: list[Word], by_last: bool, other_text: str | None) -> list[Mention]:
    """The names, weak ones and the words of an office aside, not found among the words (by
    their last word where names are read whole, in English; another language's reader may
    read a word too many: "Jeremy Corbyns Erfolg", "Северной Кореи Ри Юн", so by any word).
    ``other_text`` is the text of words that are all capitalised ones, else None."""
    return [
        m for m in names
        if "weak" not in m.attrs and "office" not in m.attrs
        and not any(_found(text, other_words, by_last, other_text) for text in {m.text, _identifying(m.text)})
    ]


def _found(name: str, among: list[Word], by_last: bool, text: str | None) -> bool:
    """Whether a name is written among the words; found by any word, a name is not found by the
    given names it opens with alone where the other side writes each of them only directly
    before another capitalised word, another person's name: "Chris Coons" / "Chris Pittman",
    not "Kim Jong-un" / "Kim is" nor "Caroline du Sud" / "South Carolina"."""
    if not name_found(name, among, by_last):
        return False
    if by_last or text is None:
        return True
    words = words_of(name)
    k = 0
    while k < len(words) - 1 and _given(words[k].text):
        k += 1
    if not k or name_found(name[words[k].start:], among, by_last):
        return True
    followed = {
        w.start for w, after in zip(among, among[1:])
        if after.start > w.end and not text[w.end:after.start].strip()
    }
    return any(
        w.start not in followed for given in words[:k] for w in among if find_word(given.text, [w]) is not None
    )


def _given(word: str) -> bool:
    """A known given name, perhaps inflected ("Борисом")."""
    return _plain_word(word) and any(known_given_name(form) for form in bare_forms(word))


def _identifying(name: str) -> str:
    """A name without the ordinary words, acronyms and language names it ends with, which
    translations translate ("Victoria Cross", "Jeane Freeman MSP", "Yorkshire English"): its last
    word is looked for too."""
    words = words_of(name)
    while len(words) > 1 and (fold(words[-1].text) in common_words() or not _plain_word(words[-1].text)
                              or words[-1].text in language_names()):
        words.pop()
    return name[words[0].start:words[-1].end] if words else name


def _headline(mention: Mention, sentences) -> bool:
    """Whether the mention stands in a sentence whose every word of four letters or more is
    capitalised ("Republicans Alienating Women Voters Ahead of Midterms With Kavanaugh
    Debacle"): there a capital tells no name."""
    for sentence in sentences:
        if sentence.start <= mention.start < sentence.end:
            long = [w for w in _LATIN_WORD.findall(sentence.text) if len(w) >= 4]
            return len(long) >= 4 and all(w[0].isupper() for w in long)
    return False


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _person(mention: Mention, lang: str | None, headline: bool = False) -> bool:
    """Whether a name is a person's: a rank or title before it (and a word not ordinary), or
    several words opening with a known given name (perhaps inflected: "Борисом Джонсоном") and
    ending with no ordinary word ("Lee County", also "Lee Smith");
    in English, also several plain capitalised words none of them ordinary nor a place
    ("Ruaridh Knott", not "Toyota UK", "Welsh AMs"), outside a headline written in title case."""
    if "title" in mention.attrs:  # not ordinary words that name no one, which a translation translates: "Mr Evil"
        return not all(fold(w.text) in common_words() and not known_name(w.text) for w in words_of(mention.text))
    words = [w.text for w in words_of(mention.text) if fold(w.text) not in _PARTICLES]
    if len(words) < 2:
        return False
    last = fold(words[-1])
    if _given(words[0]) and last not in common_words():
        return True
    return (lang or "en") == "en" and not headline and script_of(mention.text) == "latin" and not place_codes(mention.text) and all(
        _plain_word(w) and fold(part) not in common_words() for w in words for part in w.split("-")
    )


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-‐’'][A-Za-z][a-z]+)*$")


def _plain_word(word: str) -> bool:
    """A capital and small letters ("Knott", "McDowall", "Jae-in", "Zárate"), no acronym ("UK",
    "AMs")."""
    return bool(_PLAIN_WORD.match(anyascii(word)))  # "Zárate" as "Zarate"
