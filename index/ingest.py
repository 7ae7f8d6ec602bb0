"""Ingestion: files in, documents stored verbatim, chunks in Chroma and in BM25.

One pass over the inputs: each document is upserted into the document store (same
content: nothing to do; changed content: its old chunks, vectors and records go),
new or changed documents are chunked and their terms computed, and every few hundred
documents the batch is embedded in one call and written to Chroma in large upserts.
At the end the vector collection is reconciled with the store (vectors missing from a
new or wiped server are re-added, stray ones removed) and the BM25 index is rebuilt
once if anything changed (stored terms from an older analysis are redone first,
:mod:`marsad.index.terms`). A bad input never stops the run: it is reported by name.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.core.config import Settings
from marsad.core.errors import DatesKept, InputError
from marsad.index.locking import index_lock
from marsad.schemas import Chunk, Document

__all__ = ["IngestReport", "ingest", "rebuild_bm25"]

_FLUSH_DOCS = 512


@dataclass
class IngestReport:
    """What an ingest did."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0
    hints: dict[str, str] = field(default_factory=dict)
    """How to fix a failed input, by its ``failed`` path (the loader's Fix line: the setting to raise, ...)."""
    left_out: list[tuple[str, str]] = field(default_factory=list)
    """Files of a given directory that `marsad extract` wrote (path, what it is): not articles, not failures."""
    dates_kept: DatesKept = field(default_factory=DatesKept)
    """The documents whose date Marsad cannot read (kept as written, the document ingested), told once per run."""
    kept_beside: list[tuple[str, str, str]] = field(default_factory=list)
    """``(path, its id, the id it would have had)``: a file whose name's id is held by another file with other text,
    stored as a document of its own beside that one (never replacing it); told, so the user knows both are kept and
    under which ids (an upload named as an earlier one was added as "20261207-130501/report" without a word)."""

    def kept_beside_notes(self, language: str = "en") -> list[str]:
        """One line per :attr:`kept_beside` document, in Arabic for ``language`` "ar"."""
        if language == "ar":
            return [f"{path}: نص آخر باسم مستند أُضيف قبله ({held})؛ حُفظ الاثنان، وهذا باسم {doc_id}"
                    for path, doc_id, held in self.kept_beside]
        return [f"{path}: other text under the name of an earlier document ({held}); both are kept, this one as "
                f"{doc_id}" for path, doc_id, held in self.kept_beside]

    @property
    def ingested(self) -> int:
        """Documents now in the index from this run's inputs (added, replaced or unchanged)."""
        return self.added + self.unchanged + self.replaced

    def summary(self, language: str = "en") -> str:
        """One line for people; in Arabic for ``language`` "ar" (the app's Ingest tab tells both)."""
        if language == "ar":
            return (f"{self.ingested} مستند: {self.added} أضيف، {self.replaced} استُبدل، {self.unchanged} بلا تغيير، "
                    f"{len(self.failed)} تعذر؛ {self.chunks} مقطع فُهرس في {self.seconds:.1f} ث")
        return (f"{self.ingested} document(s): {self.added} added, {self.replaced} replaced, "
                f"{self.unchanged} unchanged, {len(self.failed)} failed; {self.chunks} chunk(s) indexed "
                f"in {self.seconds:.1f} s")


class _Batch:
    """Documents waiting to be chunked, embedded and written together.

    Chunking and the document store happen in the calling thread; embedding and the
    Chroma write of a batch run in one background thread while the next batch is
    chunked (Chroma's Rust core and numpy release the GIL, so the two cores both
    work). At most one write is in flight. A crash between the two leaves chunks
    without vectors, which the next ingest re-adds (:func:`_sync_vectors`).
    """

    def __init__(self, store, vectors):
        from concurrent.futures import ThreadPoolExecutor

        from marsad.index.bm25 import chunk_terms
        from marsad.index.chunking import chunk_document

        self.store, self.vectors = store, vectors
        self._chunk, self._terms = chunk_document, chunk_terms
        self.docs: list[Document] = []
        self.stale: list[str] = []  # documents whose old vectors must go first
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-vectors")
        self._pending = None

    def add(self, doc: Document, stale: bool) -> None:
        self.docs.append(doc)
        if stale:
            self.stale.append(doc.doc_id)

    def _write(self, stale: list[str], chunks: list[Chunk]) -> None:
        from marsad.index.embedding import embed_texts

        if stale:
            self.vectors.delete_documents(stale)
        self.vectors.add(chunks, embed_texts(self.vectors.embedder, [c.text for c in chunks]))

    def flush(self) -> int:
        """Chunk and store the waiting documents; queue their vectors. Returns the chunk count."""
        if not self.docs:
            return 0
        chunks: list[Chunk] = []
        with self.store.batch():
            for doc in self.docs:
                doc_chunks = self._chunk(doc)
                self.store.put_chunks(doc.doc_id, doc_chunks, [self._terms(c.text) for c in doc_chunks])
                chunks.extend(doc_chunks)
        self.wait()
        self._pending = self._pool.submit(self._write, self.stale, chunks)
        self.docs, self.stale = [], []
        return len(chunks)

    def wait(self) -> None:
        """Wait for the write in flight; re-raise its error."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self) -> None:
        """Finish the last write and stop the thread."""
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)


def _sync_vectors(store, vectors) -> int:
    """Make the collection hold exactly the store's chunks; returns vectors (re-)added."""
    if vectors.count() == store.chunk_count():
        return 0
    from marsad.index.embedding import embed_texts

    wanted = [cid for cid, _ in store.iter_chunk_tokens()]
    have = vectors.ids()
    stray = have.difference(wanted)
    if stray:
        vectors.delete_ids(sorted(stray))
    missing = [cid for cid in wanted if cid not in have]
    added = 0
    for i in range(0, len(missing), 4096):
        spans = store.chunk_spans(missing[i: i + 4096])
        docs = store.get_many({s[0] for s in spans.values()})
        chunks = [Chunk(doc_id=d, index=ix, start=s, end=e, text=docs[d].text[s:e])
                  for d, ix, s, e in spans.values() if d in docs]
        vectors.add(chunks, embed_texts(vectors.embedder, [c.text for c in chunks]))
        added += len(chunks)
    return added


def rebuild_bm25(settings: Settings, store=None) -> int:
    """Rebuild the BM25 index from the document store if it is out of date.

    Chunk terms stored by another version of the analysis are re-analysed first
    (:func:`marsad.index.terms.refresh`).

    The caller holds the index lock (:func:`marsad.index.locking.index_lock`).

    Returns:
        The number of chunks indexed (0 when it was already current).
    """
    from marsad.index.bm25 import BM25_DIR, BM25Index
    from marsad.index.docstore import DocStore
    from marsad.index.terms import refresh

    own = store is None
    store = store or DocStore(settings)
    try:
        refresh(store)  # terms from an older analysis are redone first (moves the generation)
        bm25 = BM25Index(Path(settings.home) / BM25_DIR)
        generation = store.generation()
        if bm25.stored_generation() == generation:
            return 0
        return bm25.build(store.iter_chunk_tokens(), generation, titles=store.iter_titles())
    finally:
        if own:
            store.close()


def _own_id(doc: Document, store, seen: dict[str, str]) -> Document:
    """``doc`` with an id of its own when its file-name id is held by another file with other content.

    Re-ingesting the same path (or the same content) keeps the id, so it still replaces (or is a
    no-op); ``B/report.txt`` after ``A/report.txt`` becomes ``B/report`` instead of replacing it.
    """
    from marsad.index.loaders import distinct_id, id_from_name, same_file

    if not id_from_name(doc):
        return doc

    def taken(doc_id: str) -> bool:
        held = store.origin(doc_id)
        return (held is not None and not same_file(held[0], doc.path) and held[1] != doc.sha256) or (
            doc_id in seen and not same_file(seen[doc_id], doc.path))

    if not taken(doc.doc_id):
        return doc
    return doc.model_copy(update={"doc_id": distinct_id(doc, taken)})


def _read(items, store, batch: _Batch, bar, report: IngestReport) -> None:
    """Store each document, queue new/changed ones, flush every few hundred."""
    seen: dict[str, str] = {}
    while True:
        with store.batch():  # one transaction per flush of documents
            for item in items:
                bar.update(1)
                if isinstance(item, InputError):
                    report.failed.append((item.path, item.reason))
                    if item.hint:
                        report.hints[item.path] = item.hint
                    continue
                named = item.doc_id
                item = _own_id(item, store, seen)
                if item.doc_id in seen:
                    report.failed.append((item.path or item.doc_id,
                                          f"duplicate doc_id {item.doc_id!r} (already read from {seen[item.doc_id]})"))
                    continue
                seen[item.doc_id] = item.path or item.doc_id
                result = store.upsert(item)
                if result == "unchanged" and store.has_chunks(item.doc_id):
                    report.unchanged += 1
                    continue
                if result == "added":
                    report.added += 1
                    if item.doc_id != named:
                        report.kept_beside.append((item.path or item.doc_id, item.doc_id, named))
                elif result == "replaced":
                    report.replaced += 1
                else:  # stored earlier but never chunked (an interrupted run): redo it
                    report.unchanged += 1
                batch.add(item, stale=result != "added")
                if len(batch.docs) >= _FLUSH_DOCS:
                    break
            else:
                items = None
        report.chunks += batch.flush()
        if items is None:
            return


def ingest(settings: Settings, paths: Sequence[str | Path], progress: bool = True) -> IngestReport:
    """Read, store and index documents.

    Args:
        settings: the resolved settings (home, Chroma, embedding backend).
        paths: files and directories to read (see :func:`marsad.index.loaders.iter_documents`).
        progress: show a progress bar on stderr.

    Returns:
        Counts of added/unchanged/replaced documents and the failed inputs with reasons.

    Raises:
        StoreError: the document store or Chroma cannot be opened or written.
        ConfigError: the collection name or embedding backend is misconfigured.
    """
    started = time.perf_counter()
    report = IngestReport()
    with index_lock(settings.home):
        _ingest(settings, paths, progress, report)
    report.seconds = time.perf_counter() - started
    return report


def _ingest(settings: Settings, paths: Sequence[str | Path], progress: bool, report: IngestReport) -> None:
    from marsad.index.chroma_store import VectorIndex
    from marsad.index.docstore import DocStore
    from marsad.index.loaders import iter_documents, limits
    from marsad.index.progress import count_documents, progress_bar, wants_progress
    from marsad.index.terms import refresh as refresh_terms

    store = DocStore(settings)
    try:
        refresh_terms(store)  # old chunks first, so new and old terms come from one analysis
        vectors = VectorIndex(settings)
        batch = _Batch(store, vectors)
        total = count_documents(paths) if wants_progress(progress) else None
        bar = progress_bar(progress, desc="ingest", total=total)
        try:
            _read(iter_documents(paths, **limits(settings), left_out=report.left_out,
                                 dates_kept=report.dates_kept), store, batch, bar, report)
        finally:
            batch.close()
            bar.close()
        report.chunks += _sync_vectors(store, vectors)
        rebuild_bm25(settings, store)
    finally:
        store.close()
