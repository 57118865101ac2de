"""What every alignment must be, whatever the aligner and the input."""


def assert_partition_in_order(groups, a: list, b: list) -> None:
    """Every sentence in exactly one group, each side of a group a run without holes, scores
    in [0, 1], no empty group, and the groups in the order of document A."""
    assert sorted(i for g in groups for i in g.a) == list(range(len(a)))
    assert sorted(j for g in groups for j in g.b) == list(range(len(b)))
    for g in groups:
        assert 0.0 <= g.score <= 1.0 and (g.a or g.b)
        assert all(s == list(range(s[0], s[0] + len(s))) for s in (g.a, g.b) if s)
    assert [g.a[0] for g in groups if g.a] == sorted(g.a[0] for g in groups if g.a)
