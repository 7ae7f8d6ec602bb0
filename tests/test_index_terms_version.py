"""Stored chunk terms from another version of the analysis are redone before search uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.core.config import resolve_settings
from marsad.index import terms
from marsad.index.bm25 import chunk_terms
from marsad.index.docstore import DocStore
from marsad.index.ingest import ingest
from marsad.index.search import Searcher


@pytest.fixture
def settings(tmp_path):
    return resolve_settings({"home": str(tmp_path / "home")}, env={})


def _stored_terms(settings) -> dict[str, str]:
    with DocStore(settings) as store:
        return dict(store.iter_chunk_tokens())


def _expected_terms(settings) -> dict[str, str]:
    with DocStore(settings) as store:
        return {cid: chunk_terms(store.get(d).text[s:e]) for cid, (d, _, s, e)
                in store.chunk_spans([c for c, _ in store.iter_chunk_tokens()]).items()}


def _age(settings, garble: bool) -> None:
    """Make the store look written by an older analysis (its terms unlike today's when ``garble``)."""
    with DocStore(settings) as store:
        store.set_meta("terms", "an-older-analysis")
        if garble:
            store.set_chunk_tokens([("قديم", cid) for cid, _ in store.iter_chunk_tokens()])


def test_a_fresh_ingest_records_the_analysis_and_analyses_once(settings, samples):
    ingest(settings, [samples], progress=False)
    with DocStore(settings) as store:
        assert terms.is_current(store)
        assert terms.refresh(store) == 0  # nothing to redo: the chunks were analysed by this version
    assert _stored_terms(settings) == _expected_terms(settings)


def test_search_reanalyses_terms_left_by_an_older_analysis(settings, samples):
    ingest(settings, [samples], progress=False)
    _age(settings, garble=True)
    assert set(_stored_terms(settings).values()) == {"قديم"}
    with Searcher(settings) as searcher:
        hits = searcher.search("مخمور", k=3)
    assert "مخمور" in (hits[0].title or "") + hits[0].text
    assert _stored_terms(settings) == _expected_terms(settings)
    with DocStore(settings) as store:
        assert terms.is_current(store)


def test_an_ingest_redoes_the_old_chunks_before_adding_new_ones(settings, samples, tmp_path):
    ingest(settings, [samples], progress=False)
    _age(settings, garble=True)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "n.txt").write_text("حادث\n\nانفجرت عبوة ناسفة قرب ناحية الرشاد جنوب كركوك.", encoding="utf-8")
    report = ingest(settings, [extra], progress=False)
    assert report.added == 1
    assert _stored_terms(settings) == _expected_terms(settings)


def test_a_store_with_current_terms_is_left_alone(settings, samples):
    ingest(settings, [samples], progress=False)
    with DocStore(settings) as store:
        generation = store.generation()
    with Searcher(settings) as searcher:
        searcher.search("مخمور", k=1)
    with DocStore(settings) as store:
        assert store.generation() == generation


def test_the_fingerprint_follows_the_analysis_code(monkeypatch, tmp_path):
    before = terms.fingerprint()
    assert before == terms.fingerprint() and len(before) == 16
    from marsad.core import arabic

    copy = tmp_path / "arabic.py"
    copy.write_bytes(Path(arabic.__file__).read_bytes() + b"\n# a changed stemmer\n")
    monkeypatch.setattr(arabic, "__file__", str(copy))
    terms.fingerprint.cache_clear()
    try:
        assert terms.fingerprint() != before
    finally:
        monkeypatch.undo()
        terms.fingerprint.cache_clear()
    assert terms.fingerprint() == before
