"""Hybrid search: BM25 over stemmed Arabic terms + vector similarity, fused by rank.

A query is analysed twice. BM25 gets its normalised, stemmed terms; the vector side
gets its embedding. An English query (or the English part of a mixed one) is first
expanded through the bilingual lexicon (:meth:`Lexicon.expand_query`): "joint
operations room in Kirkuk" becomes "غرفة عمليات مشتركة" + "كركوك" + their spelling
variants, which is what both halves then search for. The two ranked lists are fused
by reciprocal rank (``sum weight / (60 + rank)``), so neither score scale dominates;
with the default hashed n-gram embedding the vector list weighs half as much as BM25
(it catches spelling variants but is a cruder signal), with a trained model as much.

A :class:`Searcher` is meant to be kept open (the UI and QA hold one): the BM25 index
is memory-mapped once and reloaded only when the document store's generation changes.
"""

from __future__ import annotations

import re
from pathlib import Path

from marsad.config import Settings
from schemas import Hit

__all__ = ["Searcher", "search", "expand_query", "RRF_K"]

RRF_K = 60
HASH_VECTOR_WEIGHT = 0.5
_LATIN = re.compile(r"[A-Za-z]")


def expand_query(query: str, lexicon=None) -> tuple[str, list[str]]:
    """The Arabic side of a query: the query plus lexicon terms for its English words.

    Args:
        query: the user's query, Arabic, English or mixed.
        lexicon: the registry (default :func:`marsad.lexicon.get_lexicon`).

    Returns:
        ``(text_to_search, expansions)``; for an English query whose words the
        lexicon knows, ``text_to_search`` is the Arabic expansion (English words would
        only add noise to an Arabic index); otherwise the query with any expansions.
    """
    if not _LATIN.search(query):
        return query, []
    if lexicon is None:
        from marsad.lexicon import get_lexicon

        lexicon = get_lexicon()
    expansions = lexicon.expand_query(query)
    if not expansions:
        return query, []
    arabic_part = re.sub(r"[A-Za-z][A-Za-z'\-]*", " ", query).strip()
    text = " ".join([arabic_part, *expansions]) if re.search(r"\w", arabic_part) else " ".join(expansions)
    return text, expansions


class Searcher:
    """Hybrid search over the index under ``settings.home`` (or a Chroma server).

    Args:
        settings: the resolved settings.
        lexicon: the bilingual registry used to expand English queries (default: bundled).

    Raises:
        StoreError: the document store or Chroma cannot be opened.
    """

    def __init__(self, settings: Settings, lexicon=None):
        from index.bm25 import BM25_DIR, BM25Index
        from index.docstore import DocStore

        self.settings = settings
        self.lexicon = lexicon
        self.store = DocStore(settings)
        self.bm25 = BM25Index(Path(settings.home) / BM25_DIR)
        self._vectors = None
        self._generation = None
        # The hashed n-gram vectors are a weaker signal than BM25: they refine, not lead.
        self.vector_weight = HASH_VECTOR_WEIGHT if settings.embed_backend == "hash" else 1.0

    @property
    def vectors(self):
        """The Chroma collection, opened on first use."""
        if self._vectors is None:
            from index.chroma_store import VectorIndex

            self._vectors = VectorIndex(self.settings)
        return self._vectors

    def _refresh(self) -> None:
        generation = self.store.generation()
        if generation == self._generation:
            return
        if self.bm25.stored_generation() != generation:
            from index.ingest import rebuild_bm25

            rebuild_bm25(self.settings, self.store)
        self.bm25.load()
        self._generation = generation

    def search(self, query: str, k: int = 5, *, candidates: int = 50, max_per_doc: int | None = 1) -> list[Hit]:
        """The ``k`` best passages for a query.

        Args:
            query: Arabic, English or mixed text.
            k: how many hits to return.
            candidates: how deep each half (BM25, vectors) looks before fusion.
            max_per_doc: at most this many passages per document (None: no limit).

        Returns:
            Hits, best first, each a chunk with ``text == document.text[start:end]``.
        """
        from index.bm25 import query_terms
        from index.embedding import embed_texts

        if k <= 0 or not query.strip():
            return []
        self._refresh()
        if not self.bm25.chunk_ids:
            return []
        text, _ = expand_query(query, self.lexicon)
        depth = max(candidates, k * 4)
        lexical = [cid for cid, _ in self.bm25.top(query_terms(text), depth)]
        vector = embed_texts(self.vectors.embedder, [text])[0]
        semantic = self.vectors.query(vector, depth)
        fused: dict[str, float] = {}
        for ranking, weight in ((lexical, 1.0), (semantic, self.vector_weight)):
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + weight / (RRF_K + rank + 1)
        ordered = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        return self._hits(ordered, k, max_per_doc)

    def _hits(self, ordered: list[tuple[str, float]], k: int, max_per_doc: int | None) -> list[Hit]:
        spans = self.store.chunk_spans(cid for cid, _ in ordered)
        picked: list[tuple[str, float, tuple[str, int, int, int]]] = []
        per_doc: dict[str, int] = {}
        for cid, score in ordered:
            span = spans.get(cid)
            if span is None:  # a vector the local store does not know (shared server): skip it
                continue
            if max_per_doc is not None and per_doc.get(span[0], 0) >= max_per_doc:
                continue
            per_doc[span[0]] = per_doc.get(span[0], 0) + 1
            picked.append((cid, score, span))
            if len(picked) == k:
                break
        docs = self.store.get_many(span[0] for _, _, span in picked)
        hits = []
        for _, score, (doc_id, index, start, end) in picked:
            doc = docs[doc_id]
            hits.append(Hit(doc_id=doc_id, title=doc.title, source=doc.source, published=doc.published,
                            score=round(score, 6), start=start, end=end, text=doc.text[start:end], chunk_index=index))
        return hits

    def close(self) -> None:
        """Release the document store."""
        self.store.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def search(settings: Settings, query: str, k: int = 5) -> list[Hit]:
    """One-shot search (opens a :class:`Searcher`, queries, closes it)."""
    with Searcher(settings) as searcher:
        return searcher.search(query, k)
