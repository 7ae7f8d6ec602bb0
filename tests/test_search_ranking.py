"""Article-level ranking: titles are a field of their own, hashed vectors never push BM25 hits down."""

from __future__ import annotations

import json

import pytest

from marsad.core.config import resolve_settings
from marsad.index.ingest import ingest
from marsad.index.search import Searcher, plan_query

FILLER = "وقال مسؤول محلي إن الوضع مستقر وإن الأسواق فتحت أبوابها كالمعتاد. "


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    home = tmp_path_factory.mktemp("ranking-home")
    docs = [
        # the same body evidence for "هجوم على سد الموصل"; only the first article's title names it
        {"id": "about", "title": "هجوم على سد الموصل", "text": FILLER * 3 + "ووقع هجوم قرب سد الموصل ليلا."},
        {"id": "mentions", "title": "أخبار متفرقة من المحافظات", "text": FILLER * 3 + "ووقع هجوم قرب سد الموصل ليلا."},
        {"id": "other", "title": "افتتاح مدرسة في البصرة", "text": FILLER * 4},
    ]
    path = home / "docs.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    settings = resolve_settings({"home": str(home / "home")}, env={})
    ingest(settings, [path], progress=False)
    return settings


def test_the_article_whose_title_names_the_query_ranks_first(settings):
    with Searcher(settings) as searcher:
        hits = searcher.search("هجوم على سد الموصل", k=3)
    assert [h.doc_id for h in hits[:2]] == ["about", "mentions"]
    assert hits[0].score > hits[1].score


def test_titles_are_indexed_once_and_reused(settings):
    from marsad.index.bm25 import BM25_DIR

    with Searcher(settings) as searcher:
        searcher.search("سد الموصل", k=1)
    titles = settings.home / BM25_DIR / "titles"
    assert (titles / "marsad_generation.txt").exists()
    stamp = (titles / "marsad_chunk_ids.json").stat().st_mtime_ns
    with Searcher(settings) as searcher:
        assert searcher.search("سد الموصل", k=1)[0].doc_id == "about"
    assert (titles / "marsad_chunk_ids.json").stat().st_mtime_ns == stamp


def test_hashed_vectors_only_fill_in_below_the_bm25_list(settings):
    with Searcher(settings) as searcher:
        lexical, _ = searcher.halves("سد الموصل", 10)
        hits = searcher.search("سد الموصل", k=3)
    bm25_docs = list(dict.fromkeys(c.rsplit("::", 1)[0] for c in lexical))
    assert [h.doc_id for h in hits[: len(bm25_docs)]] == bm25_docs
    assert "other" not in bm25_docs and hits[-1].doc_id == "other"  # reached by the vectors alone, last


def test_a_one_shot_search_leaves_chroma_closed_when_bm25_has_k_articles(settings):
    # the vectors could only add articles below the k BM25 ones: not opened (no chromadb import at a cold start)
    with Searcher(settings, warm=False) as searcher:
        hits = searcher.search("سد الموصل", k=2)
        passages = searcher.search("سد الموصل", k=2, max_per_doc=None)
        assert searcher._vectors is None and searcher._opening is None
        assert [h.doc_id for h in hits] == ["about", "mentions"] and len(passages) == 2
        assert searcher.search("سد الموصل", k=3)[-1].doc_id == "other"  # too few: the vectors fill in
        assert searcher._vectors is not None


def test_lowercase_word_in_a_capitalised_query_is_not_a_place():
    concepts = plan_query("How many coalition air strikes hit Saada overnight?").concepts
    assert not any("هيت" in c for c in concepts) and any("صعدة" in c for c in concepts)
    assert any("هيت" in c for c in plan_query("security in Hit after the attack").concepts)
