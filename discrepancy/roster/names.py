"""How two name forms relate, as the roster reads them beyond ``compare``'s name matching:
the keys a name is blocked under, shortened forms, initials, and how a family name starts.

Pure functions of folded name tokens (``namematch.name_tokens``); light to import, as the ROS
rules load with every rule.
"""

from __future__ import annotations

from functools import lru_cache

from discrepancy.extract.aliases import AliasTable
from discrepancy.extract.namematch import Match, match_names, skeleton, token_match


def name_keys(tokens: tuple[str, ...]) -> set[tuple[str, str]]:
    """Blocking keys of a name: its last word's consonant skeleton (also without a solid
    article), first three and last three letters. Two spellings that ``match_names`` takes for
    one family name share at least one (a slip would have to hit both ends of the word)."""
    last = tokens[-1]
    keys = {("s", skeleton(last)), ("p", last[:3]), ("x", last[-3:])}
    if last[:2] in ("al", "el"):
        keys.add(("s", skeleton(last[2:])))
    return keys


def shortens(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` is ``long_`` with words left out, keeping its last (family) name."""
    return (
        len(short) < len(long_)
        and match_names(short, long_) == Match.subset
        and token_match(short[-1], long_[-1]) >= Match.variant
        and starts_alike(short[-1], long_[-1])
    )


@lru_cache(maxsize=65536)
def given_keys(tokens: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """How the given names of a name start (as ``starts_alike`` groups first letters): two
    people of one family name are compared only when some of these agree."""
    return frozenset(("given", t.removeprefix("al")[:1].translate(_START_CLASS)) for t in tokens[:-1])


def starts_alike(a: str, b: str) -> bool:
    """Whether two spellings of a family name start alike: the same letter, any two vowels
    (Ibrahim / Ebrahim), or q, k and c (Qassem / Kassem). A consonant skeleton alone also takes
    "West" for "East"; across documents nothing else tells them apart."""
    a, b = a.removeprefix("al"), b.removeprefix("al")
    return a[:1].translate(_START_CLASS) == b[:1].translate(_START_CLASS)


_START_CLASS = str.maketrans("eiouqc", "aaaakk")


def abbreviates(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` is ``long_`` with given names cut to initials ("J. Brennan" / "John Brennan")."""
    if len(short) != len(long_) or short == long_ or not any(len(s) == 1 < len(t) for s, t in zip(short, long_)):
        return False
    return all(
        s == t or len(s) == 1 and t.startswith(s) or token_match(s, t) >= Match.variant
        for s, t in zip(short, long_)
    )


def ends_in_family_name(text: str) -> bool:
    """Whether a name's last word may stand for it: not so for a body named after what it is
    of ("Ministry of Peshmerga" is not "Peshmerga")."""
    return " of " not in f" {text.lower()} "


def alias_keys(tokens: tuple[str, ...], aliases: AliasTable) -> set[tuple[str, object]]:
    """Keys under which other names of one thing meet: its alias groups, and the initialism it
    is or spells ("ISF" / "Iraqi Security Forces")."""
    keys: set[tuple[str, object]] = {("a", group) for group in aliases.ids(tokens)}
    if len(tokens) == 1:
        keys.add(("i", tokens[0]))
    else:
        keys.add(("i", "".join(t[:1] for t in tokens)))
        keys.add(("i", "".join(t if len(t) <= 2 else t[:1] for t in tokens)))
    return keys
