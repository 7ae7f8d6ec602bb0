"""The records of every document in the store, for archive-wide views (events, actor registry).

Stored records are preferred (an LLM run's over the offline rules'); a document with none, or
only offline records of older rules, is extracted now with the configured backend and its records
stored, so the next run is incremental: only new documents are extracted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from marsad.agent.backends import get_extractor
from marsad.schemas import DocumentRecords

if TYPE_CHECKING:
    from marsad.core.config import Settings

__all__ = ["archive_records"]

log = logging.getLogger(__name__)


def archive_records(settings: Settings, *, backend: str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    stats: dict | None = None) -> Iterator[DocumentRecords]:
    """Yield one :class:`DocumentRecords` per stored document (extracting what is missing).

    Args:
        settings: resolved settings (the home holds the store).
        backend: the backend for documents with no records (default: the settings' choice).
        progress: called with (done, total) after each document.
        stats: filled with ``documents``, ``stored`` (records reused), ``extracted``, ``failed``.

    Raises:
        InputError: the home holds no documents (nothing ingested yet).
    """
    from marsad.agent.reconcile import reconcile
    from marsad.core.errors import nothing_ingested
    from marsad.index.docstore import DocStore

    counts = stats if stats is not None else {}
    counts.update(documents=0, stored=0, extracted=0, failed=0)
    extractor = None

    def current():
        nonlocal extractor
        if extractor is None:
            extractor = get_extractor(settings, backend)
        return extractor

    with DocStore(settings) as store:
        ids = store.ids()
        if not ids:
            raise nothing_ingested(settings.home)
        stored = {}
        for backend_name in ("offline", "llm"):  # llm last: it wins, a flagged figure yielding to the rules'
            for rec in store.iter_records(backend_name):
                if backend_name == "llm" and rec.doc_id in stored:
                    rec = reconcile(rec, stored[rec.doc_id][1])
                stored[rec.doc_id] = (backend_name, rec)
        for done, doc_id in enumerate(ids, start=1):
            counts["documents"] += 1
            found = stored.get(doc_id)
            if found is not None and found[0] == "offline" and current().name == "offline" and \
                    store.get_records_version(doc_id, "offline") != str(current().version):
                found = None  # stored by older rules: extract again
            if found is not None:
                counts["stored"] += 1
                yield found[1]
            else:
                doc = store.get(doc_id)
                outcome = next(iter(current().extract_batch([doc]))) if doc is not None else None
                if outcome is None or not outcome.ok:
                    counts["failed"] += 1
                    log.warning("extraction of %s failed: %s", doc_id, outcome.error if outcome else "missing")
                else:
                    store.put_records(doc_id, current().name, outcome.records, str(current().version))
                    counts["extracted"] += 1
                    yield outcome.records
            if progress is not None:
                progress(done, len(ids))
