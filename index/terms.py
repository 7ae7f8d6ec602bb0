"""Which analysis the stored chunk terms came from, and re-analysing them when it changed.

Chunk terms (:func:`marsad.index.bm25.chunk_terms`) are computed once at ingest and kept
in the document store; queries are analysed at search time. When an upgrade changes the
normaliser, the stemmer or the function words, the stored terms and the query terms no
longer agree and a name or word stops matching without any error. So the store keeps
the fingerprint of the analysis its terms came from (meta key ``terms``), and a store
whose fingerprint differs is re-analysed from its stored texts before BM25 is rebuilt:
once, by the next ingest or search that can take the index lock.

The fingerprint hashes the analysis code (``marsad/core/arabic.py``) and the function
words; an edit anywhere in that module re-analyses, which costs a pass over the chunks
(about 200,000 for the 20,000-article corpus) but never serves stale terms.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["fingerprint", "is_current", "refresh"]

_KEY = "terms"
_DOCS_PER_PASS = 500


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of what chunk terms depend on: the analysis module and the function words."""
    from marsad.core import arabic
    from marsad.index.bm25 import STOPWORDS

    h = hashlib.sha1()
    source = Path(arabic.__file__)
    h.update(source.read_bytes() if source.suffix == ".py" and source.exists() else source.name.encode())
    h.update("\n".join(sorted(STOPWORDS)).encode("utf-8"))
    return h.hexdigest()[:16]


def is_current(store) -> bool:
    """True when the store's chunk terms came from this version of the analysis."""
    return store.get_meta(_KEY) == fingerprint()


def refresh(store) -> int:
    """Re-analyse every stored chunk if its terms came from another analysis; returns chunks redone.

    The caller holds the index lock. Texts come from the store (chunk spans into the stored
    document text), so nothing has to be read again from the user's files; the store's
    generation moves, so BM25 is rebuilt by the caller's next :func:`rebuild_bm25`.
    """
    if is_current(store):
        return 0
    from marsad.index.bm25 import chunk_terms

    done = 0
    if store.chunk_count():
        spans = store.chunk_layout()
        doc_ids = list(spans)
        for i in range(0, len(doc_ids), _DOCS_PER_PASS):
            part = doc_ids[i: i + _DOCS_PER_PASS]
            docs = store.get_many(part)
            rows = [(chunk_terms(docs[d].text[start:end]), chunk_id)
                    for d in part if d in docs for chunk_id, start, end in spans[d]]
            store.set_chunk_tokens(rows)
            done += len(rows)
    store.set_meta(_KEY, fingerprint())
    return done
