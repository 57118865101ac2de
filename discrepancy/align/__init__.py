"""Stage 3: two sentence lists -> alignment groups (1-1, 1-2, 2-1, n-m, 1-0, 0-1).

How, in near-linear time (never a dense n x m matrix):

1. Each sentence becomes a bag of crude stems (lower case, no function words, first letters of
   each word, "1,800" read as "1800"), each stem weighted by its rarity over both documents.
   Two groups of sentences score the weighted Dice overlap of their bags (0..1).
2. An inverted index of the rarest stems proposes a few candidates per sentence; pairs that are
   each other's best candidate become anchors (equal scores go to the pair nearest the diagonal).
3. Anchors that follow each other in both documents form a block; a reordered paragraph is a
   block of its own. A lone anchor that is weak, or breaks an otherwise continuous block, goes.
4. The sentences between anchors are aligned by a monotone DP with 1-1, 1-2, 2-1, 1-0 and 0-1
   moves; a large gap is first cut at anchors found among its own sentences, and banded if
   still large. Where blocks meet, the A sentences between them are aligned against the end of
   one block and the start of the next in B.
5. Long documents (200 confident 1-1 groups or more) teach a lexicon: in those groups, stems of
   one side that the other side lacks are counted together ("town" in A where B says "city").
   Pairs seen together at least 3 times with a Dice of at least 0.3 become associations, at
   most 2 per B stem. From then on a B sentence also holds the A stems its stems are associated
   with, at their B stem's weight, and the gaps between the anchors of step 3 are aligned again
   (step 4): paraphrase that shares few stems can now group.
6. Sentences still unmatched pair when they are each other's best candidate (step 2: a sentence
   moved on its own), and the DP of step 4 groups what lies between two such pairs when nothing
   else does, on either side (a moved paragraph the first pass lost); then groups grow by an unmatched neighbour while that raises the score,
   or merge with the next group when the merged score beats both by a margin (sentences
   straddling each other, up to 4 a side). Last, a sentence still alone joins a neighbouring
   group when the group's other side holds a fair share of its words that the group's own side
   lacks (the rest of a long sentence rendered in two).
7. Inputs of a few sentences skip the index: one DP, tens of microseconds. Two one-sentence
   documents always form one group: the user chose them as counterparts.

Modules: ``bags`` (step 1 and the lexicon), ``scorer`` (scores of groups), ``anchors``
(steps 2-3), ``gap`` (step 4), ``groups`` (step 6 and the order); ``across`` aligns two
documents in different languages.

Output order: groups holding A sentences in A order; a group of B sentences only stands right
after the group holding the nearest earlier B sentence (at the start when there is none).
"""

from __future__ import annotations

from discrepancy.align.anchors import anchor_blocks
from discrepancy.align.bags import FUNCTION_WORDS, learn_lexicon, weighted_bags
from discrepancy.align.groups import align_between, attach_strays, merge_neighbours, ordered, pair_leftovers
from discrepancy.align.scorer import Scorer
from discrepancy.model import AlignmentGroup

__all__ = ["FUNCTION_WORDS", "THRESHOLD", "align"]  # FUNCTION_WORDS: rules/dates.py reads it here

THRESHOLD = 0.15
"""Least score for sentences to be grouped at all."""

_TINY = 16  # inputs with at most this many sentence pairs skip the index
_LEXICON_GROUPS = 200  # confident groups needed before a lexicon is learnt
_CONFIDENT = 0.4  # least score of a 1-1 group the lexicon learns from


def align(a: list[str], b: list[str], *, threshold: float = THRESHOLD) -> list[AlignmentGroup]:
    """Group sentences of ``a`` with the sentences of ``b`` that say the same thing."""
    bags_a, bags_b = weighted_bags(a, b)
    scorer = Scorer(bags_a, bags_b, threshold)
    if len(a) == 1 and len(b) == 1:
        # Two one-sentence documents are counterparts by the user's choice, however worded.
        return [AlignmentGroup(a=[0], b=[0], score=round(scorer.pair(0, 0), 4))]
    # A handful of sentences (a single pair, say) needs no index: one DP is cheaper.
    tiny = len(a) * len(b) <= _TINY
    every_a, every_b = list(range(len(a))), list(range(len(b)))
    anchors = anchor_blocks(scorer, every_a, every_b, tiny, drop_noise=True)
    matched = align_between(scorer, every_a, every_b, anchors)
    confident = sorted(
        (ga[0], gb[0]) for ga, gb, s in matched.groups.values() if len(ga) == len(gb) == 1 and s >= _CONFIDENT
    )
    if len(confident) >= _LEXICON_GROUPS:
        # The anchors stand; the sentences between them are grouped again, with the lexicon.
        del matched  # about 30 MB at 100k sentences, while the second pass runs
        scorer.learn(learn_lexicon(bags_a, bags_b, confident))
        anchors = [(x, y, scorer.pair(x, y)) for x, y, _ in anchors]
        matched = align_between(scorer, every_a, every_b, anchors)
    left_a = [i for i in range(len(a)) if i not in matched.by_a]
    left_b = [j for j in range(len(b)) if j not in matched.by_b]
    if left_a and left_b:
        for group in pair_leftovers(scorer, left_a, left_b, tiny):
            matched.add(*group)
    merge_neighbours(scorer, matched, len(a), len(b))
    attach_strays(scorer, matched, len(a), len(b))
    return ordered(matched, len(a), len(b))
