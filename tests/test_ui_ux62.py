"""The app's chat as a user reads it (ux62): each citation tells when and where its article was published, over real
HTTP (the served Gradio app, `gradio_client`) on an index of articles written for this test."""

from __future__ import annotations

import json

import pytest
from served_app import gradio_client, served_app

from marsad.core.config import resolve_settings
from marsad.index.ingest import ingest
from marsad.ui.html import render_answer

# invented articles: a bombing told by two outlets, one of them with the provenance a corpus record carries
_ARTICLES = [
    {"id": "w-1", "date": "2016-04-09", "source": "alnahar (archive:batches/2016-04-09.zip, part 2 of 5)",
     "title": "انفجار عبوة في سوق بلدة الياسمين",
     "text": "قال مصدر في شرطة بلدة الياسمين إن عبوة ناسفة انفجرت في السوق الكبير وقتلت ستة مدنيين."},
    {"id": "w-2", "date": "2016-04-10", "source": "Sada",
     "title": "حداد في الياسمين",
     "text": "أعلنت بلدية الياسمين الحداد ثلاثة أيام على ضحايا انفجار السوق الكبير."},
]


def test_a_chat_citation_names_its_articles_date_and_outlet(tmp_path):
    """Before ux62 a citation read ``[1] w-1 · 0–88 · title``: nothing told a reader the cited article was of
    another year or outlet than the one asked about (an Arabic question on one bombing was answered from an
    article on another country's bombing three years later, and only opening it showed that)."""
    pytest.importorskip("gradio_client")
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _ARTICLES), encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    ingest(settings, [src], progress=False)
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        html, picker, _ = client.predict("كم مدنيا قتل في انفجار سوق الياسمين؟", api_name="/chat")
    assert picker["choices"], html
    meta = html.split('class="marsad-cite-meta">', 1)[1].split("</div>", 1)[0]
    assert meta.startswith("[1] w-1 · ") and "· 2016-04-09 · alnahar · " in meta, meta
    assert "archive:" not in meta  # the provenance stays in the record, not in the reader's line


def test_a_citation_without_a_date_or_outlet_shows_what_it_has():
    from marsad.schemas import Answer, Citation

    quote = "انفجرت عبوة"
    answer = Answer(answer="انفجرت عبوة [1].", language="ar",
                    citations=[Citation(doc_id="d", start=0, end=len(quote), quote=quote)])
    assert "[1] d · 0–11 · عنوان</div>" in render_answer(answer, {"d": quote}, {"d": "عنوان"},
                                                             published_outlet={"d": (None, "")})
    assert "[1] d · 0–11 · 2016-04 · عنوان</div>" in render_answer(answer, {"d": quote}, {"d": "عنوان"},
                                                                    published_outlet={"d": ("2016-04", None)})


_TOWNS = [
    {"id": "t-1", "date": "2017-11-02", "source": "alsabah (archive:batches/2017-11-02.zip, part 1 of 3)",
     "title": "مداهمة في بلدة الزيتونة",
     "text": "افتتحت البلدية حديقة عامة جديدة. وداهمت قوة من الشرطة مخزنا للأسلحة في بلدة الزيتونة فجر الخميس."},
    {"id": "t-2", "date": "2017-11-05", "source": "Sada", "title": "موسم القطن",
     "text": "بدأ المزارعون في سهل العنبر جني محصول القطن وسط توقعات بإنتاج وفير هذا العام."},
]


def test_the_search_tab_ranks_articles_with_date_outlet_and_the_matched_sentence(tmp_path):
    """The app had no search page (only the /search API for scripts): a user could ask but not look articles up.
    The Search tab shows what `marsad search` prints -- rank, title, date, outlet, the best sentence with the
    query's words marked --, each result opening the article at that sentence; a result without the query's words
    (the vectors' fill-in) says so; an empty home, a bad date and nothing found are told in words."""
    pytest.importorskip("gradio_client")
    from marsad.ui.html import parse_bridge

    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        empty = client.predict("الزيتونة", 5, "", "", api_name="/search_page")
        from marsad.core.errors import NOTHING_INGESTED, NOTHING_INGESTED_AR

        assert NOTHING_INGESTED_AR in empty and "«إضافة»" in empty  # core.errors' words, in the query's language
        assert NOTHING_INGESTED in client.predict("Zaytuna", 5, "", "", api_name="/search_page")
        src = tmp_path / "towns.jsonl"
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _TOWNS), encoding="utf-8")
        ingest(settings, [src], progress=False)
        html = client.predict("مخزن أسلحة الزيتونة", 2, "", "", api_name="/search_page")
        first, second = html.split('<div class="marsad-hit"')[1:3]
        assert "1. مداهمة في بلدة الزيتونة" in first and "2017-11-02 · alsabah · t-1" in first and "archive:" not in first
        assert "<mark>" in first and "no word of the query" not in first
        sentence = "وداهمت قوة من الشرطة مخزنا للأسلحة في بلدة الزيتونة فجر الخميس."
        start = _TOWNS[0]["text"].index(sentence)
        assert f'data-doc="t-1" data-start="{start}" data-end="{start + len(sentence)}"' in first
        assert parse_bridge(f"t-1 {start}-{start + len(sentence)}") == ("t-1", start, start + len(sentence))
        assert "2. موسم القطن" in second and "no word of the query here" in second and "<mark>" not in second
        bad = client.predict("الزيتونة", 5, "2017-13", "", api_name="/search_page")
        assert "marsad-error" in bad and "2017-13" in bad
        none = client.predict("الزيتونة", 5, "2019", "", api_name="/search_page")
        assert "marsad-hit" not in none and "2019" in none


def test_no_matches_is_one_message_in_the_querys_language():
    """`marsad search` and the Search tab wrote their own "no hits" lines (pass 62 review, finding 10): one function
    now, in the query's language, the empty home told as :func:`nothing_ingested` tells it (the app's Fix: its tab)."""
    from marsad.core.errors import INGEST_FIRST, INGEST_IN_APP_AR, NOTHING_INGESTED, no_matches

    assert no_matches("Coral Castle", 1200, "en") == ("no hits for 'Coral Castle' among 1,200 ingested article(s): "
                                                      "try other words, or the Arabic name")
    assert no_matches("قلعة المرجان", 3, "ar").startswith("لا نتائج لـ«قلعة المرجان» بين 3 من المقالات المفهرسة")
    assert "keyword index of 3" in no_matches("x", 3, keyword_only=True)
    assert no_matches("x", 0, home="/h") == f"no hits: /h: {NOTHING_INGESTED}\n  Fix: {INGEST_FIRST}"
    assert no_matches("قلعة", 0, "ar", home="/h", app=True).endswith(f"الحل: {INGEST_IN_APP_AR}")


@pytest.mark.browser
def test_clicking_a_search_result_opens_the_article_at_its_sentence(tmp_path):
    """In a real chromium: the Search tab's first result, clicked, opens the Article tab with that sentence in focus."""
    from chromium import CHROMIUM, chromium, open_app

    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium (make browser-deps)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    src = tmp_path / "towns.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _TOWNS), encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    ingest(settings, [src], progress=False)
    with served_app(settings) as (_app, url), sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
        open_app(page, url)
        page.get_by_role("tab", name="Search · البحث").click()
        page.locator("#marsad-search-query textarea, #marsad-search-query input").first.fill("مخزن أسلحة الزيتونة")
        page.locator("#marsad-search-go").click()
        hit = page.locator("#marsad-search-hits .marsad-hit").first
        hit.wait_for(state="visible", timeout=120_000)
        assert hit.locator("mark").count() >= 1
        hit.click()
        page.locator("#marsad-article #marsad-focus").wait_for(state="visible", timeout=60_000)
        focused = "".join(page.locator("#marsad-article .marsad-focus").all_inner_texts())
        assert " ".join(focused.split()) == "وداهمت قوة من الشرطة مخزنا للأسلحة في بلدة الزيتونة فجر الخميس."
