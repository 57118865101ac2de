"""Regenerate the README's picture of the roster of the five seed documents, from the real
terminal output (colours included), exported as SVG by rich and photographed by Chromium.

    python3 docs/make_roster_screenshot.py

Needs what docs/make_screenshots.py needs (Chromium and playwright).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import ARGS, ROOT  # noqa: E402

sys.path.insert(0, str(ROOT))

from discrepancy.report.roster import render  # noqa: E402
from discrepancy.roster.story import build_roster  # noqa: E402

WIDTH = 150


def main() -> None:
    from playwright.sync_api import sync_playwright
    from rich.console import Console
    from rich.text import Text

    paths = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    roster = build_roster(
        [p.read_text(encoding="utf-8") for p in paths], [str(p.relative_to(ROOT)) for p in paths]
    )
    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="standard", file=io.StringIO())
    console.print(Text.from_ansi(render(roster, "terminal", color=True, width=WIDTH)), end="")
    svg = console.export_svg(title="discrepancy roster corpus/seeds/*.txt")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 900}, device_scale_factor=1.25)
        page.set_content(f'<body style="margin:0">{svg}</body>')
        page.locator("svg").evaluate("s => { s.style.width = '1600px'; s.style.height = 'auto'; }")
        page.locator("svg").screenshot(path=str(ROOT / "docs" / "roster.png"))
        browser.close()


if __name__ == "__main__":
    main()
