"""The Ingest tab as an analyst uses it, in a real browser (Debian chromium driven by Playwright, the real app on a
temp home): several uploads in a row, a bad file, two files at once, a second ingest while one runs, and the article
picker of an archive larger than it holds (ux65). Each step waits for what the page says, never a fixed time alone."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from chromium import BROWSER_TEST, chromium, open_app
from served_app import served_app

from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent
pytestmark = BROWSER_TEST

_ARTICLES = {
    "upload_one.txt": "انفجار في بلدة الريحان\nقتل 3 مدنيين بانفجار عبوة قرب سوق بلدة الريحان صباح الأحد.",
    "upload_two.txt": "هجوم على حاجز\nهاجم مسلحون حاجزا قرب قرية العلم الغربية فقتلوا جنديين وأصابوا خمسة.",
    "upload_three.txt": "اشتباك ليلي\nأصيب أربعة حراس في اشتباك مع مجهولين قرب قرية النخلة الشرقية ليلة الخميس.",
    "upload_four.txt": "عبوة لاصقة\nقتل موظف بانفجار عبوة لاصقة بسيارته في حي الزيتون الجديد ظهر السبت.",
    "upload_five.txt": "قذيفة هاون\nسقطت قذيفة هاون على ساحة مدرسة فارغة في بلدة الريحان دون إصابات مساء الاثنين.",
    "upload_six.txt": "حريق في مخزن\nشب حريق في مخزن للأخشاب قرب بلدة الريحان فجر الجمعة ولم تعرف أسبابه بعد.",
    "upload_seven.txt": "كمين على طريق\nقتل سائق وجرح مرافقه في كمين نصبه مسلحون على طريق بلدة الريحان الزراعي.",
    "notes.pdf": "not an article",
}


def test_uploads_in_a_row_a_bad_file_two_at_once_and_one_while_another_runs(tmp_path, monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    expect = sync_api.expect
    from marsad.agent.qa import evidence
    from marsad.core import config
    from marsad.index.ingest import ingest

    for name, text in _ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)  # five articles, more than the picker holds here
    monkeypatch.setattr(config, "UI_DOC_CHOICES", 3)
    # the click answers the running status after this wait; a second click while the first is pending is answered
    # after it (the button's trigger_mode "multiple", fixux65; gradio's "once" dropped it without a word)
    monkeypatch.setattr(config, "INGEST_WAIT_SECONDS", 0.5)
    hold = threading.Event()  # set: the worker's extraction goes on (held to keep an ingest running)
    hold.set()
    records = evidence.ensure_records

    def held_records(*args, **kwargs):
        hold.wait(900)  # no bound a loaded machine could reach while the test still holds it (set again at its end)
        return records(*args, **kwargs)

    monkeypatch.setattr(evidence, "ensure_records", held_records)
    try:
        _drive(sync_api, expect, settings, tmp_path, hold)
    finally:
        hold.set()  # the worker never waits on after the test


def _drive(sync_api, expect, settings, tmp_path: Path, hold: threading.Event) -> None:
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar")
        open_app(page, url)
        page.get_by_role("tab", name="Ingest · إضافة").click()
        status = page.locator("#marsad-ingest-out")
        go = page.get_by_role("button", name="Ingest · أضف", exact=True)
        box = page.locator("input[type=file]").last

        uploaded = page.locator(".file-preview tr", has_text="⇣")  # a file of the box that has reached the server
        in_box = [0]

        def ingest_files(*names: str) -> None:
            box.set_input_files([str(tmp_path / n) for n in names])  # added to the files already in the box
            in_box[0] += len(names)
            # the button stays enabled from the earlier upload: wait for this one to have reached the server too
            expect(uploaded).to_have_count(in_box[0], timeout=60_000)
            expect(go).to_be_enabled(timeout=60_000)
            go.click()

        # one upload, then another: each is ingested alone (the box keeps the earlier one, which was read again)
        def told(files: str, summary: str) -> None:
            """Wait for the status of the click on ``files`` to tell its end: ``summary``, no "Ingesting"."""
            expect(status).to_contain_text(f"Files: {files}", timeout=120_000)
            expect(status).not_to_contain_text("Ingesting the uploads", timeout=120_000)
            expect(status).to_contain_text(f"Files: {files}")
            expect(status).to_contain_text(summary)

        ingest_files("upload_one.txt")
        told("upload_one.txt", "1 document(s): 1 added")
        ingest_files("upload_two.txt")
        told("upload_two.txt", "1 document(s): 1 added")
        # a bad file alone: its error stays; the next polls (every 2 s) told the previous ingest's summary over it
        ingest_files("notes.pdf")
        expect(status).to_contain_text("notes.pdf: type .pdf is not accepted", timeout=60_000)
        page.wait_for_timeout(5_000)  # two polls
        expect(status).to_contain_text("notes.pdf: type .pdf is not accepted")
        expect(status).not_to_contain_text("added")
        # two files at once
        ingest_files("upload_three.txt", "upload_four.txt")
        told("upload_three.txt, upload_four.txt", "2 document(s): 2 added")
        # the article picker holds the uploads (it held the first ids in order: "data..." ones, never "upload_...")
        page.get_by_role("tab", name="Article · المقال").click()
        page.locator("#marsad-doc-pick input").click()
        options = page.locator("ul[role=listbox] li")
        expect(options.filter(has_text="upload_four")).to_have_count(1, timeout=30_000)
        page.keyboard.press("Escape")
        page.get_by_role("tab", name="Ingest · إضافة").click()
        # a second ingest while one runs: refused, told while it runs and after it ends (polls did not hide it)
        hold.clear()
        ingest_files("upload_five.txt")
        expect(status).to_contain_text("Files: upload_five.txt", timeout=60_000)
        expect(status).to_contain_text("Ingesting the uploads in the background")
        expect(status).not_to_contain_text("processing", timeout=60_000)  # the click's own answer has come
        ingest_files("upload_six.txt")
        refused = "An ingest was still running, so the new files were not added"
        expect(status).to_contain_text(refused, timeout=60_000)
        page.wait_for_timeout(5_000)  # two polls of the running ingest
        expect(status).to_contain_text(refused)
        hold.set()
        told("upload_five.txt", "1 document(s): 1 added")
        expect(status).to_contain_text(refused)
        go.click()  # again, now that the first has ended: the refused file, not the box's earlier ones
        told("upload_six.txt", "1 document(s): 1 added")
        expect(status).not_to_contain_text("processing", timeout=60_000)
        expect(status).not_to_contain_text("processing", timeout=60_000)
        go.click()  # nothing new in the box: said so, nothing read again
        nothing_new = "Every file in the box was sent by an earlier click"
        expect(status).to_contain_text(nothing_new, timeout=60_000)
        expect(status).to_contain_text("Files: upload_six.txt")  # said under the ingest it went to, which stays
        # a double click (fixux65): the second click, made while the first is pending, is answered after it (gradio
        # dropped it without a word) -- the new file ingested once, the second click told it has nothing new
        expect(status).not_to_contain_text("processing", timeout=60_000)
        box.set_input_files([str(tmp_path / "upload_seven.txt")])
        in_box[0] += 1
        expect(uploaded).to_have_count(in_box[0], timeout=60_000)
        go.dblclick()
        told("upload_seven.txt", "1 document(s): 1 added")
        expect(status).to_contain_text(nothing_new, timeout=60_000)
