"""Where the records of two backends meet: an LLM figure its citation does not state never replaces the rules' silently.

An LLM record whose ``killed``/``injured`` is not stated by its own citation carries a
``<field>_not_in_citation`` flag (:func:`marsad.agent.grounding.number_flags`). When the LLM's
records are preferred over the offline extractor's (answers, the app, the archive), such a
figure would replace the offline one: the rules read 5 killed in the quote, the model wrote 50.
:func:`reconcile` keeps the offline figure of the same event (a record of the same kind citing an
overlapping span) in the field, keeps the model's figure beside it (``llm_<field>``) and says so
in the flags (``<field>_offline_kept``). A flagged figure with no offline counterpart stays, with
its flag, for the tables and exports to mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.schemas import RECORD_FIELDS, DocumentRecords

if TYPE_CHECKING:
    from marsad.index.docstore import DocStore

__all__ = ["reconcile", "stored_records", "NOT_IN_CITATION", "OFFLINE_KEPT", "flagged_fields"]

NOT_IN_CITATION = "_not_in_citation"
OFFLINE_KEPT = "_offline_kept"


def flagged_fields(flags: list[str] | None) -> list[str]:
    """The fields a record's flags say its citation does not state (``killed_not_in_citation`` -> ``killed``)."""
    return [f[: -len(NOT_IN_CITATION)] for f in flags or [] if f.endswith(NOT_IN_CITATION)]


def _overlaps(a: list[dict], b: list[dict]) -> bool:
    return any(x["start"] < y["end"] and y["start"] < x["end"] for x in a for y in b)


def reconcile(primary: DocumentRecords, offline: DocumentRecords | None) -> DocumentRecords:
    """``primary`` (the LLM's records) with each flagged figure replaced by the offline record's, and marked.

    Args:
        primary: the preferred records (usually the LLM's).
        offline: the offline extractor's records of the same document, or None.

    Returns:
        ``primary`` unchanged when nothing is flagged or there is nothing to compare with; else
        a copy in which a flagged field whose offline counterpart (same kind, overlapping
        citation) states a value holds the offline value, with ``llm_<field>`` the model's and
        the flag ``<field>_offline_kept`` added (the ``_not_in_citation`` flag stays).
    """
    if offline is None or primary is offline:
        return primary
    data = primary.model_dump(mode="json")
    off = offline.model_dump(mode="json")
    changed = False
    for kind in RECORD_FIELDS:
        for rec in data.get(kind) or []:
            fields = flagged_fields(rec.get("flags"))
            if not fields:
                continue
            match = next((o for o in off.get(kind) or [] if _overlaps(rec["citations"], o.get("citations") or [])), None)
            if match is None:
                continue
            for name in fields:
                value = match.get(name)
                if value is None or value == rec.get(name) or f"{name}{NOT_IN_CITATION}" in (match.get("flags") or []):
                    continue
                rec[f"llm_{name}"] = rec.get(name)
                rec[name] = value
                rec["flags"] = [*rec["flags"], f"{name}{OFFLINE_KEPT}"]
                changed = True
    return DocumentRecords.model_validate(data) if changed else primary


def stored_records(store: DocStore, doc_id: str) -> DocumentRecords | None:
    """A document's stored records as the app shows them: the newest of any backend, reconciled.

    When the newest are the LLM's and the offline extractor's are stored too, a figure the
    LLM's citation does not state is replaced by the offline one (:func:`reconcile`).
    """
    newest = store.get_records(doc_id)
    if newest is None or getattr(newest, "backend", None) == "offline":
        return newest
    llm = store.get_records(doc_id, "llm")
    if llm is None:
        return newest
    return reconcile(llm, store.get_records(doc_id, "offline"))
