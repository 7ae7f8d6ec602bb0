"""The extractor seam: what every backend (offline rules, LLM) provides, and how one is chosen.

A backend turns documents into :class:`schemas.DocumentRecords`. The batch runner
(``agent.batch``) owns writing, resuming and reporting; a backend only extracts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from schemas import Document, DocumentRecords

if TYPE_CHECKING:
    from marsad.config import Settings

__all__ = ["ExtractionOutcome", "Extractor", "get_extractor", "BACKENDS"]


@dataclass
class ExtractionOutcome:
    """The result of extracting one document.

    Attributes:
        doc: the document.
        records: the validated records, or None when extraction failed.
        error: why it failed (one line, names the cause), else None.
        usage: LLM accounting for this document: ``requests``, ``prompt_tokens``,
            ``completion_tokens``, ``cached`` (responses served from the cache).
        stats: quality counters for this document, e.g. ``dropped_quotes``,
            ``dropped_records``, ``flagged_numbers``.
    """

    doc: Document
    records: DocumentRecords | None
    error: str | None = None
    usage: dict[str, int] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.records is not None and self.error is None


@runtime_checkable
class Extractor(Protocol):
    """A backend that fills the four schemas for documents."""

    name: str  # "offline" or "llm"
    version: str  # changes whenever rules, prompt or model change the output

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[ExtractionOutcome]:
        """Extract each document; yield one outcome per document (any order), never raise for one bad document."""
        ...

    def report(self) -> dict:
        """Run-level counters (usage, dropped quotes, ...) for the end-of-run summary."""
        ...


BACKENDS = ("offline", "llm")


def get_extractor(settings: Settings, backend: str | None = None) -> Extractor:
    """Build the extractor for ``backend`` (default: ``settings.backend``; ``auto`` resolves).

    Raises:
        ConfigError: ``llm`` is asked for but no server/model is configured.
    """
    chosen = backend or settings.backend
    if chosen == "auto":
        chosen = settings.effective_backend
    if chosen == "offline":
        from agent.offline import OfflineExtractor

        return OfflineExtractor()
    if chosen == "llm":
        from agent.llm import LLMExtractor

        return LLMExtractor(settings)
    from marsad.errors import ConfigError

    raise ConfigError(f"unknown backend {chosen!r}", hint="use --backend offline, llm or auto")
