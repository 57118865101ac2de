"""Offices (TTL rules) fed by the project's own titles, beside the built-in ones."""

from discrepancy import compare


def _codes(a, b, **options):
    return sorted(f.code for f in compare(a, b, select=["TTL"], **options).findings)


def test_a_project_title_is_an_office_that_can_change():
    a = "Wali Ahmed Hassan opened the new bridge in Mosul."
    b = "Governor Ahmed Hassan opened the new bridge in Mosul."
    assert _codes(a, b) == []  # "Wali" is no office the built-in data knows
    assert _codes(a, b, titles=["Wali"]) == ["TTL001"]
    assert _codes(b, a, titles=["Wali"]) == ["TTL001"]


def test_the_office_finding_names_both_offices_and_the_holder():
    report = compare(
        "Prime Minister Mustafa Al-Kadhimi met the delegation.",
        "President Mustafa Al-Kadhimi met the delegation.",
    )
    (finding,) = [f for f in report.findings if f.code == "TTL001"]
    assert finding.severity.value == "error"
    assert (finding.a.text, finding.b.text) == ("Prime Minister", "President")
    assert "Mustafa Al-Kadhimi" in finding.message
