"""The local hashed n-gram embedding and the Chroma collection built with it."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.core.config import resolve_settings
from marsad.core.errors import ConfigError, StoreError
from marsad.index.chroma_store import VectorIndex
from marsad.index.embedding import HASH_DIM, HashEmbedding, OpenAIEmbedding, make_embedder
from marsad.schemas import Chunk


def test_hash_embedding_is_deterministic_normalised_and_fast_in_batch():
    emb = HashEmbedding()
    texts = ["غرفة عمليات مشتركة في كركوك", "", "Kirkuk"]
    a, b = emb.embed(texts), emb.embed(texts)
    assert a.shape == (3, HASH_DIM) and a.dtype == np.float32
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not a[1].any()  # empty text: zero vector, not NaN
    # batch and one-by-one agree
    assert np.allclose(emb.embed(texts[:1])[0], a[0], atol=1e-6)


def test_hash_embedding_puts_spelling_variants_close():
    emb = HashEmbedding()
    v = emb.embed([
        "غرفة العمليات المشتركة في كركوك",
        "غرفه عمليات مشتركه بكركوك",  # ta marbuta, article, glued preposition
        "مباراة كرة القدم في الدوري الإسباني",
    ])
    assert v[0] @ v[1] > 0.5 > v[0] @ v[2]


def test_chroma_embedding_function_protocol():
    emb = HashEmbedding(dim=64)
    assert emb.name() == "marsad-hash-ngrams"
    rebuilt = HashEmbedding.build_from_config(emb.get_config())
    assert rebuilt.dim == 64 and not emb.is_legacy()
    out = emb(["كركوك"])  # Chroma's __call__ path
    assert len(out) == 1 and len(out[0]) == 64
    key_free = OpenAIEmbedding("m", base_url="http://127.0.0.1:1/v1", api_key="secret").get_config()
    assert "secret" not in str(key_free)


def test_make_embedder_needs_a_server_for_openai():
    assert isinstance(make_embedder(resolve_settings({}, env={})), HashEmbedding)
    with pytest.raises(ConfigError, match="embed-backend openai"):
        make_embedder(resolve_settings({"embed_backend": "openai"}, env={}))


def _chunks():
    texts = ["غرفة عمليات مشتركة في كركوك", "هجوم على نقطة تفتيش", "اتفاق أمني بين بغداد وأربيل"]
    return [Chunk(doc_id=f"d{i}", index=0, start=0, end=len(t), text=t) for i, t in enumerate(texts)]


def test_persistent_collection_reopens_offline_with_our_embedding(tmp_path):
    settings = resolve_settings({"home": str(tmp_path / "h")}, env={})
    index = VectorIndex(settings)
    chunks = _chunks()
    index.add(chunks, index.embedder.embed([c.text for c in chunks]))
    del index
    reopened = VectorIndex(settings)
    assert reopened.count() == 3
    query = reopened.embedder.embed(["غرفة العمليات المشتركة بكركوك"])[0]
    assert reopened.query(query, 2)[0] == "d0::0"
    # text queries through Chroma itself use our function, never the ONNX default
    res = reopened.collection.query(query_texts=["هجوم على نقطة تفتيش"], n_results=1)
    assert res["ids"][0] == ["d1::0"]
    reopened.delete_documents(["d1"])
    assert reopened.ids() == {"d0::0", "d2::0"}


def test_invalid_collection_name_and_embedding_mismatch(tmp_path):
    with pytest.raises(ConfigError, match="collection name"):
        VectorIndex(resolve_settings({"home": str(tmp_path), "collection": "a b"}, env={}))
    settings = resolve_settings({"home": str(tmp_path)}, env={})
    VectorIndex(settings, embedder=HashEmbedding(dim=32))
    with pytest.raises(StoreError):
        VectorIndex(settings)  # built with 32-dim vectors, opened with the default
