"""The extractor seam: what every backend (offline rules, LLM) provides.

A backend turns documents into :class:`marsad.schemas.DocumentRecords`. Which backends exist
and how one is built is the registry's business (:mod:`marsad.agent.backends`); the batch runner
(:mod:`marsad.agent.batch`) owns writing, resuming and reporting; a backend only extracts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from marsad.schemas import Document, DocumentRecords

__all__ = ["ExtractionOutcome", "Extractor"]


@dataclass
class ExtractionOutcome:
    """The result of extracting one document.

    Attributes:
        doc: the document.
        records: the validated records, or None when extraction failed.
        error: why it failed (one line, names the cause), else None.
        failure: the backend's own error when it has one (e.g. an ``LLMUnreadableReplyError``): decide what
            failed by its class, never by the words of ``error``.
        usage: LLM accounting for this document: ``requests``, ``prompt_tokens``,
            ``completion_tokens``, ``cached`` (responses served from the cache).
        stats: quality counters for this document, e.g. ``dropped_quotes``,
            ``dropped_records``, ``flagged_numbers``.
    """

    doc: Document
    records: DocumentRecords | None
    error: str | None = None
    failure: BaseException | None = None
    usage: dict[str, int] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.records is not None and self.error is None


@runtime_checkable
class Extractor(Protocol):
    """A backend that fills the four schemas for documents."""

    name: str  # the registry's name for it ("offline", "llm")
    version: str  # changes whenever rules, prompt or model change the output
    parallel: bool  # CPU-bound and self-contained: the batch runner may spread it over worker processes

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[ExtractionOutcome]:
        """Extract each document; yield one outcome per document (any order), never raise for one bad document."""
        ...

    def report(self) -> dict:
        """Run-level counters (usage, dropped quotes, ...) for the end-of-run summary."""
        ...
