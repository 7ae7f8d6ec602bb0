"""A date inside an Arabic note of the app, laid out in a real browser (Debian chromium driven by Playwright)."""

from __future__ import annotations

import pytest
from chromium import BROWSER_TEST, chromium

pytestmark = BROWSER_TEST


def test_a_date_in_an_arabic_note_reads_year_first():
    """"من 2018-05 حتى 2018-06-30" showed "من 05-2018 حتى 30-06-2018" in the app (numbers after Arabic letters are
    Arabic numbers and the hyphen between them is neutral, so right to left won): every note, the chat's period
    line, the Events tab's pointers, the ingest status, isolates its dates left to right now (pass 60)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    from marsad.schemas import Answer
    from marsad.ui.html import render_answer, render_message

    note = render_message("المقالات المنشورة من 2018-05 حتى 2018-06-30 فقط · Articles published from 2018-05 only")
    # an Arabic answer over a period holding no article (agent/asking.py) is an answer, not a note: the same
    empty = render_answer(Answer(answer="لا نتائج بين المقالات المنشورة من 2018-05 حتى 2018-06-30", abstained=True,
                                 language="ar"))
    assert _years_first(sync_api, note) == _years_first(sync_api, empty) == [["2018-05", True], ["2018-06-30", True]]


def _years_first(sync_api, html: str) -> list:
    """For each date of ``html``'s first Arabic part: whether its year is laid out left of its month."""
    with sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 900, "height": 200})
        page.set_content(f"<html><body>{html}</body></html>")
        spans = page.evaluate("""() => {
            const note = document.querySelector('.marsad-note bdi, .marsad-answer');
            const out = [];
            for (const date of ['2018-05', '2018-06-30']) {
                const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode())) {
                    const at = node.data.indexOf(date);
                    if (at < 0) continue;
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + 4);  // the year
                    const year = range.getBoundingClientRect().left;
                    range.setStart(node, at + 5); range.setEnd(node, at + date.length);  // month (and day)
                    out.push([date, year < range.getBoundingClientRect().left]);
                }
            }
            return out;
        }""")
    return spans
