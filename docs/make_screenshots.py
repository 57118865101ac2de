"""Regenerate the README screenshots from real output on the bundled example pair.

    python3 docs/make_screenshots.py

Needs Chromium (/usr/bin/chromium) and playwright, as the tests do. The terminal picture is
the real terminal rendering (colours included), cut to the group with the rank finding and the
summary, exported as SVG by rich and photographed by Chromium; the HTML picture is the real
HTML report.
"""

from __future__ import annotations

import io
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.pipeline import compare  # noqa: E402
from discrepancy.report import render  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTH = 110
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def seed_report():
    manifest = json.loads((ROOT / "corpus" / "manifest.json").read_text())
    a, b = (f"corpus/{p}" for p in manifest["example_pair"])
    return compare((ROOT / a).read_text(encoding="utf-8"), (ROOT / b).read_text(encoding="utf-8"),
                   a_path=a, b_path=b)


def terminal_excerpt(report) -> str:
    """The header, every group that has a finding at warning or above, and the summary."""
    lines = render(report, "terminal", color=True, width=WIDTH).splitlines()
    plain = [ANSI.sub("", line) for line in lines]
    starts = [i for i, line in enumerate(plain) if line.startswith("§")]
    summary = next(i for i, line in enumerate(plain) if re.match(r"\d+ findings?:", line.strip()))
    keep = lines[:1]
    for start, end in zip(starts, starts[1:] + [summary]):
        block = plain[start:end]
        if any(re.search(r"[✖▲] (error|warning)", line) for line in block):
            keep += lines[start:end]
    return "\n".join(keep + lines[summary:]) + "\n"


def main() -> None:
    from playwright.sync_api import sync_playwright
    from rich.console import Console
    from rich.text import Text

    report = seed_report()
    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="standard",
                      file=io.StringIO())
    console.print(Text.from_ansi(terminal_excerpt(report)), end="")
    svg = console.export_svg(title="discrepancy compare corpus/seeds/000… corpus/seeds/004…")
    html = render(report, "html")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        html_path = Path(folder) / "report.html"
        html_path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1.5)
        page.set_content(f'<body style="margin:0">{svg}</body>')
        page.locator("svg").evaluate("s => { s.style.width = '1400px'; s.style.height = 'auto'; }")
        page.locator("svg").screenshot(path=str(ROOT / "docs" / "terminal.png"))
        page = browser.new_page(viewport={"width": 1366, "height": 1000})
        page.goto(html_path.as_uri())
        page.locator('input[data-filter="severity"][value="info"]').check()
        page.screenshot(path=str(ROOT / "docs" / "html-report.png"))
        rank_row = page.locator("tr.finding", has_text="RNK").first
        rank_row.locator("a").click()
        page.screenshot(path=str(ROOT / "docs" / "html-report-pair.png"))
        browser.close()


if __name__ == "__main__":
    main()
