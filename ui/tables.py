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

__all__ = ["KINDS", "KIND_CHOICES", "COLUMNS", "SHOWN", "LABELS", "widths", "record_rows", "filter_rows", "table_of", "FLAG",
           "find_record", "render_record", "write_csv", "write_json"]

KINDS = RECORD_TYPES
KIND_CHOICES = [("Attacks · هجمات", "attacks"), ("Actors · فاعلون", "actors"),
                ("Joint rooms · غرف عمليات", "joint_rooms"), ("Agreements · اتفاقات", "agreements")]
"""(label, value) pairs for the record-type picker; the value is what ``/records`` takes."""

COLUMNS: dict[str, list[str]] = {
    "actors": ["doc_id", "record", "name", "canonical_name", "name_en", "type", "affiliation", "role", "quote",
               "start", "end", "flags"],
    "attacks": ["doc_id", "record", "date", "date_precision", "location", "governorate", "perpetrator", "target",
                "attack_type", "killed", "injured", "background", "quote", "start", "end", "flags", "llm_killed",
                "llm_injured"],
    "joint_rooms": ["doc_id", "record", "name", "location", "governorate", "participants", "lead", "status", "date",
                    "quote", "start", "end", "flags"],
    "agreements": ["doc_id", "record", "parties", "agreement_type", "provisions", "locations", "status", "date",
                   "quote", "start", "end", "flags"],
}
"""Every column of the downloads (CSV/JSON), by record type; ``flags`` holds Marsad's quality flags
(``killed_not_in_citation``: the figure is not stated by the record's citation; ``killed_offline_kept``:
the offline rules' figure shown, the model's in ``llm_killed``)."""

FLAG = "⚠"
"""Put before a value its citation does not state (on screen); the downloads carry the ``flags`` column."""

SHOWN: dict[str, list[str]] = {
    "actors": ["name", "name_en", "type", "affiliation", "role", "quote", "doc_id"],
    "attacks": ["date", "location", "governorate", "perpetrator", "attack_type", "killed", "injured", "quote", "doc_id",
                "flags"],
    "joint_rooms": ["name", "location", "participants", "lead", "status", "date", "quote", "doc_id"],
    "agreements": ["parties", "agreement_type", "provisions", "locations", "status", "date", "quote", "doc_id"],
}
"""The columns the on-screen table shows (the details view and the downloads hold the rest)."""

LABELS: dict[str, str] = {
    "doc_id": "Article · المقال", "record": "# · رقم", "name": "Name · الاسم", "canonical_name": "Canonical · الموحد",
    "name_en": "English · بالإنجليزية", "type": "Type · النوع", "affiliation": "Affiliation · الانتماء",
    "role": "Role · الصفة", "quote": "Quote · الاقتباس", "start": "Start", "end": "End", "date": "Date · التاريخ",
    "date_precision": "Precision · الدقة", "location": "Place · المكان", "governorate": "Governorate · المحافظة",
    "perpetrator": "Perpetrator · المنفذ", "target": "Target · المستهدف", "attack_type": "Attack type · نوع الهجوم",
    "killed": "Killed · قتلى", "injured": "Injured · جرحى", "background": "Background · خلفية",
    "participants": "Participants · المشاركون", "lead": "Lead · القيادة", "status": "Status · الحالة",
    "parties": "Parties · الأطراف", "agreement_type": "Agreement type · نوع الاتفاق",
    "provisions": "Provisions · البنود", "locations": "Places · الأماكن", "flags": "⚠ Flags · تنبيهات",
    "llm_killed": "Killed (LLM) · قتلى (النموذج)", "llm_injured": "Injured (LLM) · جرحى (النموذج)",
}
"""Bilingual column headers (English · Arabic), like the tabs' labels."""

# fits a 1,200-pixel table for every type; the quote, the longest text, takes what is left
_WIDTH_PX = {"quote": 340, "participants": 170, "parties": 170, "provisions": 170, "doc_id": 150, "killed": 75,
             "injured": 75, "flags": 120, "date": 100, "status": 100, "record": 60, "attack_type": 120, "role": 180}


def widths(kind: str) -> list[int]:
    """Column widths (pixels) of the shown table: the quote wide, counts and dates narrow, names in between."""
    return [_WIDTH_PX.get(c, 120) for c in SHOWN[kind]]


def _loc(loc) -> tuple[str, str]:
    if loc is None:
        return "", ""
    return (loc.canonical_name or loc.name or ""), (loc.governorate or "")


def _join(items: Iterable) -> str:
    return "، ".join(str(x) for x in items if x)


def _row(kind: str, doc_id: str, index: int, rec) -> dict:
    first = rec.citations[0]
    base = {"doc_id": doc_id, "record": index, "quote": first.quote, "start": first.start, "end": first.end}
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
    base["flags"] = _join(rec.flags)
    extra = rec.model_extra or {}
    for name in ("llm_killed", "llm_injured"):
        base[name] = extra.get(name)
    return {c: ("" if base.get(c) is None else base.get(c)) for c in COLUMNS[kind]}


def record_rows(records: Iterable[DocumentRecords]) -> dict[str, list[dict]]:
    """One row per record (its first citation shown), for each of the four kinds, newest first.

    "Newest" is the record's own date when it has one, else its article's publication date;
    undated records come last, in document order. ``record`` is the record's position in its
    document's list (what :func:`find_record` takes back).
    """
    keyed: dict[str, list[tuple[str, int, dict]]] = {k: [] for k in KINDS}
    seq = 0
    for doc in records:
        for kind in KINDS:
            for index, rec in enumerate(getattr(doc, kind)):
                if rec.citations:
                    when = str(getattr(rec, "date", None) or doc.published or "")
                    keyed[kind].append((when, seq, _row(kind, doc.doc_id, index, rec)))
                    seq += 1
    out: dict[str, list[dict]] = {}
    for kind, items in keyed.items():
        items.sort(key=lambda item: item[1])
        items.sort(key=lambda item: item[0], reverse=True)  # stable: ties keep document order
        out[kind] = [row for _, _, row in items]
    return out


def _cell(row: dict, column: str):
    """A shown value, with :data:`FLAG` in front when the record's citation does not state it."""
    value = row.get(column, "")
    flags = str(row.get("flags") or "")
    if value not in ("", None) and f"{column}_not_in_citation" in flags:
        note = " (offline · القواعد)" if f"{column}_offline_kept" in flags else ""
        return f"{FLAG} {value}{note}"
    return value


def table_of(kind: str, rows: list[dict]) -> dict:
    """The on-screen table of ``rows``: bilingual headers, the :data:`SHOWN` columns.

    A figure its citation does not state is shown with :data:`FLAG` in front (never as a plain
    fact), and the ``flags`` column names why.
    """
    cols = SHOWN[kind]
    return {"headers": [LABELS.get(c, c) for c in cols], "data": [[_cell(row, c) for c in cols] for row in rows]}


def find_record(records: DocumentRecords | None, kind: str, index: int):
    """The ``index``-th record of type ``kind`` in a document's records, or None."""
    items = getattr(records, kind, None) if records is not None and kind in KINDS else None
    return items[index] if items is not None and 0 <= index < len(items) else None


def render_record(kind: str, rec, text: str | None, *, doc_id: str, title: str | None = None) -> str:
    """One record in detail: its fields, then its article with the record's citations highlighted.

    All escaping and highlighting is :mod:`marsad.ui.html`'s (``esc``, ``text_dir``, ``render_article``).
    """
    from marsad.ui.html import esc, render_article, render_message, text_dir

    data = rec.model_dump(mode="json", exclude={"citations"}, exclude_none=True)
    rows = []
    for key, value in data.items():
        if value in ("", [], {}):
            continue
        if isinstance(value, dict):
            value = value.get("canonical_name") or value.get("name") or json.dumps(value, ensure_ascii=False)
        elif isinstance(value, list):
            value = _join(v.get("name") if isinstance(v, dict) else v for v in value)
        shown = str(value)
        rows.append(f'<tr><th>{esc(LABELS.get(key, key))}</th><td dir="{text_dir(shown)}">{esc(shown)}</td></tr>')
    spans = "".join(f'<li dir="{text_dir(c.quote)}">{esc(c.quote)} <span class="marsad-cite-meta">'
                    f"{c.start}–{c.end}</span></li>" for c in rec.citations)
    head = (f'<div class="marsad-record"><table class="marsad-fields">{"".join(rows)}</table>'
            f'<ol class="marsad-record-cites">{spans}</ol></div>')
    if text is None:
        return head + render_message(f"The article {doc_id!r} is not in this index.", "error")
    only = DocumentRecords(doc_id=doc_id, **{kind: [rec]})
    first = rec.citations[0] if rec.citations else None
    focus = (first.start, first.end) if first is not None else None
    return head + render_article(text, only, focus=focus, title=title, doc_id=doc_id)


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
