"""Documents, chunks and search hits: the shapes the index and its users share."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Document", "Chunk", "Hit"]


class Document(BaseModel):
    """One article, with its text exactly as read (every offset points into ``text``)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str = Field(description="File name without extension, or the `id` of a JSON record.")
    title: str | None = Field(default=None, description="Title: the first non-empty line of a .txt, or the record's title.")
    source: str | None = Field(default=None, description="Outlet or path the document came from.")
    published: str | None = Field(default=None, description="Publication date, ISO YYYY-MM-DD, when known.")
    text: str = Field(description="The document text, verbatim.")
    path: str | None = Field(default=None, description="File the document was read from.")

    @property
    def sha256(self) -> str:
        """Hash of the text and metadata: re-ingesting the same content is a no-op."""
        h = hashlib.sha256()
        for part in (self.title or "", self.source or "", self.published or "", self.text):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


class Chunk(BaseModel):
    """A passage of a document; ``text == document.text[start:end]``."""

    doc_id: str
    index: int = Field(ge=0, description="Position of the chunk within its document.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @property
    def chunk_id(self) -> str:
        return f"{self.doc_id}::{self.index}"


class Hit(BaseModel):
    """One search result: a passage with its span and score."""

    doc_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    score: float
    start: int
    end: int
    text: str
    chunk_index: int | None = None
