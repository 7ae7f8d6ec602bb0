"""Flat tables of extracted records: one CSV per record type, citations flattened, for spreadsheets and GIS."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.core.errors import cannot_write
from marsad.schemas import RECORD_FIELDS, RECORD_TYPES, Location

__all__ = ["columns", "flatten_record", "write_csvs", "csv_paths", "read_jsonl", "write_output"]

_JOIN = " | "
_FLAGGABLE = {"attacks": ("killed", "injured")}
"""Fields whose value grounding checks against the citation (``killed_not_in_citation``)."""
_DOC_COLUMNS = ("doc_id", "record", "title", "source", "published")
# the extras the offline extractor writes beside the contract's fields (agent/offline's docstring names them), so
# a table has their columns whether or not this run's records hold them
_EXTRAS = {"actors": ("rank", "registry_id"), "attacks": ("perpetrator_en", "date_inferred"),
           "agreements": ("party_bodies",)}
_LOCATION_EXTRAS = ("registry_id", "within")

# A table's columns come from its record schema (:func:`columns`), in the schema's order, whatever the records hold
# (an attack with no place still has every ``location_*`` column, empty), so the tables of two runs stack; a field the
# schema does not know (an LLM's extra key) is appended after them. Before (a user fix once behind SCHEMA_COLUMNS), the
# columns were the union of the fields seen, in the order seen (a run whose attacks all lacked a place had a bare
# ``location`` column and no ``location_*``).


def columns(kind: str) -> list[str]:
    """The CSV columns of a record type, from its schema: the document's, then each field's (a place as its
    ``location_*`` columns, citations as quotes and spans), with ``<field>_flagged`` beside a checked figure, then the
    offline extractor's extras."""
    out = list(_DOC_COLUMNS)
    for name in RECORD_FIELDS[kind].model_fields:
        if name == "citations":
            out += ["citations", "citation_spans"]
        elif name == "location":
            out += [f"location_{k}" for k in (*Location.model_fields, *_LOCATION_EXTRAS)]
        elif name == "locations":
            out += ["locations", "locations_en"]
        else:
            out.append(name)
        if name in _FLAGGABLE.get(kind, ()):
            out.append(f"{name}_flagged")
    return out + list(_EXTRAS.get(kind, ()))


def csv_paths(out: Path) -> dict[str, Path]:
    """Where the tables of an output file go: ``x.jsonl`` -> ``x.attacks.csv`` and so on."""
    stem = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.stem
    return {kind: out.with_name(f"{stem}.{kind}.csv") for kind in RECORD_TYPES}


def _scalar(value) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return _JOIN.join(str(_scalar(v)) for v in value if v is not None)
    if isinstance(value, dict):
        return value.get("name") or json.dumps(value, ensure_ascii=False)
    return str(value)


def flatten_record(doc: dict, kind: str, index: int, record: dict) -> dict:
    """One CSV row for a record: document columns, scalar fields, ``location_*`` columns, flattened citations.

    ``flags`` lists Marsad's quality flags; for attacks ``killed_flagged``/``injured_flagged`` sit
    beside the figures: empty when the citation states it, else why (``not_in_citation``, or
    ``not_in_citation | offline_kept`` when the rules' figure replaced the model's).

    Args:
        doc: the document line (``doc_id``, ``title``, ``source``, ``published``).
        kind: ``actors``, ``attacks``, ``joint_rooms`` or ``agreements``.
        index: position of the record within the document.
        record: the record as a JSON object.
    """
    row: dict = {"doc_id": doc.get("doc_id"), "record": index, "title": doc.get("title"), "source": doc.get("source"),
                 "published": doc.get("published")}
    # (columns() gives a missing place its empty location_* columns)
    for key, value in record.items():
        if key == "citations":
            cits = value or []
            row["citations"] = _JOIN.join(c["quote"].replace("\n", " ") for c in cits)
            row["citation_spans"] = "; ".join(f"{c['start']}-{c['end']}" for c in cits)
        elif key == "location" and isinstance(value, dict):
            for k, v in value.items():
                row[f"location_{k}"] = _scalar(v)
        elif key == "location" and value is None:
            continue
        elif key == "locations" and isinstance(value, list):
            row["locations"] = _JOIN.join(str(loc.get("name")) for loc in value)
            row["locations_en"] = _JOIN.join(str(loc.get("name_en") or "") for loc in value)
        else:
            row[key] = _scalar(value)
    # a figure its citation does not state is never a plain fact: <field>_flagged says so beside it
    flags = record.get("flags") or []
    for name in _FLAGGABLE.get(kind, ()):
        row[f"{name}_flagged"] = _JOIN.join(f[len(name) + 1:] for f in flags if f.startswith(f"{name}_"))
    return row


def read_jsonl(path: Path) -> Iterator[dict]:
    """The complete JSON lines of a file (a trailing partial line is ignored)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


def write_csvs(lines: Iterable[dict], out: Path) -> dict[str, Path]:
    """Write one CSV per record type from document lines; returns the paths written.

    Columns are the record schema's (:func:`columns`), then any other field seen; UTF-8 with a BOM so spreadsheet
    programs read Arabic.
    """
    rows: dict[str, list[dict]] = {k: [] for k in RECORD_TYPES}
    for doc in lines:
        for kind in RECORD_TYPES:
            for i, rec in enumerate(doc.get(kind) or []):
                rows[kind].append(flatten_record(doc, kind, i, rec))
    paths = csv_paths(out)
    for kind, items in rows.items():
        names: list[str] = columns(kind)
        for row in items:
            for key in row:
                if key not in names:
                    names.append(key)
        if not names:
            names = ["doc_id", "record"]
        with open(paths[kind], "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=names, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(items)
    return paths


def write_output(text: str, path: Path, fmt: str) -> Path:
    """Write a command's output ``text`` to ``path``: a CSV in UTF-8 with a BOM, so a spreadsheet reads the Arabic (as
    :func:`write_csvs`' tables), anything else in plain UTF-8; the folder is made.

    Raises:
        InputError: the path cannot be written (:func:`marsad.core.errors.cannot_write` names it and the fix).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return path
