"""Known places and currency codes, from pycountry's ISO data (maintained with Debian's
iso-codes): ISO 3166-1 countries (short, common and official names), ISO 3166-2 subdivisions
(their local names, each form of a bilingual one, and the English name where iso-codes has
one: "Bayern" and "Bavaria"), with the other names ``data/aliases.toml`` gives them ("UK",
"Czech"), and ISO 4217 currency codes. Loaded on first use only.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

from discrepancy.datafiles import data_toml
from discrepancy.extract.namematch import name_tokens

# "Catalunya [Cataluña]", "Asturias, Principado de", "Wales [Cymru GB-CYM]": one name per form.
_FORMS = re.compile(r"\s*[\[\],]\s*")


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[tuple[str, ...]]:
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, field, "") for field in ("name", "common_name", "official_name"))
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    for subdivision in pycountry.subdivisions:
        names.update(_FORMS.split(subdivision.name))
        names.update(_FORMS.split(english.gettext(subdivision.name)))
    keys = {key for key in map(name_tokens, names) if key}
    # The built-in names of one thing ("UK" / "United Kingdom" / "British") are places too
    # when one of them is.
    for group in data_toml("aliases.toml")["groups"]:
        forms = [name_tokens(form) for form in group]
        if any(form in keys for form in forms):
            keys.update(forms)
    return frozenset(keys)


def is_place(text: str) -> bool:
    """Whether ``text`` is the name of a country or of a country's subdivision."""
    return name_tokens(text) in _place_keys()


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)
