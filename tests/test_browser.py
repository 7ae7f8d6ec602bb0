"""One real headless browser: Debian chromium driven by Playwright asks an Arabic question in the app."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

# Read at import: the autouse fixture of conftest clears MARSAD_* variables before each test runs.
SCREENSHOT_DIR = os.environ.get("MARSAD_SCREENSHOT_DIR")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (make browser-deps)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_arabic_question_in_a_real_browser(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    from marsad.index.ingest import ingest
    from marsad.ui.app import launch

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    app, url = launch(settings, port=_free_port(), prevent_thread_lock=True, quiet=True)
    shot = tmp_path / "marsad-chat.png"
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
                page.goto(url, wait_until="load")  # never networkidle: gradio keeps a connection open
                box = page.locator("#marsad-question textarea, #marsad-question input").first
                box.wait_for(state="visible", timeout=60_000)
                box.fill("كم شرطيا قتل في هجوم كركوك؟")
                page.locator("#marsad-ask").click()
                answer = page.locator("#marsad-chat .marsad-answer").first
                answer.wait_for(state="visible", timeout=120_000)
                citation = page.locator("#marsad-chat .marsad-citation mark").first
                citation.wait_for(state="visible", timeout=30_000)
                assert "13" in answer.inner_text()
                assert answer.get_attribute("dir") == "rtl"
                assert page.locator("#marsad-chat .marsad-cite-marker").first.inner_text() == "[1]"
                quote = citation.inner_text()
                assert "13" in quote or "13" in answer.inner_text()
                page.screenshot(path=str(shot), full_page=True)

                # clicking the quoted snippet opens the article with the cited span in focus
                page.locator("#marsad-chat .marsad-citation").first.click()
                focus = page.locator("#marsad-article #marsad-focus")
                focus.wait_for(state="visible", timeout=30_000)
                focused = "".join(page.locator("#marsad-article .marsad-focus").all_inner_texts())
                assert " ".join(focused.split()) == " ".join(quote.split())  # exactly the cited span
                assert page.locator("#marsad-article .marsad-article").first.get_attribute("dir") == "rtl"
                page.screenshot(path=str(tmp_path / "marsad-article.png"))
            finally:
                browser.close()
    finally:
        app.close()
        app.marsad_services.answerer.close()
    assert shot.stat().st_size > 10_000
    if SCREENSHOT_DIR:
        Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
        for png in tmp_path.glob("*.png"):
            shutil.copy(png, Path(SCREENSHOT_DIR) / png.name)
