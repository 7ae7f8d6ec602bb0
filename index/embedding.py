"""Embeddings: a local hashed character n-gram model (the default) and an
OpenAI-compatible client.

The default needs no weights and no network and is deterministic: the text is
normalised (:func:`marsad.core.arabic.normalize`), reduced to letters and digits, and its
character 3- and 4-grams (word boundaries included, so prefixes and suffixes count)
are hashed into a signed vector of :data:`HASH_DIM` buckets, damped (square root) and
L2-normalised. It is crude next to a trained model but matches spelling variants and
clitic-glued words that exact tokens miss, which is what the vector half of the
hybrid search is for here. The whole batch is computed with a few numpy operations.

Both are Chroma 1.x ``EmbeddingFunction`` classes (``name``/``get_config``/
``build_from_config``), so a collection opened with them never falls back to
Chroma's ONNX default, which would try to download a model.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from marsad.core.config import Settings
from marsad.core.errors import ConfigError, LLMError
from marsad.index.hashing import HASH_DIM, hash_vectors

__all__ = ["HashEmbedding", "OpenAIEmbedding", "make_embedder", "HASH_DIM", "embed_texts"]

class _CosineSpace:
    """The Chroma space both embeddings are made for: cosine (their vectors are L2-normalised); any may be asked."""

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]


class HashEmbedding(_CosineSpace, EmbeddingFunction[Documents]):
    """Local, deterministic hashed character n-gram embeddings (no weights, no network).

    Args:
        dim: number of hash buckets (vector length).
    """

    def __init__(self, dim: int = HASH_DIM):
        self.dim = int(dim)

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (Chroma's signature)
        return list(hash_vectors(list(input), self.dim))

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts`` as a float32 array (the fast path for bulk ingests)."""
        return hash_vectors(texts, self.dim)

    @staticmethod
    def name() -> str:
        return "marsad-hash-ngrams"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashEmbedding:
        return HashEmbedding(dim=int(config.get("dim", HASH_DIM)))


class OpenAIEmbedding(_CosineSpace, EmbeddingFunction[Documents]):
    """Embeddings from an OpenAI-compatible ``/embeddings`` endpoint.

    Args:
        model: the model name the server knows.
        base_url: the server's base URL (``.../v1``); None = api.openai.com.
        api_key: the key (local servers usually accept any value).
        timeout: seconds per request.
        max_retries: transport retries (the one policy of :mod:`marsad.core.llm_retry`).
        batch_size: texts per request.
    """

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, max_retries: int = 4, batch_size: int = 256):
        self.model = model
        self.base_url = base_url
        self.api_key = api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self.batch_size = batch_size
        self._client = None

    def _get_client(self):
        if self._client is None:
            from marsad.core.llm_client import sync_openai_client

            self._client = sync_openai_client(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout,
                                              max_retries=self.max_retries)
        return self._client

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts`` as an L2-normalised float32 array.

        Raises:
            LLMError: the server refused or could not be reached (after the transport retries).
        """
        import openai

        vectors: list[list[float]] = []
        client = self._get_client()
        for i in range(0, len(texts), self.batch_size):
            batch = [t if t.strip() else " " for t in texts[i: i + self.batch_size]]
            try:
                reply = client.embeddings.create(model=self.model, input=batch)
            except openai.OpenAIError as exc:
                raise LLMError(
                    f"embedding request to {self.base_url or 'api.openai.com'} (model {self.model}) failed: {exc}",
                    hint="check MARSAD_EMBED_BASE_URL / MARSAD_EMBED_MODEL, or use --embed-backend hash",
                    cause=exc,
                ) from exc
            vectors.extend(d.embedding for d in sorted(reply.data, key=lambda d: d.index))
        if not vectors:
            return np.zeros((0, 0), dtype=np.float32)
        out = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (Chroma's signature)
        return list(self.embed(list(input)))

    @staticmethod
    def name() -> str:
        return "marsad-openai-compatible"

    def get_config(self) -> dict[str, Any]:
        # never persist the key
        return {"model": self.model, "base_url": self.base_url}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAIEmbedding:
        return OpenAIEmbedding(model=config["model"], base_url=config.get("base_url"))


def make_embedder(settings: Settings) -> HashEmbedding | OpenAIEmbedding:
    """The embedding function the settings ask for.

    Raises:
        ConfigError: ``embed_backend`` is ``openai`` but no base URL or key is set.
    """
    if settings.embed_backend == "openai":
        base_url = settings.embed_base_url or settings.llm_base_url
        if not base_url and not settings.llm_api_key:
            raise ConfigError(
                "--embed-backend openai needs a server",
                hint="set MARSAD_EMBED_BASE_URL (or MARSAD_LLM_BASE_URL) and MARSAD_EMBED_MODEL, or use --embed-backend hash",
            )
        return OpenAIEmbedding(model=settings.embed_model, base_url=base_url, api_key=settings.llm_api_key,
                               timeout=settings.llm_timeout, max_retries=settings.llm_max_retries)
    return HashEmbedding()


def embed_texts(embedder: HashEmbedding | OpenAIEmbedding, texts: list[str]) -> np.ndarray:
    """Embeddings of ``texts`` as a float32 array, whichever the backend."""
    return embedder.embed(texts)
