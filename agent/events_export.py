"""Events across documents, fourth family: exports of the events' rows (:meth:`Event.as_dict`).

An ACLED-like CSV (:func:`events_to_csv`, columns ``CSV_COLUMNS``) and a GeoJSON FeatureCollection of the
located events (:func:`events_to_geojson`); :func:`write_events` writes either, or JSON lines, to a file.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from marsad.agent.export import write_output

#: The CSV's columns. Why some are there (user fixes, each once behind a switch, now always on):
#: ``citation_spans`` (every citation's ``doc_id:start-end``, in order) so an analyst can resolve a row to the articles'
#: exact text, as the JSON lines can (``notes`` keeps only the first quotes); ``actor1_id`` (the JSON lines'
#: ``perpetrator_id``, the ``actor_id`` of `marsad actors`) so the two CSVs join as the JSON lines do (``actor1`` is the
#: name as written); ``location_en`` (the gazetteer's English name, empty when the place resolved to none) and
#: ``location_ar`` (the place as the article wrote it) so a column never mixes the two languages. Every place cell of
#: the events (the CSV's and GeoJSON's ``location``, the `marsad events` table, the app's Events tab) follows one rule,
#: :func:`event_place`; before, the table, the tab and the CSV each had their own.
CSV_COLUMNS = ["event_id", "event_date", "date_precision", "country", "admin1", "location", "latitude", "longitude",
               "geo_precision", "event_type", "actor1", "target", "fatalities", "fatalities_low", "fatalities_high",
               "injured", "n_sources", "sources", "doc_ids", "confidence", "notes", "citation_spans", "actor1_id",
               "location_en", "location_ar"]


def event_place(e: dict) -> str:
    """The place cell of the event row ``e`` (:meth:`Event.as_dict`), the same in the CSV, the GeoJSON, the
    `marsad events` table and the app: the gazetteer's English name (``name_en``), else its Arabic name
    (``canonical_name``), else the place as written in the article (``name``); empty when the event has no place."""
    loc = e.get("location") or {}
    return loc.get("name_en") or loc.get("canonical_name") or loc.get("name") or ""


#: The events table tells an undated event plainly (:func:`event_when`): its date (a month when told only to the
#: month), else the day it was first reported marked ``~`` (``first_reported`` in the JSON lines), else ``undated``
#: (the CSV's empty ``event_date``, ``date_precision`` unknown); before pass 56 it showed ``????``.
#: The note printed under a table that shows a ``~`` day (the app's Events tab shows both, Arabic first).
FIRST_REPORTED_NOTE = "~DATE: no date stated; the day the event was first reported"
FIRST_REPORTED_NOTE_AR = "~تاريخ: لا تاريخ مذكور، فهو يوم أول خبر عن الحدث"


def event_when(e: dict) -> str:
    """The events table's date cell of the row ``e`` (:meth:`Event.as_dict`), agreeing with the JSON and CSV."""
    if e["date"]:
        return e["date"]
    if e.get("first_reported"):
        return f"~{e['first_reported']}"
    return "undated"


def _csv_row(e: dict) -> dict:
    loc = e.get("location") or {}
    row = {
        "event_id": e["event_id"], "event_date": e["date"] or "", "date_precision": e["date_precision"],
        "country": e.get("country_name") or e["country"] or "", "admin1": loc.get("governorate", ""),
        "location": event_place(e),
        "latitude": loc.get("lat", ""), "longitude": loc.get("lon", ""), "geo_precision": loc.get("admin_level", ""),
        "event_type": e["attack_type"], "actor1": e["perpetrator"] or "", "target": e["target"] or "",
        "fatalities": "" if e["killed"] is None else e["killed"],
        "fatalities_low": "" if e["killed_low"] is None else e["killed_low"],
        "fatalities_high": "" if e["killed_high"] is None else e["killed_high"],
        "injured": "" if e["injured"] is None else e["injured"], "n_sources": len(e["doc_ids"]),
        "sources": " | ".join(e["sources"]), "doc_ids": " | ".join(e["doc_ids"]), "confidence": e["confidence"],
        "notes": " | ".join(c["quote"] for c in e["citations"][:3]),
        "citation_spans": " | ".join(f"{c['doc_id']}:{c['start']}-{c['end']}" for c in e["citations"]),
        "actor1_id": e.get("perpetrator_id") or "",
        "location_en": loc.get("name_en") or "", "location_ar": loc.get("name") or "",
    }
    return row


def events_to_csv(events: list[dict]) -> str:
    """An ACLED-like CSV (one row per event; ``fatalities`` by the toll policy, low/high beside it)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(_csv_row(e))
    return buf.getvalue()


def is_located(event: dict) -> bool:
    """The event's place has coordinates (a GeoJSON feature; the others are left out of ``geojson``)."""
    loc = event.get("location") or {}
    return loc.get("lat") is not None and loc.get("lon") is not None


def events_to_geojson(events: list[dict]) -> str:
    """A GeoJSON FeatureCollection of the events whose place has coordinates (opens in QGIS)."""
    features = []
    for e in events:
        if not is_located(e):
            continue
        loc = e["location"]
        props = {k: v for k, v in _csv_row(e).items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                         "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def events_text(events: list[dict], fmt: str = "jsonl") -> str:
    """``events`` as ``jsonl``, an ACLED-like ``csv`` or ``geojson``."""
    if fmt == "csv":
        return events_to_csv(events)
    if fmt == "geojson":
        return events_to_geojson(events)
    if fmt == "jsonl":
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
    raise ValueError(f"unknown events format {fmt!r} (jsonl, csv or geojson)")


def write_events(events: list[dict], path: Path, fmt: str = "jsonl") -> Path:
    """Write :func:`events_text` to ``path`` (a CSV in UTF-8 with a BOM, so a spreadsheet reads the Arabic, as
    ``marsad extract``'s CSVs)."""
    return write_output(events_text(events, fmt), path, fmt)
