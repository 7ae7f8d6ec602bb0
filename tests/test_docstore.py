"""The SQLite document store: documents verbatim, chunks, records."""

from __future__ import annotations

import pytest

from marsad.core.config import resolve_settings
from marsad.index.docstore import DocStore
from marsad.schemas import Chunk, Document, DocumentRecords


@pytest.fixture
def store(tmp_path):
    s = DocStore(resolve_settings({"home": str(tmp_path / "home" / "nested")}, env={}))
    yield s
    s.close()


def _doc(text="قالت قيادة العمليات المشتركة", **kw):
    return Document(doc_id=kw.pop("doc_id", "d1"), title="t", text=text, **kw)


def test_upsert_added_unchanged_replaced(store):
    assert store.upsert(_doc()) == "added"
    assert store.upsert(_doc()) == "unchanged"
    assert store.upsert(_doc(text="نص آخر")) == "replaced"
    assert store.get("d1").text == "نص آخر"
    assert store.count() == 1 and store.ids() == ["d1"]
    assert store.get("missing") is None


def test_text_is_stored_verbatim(store):
    text = "\ufeff سطر\r\nثان\u00a0ثالث\n\n"
    store.upsert(_doc(text=text))
    assert store.get("d1").text == text


def test_changed_content_drops_chunks_and_records(store):
    doc = _doc()
    store.upsert(doc)
    store.put_chunks("d1", [Chunk(doc_id="d1", index=0, start=0, end=4, text=doc.text[:4])], ["قال"])
    store.put_records("d1", "offline", DocumentRecords(doc_id="d1"), "v1")
    assert store.has_chunks("d1") and store.get_records("d1") is not None
    store.upsert(_doc())  # same content: kept
    assert store.has_chunks("d1") and store.get_records("d1", "offline") is not None
    store.upsert(_doc(text="تغير النص"))
    assert not store.has_chunks("d1")
    assert store.get_records("d1") is None


def test_records_per_backend(store):
    store.upsert(_doc())
    store.upsert(_doc(doc_id="d2"))
    store.put_records("d1", "offline", DocumentRecords(doc_id="d1", title="off"), "v1")
    store.put_records("d1", "llm", DocumentRecords(doc_id="d1", title="llm"), "v2")
    store.put_records("d2", "offline", DocumentRecords(doc_id="d2"), "v1")
    assert store.get_records("d1", "offline").title == "off"
    assert store.get_records("d1", "llm").title == "llm"
    assert store.get_records("d1").title == "llm"  # newest of any backend
    assert store.get_records_version("d1", "llm") == "v2"
    assert [r.doc_id for r in store.iter_records("offline")] == ["d1", "d2"]
    assert len(list(store.iter_records())) == 3


def test_generation_moves_with_content_and_chunk_spans(store):
    g0 = store.generation()
    store.upsert(_doc())
    g1 = store.generation()
    store.upsert(_doc())
    assert store.generation() == g1 > g0
    store.put_chunks("d1", [Chunk(doc_id="d1", index=0, start=0, end=4, text="قالت")], ["قال"])
    assert store.generation() > g1
    assert store.chunk_spans(["d1::0", "nope"]) == {"d1::0": ("d1", 0, 0, 4)}
    assert [c.text for c in store.chunks_of("d1")] == ["قالت"]
    assert list(store.iter_chunk_tokens()) == [("d1::0", "قال")]


def test_batch_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.batch():
        store.upsert(_doc())
        raise RuntimeError("boom")
    assert store.count() == 0


def test_reopen_keeps_everything(tmp_path):
    settings = resolve_settings({"home": str(tmp_path / "h")}, env={})
    with DocStore(settings) as s:
        s.upsert(_doc())
    with DocStore(settings) as s:
        assert [d.doc_id for d in s.iter_documents()] == ["d1"]
