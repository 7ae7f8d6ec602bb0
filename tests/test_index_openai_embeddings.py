"""The OpenAI-compatible embedding backend over real HTTP (a local server on 127.0.0.1)."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.core.config import resolve_settings
from marsad.core.errors import LLMError
from marsad.evals.openai_server import OpenAICompatServer, free_port
from marsad.index.embedding import OpenAIEmbedding, make_embedder
from marsad.index.ingest import ingest
from marsad.index.search import Searcher


def test_openai_embeddings_are_fetched_in_batches_and_normalised():
    with OpenAICompatServer() as srv:
        emb = OpenAIEmbedding("embed-model", base_url=srv.base_url, api_key="k", batch_size=2, max_retries=0)
        vectors = emb.embed(["كركوك", "ديالى", "نينوى"])
        assert vectors.shape[0] == 3 and vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        posts = [r for r in srv.requests if r.path.endswith("/embeddings")]
        assert [len(r.body["input"]) for r in posts] == [2, 1]
        assert posts[0].body["model"] == "embed-model"


def test_embed_base_url_falls_back_to_the_llm_url():
    settings = resolve_settings({"embed_backend": "openai", "llm_base_url": "http://127.0.0.1:9/v1"}, env={})
    assert make_embedder(settings).base_url == "http://127.0.0.1:9/v1"


def test_unreachable_embedding_server_is_an_llm_error():
    emb = OpenAIEmbedding("m", base_url=f"http://127.0.0.1:{free_port()}/v1", max_retries=0, timeout=2)
    with pytest.raises(LLMError, match="embedding request"):
        emb.embed(["كركوك"])


def test_ingest_and_search_with_openai_embeddings(tmp_path, samples):
    with OpenAICompatServer() as srv:
        settings = resolve_settings(
            {"home": str(tmp_path / "h"), "embed_backend": "openai", "embed_base_url": srv.base_url,
             "embed_model": "local-embed", "llm_max_retries": 0}, env={})
        report = ingest(settings, [samples], progress=False)
        assert report.added == 5 and not report.failed
        with Searcher(settings) as searcher:
            hits = searcher.search("غرفة عمليات مشتركة في كركوك", k=2)
        assert {h.doc_id for h in hits} == {"000_c1ce3af31cb2744a", "001_38b082566a89427c"}
        assert any(r.path.endswith("/embeddings") for r in srv.requests)
