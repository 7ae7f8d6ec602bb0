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


XSS_ID = "<img src=x onerror=alert(5)>"


def test_hostile_doc_id_citation_runs_no_script(tmp_path):
    """Issue 10.1: a doc id holding an <img onerror> tag, clicked in a citation, is shown as text."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    import json

    from marsad.index.ingest import ingest
    from marsad.ui.app import launch

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    src = tmp_path / "hostile.jsonl"
    text = "هجوم في كركوك\nقتل 13 شرطيا في هجوم مسلح على نقطة تفتيش في كركوك يوم الاثنين، وأصيب 4 آخرون."
    src.write_text(json.dumps({"id": XSS_ID, "title": XSS_ID, "text": text}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    report = ingest(settings, [src], progress=False)
    assert report.added == 1 and not report.failed
    app, url = launch(settings, port=_free_port(), prevent_thread_lock=True, quiet=True)
    dialogs: list[str] = []
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                page.goto(url, wait_until="load")
                box = page.locator("#marsad-question textarea, #marsad-question input").first
                box.wait_for(state="visible", timeout=60_000)
                box.fill("كم شرطيا قتل في هجوم كركوك؟")
                page.locator("#marsad-ask").click()
                item = page.locator("#marsad-chat .marsad-citation").first
                item.wait_for(state="visible", timeout=120_000)
                assert item.get_attribute("data-doc") == XSS_ID
                item.click()
                page.wait_for_timeout(1500)  # give any injected handler the time to fire
                assert dialogs == []
                assert page.locator("img[src='x']").count() == 0
                page.locator("#marsad-article #marsad-focus").wait_for(state="visible", timeout=30_000)
                meta = page.locator("#marsad-article .marsad-cite-meta").first
                assert meta.inner_text() == XSS_ID  # the id shown as text
            finally:
                browser.close()
    finally:
        app.close()
        app.marsad_services.answerer.close()
