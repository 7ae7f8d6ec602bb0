"""Hybrid search in-process: fusion, English expansion, passages with exact spans."""

from __future__ import annotations

import json

import pytest

from marsad.core.config import resolve_settings
from marsad.core.lexicon import get_lexicon
from marsad.index.ingest import ingest
from marsad.index.search import Searcher, expand_query, plan_query

KIRKUK_ROOMS = {"000_c1ce3af31cb2744a", "001_38b082566a89427c"}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    home = tmp_path_factory.mktemp("search-home")
    settings = resolve_settings({"home": str(home)}, env={})
    from pathlib import Path

    ingest(settings, [Path(__file__).resolve().parent.parent / "data" / "samples"], progress=False)
    return settings


@pytest.fixture
def tiny_lexicon(tmp_path):
    (tmp_path / "places.json").write_text(json.dumps([
        {"id": "kirkuk", "canonical": "كركوك", "name_en": "Kirkuk", "ar": ["كركوك"], "en": ["Kirkuk"]},
    ], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "glossary.json").write_text(json.dumps([
        {"id": "joint_room", "canonical": "غرفة عمليات مشتركة", "name_en": "joint operations room",
         "ar": ["غرفة عمليات مشتركة", "غرفة العمليات المشتركة", "غرف عمليات مشتركة"],
         "en": ["joint operations room", "joint room"]},
        {"id": "peshmerga_word", "canonical": "البيشمركة", "ar": ["البيشمركة", "البيمشركة"], "en": ["Peshmerga"]},
    ], ensure_ascii=False), encoding="utf-8")
    return get_lexicon(extra_dirs=(tmp_path,))


def test_arabic_query_finds_the_kirkuk_joint_room_articles_first(indexed):
    with Searcher(indexed) as searcher:
        hits = searcher.search("غرفة عمليات مشتركة في كركوك", k=3)
        assert {h.doc_id for h in hits[:2]} == KIRKUK_ROOMS
        for hit in hits:
            doc = searcher.store.get(hit.doc_id)
            assert hit.text == doc.text[hit.start:hit.end]
            assert hit.title == doc.title and hit.score > 0
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_english_query_reaches_arabic_passages_through_the_lexicon(indexed, tiny_lexicon):
    text, expansions = expand_query("joint operations room in Kirkuk", tiny_lexicon)
    assert "كركوك" in expansions and "غرفة عمليات مشتركة" in expansions
    assert "joint" not in text  # English words would only add noise to an Arabic index
    with Searcher(indexed, lexicon=tiny_lexicon) as searcher:
        hits = searcher.search("joint operations room in Kirkuk", k=3)
        assert {h.doc_id for h in hits[:2]} == KIRKUK_ROOMS


def test_query_plan_groups_wordings_into_concepts(tiny_lexicon):
    plan = plan_query("joint operations room in Kirkuk", tiny_lexicon)
    assert ["كركوك"] in [c[:1] for c in plan.concepts]
    room = next(c for c in plan.concepts if "غرفة عمليات مشتركة" in c)
    assert "غرفة العمليات المشتركة" in room  # one concept, several wordings
    assert plan.vector_text.startswith("غرفة عمليات مشتركة") and "joint" not in plan.vector_text
    # an Arabic spelling the lexicon knows brings its variants (the seeds' typo included)
    arabic = plan_query("البيشمركة في كركوك", tiny_lexicon)
    assert any("البيمشركة" in c for c in arabic.concepts)


def test_mixed_query_keeps_its_arabic_part(tiny_lexicon):
    text, _ = expand_query("Kirkuk الحشد", tiny_lexicon)
    assert "الحشد" in text and "كركوك" in text
    assert expand_query("كركوك", tiny_lexicon) == ("كركوك", [])
    assert expand_query("unknown words", tiny_lexicon) == ("unknown words", [])


def test_max_per_doc_and_k(indexed):
    with Searcher(indexed) as searcher:
        one_each = searcher.search("البيشمركة", k=10)
        assert len({h.doc_id for h in one_each}) == len(one_each)
        many = searcher.search("البيشمركة", k=10, max_per_doc=None)
        assert len(many) == 10 and len({h.doc_id for h in many}) < 10
        assert searcher.search("", k=5) == [] and searcher.search("كركوك", k=0) == []
        assert searcher.search("؟؟ ... !! «»", k=5) == []


def test_a_pasted_article_as_query_finds_itself(indexed, samples):
    text = (samples / "004_dea87550024f26b2.txt").read_text(encoding="utf-8")
    with Searcher(indexed) as searcher:
        assert searcher.search(text, k=1)[0].doc_id == "004_dea87550024f26b2"


def test_empty_index_returns_no_hits(tmp_path):
    settings = resolve_settings({"home": str(tmp_path / "empty")}, env={})
    with Searcher(settings) as searcher:
        assert searcher.search("كركوك") == []


def test_repeated_queries_are_fast(indexed):
    import time

    with Searcher(indexed) as searcher:
        searcher.search("كركوك", k=5)
        t = time.perf_counter()
        for _ in range(20):
            searcher.search("هجوم داعش على نقطة تفتيش", k=5)
        assert (time.perf_counter() - t) / 20 < 0.5  # generous: a shared 2-core box


def test_a_process_ending_while_chroma_opens_waits_for_it(indexed, tmp_path):
    """A short `marsad ask` on a large home ended while the background thread was still inside Chroma's native
    code, and the process aborted ("FATAL: exception not rethrown"): the opening must finish before exit."""
    import subprocess
    import sys

    flag = tmp_path / "opened"
    code = f"""
import time
from marsad.core.config import resolve_settings
from marsad.index import search
def slow_open(self):
    time.sleep(1.5)
    open({str(flag)!r}, "w").write("done")
search.Searcher._open_vectors = slow_open
search.Searcher(resolve_settings({{"home": {str(indexed.home)!r}}}, env={{}}))
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert flag.exists()
