"""Shared by the browser tests: Debian's chromium driven by Playwright, and the app opened in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

# a browser test module's `pytestmark`
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (make browser-deps)"),
]


@contextmanager
def chromium(pw) -> Iterator[object]:
    """A headless chromium launched by Playwright's sync API ``pw``; closed on exit."""
    browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    try:
        yield browser
    finally:
        browser.close()


def open_app(page, url: str):
    """``page`` on the app at ``url`` until its question box is shown; returns the box."""
    page.goto(url, wait_until="load")  # never networkidle: gradio keeps a connection open
    box = page.locator("#marsad-question textarea, #marsad-question input").first
    box.wait_for(state="visible", timeout=60_000)
    return box
