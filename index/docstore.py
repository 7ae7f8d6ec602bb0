"""The document store: one SQLite file under the Marsad home.

It holds the documents verbatim (the text every offset points into), the chunk spans
and their BM25 tokens (so the lexical index can be rebuilt without re-reading
inputs), and the records extracted from each document, per backend. It is the source
of truth: the Chroma collection and the BM25 index are derived from it.

Safe for one writer at a time (plus any number of readers): WAL journal mode.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from marsad.core.config import Settings
from marsad.core.errors import StoreError
from marsad.schemas.document import Chunk, Document

if TYPE_CHECKING:
    from marsad.schemas.records import DocumentRecords

__all__ = ["DocStore", "DB_NAME", "UpsertResult"]

DB_NAME = "docstore.sqlite3"
UpsertResult = Literal["added", "unchanged", "replaced"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    title TEXT,
    source TEXT,
    published TEXT,
    path TEXT,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS records (
    doc_id TEXT NOT NULL,
    backend TEXT NOT NULL,
    version TEXT NOT NULL,
    json TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (doc_id, backend)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class DocStore:
    """Documents, chunk spans and extracted records in SQLite under ``settings.home``.

    Args:
        settings: the resolved settings; the database is ``<home>/docstore.sqlite3``
            (directories are created).

    Raises:
        StoreError: the database cannot be opened or created.
    """

    def __init__(self, settings: Settings):
        self.path = Path(settings.home) / DB_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the document store {self.path}: {exc}",
                             hint="check MARSAD_HOME / --home points at a writable directory") from exc
        self._depth = 0

    # ------------------------------------------------------------ transactions
    @contextmanager
    def batch(self) -> Iterator[DocStore]:
        """Group many writes in one transaction (much faster for bulk ingests)."""
        if self._depth == 0:
            self._db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self._db.execute("COMMIT")

    def _write(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        try:
            if self._depth:
                return self._db.execute(sql, tuple(params))
            with self.batch():
                return self._db.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the document store {self.path}: {exc}",
                             hint="check the disk space and permissions of the home (--home / MARSAD_HOME); if another "
                                  "marsad command is writing it, wait for it to finish") from exc

    def _bump_generation(self) -> None:
        self._write("INSERT INTO meta(key, value) VALUES('generation', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    # ------------------------------------------------------------ documents
    def upsert(self, doc: Document) -> UpsertResult:
        """Store a document; same content is a no-op, changed content replaces it.

        When the content changed, the document's chunks and records are deleted
        (they pointed into the old text).

        Returns:
            ``"added"``, ``"unchanged"`` or ``"replaced"``.
        """
        digest = doc.sha256
        row = self._db.execute("SELECT sha256 FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone()
        if row and row[0] == digest:
            return "unchanged"
        with self.batch():
            if row:
                self._write("DELETE FROM chunks WHERE doc_id = ?", (doc.doc_id,))
                self._write("DELETE FROM records WHERE doc_id = ?", (doc.doc_id,))
            self._write(
                "INSERT OR REPLACE INTO documents(doc_id, title, source, published, path, text, sha256, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.doc_id, doc.title, doc.source, doc.published, doc.path, doc.text, digest, time.time()),
            )
            self._bump_generation()
        return "replaced" if row else "added"

    def origin(self, doc_id: str) -> tuple[str | None, str] | None:
        """``(path, sha256)`` of a stored document, or None when the id is free."""
        row = self._db.execute("SELECT path, sha256 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def get(self, doc_id: str) -> Document | None:
        """The stored document, or None."""
        row = self._db.execute(
            "SELECT doc_id, title, source, published, path, text FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return _doc(row) if row else None

    def get_many(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """Stored documents by id (missing ids are left out)."""
        ids = list(dict.fromkeys(doc_ids))
        out: dict[str, Document] = {}
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            rows = self._db.execute(
                f"SELECT doc_id, title, source, published, path, text FROM documents "
                f"WHERE doc_id IN ({','.join('?' * len(part))})", part
            ).fetchall()
            out.update((r[0], _doc(r)) for r in rows)
        return out

    def ids(self) -> list[str]:
        """Every stored doc_id, sorted."""
        return [r[0] for r in self._db.execute("SELECT doc_id FROM documents ORDER BY doc_id")]

    def recent_ids(self, limit: int) -> list[str]:
        """The ``limit`` doc_ids stored or replaced last, sorted (the app's article picker: an archive larger than
        the picker holds still lists the articles just ingested)."""
        return sorted(r[0] for r in self._db.execute(
            "SELECT doc_id FROM documents ORDER BY updated_at DESC, rowid DESC LIMIT ?", (int(limit),)))

    def iter_published(self) -> Iterator[tuple[str, str | None]]:
        """``(doc_id, published)`` of every stored document (no text is read)."""
        yield from self._db.execute("SELECT doc_id, published FROM documents")

    def iter_titles(self) -> Iterator[tuple[str, str | None]]:
        """``(doc_id, title)`` of every stored document, in doc_id order (no text is read)."""
        yield from self._db.execute("SELECT doc_id, title FROM documents ORDER BY doc_id")

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, in doc_id order."""
        cur = self._db.cursor()
        cur.execute("SELECT doc_id, title, source, published, path, text FROM documents ORDER BY doc_id")
        for row in cur:
            yield _doc(row)

    def count(self) -> int:
        """How many documents are stored."""
        return self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def delete(self, doc_id: str) -> bool:
        """Remove a document with its chunks and records; True if it existed."""
        with self.batch():
            cur = self._write("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            self._write("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            self._write("DELETE FROM records WHERE doc_id = ?", (doc_id,))
            if cur.rowcount:
                self._bump_generation()
        return bool(cur.rowcount)

    # ------------------------------------------------------------ chunks
    def put_chunks(self, doc_id: str, chunks: list[Chunk], tokens: list[str]) -> None:
        """Replace a document's chunk spans and their space-joined BM25 tokens."""
        with self.batch():
            self._write("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            self._db.executemany(
                'INSERT INTO chunks(chunk_id, doc_id, idx, start, "end", tokens) VALUES (?, ?, ?, ?, ?, ?)',
                [(c.chunk_id, doc_id, c.index, c.start, c.end, t) for c, t in zip(chunks, tokens, strict=True)],
            )
            self._bump_generation()

    def has_chunks(self, doc_id: str) -> bool:
        """True when the document has been chunked."""
        return self._db.execute("SELECT 1 FROM chunks WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone() is not None

    def chunk_count(self) -> int:
        """How many chunks are stored."""
        return self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def iter_chunk_tokens(self) -> Iterator[tuple[str, str]]:
        """``(chunk_id, space-joined tokens)`` of every chunk, in a stable order."""
        cur = self._db.cursor()
        cur.execute("SELECT chunk_id, tokens FROM chunks ORDER BY doc_id, idx")
        yield from cur

    def chunk_layout(self) -> dict[str, list[tuple[str, int, int]]]:
        """``doc_id -> [(chunk_id, start, end), ...]`` of every chunk, documents and chunks in order."""
        out: dict[str, list[tuple[str, int, int]]] = {}
        for chunk_id, doc_id, start, end in self._db.execute(
                'SELECT chunk_id, doc_id, start, "end" FROM chunks ORDER BY doc_id, idx'):
            out.setdefault(doc_id, []).append((chunk_id, start, end))
        return out

    def set_chunk_tokens(self, rows: Iterable[tuple[str, str]]) -> None:
        """Replace the BM25 tokens of chunks, given as ``(tokens, chunk_id)`` pairs (spans unchanged)."""
        with self.batch():
            self._db.executemany("UPDATE chunks SET tokens = ? WHERE chunk_id = ?", list(rows))
            self._bump_generation()

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document, with their text, in order."""
        doc = self.get(doc_id)
        if doc is None:
            return []
        rows = self._db.execute('SELECT idx, start, "end" FROM chunks WHERE doc_id = ? ORDER BY idx', (doc_id,))
        return [Chunk(doc_id=doc_id, index=i, start=s, end=e, text=doc.text[s:e]) for i, s, e in rows]

    def chunk_spans(self, chunk_ids: Iterable[str]) -> dict[str, tuple[str, int, int, int]]:
        """``chunk_id -> (doc_id, index, start, end)`` for the given ids."""
        ids = list(dict.fromkeys(chunk_ids))
        out: dict[str, tuple[str, int, int, int]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            rows = self._db.execute(
                f'SELECT chunk_id, doc_id, idx, start, "end" FROM chunks WHERE chunk_id IN ({",".join("?" * len(part))})',
                part,
            )
            out.update((r[0], (r[1], r[2], r[3], r[4])) for r in rows)
        return out

    def generation(self) -> int:
        """A counter bumped by every change of documents or chunks (for cache invalidation)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def get_meta(self, key: str) -> str | None:
        """A value of the small key/value table (index bookkeeping)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the small key/value table."""
        self._write("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value))

    # ------------------------------------------------------------ records
    def put_records(self, doc_id: str, backend: str, records: DocumentRecords, version: str) -> None:
        """Store (replace) the records one backend extracted from a document.

        Args:
            doc_id: the document they come from.
            backend: e.g. ``"offline"`` or ``"llm"``.
            records: the validated result.
            version: what produced them (extractor/schema version), to know when to redo them.
        """
        self._write(
            "INSERT OR REPLACE INTO records(doc_id, backend, version, json, updated_at) VALUES (?, ?, ?, ?, ?)",
            (doc_id, backend, version, records.model_dump_json(), time.time()),
        )

    def get_records(self, doc_id: str, backend: str | None = None) -> DocumentRecords | None:
        """The stored records of a document (of one backend, else the newest of any), or None."""
        if backend is None:
            row = self._db.execute(
                "SELECT json FROM records WHERE doc_id = ? ORDER BY updated_at DESC LIMIT 1", (doc_id,)
            ).fetchone()
        else:
            row = self._db.execute(
                "SELECT json FROM records WHERE doc_id = ? AND backend = ?", (doc_id, backend)
            ).fetchone()
        from marsad.schemas.records import DocumentRecords  # the record models load when records are read

        return DocumentRecords.model_validate_json(row[0]) if row else None

    def get_records_version(self, doc_id: str, backend: str) -> str | None:
        """The version string stored with a document's records, or None."""
        row = self._db.execute(
            "SELECT version FROM records WHERE doc_id = ? AND backend = ?", (doc_id, backend)
        ).fetchone()
        return row[0] if row else None

    def iter_records(self, backend: str | None = None) -> Iterator[DocumentRecords]:
        """Stored records in doc_id order (one backend, or every backend's rows)."""
        cur = self._db.cursor()
        if backend is None:
            cur.execute("SELECT json FROM records ORDER BY doc_id, backend")
        else:
            cur.execute("SELECT json FROM records WHERE backend = ? ORDER BY doc_id", (backend,))
        from marsad.schemas.records import DocumentRecords

        for (payload,) in cur:
            yield DocumentRecords.model_validate_json(payload)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> DocStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _doc(row: tuple) -> Document:
    return Document(doc_id=row[0], title=row[1], source=row[2], published=row[3], path=row[4], text=row[5])
