"""Sightings -> people, blocked by a name key: never all pairs of mentions.

Two steps. Inside one document, a shorter form joins the one full name it shortens ("Al-Khafaji"
after "Tahsin al-Khafaji", "Makari" after "Ian McCarry"); when it could shorten several, it stays
apart and says so. Across documents, each distinct full form is compared only with the forms
that share one of its family name's keys (consonant skeleton, first and last letters), so the
work grows with the number of distinct spellings, not of mentions. Spelling and transliteration
variants merge; a shortened form or initials ("J. Brennan") join the one person they can be; the
same family name with another given name merges only when the role agrees
(the body named before it, or an office), which ROS002 then reports. Other names of one thing
(``data/aliases.toml``, the ``aliases`` setting, initialisms) merge too, and so does one name
written in two scripts (``roster/scripts.py``). A form that could belong to several people is
left unmerged and reported (ROS006).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

from discrepancy.extract.aliases import AliasTable, alias_table, same_thing
from discrepancy.extract.namematch import Match, match_names
from discrepancy.roster.explain import why_same
from discrepancy.roster.gather import Seen
from discrepancy.roster.names import (
    abbreviates, alias_keys, ends_in_family_name, given_keys, name_keys, shortens, starts_alike,
)
from discrepancy.roster.scripts import across_scripts, same_across_scripts


@dataclass
class Form:
    """The sightings that go by one full form: in one document (a local entity) or, across
    documents, every local entity with the same full form."""

    head: tuple[str, ...]
    seen: list[Seen]
    roles: set = field(default_factory=set)
    candidates: list[int] = field(default_factory=list)  # ambiguous: same-document forms it may shorten
    merges: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, why) inside the form

    @property
    def text(self) -> str:
        return max(self.seen, key=lambda s: len(s.tokens)).sighting.text


@dataclass
class Clusters:
    """People as lists of sightings, how each merge was made, and what stayed undecided."""

    members: list[list[Seen]]
    merges: list[list[tuple[str, str, str]]]
    undecided: list[tuple[list[Seen], list[int]]]  # sightings, the clusters they could join


def cluster(seen: list[Seen], aliases: Optional[AliasTable] = None) -> Clusters:
    """People across the documents; ``aliases`` lists other names of one thing (the built-in
    ``data/aliases.toml`` when not given)."""
    by_document: dict[int, list[Seen]] = defaultdict(list)
    for s in seen:
        by_document[s.sighting.document].append(s)
    forms: list[Form] = []
    for document in sorted(by_document):
        forms.extend(_local(by_document[document]))
    return _across(forms, aliases or alias_table())


def _local(seen: list[Seen]) -> list[Form]:
    """One document's sightings grouped into local people, longest forms first."""
    by_tokens: dict[tuple[str, ...], list[Seen]] = {}
    for s in seen:
        by_tokens.setdefault(s.tokens, []).append(s)
    order = sorted(by_tokens, key=lambda t: -len(t))
    forms: list[Form] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for tokens in order:
        near = sorted({i for key in _local_keys(tokens) for i in index[key]})
        same = [i for i in near if match_names(tokens, forms[i].head) >= Match.variant]
        longer = [i for i in near if shortens(tokens, forms[i].head) and ends_in_family_name(forms[i].text)]
        target = same[0] if same else longer[0] if len(longer) == 1 else None
        if target is not None:
            text = by_tokens[tokens][0].sighting.text
            forms[target].merges.append((forms[target].text, text, why_same(forms[target].text, text)))
            forms[target].seen.extend(by_tokens[tokens])
            continue
        forms.append(Form(tokens, list(by_tokens[tokens]), candidates=longer))
        for key in _local_keys(tokens) | name_keys(tokens):  # one-word forms look for all
            index[key].append(len(forms) - 1)
    for form in forms:
        form.roles = {s.role for s in form.seen if s.role} | {("office", s.office) for s in form.seen if s.office}
    return forms


def _local_keys(tokens: tuple[str, ...]) -> set[tuple]:
    """Where a form meets the longer forms of its document it may be: its family name's keys,
    with a given name's initial when it has one (another given name is another person)."""
    if len(tokens) == 1:
        return name_keys(tokens)
    return {(key, given) for key in name_keys(tokens) for given in given_keys(tokens)}


class UnionFind:
    """Disjoint sets of 0..n-1; a set is named by its smallest member."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        i, j = self.find(i), self.find(j)
        if i != j:
            self.parent[max(i, j)] = min(i, j)


def _across(local: list[Form], aliases: AliasTable) -> Clusters:
    """Merge the documents' local people into people across the documents."""
    groups, local_group = _group_by_head(local)
    union = UnionFind(len(groups))
    merges: list[tuple[int, int, str]] = []
    shorter: dict[int, list[int]] = defaultdict(list)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, form in enumerate(groups):
        for key in sorted(name_keys(form.head) | alias_keys(form.head, aliases), key=repr):  # blocks in a fixed order
            index[key].append(g)
    compared: set[tuple[int, int]] = set()
    for block in index.values():
        for x, y in _pairs(block, groups):
            if (x, y) not in compared:
                compared.add((x, y))
                _decide(groups, x, y, aliases, union, merges, shorter)
    for x, y in across_scripts(groups):
        if union.find(x) != union.find(y) and same_across_scripts(groups[x].head, groups[y].head):
            merges.append((x, y, "the same name in another script"))
            union.join(x, y)
    options = {
        g: [local_group[c] for c in form.candidates] if form.candidates else shorter.get(g, [])
        for g, form in enumerate(groups)
    }
    open_ = [g for g in options if options[g]]
    while True:  # a join can leave another short form with one person only
        still = []
        for g in open_:
            roots = {union.find(o) for o in options[g]} - {union.find(g)}
            if len(roots) == 1:
                (root,) = roots
                merges.append((g, root, why_same(groups[g].text, groups[root].text)))
                union.join(g, root)
            elif roots:
                still.append(g)
        if len(still) == len(open_):
            break
        open_ = still
    undecided = [(g, sorted({union.find(o) for o in options[g]})) for g in open_]
    return _clusters(groups, union, merges, undecided)


def _pairs(block: list[int], groups: list[Form]) -> Iterator[tuple[int, int]]:
    """The pairs of a block that could be one person: forms that share a given name's initial
    (of any given name: "Paul Smith" may shorten "John Paul Smith") or a role, and every
    one-word form with every other; a block of a common family name is not all pairs."""
    by_key: dict[object, list[int]] = defaultdict(list)
    for g in block:
        form = groups[g]
        for key in given_keys(form.head) | {("role", role) for role in form.roles}:
            by_key[key].append(g)
    for members in by_key.values():
        for at, x in enumerate(members):
            for y in members[at + 1:]:
                yield min(x, y), max(x, y)
    for x in block:
        if len(groups[x].head) == 1:
            for y in block:
                if y != x:
                    yield min(x, y), max(x, y)


def _group_by_head(local: list[Form]) -> tuple[list[Form], dict[int, int]]:
    """Local people with the same full form, across documents, as one group; a form left open
    between several people of its document stays a group of its own."""
    groups: list[Form] = []
    by_head: dict[tuple[str, ...], int] = {}
    local_group: dict[int, int] = {}
    first_of_document: dict[int, int] = {}
    texts: list[set[str]] = []  # the spellings each group already explains
    for i, form in enumerate(local):
        first_of_document.setdefault(form.seen[0].sighting.document, i)
        key = None if form.candidates else form.head
        if key is not None and key in by_head:
            g = by_head[key]
            if form.text not in texts[g]:
                texts[g].add(form.text)
                groups[g].merges.append((groups[g].text, form.text, why_same(groups[g].text, form.text)))
            groups[g].seen.extend(form.seen)
            groups[g].roles |= form.roles
            groups[g].merges.extend(form.merges)
        else:
            g = len(groups)
            groups.append(Form(form.head, list(form.seen), set(form.roles), merges=list(form.merges)))
            texts.append({form.text})
            if key is not None:
                by_head[key] = g
        local_group[i] = g
    for i, form in enumerate(local):
        if form.candidates:
            base = first_of_document[form.seen[0].sighting.document]
            groups[local_group[i]].candidates = [base + c for c in form.candidates]
    return groups, local_group


def _decide(groups: list[Form], x: int, y: int, aliases: AliasTable, union: UnionFind, merges: list, shorter: dict) -> None:
    a, b = groups[x], groups[y]
    if a.candidates or b.candidates:
        return  # its own document leaves it open: it joins no one from elsewhere
    match = match_names(a.head, b.head)
    if match >= Match.variant and starts_alike(a.head[-1], b.head[-1]):
        merges.append((x, y, why_same(a.text, b.text)))
        union.join(x, y)
    elif same_thing(a.head, b.head, aliases):
        listed = aliases.ids(a.head) & aliases.ids(b.head)
        merges.append((x, y, "listed as names of one thing" if listed else "initialism"))
        union.join(x, y)
    elif match == Match.given_differs and _same_role(a, b):
        role = _role_words(a, b)
        merges.append((x, y, f"same family name and role ({role}); given names differ"))
        union.join(x, y)
    elif abbreviates(a.head, b.head) or shortens(a.head, b.head) and ends_in_family_name(b.text):
        shorter[x].append(y)
    elif abbreviates(b.head, a.head) or shortens(b.head, a.head) and ends_in_family_name(a.text):
        shorter[y].append(x)


def _same_role(a: Form, b: Form) -> bool:
    return any(_role_match(r, s) for r in a.roles for s in b.roles)


def _role_match(r: tuple[str, ...], s: tuple[str, ...]) -> bool:
    if r[0] == "office" or s[0] == "office":
        return r == s
    return match_names(r, s) >= Match.variant


def _role_words(a: Form, b: Form) -> str:
    for r in sorted(a.roles):
        for s in sorted(b.roles):
            if _role_match(r, s):
                return r[1] if r[0] == "office" else " ".join(r)
    return ""


def _clusters(groups: list[Form], union: UnionFind, merges: list, undecided: list) -> Clusters:
    roots: dict[int, int] = {}
    members: list[list[Seen]] = []
    for g, form in enumerate(groups):
        root = union.find(g)
        if root not in roots:
            roots[root] = len(members)
            members.append([])
        members[roots[root]].extend(form.seen)
    explained: list[list[tuple[str, str, str]]] = [[] for _ in members]
    for g, form in enumerate(groups):
        explained[roots[union.find(g)]].extend(form.merges)
    for x, y, why in merges:
        explained[roots[union.find(x)]].append((groups[x].text, groups[y].text, why))
    open_ = [(groups[g].seen, [roots[union.find(r)] for r in options]) for g, options in undecided]
    return Clusters(members, explained, open_)
