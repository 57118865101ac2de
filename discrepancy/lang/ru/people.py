"""Russian people: names are capitalised, but inflected ("министр обороны Сергей Шойгу",
"встреча с Путиным"), so rank and title forms are matched in any case, and names are compared
through their stems (``lang/translit.bare_forms``) by the rules.

The name after a rank or title is the run of capitalised words after it; an acronym between
them is part of the office ("президент США Дональд Трамп"). Capitalised runs elsewhere are
names too; one capitalised word opening the sentence may be any word and is weak.
"""

from __future__ import annotations

from discrepancy.lang.people import Way, capitalised_runs, run_after
from discrepancy.lang.translit import Word, bare_forms

_CONNECTORS = frozenset({"де", "фон", "ван", "ибн", "бен", "бин", "аль", "эль"})
# Function words that open sentences: "На Рождество", "В Москве".
_OPENERS = frozenset(
    """в во на по с со к ко о об обо у из за от до для при без под над через после перед между
    как что это этот эта эти этого но и а однако также когда если хотя по-прежнему уже ещё еще
    все всё он она они мы вы я его её ее их тем там тогда""".split()
)


def same_word(word: str, form_word: str) -> bool:
    """The form's word in any case: "генерал-лейтенанта", "министром" are its forms."""
    return bool(set(bare_forms(word.lower())) & set(bare_forms(form_word.lower())))


def name_after(words: list[Word], i: int, text: str) -> int:
    """The capitalised words after a rank or title, acronyms of the office skipped."""
    skipped = 0
    while i + skipped < len(words) and words[i + skipped].text.isupper() and len(words[i + skipped].text) >= 2:
        skipped += 1
    count = run_after(words, i + skipped, text, _CONNECTORS)
    return skipped + count if count else 0


def free_names(words: list[Word], text: str) -> list[tuple[int, int, bool]]:
    return capitalised_runs(words, text, _CONNECTORS, _OPENERS)


extract = Way("ru", same_word, name_after, free_names).extract
