"""Ingest: re-ingest is a no-op, changed content replaces chunks in Chroma and BM25."""

from __future__ import annotations

import json

import pytest

from marsad.core.config import resolve_settings
from marsad.index.bm25 import query_terms
from marsad.index.chroma_store import VectorIndex
from marsad.index.docstore import DocStore
from marsad.index.ingest import ingest
from marsad.index.search import Searcher


@pytest.fixture
def settings(tmp_path):
    return resolve_settings({"home": str(tmp_path / "home")}, env={})


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_samples_then_reingest_is_a_no_op(settings, samples):
    first = ingest(settings, [samples], progress=False)
    assert (first.added, first.unchanged, first.replaced, first.failed) == (5, 0, 0, [])
    assert first.chunks > 5
    with DocStore(settings) as store:
        generation = store.generation()
        assert store.chunk_count() == first.chunks
    second = ingest(settings, [samples], progress=False)
    assert (second.added, second.unchanged, second.replaced, second.chunks) == (0, 5, 0, 0)
    with DocStore(settings) as store:
        assert store.generation() == generation
    assert VectorIndex(settings).count() == first.chunks


def test_changed_content_replaces_that_documents_chunks_everywhere(settings, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(src / "a.txt", "هجوم على حاجز\n\nقتل مسلحو داعش ثلاثة من عناصر الشرطة في قرية الزنبور.")
    _write(src / "b.txt", "اتفاق أمني\n\nوقعت بغداد وأربيل اتفاقاً لتشكيل ألوية مشتركة.")
    ingest(settings, [src], progress=False)
    with Searcher(settings) as searcher:
        assert searcher.search("الزنبور", k=1)[0].doc_id == "a"
        _write(src / "a.txt", "هجوم على حاجز\n\nانفجرت عبوة ناسفة قرب ناحية الرشاد جنوب كركوك.")
        report = ingest(settings, [src], progress=False)
        assert (report.added, report.replaced, report.unchanged) == (0, 1, 1)
        # the same open Searcher sees the new index (it reloads when the store changed)
        searcher.search("الرشاد", k=1)
        assert searcher.bm25.top(query_terms("الزنبور"), 5) == []  # the old text is gone from BM25
        hit = searcher.search("الرشاد", k=1)[0]
        assert hit.doc_id == "a" and "الرشاد" in hit.text
        assert hit.text == searcher.store.get("a").text[hit.start:hit.end]
    with DocStore(settings) as store:
        ids = VectorIndex(settings).ids()
        assert ids == {cid for cid, _ in store.iter_chunk_tokens()}
        assert all("الزنبور" not in c.text for c in store.chunks_of("a"))


def test_bad_inputs_are_reported_and_the_rest_ingested(settings, tmp_path, samples):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    report = ingest(settings, [samples, bad, tmp_path / "missing"], progress=False)
    assert report.added == 5
    reasons = dict(report.failed)
    assert reasons[str(bad / "empty.txt")] == "is empty"
    assert "binary" in reasons[str(bad / "binary.txt")]
    assert reasons[str(tmp_path / "missing")] == "does not exist"


def test_duplicate_doc_id_in_one_batch_is_reported(settings, tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        _write(tmp_path / d / "same.txt", f"نص {d}")
    report = ingest(settings, [tmp_path / "x", tmp_path / "y"], progress=False)
    # same-named files in different places each keep their article (issue 10.5) ...
    assert report.added == 2 and not report.failed
    # ... while one id given by two records is still a reported duplicate
    for d in ("x", "y"):
        (tmp_path / d / "r.jsonl").write_text(json.dumps({"id": "dup", "text": f"نص {d}"}) + "\n", encoding="utf-8")
    report = ingest(settings, [tmp_path / "x" / "r.jsonl", tmp_path / "y" / "r.jsonl"], progress=False)
    assert report.added == 1
    assert len(report.failed) == 1 and "duplicate doc_id 'dup'" in report.failed[0][1]


def test_missing_vectors_are_re_added(settings, samples):
    first = ingest(settings, [samples], progress=False)
    index = VectorIndex(settings)
    index.delete_documents(["000_c1ce3af31cb2744a"])  # e.g. a wiped or new Chroma server
    assert index.count() < first.chunks
    again = ingest(settings, [samples], progress=False)
    assert again.unchanged == 5 and again.chunks > 0
    assert VectorIndex(settings).count() == first.chunks


def test_searcher_serves_the_index_on_disk_while_an_ingest_holds_the_lock(settings, tmp_path):
    from marsad.index.locking import index_lock

    src = tmp_path / "in"
    src.mkdir()
    _write(src / "a.txt", "هجوم على حاجز\n\nقتل مسلحو داعش ثلاثة من عناصر الشرطة في قرية الزنبور.")
    ingest(settings, [src], progress=False)
    with Searcher(settings) as searcher:
        assert searcher.search("الزنبور", k=1)[0].doc_id == "a"
        built = searcher.bm25.generation
        with DocStore(settings) as store, index_lock(settings.home):  # as if an ingest were running
            store.upsert(store.get("a").model_copy(update={"text": "نص جديد عن ناحية الرشاد"}))
            hits = searcher.search("الزنبور", k=1)  # no rebuild under someone else's lock
            assert searcher.bm25.generation == built
            assert hits == []  # stale chunk ids point at no stored span: skipped, never a wrong passage
        searcher.search("الرشاد", k=1)  # lock free again: the stale index is rebuilt
        assert searcher.bm25.generation > built
