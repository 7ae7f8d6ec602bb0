"""Records as flat tables (one per record type) for the Records tab, with filters and CSV/JSON export.

Pure functions over :class:`schemas.DocumentRecords`; the app only displays what they return.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from marsad.core.arabic import normalize
from marsad.schemas import RECORD_TYPES, DocumentRecords

__all__ = ["KINDS", "COLUMNS", "record_rows", "filter_rows", "write_csv", "write_json"]

KINDS = RECORD_TYPES

COLUMNS: dict[str, list[str]] = {
    "actors": ["doc_id", "name", "canonical_name", "name_en", "type", "affiliation", "role", "quote", "start", "end"],
    "attacks": ["doc_id", "date", "date_precision", "location", "governorate", "perpetrator", "target", "attack_type",
                "killed", "injured", "background", "quote", "start", "end"],
    "joint_rooms": ["doc_id", "name", "location", "governorate", "participants", "lead", "status", "date", "quote",
                    "start", "end"],
    "agreements": ["doc_id", "parties", "agreement_type", "provisions", "locations", "status", "date", "quote",
                   "start", "end"],
}


def _loc(loc) -> tuple[str, str]:
    if loc is None:
        return "", ""
    return (loc.canonical_name or loc.name or ""), (loc.governorate or "")


def _join(items: Iterable) -> str:
    return "، ".join(str(x) for x in items if x)


def _row(kind: str, doc_id: str, rec) -> dict:
    first = rec.citations[0]
    base = {"doc_id": doc_id, "quote": first.quote, "start": first.start, "end": first.end}
    data = rec.model_dump(mode="json")
    if kind == "actors":
        base.update({k: data.get(k) for k in ("name", "canonical_name", "name_en", "type", "affiliation", "role")})
    elif kind == "attacks":
        place, gov = _loc(rec.location)
        base.update({k: data.get(k) for k in ("date", "date_precision", "perpetrator", "target", "attack_type", "killed",
                                              "injured", "background")})
        base.update(location=place, governorate=gov)
    elif kind == "joint_rooms":
        place, gov = _loc(rec.location)
        base.update(name=rec.name, location=place, governorate=gov, participants=_join(rec.participants),
                    lead=rec.lead, status=data.get("status"), date=rec.date)
    else:
        base.update(parties=_join(rec.parties), agreement_type=rec.agreement_type, provisions=_join(rec.provisions),
                    locations=_join(_loc(x)[0] for x in rec.locations), status=data.get("status"), date=rec.date)
    return {c: ("" if base.get(c) is None else base.get(c)) for c in COLUMNS[kind]}


def record_rows(records: Iterable[DocumentRecords]) -> dict[str, list[dict]]:
    """One row per record (its first citation shown), for each of the four kinds."""
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for doc in records:
        for kind in KINDS:
            for rec in getattr(doc, kind):
                if rec.citations:
                    out[kind].append(_row(kind, doc.doc_id, rec))
    return out


def filter_rows(rows: list[dict], query: str = "", doc_id: str = "") -> list[dict]:
    """Rows whose values contain every word of ``query`` (normalised Arabic, case-insensitive) and, if given, of ``doc_id``."""
    words = normalize(query or "").lower().split()
    doc_id = (doc_id or "").strip()
    out = []
    for row in rows:
        if doc_id and row.get("doc_id") != doc_id:
            continue
        if words:
            hay = normalize(" ".join(str(v) for v in row.values())).lower()
            if not all(w in hay for w in words):
                continue
        out.append(row)
    return out


def write_csv(rows: list[dict], columns: list[str], path: Path) -> Path:
    """Write rows as UTF-8 CSV with a BOM (spreadsheets then read Arabic correctly)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_json(rows: list[dict], path: Path) -> Path:
    """Write rows as a JSON array (UTF-8, Arabic kept readable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
