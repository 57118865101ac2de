"""Arabic people: names after ranks and titles ("الفريق أول ركن عبد الأمير الشمري").

Arabic has no capital letters, so a name is read only where a rank or title introduces it:
the words after it, starting with one without the article (a word with it is an adjective,
"الرئيس الأمريكي", or the title word was a noun, "الفريق الزائر" the visiting team), up to a
function word (also after و or ف, "and": "بيل ومدير"), a punctuation mark or an indefinite accusative (a word with tanween, never a
name), at most three words besides the connectors of compound
names (عبد الأمير, أبو بكر, بن), and ending at the first word with the article, the family
name or nisba (قاسم الأعرجي). Names with no title before them are found from the other side
of a comparison (``rules/crossnames.py``), by looking for the other language's names among
the words.
"""

from __future__ import annotations

import re

from discrepancy.lang.people import Way, qualifiers
from discrepancy.lang.translit import Word

# Harakat, the dagger alif and tatweel: written or not, one word.
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_TANWEEN_FATH = "\u064b"
# Connectors of compound names: the next word belongs to the name whatever it looks like.
_CONNECTORS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال"})
# Function words and the verbs of reporting that end a name (see _and_stop for "and" before one).
_STOPS = frozenset(
    """في من الى على عن مع وفي ومن وعن ومع ان او ثم التي الذي الذين اللذين هذا هذه ذلك تلك كان كانت قال قالت
    اكد اعلن اشار اوضح يوم خلال بعد قبل حول ضد بين عند منذ
    لا لم لن قد كما حيث اذ اذا الا غير كل بعض نحو لدى امام وراء فوق تحت حتى عبر
    فيما بينما ايضا رئيس نائب قائد مدير وزير بصوره بشكل بحال
    نفسه نفسها ذاته عام سنه شهر اليوم صباح مساء ظهر ليله""".split()
)


def normalise(word: str) -> str:
    """The letters a word is compared by: no vowel marks, one alif, final ya and ta marbuta
    as ya and ha."""
    return _MARKS.sub("", word).translate(_LETTERS)


def _readings(word: str) -> set[tuple[bool, str]]:
    """(has the article, the word without it) for every way of reading the letters written
    before a word: و/ف "and", ب/ل/ك "with, for, as" before the article, لل "for the"."""
    word = normalise(word)
    readings = set()
    for rest in {word, word[1:] if word[:1] in "وف" and len(word) > 3 else word}:
        if rest.startswith("لل") and len(rest) > 4:
            readings.add((True, rest[2:]))
        elif rest[:1] in "بلك" and rest[1:3] == "ال" and len(rest) > 4:
            readings.add((True, rest[3:]))
        if rest.startswith("ال") and len(rest) > 3:
            readings.add((True, rest[2:]))
        readings.add((False, rest))
    return readings


def same_word(word: str, form_word: str) -> bool:
    """Whether a word of the text is the form's word, with the article where the form has it."""
    form = normalise(form_word)
    wanted = (True, form[2:]) if form.startswith("ال") and len(form) > 3 else (False, form)
    return wanted in _readings(word)


def _and_stop(bare: str) -> bool:
    """A function word after و or ف, "and" ("ومدير"), read as ``_readings`` reads them: a word
    of three letters keeps its first ("فان" is Vann, not "and that")."""
    return bare[:1] in "وف" and len(bare) > 3 and bare[1:] in _STOPS


def _has_article(word: str) -> bool:
    return any(article for article, _ in _readings(word))


def name_after(words: list[Word], i: int, text: str) -> int:
    """How many words from ``words[i]`` make the name after a rank or title."""
    count = own = 0
    while i + count < len(words):
        if count and text[words[i + count - 1].end:words[i + count].start].strip():
            break  # a comma or bracket ends the name
        word = words[i + count].text
        bare = normalise(word)
        if bare in _STOPS or _and_stop(bare) or _TANWEEN_FATH in word or bare.endswith("اً"):
            break
        if not count and _has_article(word):
            return 0  # "الرئيس الأمريكي", "الفريق الزائر": an adjective, or the word is no title
        count += 1
        if bare in _CONNECTORS:
            continue
        own += 1
        after_connector = count >= 2 and normalise(words[i + count - 2].text) in _CONNECTORS
        if own == 3 or _has_article(word) and not after_connector:
            break
    while count and normalise(words[i + count - 1].text) in _CONNECTORS:
        count -= 1
    return count


extract = Way("ar", same_word, name_after, qualifiers=qualifiers("ar")).extract
