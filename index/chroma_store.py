"""The Chroma side of the index: one collection of chunk vectors.

Embedded by default (``PersistentClient`` under ``<home>/chroma``); with
``settings.chroma_url`` set, a Chroma server through ``HttpClient``. Telemetry is off
either way, and the collection is always opened with Marsad's own embedding function
(and vectors are always passed explicitly), so Chroma's ONNX default is never used.

What lives where, and why: the document store (SQLite under the home) is the source
of truth for texts and chunk spans; Chroma holds one vector per chunk, with id
``<doc_id>::<index>`` and metadata ``doc_id``/``chunk_index``/``start``/``end``;
BM25 (see :mod:`marsad.index.bm25`) is rebuilt from the chunk tokens in the document store.
In server mode the server holds only the vectors, so it can be wiped, replaced or
shared without the local side going wrong: each ingest compares the collection with
the document store and re-adds what is missing (:meth:`VectorIndex.sync`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from marsad.core.config import Settings
from marsad.core.errors import (
    ConfigError,
    StoreError,
    embedding_conflict,
    embedding_dimensions,
    vector_server_unreachable,
    vector_store_failed,
)
from marsad.schemas import Chunk

__all__ = ["VectorIndex", "open_client", "CHROMA_DIR"]

CHROMA_DIR = "chroma"
# Half of Chroma's default graph-building effort: bulk ingests ~40% faster; recall
# stays ample for a vector list that is fused with BM25 anyway.
HNSW_CONSTRUCTION_EF = 50
_NAME_RE = re.compile(r"^[a-zA-Z0-9._-]{3,512}$")
#: Chroma's words for a collection built with another embedding function, and for vectors of another length: a
#: failure is said in Marsad's words (the flags the collection was built with, the two lengths; pass 59).
_CONFLICT = re.compile(r"new: (\S+) vs persisted: (\S+)")
_DIMENSION = re.compile(r"expecting embedding with dimension of (\d+), got (\d+)")
_CLIENTS: dict[str, object] = {}
_CLIENTS_LOCK = threading.Lock()


def open_client(settings: Settings):
    """A Chroma client: ``HttpClient`` for ``settings.chroma_url``, else ``PersistentClient``.

    Raises:
        ConfigError: the Chroma URL cannot be parsed.
        StoreError: the store cannot be opened or the server cannot be reached.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}")
        if not url.hostname:
            raise ConfigError(f"MARSAD_CHROMA_URL {settings.chroma_url!r} is not a URL",
                              hint="use e.g. http://127.0.0.1:8000")
        ssl = url.scheme == "https"
        try:
            return chromadb.HttpClient(host=url.hostname, port=url.port or (443 if ssl else 8000), ssl=ssl,
                                       settings=chroma_settings)
        except Exception as exc:  # chromadb raises plain ValueError/ConnectionError here
            raise vector_server_unreachable(settings.chroma_url, exc) from exc
    path = (Path(settings.home) / CHROMA_DIR).resolve()
    try:
        # one embedded client per store and process, created under a lock: two threads (the app's
        # background ingest and a chat request) opening the same path at once raced inside chromadb
        with _CLIENTS_LOCK:
            client = _CLIENTS.get(str(path))
            if client is None:
                path.mkdir(parents=True, exist_ok=True)
                client = _CLIENTS[str(path)] = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        return client
    except Exception as exc:
        raise StoreError(f"cannot open the Chroma store at {path}: {exc}",
                         hint="check MARSAD_HOME / --home is writable and not used by another Chroma version") from exc


class VectorIndex:
    """The chunk-vector collection.

    Args:
        settings: the resolved settings (home, chroma_url, collection, embedding backend).
        embedder: the embedding function (default: :func:`marsad.index.embedding.make_embedder`).

    Raises:
        ConfigError: the collection name is invalid.
        StoreError: Chroma cannot be opened, or the collection was built with another embedding.
    """

    def __init__(self, settings: Settings, embedder=None):
        from marsad.index.embedding import make_embedder

        if not _NAME_RE.match(settings.collection):
            raise ConfigError(f"collection name {settings.collection!r} is invalid",
                              hint="use 3-512 characters of [a-zA-Z0-9._-] for MARSAD_COLLECTION / --collection")
        self.settings = settings
        self.embedder = embedder or make_embedder(settings)
        self.client = open_client(settings)
        try:
            self.collection = self.client.get_or_create_collection(
                settings.collection,
                embedding_function=self.embedder,
                metadata={"hnsw:space": "cosine", "hnsw:construction_ef": HNSW_CONSTRUCTION_EF,
                          "marsad_embedding": self._embedding_id()},
            )
        except Exception as exc:
            conflict = _CONFLICT.search(str(exc))
            if conflict:  # Chroma names the function only: the collection's own record names the model too
                raise embedding_conflict(settings.collection, self._stored_embedding(conflict.group(2)),
                                         self._embedding_id()) from exc
            if settings.chroma_url:  # the server went away between the heartbeat and the collection
                raise vector_store_failed(settings.collection, "open", exc, settings.chroma_url) from exc
            raise StoreError(
                f"cannot open the Chroma collection {settings.collection!r}: {exc}",
                hint="a collection built with another embedding backend cannot be reused: "
                     "pick another --collection or a fresh --home",
            ) from exc
        stored = (self.collection.metadata or {}).get("marsad_embedding")
        if stored and stored != self._embedding_id():
            raise embedding_conflict(settings.collection, stored, self._embedding_id())

    def _stored_embedding(self, function: str) -> str:
        """The embedding id the collection recorded (``function:model``), else the function's name alone."""
        try:
            stored = (self.client.get_collection(self.settings.collection, embedding_function=None).metadata or {}
                      ).get("marsad_embedding")
        except Exception:  # noqa: BLE001 - only words an error
            stored = None
        return stored or function

    def _fault(self, action: str, exc: BaseException, writing: bool) -> StoreError:
        """Marsad's error for a failed Chroma call: another vector length, else the store or server failing."""
        dims = _DIMENSION.search(str(exc))
        if dims:
            return embedding_dimensions(self.settings.collection, int(dims.group(1)), int(dims.group(2)),
                                        self._embedding_id(), getattr(self.embedder, "base_url", None), writing)
        return vector_store_failed(self.settings.collection, action, exc, self.settings.chroma_url)

    def _embedding_id(self) -> str:
        cfg = self.embedder.get_config()
        return f"{self.embedder.name()}:{cfg.get('model', cfg.get('dim'))}"

    def count(self) -> int:
        """How many vectors the collection holds."""
        return self.collection.count()

    def ids(self) -> set[str]:
        """Every vector id in the collection (paged)."""
        out: set[str] = set()
        offset, page = 0, 20_000
        while True:
            got = self.collection.get(include=[], limit=page, offset=offset)["ids"]
            out.update(got)
            if len(got) < page:
                return out
            offset += page

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Upsert chunk vectors (in batches the client accepts).

        Raises:
            StoreError: Chroma rejected the write.
        """
        if not chunks:
            return
        step = max(1, min(self.client.get_max_batch_size(), 4096))
        try:
            for i in range(0, len(chunks), step):
                part = chunks[i: i + step]
                self.collection.upsert(
                    ids=[c.chunk_id for c in part],
                    embeddings=vectors[i: i + step],
                    metadatas=[{"doc_id": c.doc_id, "chunk_index": c.index, "start": c.start, "end": c.end}
                               for c in part],
                )
        except Exception as exc:
            raise self._fault("write vectors to", exc, writing=True) from exc

    def delete_documents(self, doc_ids: Sequence[str]) -> None:
        """Remove every vector of these documents."""
        for i in range(0, len(doc_ids), 500):
            part = list(doc_ids[i: i + 500])
            try:
                self.collection.delete(where={"doc_id": {"$in": part}})
            except Exception as exc:
                raise StoreError(f"cannot delete vectors from Chroma collection {self.settings.collection!r}: {exc}",
                                 hint="check the home is writable (or the Chroma server is up), then re-run the ingest"
                                 ) from exc

    def delete_ids(self, ids: Sequence[str]) -> None:
        """Remove vectors by id."""
        ids = list(ids)
        for i in range(0, len(ids), 5000):
            self.collection.delete(ids=ids[i: i + 5000])

    def query(self, vector: np.ndarray, n: int) -> list[str]:
        """Ids of the ``n`` nearest chunks to ``vector``, nearest first."""
        try:
            res = self.collection.query(query_embeddings=[vector], n_results=n, include=[])  # fewer if it holds fewer
        except Exception as exc:
            raise self._fault("query", exc, writing=False) from exc
        return list(res["ids"][0])
