"""RNK: one person, two ranks. "Lieutenant General" / "Staff General" is a discrepancy;
"Lt. Gen." / "Lieutenant General" is one rank written two ways and says nothing.

Ranks are compared by their NATO grade (``data/ranks.toml``), so a British Brigadier and a US
Brigadier General (both OF-6) differ only in form. A title or office phrased differently
("His deputy is ..." / "Deputy Commanding General ...") is not a rank and is never compared.
"""

from __future__ import annotations

from typing import Iterator

from discrepancy.extract.namematch import Match, Tolerance, match_names, token_match
from discrepancy.lang.translit import name_found, words_of
from discrepancy.model import Kind, Mention, Severity
from discrepancy.rules import Group, Hit, rule
from discrepancy.rules.crossnames import across


def _same_holder(a: Mention, b: Mention, tolerance: Tolerance) -> bool:
    """One person: the same name, a shortened or re-spelt one, or at least the same family
    name ("Abdul-Amir Yarallah" / "Abd al-Amir Rasheed Yarallah") within one aligned group."""
    a_name, b_name = tuple(a.attrs["holder"].split()), tuple(b.attrs["holder"].split())
    return (
        match_names(a_name, b_name, tolerance) >= Match.subset
        or token_match(a_name[-1], b_name[-1], tolerance) >= Match.variant
    )


def _same_holder_across(a: Mention, b: Mention, tolerance: Tolerance) -> bool:
    """One person named in two languages: a word of one holder's name written in the other's,
    in any script ("عبد الأمير الشمري" / "Abdul-Amir Al-Shammari")."""
    return name_found(a.attrs["holder_text"], words_of(b.attrs["holder_text"]), by_last=False)


def holder_pairs(group: Group, kind: str) -> list[tuple[Mention, Mention]]:
    """Mentions of ``kind`` (rank, office) in A and B that belong to one person, each used once."""
    a_mentions, b_mentions = group.mentions(kind)
    tolerance = Tolerance.among(group.options)
    same_holder = _same_holder_across if across(group) else _same_holder
    pairs, used = [], set()
    for a in a_mentions:
        for j, b in enumerate(b_mentions):
            if j not in used and same_holder(a, b, tolerance):
                pairs.append((a, b))
                used.add(j)
                break
    return pairs


def _pairs(group: Group) -> list[tuple[Mention, Mention]]:
    return holder_pairs(group, "rank")


def _surname(mention: Mention) -> str:
    return mention.attrs["holder_text"].split()[-1]


@rule("RNK001", "rank-changed", Kind.rank, Severity.error, needs=("rank",))
def rank_changed(group: Group) -> Iterator[Hit]:
    """One person holds a different rank in A and in B.

    Bad: Lieutenant General Abdul-Amir Al-Shammari attended. → Staff General Abdul Amir Al-Shammari attended.
    Good: Lieutenant General Abdul-Amir Al-Shammari attended. → Lt. Gen. Abdul-Amir al-Shammari attended.
    """
    for a, b in group.memo(_pairs):
        if a.attrs["grade"] != b.attrs["grade"]:
            yield Hit(f"rank of {_surname(a)}: {a.text} → {b.text}", a=a, b=b)


@rule("RNK002", "rank-form-differs", Kind.rank, Severity.info, needs=("rank",))
def rank_form_differs(group: Group) -> Iterator[Hit]:
    """One person's rank is the same grade but named or qualified differently.

    Bad: Staff Major General Yahya Rasool said. → Major General Yahya Rasool said.
    Good: Maj. Gen. Yahya Rasool said. → Major General Yahya Rasool said.
    """
    for a, b in group.memo(_pairs):
        if a.attrs["grade"] == b.attrs["grade"] and (
            a.value != b.value or a.attrs.get("qualifier") != b.attrs.get("qualifier")
        ):
            yield Hit(f"rank of {_surname(a)} written differently: {a.text} → {b.text}", a=a, b=b)
