"""Locale data from CLDR through Babel: month and weekday names in every form a locale writes
them, and the words of units and currencies, each mapped to what the English readers use.

Babel is imported here and only here, on the first call: an English comparison never loads it.
Words are folded to lower case; a language that inflects them (Russian "ноября", "ноябре";
German "Kilometern") is matched by ``word_pattern``, which lets a word run past its CLDR form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discrepancy.datafiles import data_sections

# The locales whose month names a language also writes: Arabic in Iraq, Syria, Lebanon and
# Jordan names the Gregorian months the Syriac way ("تشرين الثاني" for "نوفمبر").
_ALSO = {"ar": ("ar_IQ",)}
# The endings an inflected word may carry past its CLDR form (its stem in Russian: "ноябр|е"
# for "ноября"; German adds -s and -n: "des Oktobers", "Kilometern").
_ENDINGS = {"ru": r"[а-яё]{0,3}", "de": r"[ns]?"}


def _locales(lang: str) -> tuple[str, ...]:
    return (lang, *_ALSO.get(lang, ()))


@lru_cache(maxsize=16)
def month_forms(lang: str) -> dict[str, int]:
    """Every spelling of a month (wide and abbreviated, format and stand-alone) -> 1..12."""
    from babel.dates import get_month_names

    forms: dict[str, int] = {}
    for locale in _locales(lang):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in get_month_names(width, context, locale).items():
                    # an abbreviation only with its dot: "sept" is seven, "mar" the sea
                    if width == "wide" or name.endswith("."):
                        forms.setdefault(_fold(name), month)
    return forms


@lru_cache(maxsize=16)
def weekday_forms(lang: str) -> dict[str, int]:
    """Every spelling of a weekday -> 0 (Monday) .. 6."""
    from babel.dates import get_day_names

    forms: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for day, name in get_day_names("wide", context, lang).items():
            forms.setdefault(_fold(name), day)
            if lang == "ru" and name.endswith("а"):
                forms.setdefault(_fold(name)[:-1] + "у", day)  # "в пятницу": CLDR has no accusative
    return forms


# Arabic short vowels and tanween, written in CLDR's "كيلومترًا" and seldom in news text.
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")


def _fold(text: str) -> str:
    return " ".join(_HARAKAT.sub("", text).lower().replace("\u00a0", " ").split())


def stem(form: str, lang: str) -> str:
    """The part of a CLDR form an inflected word keeps: Russian drops the ending ("ноябр")."""
    cut = 1 if lang == "ru" and len(form) >= 4 and form[-1] in "аяьйе" else 0
    return form[: len(form) - cut]


def word_pattern(forms, lang: str, inflected: bool = True) -> str:
    """A regular expression alternation of ``forms`` as whole words, each allowed the
    inflection endings of ``lang`` when ``inflected``, longest first."""
    tail = _ENDINGS.get(lang, "") if inflected else ""
    alternatives = sorted({stem(f, lang) if inflected else f for f in forms}, key=len, reverse=True)
    parts = [re.escape(a).replace(r"\ ", r"\s+") + ("" if a.endswith(".") else tail) for a in alternatives]
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?![\w])"


@lru_cache(maxsize=8192)
def lookup(word: str, table: str, lang: str):
    """The value of ``word`` in one of ``lang``'s tables ("months", "weekdays", "units",
    "currencies"), or None. Months, units and currencies match inflected (``word_pattern``),
    weekdays only as CLDR spells them: "сред" with an ending is "среди", among."""
    forms = _TABLES[table](lang)
    word = _fold(word)
    if word in forms:
        return forms[word]
    tail = _ENDINGS.get(lang) if table != "weekdays" else None
    if not tail:
        return None
    matches = [(len(stem(f, lang)), v) for f, v in forms.items()
               if not f.endswith(".") and re.fullmatch(re.escape(stem(f, lang)) + tail, word)]
    return max(matches)[1] if matches else None


# Short unit forms that are far more often a preposition after a number: "2-1 in Belfast" (inch),
# "5 с половиной" (second).
_PREPOSITIONS = frozenset({"in", "с"})


@lru_cache(maxsize=16)
def unit_words(lang: str) -> dict[str, str]:
    """Unit words of ``lang`` (long and short forms, every plural) -> the unit's English
    spelling that data/units.txt knows ("Kilometer" -> "kilometer", "миль" -> "mile")."""
    from babel import Locale

    known = {word for line in data_sections("units.txt")["unit"] for word in line.split()}
    patterns = Locale.parse(lang)._data["unit_patterns"]
    words: dict[str, str] = {}
    for unit_id in patterns:
        english = unit_id.split("-", 1)[-1].replace("-", " ")
        if english not in known:
            continue
        for width in ("long", "short"):
            for count, pattern in dict(patterns[unit_id].get(width, {})).items():
                if count != "per" and isinstance(pattern, str):
                    word = _fold(pattern.replace("{0}", ""))
                    if word and not word.isdigit() and word not in _PREPOSITIONS:
                        words.setdefault(word, english)
    return words


@lru_cache(maxsize=16)
def currency_words(lang: str) -> dict[str, frozenset[str]]:
    """Each word of ``lang``'s names of the currencies data/units.txt knows -> the codes whose
    names hold it ("доллар" -> usd, cad, aud...; "Pfund" -> gbp)."""
    from babel import Locale

    locale = Locale.parse(lang)
    plurals = locale._data.get("currency_names_plural", {})
    words: dict[str, set[str]] = {}
    for line in data_sections("units.txt")["currency"]:
        code = line.split()[0]
        names = [locale.currencies.get(code.upper(), "")]
        if code.upper() in plurals:
            names.extend(dict(plurals[code.upper()]).values())
        for name in names:
            for word in re.findall(r"[^\W\d_]+", _fold(name)):
                words.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in words.items()}


_TABLES = {"months": month_forms, "weekdays": weekday_forms, "units": unit_words, "currencies": currency_words}


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The English one-word names of the languages with a two-letter code ("English", "Welsh"),
    which a translation translates ("anglais", "английского")."""
    from babel import Locale

    return frozenset(name for code, name in Locale("en").languages.items() if len(code) == 2 and " " not in name)
