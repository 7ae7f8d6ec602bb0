"""One real headless browser: Debian chromium driven by Playwright asks an Arabic question in the app."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from chromium import BROWSER_TEST, chromium, open_app
from served_app import gradio_client, served_app

from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent
# Read at import: the autouse fixture of conftest clears MARSAD_* variables before each test runs.
SCREENSHOT_DIR = os.environ.get("MARSAD_SCREENSHOT_DIR") or os.environ.get("MARSAD_ARTIFACTS")

pytestmark = BROWSER_TEST


def test_arabic_question_in_a_real_browser(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    from marsad.index.ingest import ingest

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    shot = tmp_path / "marsad-chat.png"
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
        box = open_app(page, url)
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

        # the same question kept to a period no sample article is published in: the turn says so
        page.get_by_role("tab", name="Chat · المحادثة").click()
        page.locator("#marsad-since textarea, #marsad-since input").first.fill("2030")
        box.fill("كم شرطيا قتل في هجوم كركوك؟")
        page.locator("#marsad-ask").click()
        note = page.locator("#marsad-chat .marsad-turn").first.locator(".marsad-note", has_text="from 2030")
        note.wait_for(state="visible", timeout=120_000)
        assert page.locator("#marsad-chat .marsad-turn").first.locator(".marsad-citation").count() == 0
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

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    src = tmp_path / "hostile.jsonl"
    text = "هجوم في كركوك\nقتل 13 شرطيا حين هاجم مسلحون نقطة تفتيش في كركوك يوم الاثنين، وأصيب 4 آخرون."
    src.write_text(json.dumps({"id": XSS_ID, "title": XSS_ID, "text": text}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    report = ingest(settings, [src], progress=False)
    assert report.added == 1 and not report.failed
    dialogs: list[str] = []
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        box = open_app(page, url)
        box.fill("كم شرطيا قتل في هجوم كركوك؟")
        page.locator("#marsad-ask").click()
        item = page.locator("#marsad-chat .marsad-citation").first
        item.wait_for(state="visible", timeout=120_000)
        assert item.get_attribute("data-doc") == XSS_ID
        item.click()
        # the article is shown with the id rendered in it (the moment an injected tag would be made) ...
        page.locator("#marsad-article #marsad-focus").wait_for(state="visible", timeout=30_000)
        # ... and no element was made of it anywhere, so no handler is there to fire (no fixed wait for one)
        assert page.locator("img[src='x']").count() == 0
        assert dialogs == []  # (only a handler that already fired: the element count above carries the check)
        meta = page.locator("#marsad-article .marsad-cite-meta").first
        assert meta.inner_text() == XSS_ID  # the id shown as text


# Screenshots are CI artefacts: under $MARSAD_ARTIFACTS when set (read at import, before conftest clears MARSAD_*),
# else a fresh temporary directory whose path the test prints.
ARTIFACTS = os.environ.get("MARSAD_ARTIFACTS")

_VISUAL_RTL_JS = """(el) => {
  // where the cell's first letter is laid out: right-to-left starts at the right edge of the cell
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode()) && !node.textContent.trim()) {}
  const r = document.createRange();
  const i = node.textContent.search(/\\S/);
  r.setStart(node, i); r.setEnd(node, i + 1);
  const letter = r.getBoundingClientRect(), cell = el.getBoundingClientRect();
  return {fromRight: cell.right - letter.right, fromLeft: letter.left - cell.left};
}"""


def _artifact_dir() -> Path:
    import tempfile

    path = Path(ARTIFACTS) if ARTIFACTS else Path(tempfile.mkdtemp(prefix="marsad-screenshots-"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_every_tab_in_a_real_browser(tmp_path):
    """Every tab opens without console errors; Records: newest records on open, Arabic right-to-left in a
    proportional font, a row's details with its citation in focus, non-empty downloads; an upload is
    ingested and then searchable."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")

    from marsad.agent.qa.evidence import ensure_records
    from marsad.index.docstore import DocStore
    from marsad.index.ingest import ingest

    shots = _artifact_dir()
    print(f"\nscreenshots: {shots}")
    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with DocStore(settings) as store:
        ensure_records(store)
    upload = tmp_path / "upload_samarra.txt"
    upload.write_text("تفجير في سامراء\nقتل 4 مدنيين وأصيب 6 آخرون بانفجار عبوة ناسفة في سوق بمدينة سامراء "
                      "صباح الخميس، بحسب مصدر أمني.", encoding="utf-8")
    errors: list[str] = []
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar", accept_downloads=True)
        page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"page: {e}"))
        open_app(page, url)

        # Records: the newest attacks are there on open, no button pressed
        page.get_by_role("tab", name="Records · السجلات").click()
        rows = page.locator("#marsad-records .virtual-row")
        rows.first.wait_for(state="visible", timeout=30_000)
        assert "Date · التاريخ" in page.locator("#marsad-records").inner_text()
        place = page.locator("#marsad-records .body-cell").filter(has_text="كركوك").first
        font = place.locator("span").first.evaluate("e => getComputedStyle(e).fontFamily")
        assert "Mono" not in font and "monospace" not in font and "Noto Naskh Arabic" in font
        at = place.evaluate(_VISUAL_RTL_JS)  # a short Arabic cell starts at the right
        assert at["fromRight"] < 20 < at["fromLeft"], at
        english = page.locator("#marsad-records .body-cell").filter(has_text="Kirkuk").first
        at = english.evaluate(_VISUAL_RTL_JS)  # an English one at the left
        assert at["fromLeft"] < 20 < at["fromRight"], at
        page.screenshot(path=str(shots / "marsad-records.png"))
        # a row's details: the record's fields and its article with the citation in focus
        rows.first.locator(".body-cell").nth(1).click()
        page.locator("#marsad-record #marsad-focus").wait_for(state="visible", timeout=30_000)
        assert "Killed · قتلى" in page.locator("#marsad-record .marsad-fields").inner_text()
        assert page.locator("#marsad-record .marsad-article").get_attribute("dir") == "rtl"
        page.screenshot(path=str(shots / "marsad-record-details.png"), full_page=True)
        # downloads are non-empty
        for box in ("#marsad-rec-csv", "#marsad-rec-json"):
            with page.expect_download(timeout=30_000) as info:
                page.locator(f"{box} a").first.click()
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            assert saved.stat().st_size > 100 and "كركوك" in saved.read_text(encoding="utf-8-sig")

        # Ingest: an uploaded article is indexed and then found by search
        page.get_by_role("tab", name="Ingest · إضافة").click()
        page.locator("input[type=file]").last.set_input_files(str(upload))
        go = page.get_by_role("button", name="Ingest · أضف", exact=True)
        sync_api.expect(go).to_be_enabled(timeout=60_000)  # enabled once the file has reached the server
        go.click()
        # a failure shows what the status box says (CI stop 76 timed out with no word of it)
        sync_api.expect(page.locator("#marsad-ingest-out")).to_contain_text("1 added", timeout=120_000)
        page.screenshot(path=str(shots / "marsad-ingest.png"))
        with gradio_client(url) as client:
            hits = client.predict("انفجار عبوة ناسفة في سوق سامراء", 3, api_name="/search")
        assert hits and hits[0]["doc_id"] == "upload_samarra"

        # Article and Evaluation: their buttons are named in both languages, as every tab's (pass 59)
        page.get_by_role("tab", name="Article · المقال").click()
        show = page.locator("#marsad-doc-show")
        show.wait_for(state="visible", timeout=30_000)
        assert show.inner_text().strip() == "Show · اعرض"
        page.locator("#marsad-doc-pick input").fill("upload_samarra")
        page.get_by_role("button", name="Show · اعرض", exact=True).filter(visible=True).click()
        page.locator("#marsad-article").get_by_text("سامراء").first.wait_for(state="visible", timeout=30_000)
        page.get_by_role("tab", name="Evaluation · التقييم").click()
        page.get_by_role("button", name="Reload · حدّث", exact=True).click()
        assert page.locator("#marsad-eval-reload").inner_text().strip() == "Reload · حدّث"

        # every tab opens
        for tab in page.get_by_role("tab").all():
            name = tab.inner_text().strip()
            tab.click()
            sync_api.expect(tab).to_have_attribute("aria-selected", "true", timeout=30_000)  # its panel is shown
            page.screenshot(path=str(shots / f"tab-{name.split(' ')[0].lower()}.png"))
    assert errors == [], errors
    assert all(p.stat().st_size > 10_000 for p in shots.glob("*.png"))
