"""The HTML report: self-contained, every finding linked to its pair, filters that work.

The browser test runs the page in headless Chromium (Debian's `chromium`, driven by
playwright). It fails when Chromium is missing; set DISCREPANCY_SKIP_BROWSER=1 to skip it
knowingly on a machine without one.
"""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser

import pytest
from report_fixtures import mixed_seed_report

from discrepancy.report import render

CHROMIUM = os.environ.get("DISCREPANCY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.resources = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "src" in attrs or tag in ("link", "iframe", "object", "embed", "img"):
            self.resources.append((tag, attrs))


@pytest.fixture(scope="module")
def report():
    return mixed_seed_report()


@pytest.fixture(scope="module")
def page_html(report):
    return render(report, "html")


def test_page_is_self_contained_and_every_link_resolves(page_html):
    parsed = _Collector()
    parsed.feed(page_html)
    assert parsed.resources == []
    code = "".join(re.findall(r"<(style|script)>(.*?)</\1>", page_html, re.S)[i][1] for i in range(2))
    assert "apply()" in code and "mark" in code
    assert not re.search(r"url\(|@import|https?:|fetch\(|XMLHttpRequest", code)
    assert all(h.startswith("#") and h[1:] in parsed.ids for h in parsed.hrefs)


def test_every_grouped_finding_links_to_its_sentence_pair(report, page_html):
    for number, finding in enumerate(report.findings, 1):
        row = re.search(rf'<tr id="f{number}".*?</tr>', page_html, re.S).group(0)
        if finding.group is not None:
            assert f'href="#g{finding.group + 1}"' in row
        assert finding.code in row


def test_document_text_is_escaped():
    from discrepancy.pipeline import compare

    report = compare("<script>alert(1)</script> met Ali.\n", "<b>x</b> met Ali.\n")
    page = render(report, "html")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("DISCREPANCY_SKIP_BROWSER"):
        pytest.skip("DISCREPANCY_SKIP_BROWSER is set")
    assert shutil.which(CHROMIUM) or os.path.exists(CHROMIUM), (
        f"Chromium not found at {CHROMIUM}: apt-get install -y chromium "
        "(or set DISCREPANCY_SKIP_BROWSER=1 to skip the browser test)"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_page_in_chromium_shows_findings_and_filters_by_severity(browser, report, page_html, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    page.goto(path.as_uri())

    rank = _row(page, report, lambda f: f.kind.value == "rank")
    date = _row(page, report, lambda f: f.kind.value == "date")
    assert rank.is_visible() and "Staff General" in rank.inner_text()
    assert date.is_visible() and "today" in date.inner_text()
    assert page.locator("mark.k-rank", has_text="Lieutenant").count() >= 1

    warning = _row(page, report, lambda f: f.severity.value == "warning")
    warning_box = page.locator('input[data-filter="severity"][value="warning"]')
    warning_box.uncheck()
    assert not warning.is_visible() and rank.is_visible() and date.is_visible()
    warning_box.check()
    assert warning.is_visible()
    error_box = page.locator('input[data-filter="severity"][value="error"]')
    error_box.uncheck()
    assert not rank.is_visible() and warning.is_visible()
    error_box.check()

    info = _row(page, report, lambda f: f.severity.value == "info")
    assert not info.is_visible()
    page.locator('input[data-filter="severity"][value="info"]').check()
    assert info.is_visible()

    page.locator('input[data-filter="kind"][value="rank"]').uncheck()
    assert not rank.is_visible()
    assert page.locator("mark.k-rank.off").count() >= 1

    rank_group = report.findings[_index(report, lambda f: f.kind.value == "rank")].group
    page.locator('input[data-filter="kind"][value="rank"]').check()
    rank.locator("a").click()
    assert page.evaluate("location.hash") == f"#g{rank_group + 1}"

    page.set_viewport_size({"width": 700, "height": 900})
    sides = page.locator(f"#g{rank_group + 1} .side")
    assert sides.nth(1).bounding_box()["y"] > sides.nth(0).bounding_box()["y"]  # stacked on a narrow screen
    page.emulate_media(media="print")
    assert not page.locator(".controls").is_visible()
    assert sides.nth(1).bounding_box()["x"] > sides.nth(0).bounding_box()["x"]  # side by side on paper
    assert errors == [] and requests == []
    page.close()


def _index(report, wanted) -> int:
    return next(i for i, f in enumerate(report.findings) if wanted(f))


def _row(page, report, wanted):
    return page.locator(f"tr#f{_index(report, wanted) + 1}")


@pytest.fixture(scope="module")
def project_page(tmp_path_factory):
    """check's page for a project of three pairs: two with findings, one clean."""
    from typer.testing import CliRunner

    from discrepancy.cli import app

    root = tmp_path_factory.mktemp("project")
    (root / "src").mkdir()
    (root / "tr").mkdir()
    source = "Field Marshal Jonathan Albright-Castellanos sent 2,100 trucks to Mosul on 5 November 2021.\n"
    for name, text in (("a", source.replace("2,100", "2,300")), ("b", source.replace("5 November", "6 November")),
                       ("c", source)):
        (root / "src" / f"{name}.txt").write_text(source)
        (root / "tr" / f"{name}.txt").write_text(text)
    (root / "discrepancy.toml").write_text('[[rules]]\ntranslation = "tr/*.txt"\nsource = "src/{stem}.txt"\n')
    cwd = os.getcwd()
    os.chdir(root)
    try:
        page = CliRunner().invoke(app, ["check", "-j", "1", "-f", "html"]).stdout
    finally:
        os.chdir(cwd)
    path = root / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1366, 390])
def test_project_page_links_to_each_pair_and_filters_one_pair_or_all(browser, project_page, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(project_page.as_uri())
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a {width}px screen"
    rows = page.locator("table.pairs tbody tr")
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(3)] == ["tr/a.txt", "tr/b.txt", "tr/c.txt"]
    rows.nth(1).locator("a").click()
    assert page.evaluate("location.hash") == "#p2"
    number, date = page.locator("#p1 tr.finding"), page.locator("#p2 tr.finding")
    assert number.count() == 1 and date.count() == 1 and number.is_visible() and date.is_visible()
    date.locator("a").click()
    assert page.evaluate("location.hash").startswith("#p2-g")
    page.locator('#p1 input[data-filter="severity"][value="error"]').uncheck()
    assert not number.is_visible() and date.is_visible()
    page.locator('#p1 input[data-filter="severity"][value="error"]').check()
    page.locator('.controls input[data-for="all"][data-filter="severity"][value="error"]').uncheck()
    assert not number.is_visible() and not date.is_visible()
    assert errors == []
    page.close()
