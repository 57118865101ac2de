"""Words as the name rules read them: folded, hyphenated words as their parts, the ordinary
English words (``data/common_words.txt``) and the capitalised words that are never names."""

from __future__ import annotations

import re
from functools import lru_cache

from discrepancy.datafiles import data_text
from discrepancy.extract.invisible import ZERO_WIDTH
from discrepancy.extract.namematch import fold

# Capitalised words that are never names: months and days (the date rules own them) and
# closed-class words capitalised for emphasis or by a slip ("His deputy is ...").
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday tue tues wed thu thur thurs fri
    feb apr jun jul aug sep sept oct nov dec i me my mine we us our ours you
    your he him his she her hers it its they them their theirs this that these those who whom
    whose which what a an and or but nor if then than as at by for from in into of off on onto
    out over to up upon with within without about after before between during under since
    until via not no yes so too very also all any both each either every neither none some
    such here there where when why how is are was were be been being has have had do does did
    will would shall should can could may might must more most many much few several less
    least only just even still yet already also then now thus hence therefore however
    meanwhile moreover furthermore besides instead perhaps maybe almost nearly around other
    another same own last next once while because although though unless whether since
    celsius fahrenheit""".split()
)
# A word: letters (zero-width characters inside leave it whole) or initials ("U.S."), and
# words joined by an apostrophe or a hyphen.
WORD_PIECE = rf"(?:[A-Z]\.){{2,}}|[^\W_](?:[^\W_]|[{ZERO_WIDTH}](?=[^\W_]))*"
_WORD = rf"(?:{WORD_PIECE})(?:['’\-‐](?:{WORD_PIECE}))*"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(data_text("common_words.txt").split())


_ANY_WORD = re.compile(_WORD)
_HYPHEN = re.compile(r"[\-‐]")


@lru_cache(maxsize=8192)
def folded_words(text: str) -> tuple[str, ...]:
    """Every word of ``text`` folded, hyphenated words as their parts, in order."""
    out: list[str] = []
    for word in _ANY_WORD.findall(text):
        if "-" in word or "‐" in word:
            out.extend(f for f in map(fold, _HYPHEN.split(word)) if f)
        else:
            out.append(fold(word))
    return tuple(out)


def words_before(text: str, offset: int) -> int:
    """How many ``folded_words`` of ``text`` lie before ``offset``."""
    return len(folded_words(text[:offset]))
