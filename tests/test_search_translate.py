"""Optional LLM translation of English queries, over real HTTP (a local OpenAI-compatible server)."""

from __future__ import annotations

import pytest

from marsad.core.config import resolve_settings
from marsad.evals.openai_server import OpenAICompatServer, Reply, free_port
from marsad.index.ingest import ingest
from marsad.index.search import Searcher
from marsad.index.translate import translate_query

QUERY = "talks behind shut doors lasting a long afternoon"  # words the lexicon does not translate


@pytest.fixture
def home(tmp_path, samples):
    settings = resolve_settings({"home": str(tmp_path / "h")}, env={})
    ingest(settings, [samples], progress=False)
    return tmp_path / "h"


def _llm(home, url):
    return resolve_settings({"home": str(home), "backend": "llm", "llm_base_url": url, "llm_model": "m",
                             "llm_api_key": "k"}, env={})


def test_translation_finds_what_the_lexicon_cannot(home):
    offline = resolve_settings({"home": str(home), "backend": "offline"}, env={})
    with Searcher(offline) as searcher:
        assert searcher.search(QUERY, k=1)[0].doc_id != "000_c1ce3af31cb2744a"
    with OpenAICompatServer([Reply.content("Arabic:\n«اجتماع مغلق استغرق ثلاث ساعات»")]) as srv:
        with Searcher(_llm(home, srv.base_url), translate=True) as searcher:
            hits = searcher.search(QUERY, k=1)
            assert hits[0].doc_id == "000_c1ce3af31cb2744a"  # «الاجتماع كان مغلقاً، وقد استغرق ثلاث ساعات»
            searcher.search(QUERY, k=1)  # cached: no second request
        chats = srv.chat_requests
        assert len(chats) == 1 and chats[0].body["messages"][1]["content"] == QUERY


def test_searcher_does_not_translate_unless_asked(home):
    with OpenAICompatServer([Reply.content("اجتماع مغلق")]) as srv:
        with Searcher(_llm(home, srv.base_url)) as searcher:
            searcher.search(QUERY, k=1)
        assert srv.chat_requests == []


def test_no_translation_without_the_llm_backend_or_for_arabic(home):
    offline = resolve_settings({"home": str(home), "backend": "offline", "llm_base_url": "http://127.0.0.1:9/v1",
                                "llm_model": "m"}, env={})
    assert translate_query(offline, QUERY) is None
    with OpenAICompatServer([Reply.content("لا")]) as srv:
        assert translate_query(_llm(home, srv.base_url), "اجتماع القادة") is None
        assert srv.chat_requests == []


def test_a_failing_server_does_not_break_search(home):
    settings = _llm(home, f"http://127.0.0.1:{free_port()}/v1")
    assert translate_query(settings, "joint operations room in Kirkuk failing") is None
    with Searcher(settings, translate=True) as searcher:
        hits = searcher.search("joint operations room in Kirkuk", k=2)
    assert {h.doc_id for h in hits} == {"000_c1ce3af31cb2744a", "001_38b082566a89427c"}
