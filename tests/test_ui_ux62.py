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
    assert "[1] d · 0–11 · عنوان</div>" in render_answer(answer, {"d": quote}, {"d": "عنوان"}, {"d": (None, "")})
    assert "[1] d · 0–11 · 2016-04 · عنوان</div>" in render_answer(answer, {"d": quote}, {"d": "عنوان"},
                                                                    {"d": ("2016-04", None)})
