"""Known places and currency codes, from pycountry's ISO data (maintained with Debian's
iso-codes): ISO 3166-1 countries (short, common and official names), ISO 3166-2 subdivisions
(their local names, each form of a bilingual one, and the English name where iso-codes has
one: "Bayern" and "Bavaria"), with the other names ``data/aliases.toml`` gives them ("UK",
"Czech"), and ISO 4217 currency codes. Loaded on first use only.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import name_tokens

# "Catalunya [Cataluña]", "Asturias, Principado de", "Wales [Cymru GB-CYM]": one name per form.
_FORMS = re.compile(r"[\[\],]")


class Gazetteer(NamedTuple):
    codes: dict[tuple[str, ...], frozenset[str]]  # a name's folded tokens -> ISO codes it names
    words: dict[str, frozenset[str]]  # an ISO code -> the folded words of all its names
    constituents: frozenset[str]  # subdivisions that are countries of their own: England


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    import pycountry

    names: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        names[country.alpha_2].update(
            getattr(country, field, "") for field in ("name", "common_name", "official_name")
        )
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    for subdivision in pycountry.subdivisions:
        for name in (subdivision.name, english.gettext(subdivision.name)):
            names[subdivision.code].update(form.strip() for form in _FORMS.split(name))
    codes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for code, forms in names.items():
        for form in forms:
            if key := name_tokens(form):
                codes[key].add(code)
    # The built-in names of one thing ("UK" / "United Kingdom" / "British") name the place too.
    for group in data_toml("aliases.toml")["groups"]:
        forms = [name_tokens(form) for form in group]
        known = set().union(*(codes.get(form, ()) for form in forms))
        for form in forms:
            codes[form] |= known
            for code in known:
                names[code].add(" ".join(form))
    words = {code: frozenset(w for form in forms for w in name_tokens(form)) for code, forms in names.items()}
    constituents = frozenset(sub.code for sub in pycountry.subdivisions if sub.type == "Country")
    return Gazetteer({key: frozenset(found) for key, found in codes.items() if found}, words, constituents)


def place_codes(text: str) -> frozenset[str]:
    """The ISO 3166 codes ``text`` names: {"LT"} for "Lithuania", {"DE-BY"} for "Bavaria", none
    for a name that is no country or subdivision."""
    return _gazetteer().codes.get(name_tokens(text), frozenset())


def is_country(text: str) -> bool:
    return any(len(code) == 2 for code in place_codes(text))


def same_country(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two places (as ``place_codes``) lie in one country: "England" / "UK"."""
    return bool({code[:2] for code in a} & {code[:2] for code in b})


def one_country(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one place is a country and the other a country within it ("England" / "UK"):
    one place, named more or less precisely."""
    constituents = _gazetteer().constituents
    return any(code in constituents and code[:2] in other for x, other in ((a, b), (b, a)) for code in x)


def derived_from(text: str, codes: frozenset[str]) -> bool:
    """Whether a word of ``text`` starts like a name of the places ``codes``: "Bavarians" of
    Bayern/Bavaria, "Scottish" of Scotland (four letters in common)."""
    words = _gazetteer().words
    stems = {w[:4] for code in codes for w in words.get(code, ()) if len(w) >= 4}
    return any(w[:4] in stems for w in name_tokens(text) if len(w) >= 4)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


# "Autonomous city in north africa", "City with county rights": the head noun comes before these.
_TYPE_TAIL_WORDS = frozenset({"in", "of", "with", "under"})


def _type_head(kind: str) -> str:
    """The head noun of a subdivision type: "Chain (of islands)" -> "chain"."""
    words = kind.split("(")[0].lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in _TYPE_TAIL_WORDS), len(words))
    return words[cut - 1]


@lru_cache(maxsize=1)
def _generic_place_words() -> frozenset[str]:
    """The words that say what kind of place a name is, from ISO 3166-2: the head of each
    subdivision type ("Administrative territory" -> territory) and the last word that many
    subdivision names of one country share ("Khabarovskiy kray", "Jihomoravský kraj")."""
    import pycountry

    heads = {_type_head(sub.type) for sub in pycountry.subdivisions}
    endings: dict[tuple[str, str], int] = defaultdict(int)
    for sub in pycountry.subdivisions:
        words = sub.name.split()
        if len(words) > 1 and words[-1].isalpha():
            endings[(sub.country_code, words[-1].lower())] += 1
    heads.update(word for (_, word), count in endings.items() if count >= 5)
    return frozenset(heads)


def generic_place_word(word: str) -> bool:
    """Whether ``word`` (folded) says what kind of place a name is ("Krai", "Territory",
    "Region", "Oblast"), in any of its transliterations (one letter apart: "krai" / "kray")."""
    from rapidfuzz.distance import Levenshtein

    generic = _generic_place_words()
    return word in generic or len(word) >= 4 and any(
        len(g) == len(word) and Levenshtein.distance(word, g) <= 1 for g in generic
    )
