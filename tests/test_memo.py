"""Per-text memos: a sentence read twice gives the same mentions, and ``forget`` empties every
memo, so a benchmark pass can read its texts as if for the first time."""

from discrepancy import compare
from discrepancy.memo import _MEMOS, forget

A = "On 4 November 2021, Lieutenant General Abdul-Amir Al-Shammari said 2,100 shipments left Iraq."
B = "On 5 November 2021, Staff General Abdul-Amir Al-Shammari said 2,300 shipments left Iraq."


def test_a_pair_read_again_or_after_forgetting_gives_the_same_report():
    first = compare(A, B).to_json()
    assert any(memo.cache_info().currsize for memo in _MEMOS)
    assert compare(A, B).to_json() == first
    forget()
    assert not any(memo.cache_info().currsize for memo in _MEMOS)
    assert compare(A, B).to_json() == first
