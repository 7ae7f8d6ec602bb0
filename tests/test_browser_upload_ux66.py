"""The Ingest button while a second upload is still on its way (ux66), in a real browser (Debian chromium driven by
Playwright, the real app on a temp home). Gradio enables the button by the file box's change event, which comes once
an upload has ended: with a file already in the box, the button stayed enabled while the next file was uploading,
and a click then left that file out. The upload is held by the test (its request is answered only when the test lets
it go), so the page is seen mid-upload however loaded the machine is; every step waits for what the page shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import BROWSER_TEST, chromium, open_app
from served_app import served_app

from marsad.core.config import resolve_settings

pytestmark = BROWSER_TEST

_ARTICLES = {
    "first_upload.txt": "قذيفة على سوق\nسقطت قذيفة هاون قرب سوق بلدة الوردة فأصابت بائعين اثنين عصر الثلاثاء.",
    "second_upload.txt": "عبوة على طريق\nانفجرت عبوة ناسفة بدورية قرب قرية السنابل فجرحت ثلاثة جنود فجر الأربعاء.",
}


def test_ingest_is_disabled_while_a_further_upload_is_in_flight(tmp_path: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    expect = sync_api.expect
    for name, text in _ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    held: list = []  # the upload requests the test has not let through yet
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        open_app(page, url)
        page.get_by_role("tab", name="Ingest · إضافة").click()
        go = page.get_by_role("button", name="Ingest · أضف", exact=True)
        box = page.locator("#marsad-uploads input[type=file]")
        uploaded = page.locator("#marsad-uploads .file-preview tr", has_text="⇣")
        box.set_input_files([str(tmp_path / "first_upload.txt")])
        expect(uploaded).to_have_count(1, timeout=60_000)
        expect(go).to_be_enabled(timeout=60_000)
        page.route("**/upload?*", lambda route: held.append(route))  # the next upload waits for the test
        box.set_input_files([str(tmp_path / "second_upload.txt")])
        expect(page.locator("#marsad-uploads .uploading")).to_be_visible(timeout=60_000)
        expect(go).to_be_disabled(timeout=30_000)
        assert held, "the second upload's request was not held"
        for route in held:
            route.continue_()
        page.unroute("**/upload?*")
        expect(uploaded).to_have_count(2, timeout=60_000)
        expect(go).to_be_enabled(timeout=60_000)
        go.click()
        status = page.locator("#marsad-ingest-out")
        expect(status).to_contain_text("second_upload.txt", timeout=120_000)
        expect(status).not_to_contain_text("Ingesting the uploads", timeout=120_000)
        expect(status).to_contain_text("2 document(s): 2 added")
