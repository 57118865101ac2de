"""Sentences as bags of crude word stems weighted by rarity, and the overlap of two bags.

The aligner's whole notion of "saying the same thing": stems shared by two groups of sentences,
rare ones counting more. A lexicon learnt from confident pairs lets paraphrase share stems too.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

_STEM = 4  # letters kept of a word
_ASSOCIATION_COUNT = 3  # least confident groups an associated pair of stems occurs in
_ASSOCIATION_DICE = 0.3  # least Dice of that pair over the groups each stem occurs in alone
_ASSOCIATIONS = 2  # most A stems associated with one B stem

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]{2,}")
FUNCTION_WORDS = frozenset(
    """a an the and or nor but if so than then of to in on at by for with from as into onto
    upon about over under after before between through during against among within without
    is are was were be been being am has have had do does did will would shall should can
    could may might must it its this that these those there here he him his she her hers they
    them their theirs we us our you your i me my mine who whom whose which what when where why
    how all any both each some such no not only own same too very just also yet unto""".split()
)


def stems(sentence: str, stem_of: dict[str, str]) -> list[str]:
    """Lower-case stems of a sentence's words, without function words; numbers without commas.

    ``stem_of`` remembers each word's stem ("" for a function word) from sentence to sentence:
    a document says the same words again and again."""
    out = []
    for token in _TOKEN.findall(sentence.lower()):
        stem = stem_of.get(token)
        if stem is None:
            stem = stem_of[token] = _stem(token)
        if stem:
            out.append(stem)
    # A sentence of only short or function words ("B", "So it is.") still matches its double.
    return out or ["=" + " ".join(sentence.lower().split())]


def _stem(token: str) -> str:
    if token[0].isdigit():
        return token.replace(",", "")
    return "" if token in FUNCTION_WORDS else token[:_STEM]


def weighted_bags(a: list[str], b: list[str]) -> tuple[list[dict], list[dict]]:
    """Stem -> count x rarity weight, per sentence; rarity is 1 + log(N / sentences with it).

    Every bag holds the one copy of a stem string, and a stem met once the one copy of its
    weight: at 100k sentences a copy per occurrence cost hundreds of MiB."""
    bags, frequency, stem_of = [], {}, {}
    for sentence in (*a, *b):
        bag: dict[str, int] = {}
        for stem in stems(sentence, stem_of):
            bag[stem] = bag.get(stem, 0) + 1
        for stem in bag:
            frequency[stem] = frequency.get(stem, 0) + 1
        bags.append(bag)
    log_total = math.log(len(bags)) if bags else 0.0
    weight = {stem: (stem, 1.0 + log_total - math.log(n)) for stem, n in frequency.items()}
    for k, bag in enumerate(bags):
        weighted = {}
        for stem, n in bag.items():
            stem, w = weight[stem]
            weighted[stem] = w if n == 1 else n * w
        bags[k] = weighted
    return bags[: len(a)], bags[len(a) :]


def dice(x: dict, y: dict, size: float) -> float:
    """Weighted Dice overlap of two bags whose weights add up to ``size`` together."""
    if not size:
        return 0.0
    if len(x) > len(y):
        x, y = y, x
    shared, weight_in_y = 0.0, y.get
    for stem, w in x.items():
        other = weight_in_y(stem)
        if other is not None:
            shared += w if w < other else other
    return min(1.0, 2.0 * shared / size)  # learnt stems count in shared, not in size


def merged(bags: list[dict]) -> dict:
    """One bag holding the stems of all ``bags``, weights added."""
    out = dict(bags[0])
    for bag in bags[1:]:
        for stem, w in bag.items():
            out[stem] = out.get(stem, 0.0) + w
    return out


def learn_lexicon(bags_a: list[dict], bags_b: list[dict], pairs: list[tuple[int, int]]) -> dict:
    """B stem -> [A stems] for stems that stand in for each other in the sentence pairs.

    Only stems one side lacks count, and numbers stand for themselves. Stems unpaired fewer
    than ``_ASSOCIATION_COUNT`` times are dropped before pairs are counted, which keeps the
    counts near-linear. Equal Dice go to the alphabetically first A stem."""

    def unshared(pair: tuple[int, int]) -> tuple[list[str], list[str]]:
        x, y = bags_a[pair[0]], bags_b[pair[1]]
        return (
            [s for s in x if s not in y and not s[0].isdigit()],
            [t for t in y if t not in x and not t[0].isdigit()],
        )

    splits = [unshared(pair) for pair in pairs]
    alone_a: dict[str, int] = defaultdict(int)
    alone_b: dict[str, int] = defaultdict(int)
    for only_a, only_b in splits:
        for s in only_a:
            alone_a[s] += 1
        for t in only_b:
            alone_b[t] += 1
    together: dict[tuple[str, str], int] = defaultdict(int)
    for only_a, only_b in splits:
        for s in only_a:
            if alone_a[s] >= _ASSOCIATION_COUNT:
                for t in only_b:
                    if alone_b[t] >= _ASSOCIATION_COUNT:
                        together[s, t] += 1
    candidates: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (s, t), n in together.items():
        share = 2 * n / (alone_a[s] + alone_b[t])
        if n >= _ASSOCIATION_COUNT and share >= _ASSOCIATION_DICE:
            candidates[t].append((-share, s))
    return {t: [s for _, s in sorted(found)[:_ASSOCIATIONS]] for t, found in candidates.items()}
