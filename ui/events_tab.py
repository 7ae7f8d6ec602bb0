"""The Events tab: one row per real-world incident, a weekly timeline, a bar chart by area, exports.

The data functions here are plain (unit-tested without a browser); :func:`build_events_tab` lays out
the tab inside the app's ``gr.Tabs`` and wires it. Events come from :mod:`marsad.agent.events` over
the records stored in the home (documents without records are read by the local backend once and
cached in the store); they are rebuilt only when the store changes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.index.period import Period

__all__ = ["EVENT_COLUMNS", "event_table_rows", "export_label", "read_period", "weekly_series", "by_area", "build_events_tab"]

#: The table's columns, in order. ``place_ar`` is the place as the article wrote it (the CSV's and GeoJSON's
#: ``location_ar``), beside the one place cell (:func:`~marsad.agent.events_export.event_place`, English when the
#: gazetteer knows the place): an analyst reading Arabic news checks the place against the source's own words.
EVENT_COLUMNS = ["date", "country", "area", "place", "place_ar", "type", "perpetrator", "killed", "injured", "sources",
                 "event_id"]
EVENT_LABELS = {"date": "Date · التاريخ", "country": "Country · البلد", "area": "Area · المنطقة",
                "place": "Place · المكان", "place_ar": "Place as written · المكان كما ورد", "type": "Type · النوع",
                "perpetrator": "Perpetrator · المنفذ",
                "killed": "Killed · قتلى", "injured": "Injured · جرحى", "sources": "Sources · مصادر",
                "event_id": "Event · الحدث"}
TYPES = ["", "armed_assault", "ambush", "ied", "car_bomb", "suicide_attack", "assassination", "shelling", "airstrike",
         "execution", "kidnapping", "sniper", "other"]


def event_table_rows(events: list[dict]) -> list[dict]:
    """Flat rows (one per event) for the table; values as shown. The date cell is `marsad events`'
    (:func:`~marsad.agent.events_export.event_when`): the date, else the day first reported marked ``~``, else
    ``undated`` (the tab once left an undated event's cell blank)."""
    from marsad.agent.events_export import event_place, event_when

    rows = []
    for e in events:
        loc = e.get("location") or {}
        killed = "" if e["killed"] is None else str(e["killed"])
        if e.get("killed_low") is not None and e["killed_low"] != e["killed_high"]:
            killed += f" ({e['killed_low']}–{e['killed_high']})"
        rows.append({
            "date": event_when(e),
            "country": e.get("country_name") or e.get("country") or "",
            "area": loc.get("governorate") or "",
            "place": event_place(e),
            "place_ar": loc.get("name") or "",
            "type": e["attack_type"], "perpetrator": e["perpetrator"] or "", "killed": killed,
            "injured": "" if e["injured"] is None else str(e["injured"]), "sources": len(e["doc_ids"]),
            "event_id": e["event_id"],
        })
    return rows


def _week(day: str) -> str | None:
    try:
        d = dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return None
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def weekly_series(events: list[dict]) -> list[dict]:
    """Per ISO week (its Monday): events and deaths (events dated to the day, and undated events by the day they
    were first reported: news tells of its day or the day before; events dated only to a month or year are left out)."""
    counts: Counter = Counter()
    deaths: Counter = Counter()
    for e in events:
        day = e["date"] if e["date_precision"] == "day" else None if e["date"] else e.get("first_reported")
        week = _week(day) if day else None
        if week is None:
            continue
        counts[week] += 1
        deaths[week] += e["killed"] or 0
    rows = []
    for week in sorted(counts):
        rows.append({"week": week, "series": "events · أحداث", "value": counts[week]})
        rows.append({"week": week, "series": "deaths · قتلى", "value": deaths[week]})
    return rows


def by_area(events: list[dict], limit: int = 15) -> list[dict]:
    """Events per governorate where known, else per country (the busiest first)."""
    counts = Counter((e.get("location") or {}).get("governorate") or e.get("country_name") or e.get("country")
                     or "unknown" for e in events)
    return [{"area": a, "events": n} for a, n in counts.most_common(limit)]


def events_note(events: list[dict], rows: list[dict]) -> str:
    """The note above the table: how many events, killed (latest totals) and events reported by several articles, and
    the `marsad events` note on a ``~`` date when ``rows`` (:func:`event_table_rows`) show one: two whole sentences,
    Arabic then English (``"ar · en"``, as every bilingual note of the app, each part laid out in its own direction;
    parts mixing the two languages showed the English figures reversed inside an Arabic part)."""
    from marsad.agent.events_export import FIRST_REPORTED_NOTE, FIRST_REPORTED_NOTE_AR

    deaths = sum(e["killed"] or 0 for e in events)
    multi = sum(1 for e in events if len(e["doc_ids"]) > 1)
    approximate = any(r["date"].startswith("~") for r in rows)
    arabic = f"الأحداث: {len(events)} — القتلى: {deaths} (آخر الحصائل) — بأكثر من مصدر: {multi}"
    english = f"{len(events)} events — {deaths} killed (latest totals) — {multi} reported by several articles"
    if approximate:  # the note `marsad events` prints under such a table
        arabic += f" — {FIRST_REPORTED_NOTE_AR}"
        english += f" — {FIRST_REPORTED_NOTE}"
    return f"{arabic} · {english}"


def read_period(date_from: str, date_to: str) -> tuple[Period | None, str | None]:
    """The tab's From/To as a period, read once per refresh as `marsad events --since/--until` read theirs
    (:func:`~marsad.index.period.parse_period`: YYYY, YYYY-MM or YYYY-MM-DD), and None; or None and the error told in
    Arabic then English, as the tab's labels (a date that is none, "2018-13", or From after To)."""
    from marsad.core.errors import PeriodError
    from marsad.index.period import parse_period

    try:
        return parse_period(date_from, date_to, caller="events_tab"), None
    except PeriodError as err:
        return None, f"{err.arabic or err} · {err}"


def export_label(period: Period | None) -> str:
    """The period in a download's name: ``all``, ``2018-05-20_2018-06-02``, ``from-2018-06``, ``to-2018-05``."""
    if period is None or not (period.since or period.until):
        return "all"
    if period.since and period.until:
        return f"{period.since}_{period.until}"
    return f"from-{period.since}" if period.since else f"to-{period.until}"


def _frame(rows: list[dict], columns: list[str]):
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def build_events_tab(services: Any, open_article: Callable[[str | None], tuple], outputs: list) -> None:
    """Lay out the Events tab (call inside ``gr.Tabs``) and wire it.

    Args:
        services: the app's shared services (``settings``, ``store``, ``lock``, ``exports``).
        open_article: ``choice -> outputs`` opening a cited span ("[n] doc_id start-end") in the Article tab.
        outputs: the components ``open_article`` returns values for.
    """
    import gradio as gr

    from marsad.ui.html import citation_choice, render_message

    cache: dict[str, Any] = {}

    def all_events() -> list[dict]:
        from marsad.agent.archive import archive_records
        from marsad.agent.backends import LOCAL_BACKEND
        from marsad.agent.events import build_events

        with services.lock:
            generation = services.store.generation()
            if cache.get("generation") != generation:
                try:
                    records = list(archive_records(services.settings, backend=LOCAL_BACKEND))
                except Exception:  # an empty home: no events yet
                    records = []
                cache["events"] = [e.as_dict() for e in build_events(records)]
                cache["generation"] = generation
        return cache["events"]

    def show(date_from: str, date_to: str, area: str, perp: str, kind: str):
        from marsad.agent.events_export import write_events
        from marsad.agent.events_period import events_in_period, filter_events, period_pointers

        period, told = read_period(date_from, date_to)
        if told is not None:  # a From/To that is not a date
            return (_frame([], [EVENT_LABELS[k] for k in EVENT_COLUMNS]), _frame([], ["week", "series", "value"]),
                    _frame([], ["area", "events"]), None, None, render_message(told, "error"), [])
        others = filter_events(all_events(), area=area, perpetrator=perp, attack_type=kind or "")
        events = events_in_period(others, period)[0]  # the period alone, on those
        rows = event_table_rows(events)
        table = _frame([{EVENT_LABELS[k]: r[k] for k in EVENT_COLUMNS} for r in rows],
                       [EVENT_LABELS[k] for k in EVENT_COLUMNS])
        out: Path = services.export_dir()  # one folder per request: never another request's rows
        name = f"marsad-events-{export_label(period)}"  # a download named for the period it holds
        csv_path = write_events(events, out / f"{name}.csv", "csv")
        geo_path = write_events(events, out / f"{name}.geojson", "geojson")
        text = events_note(events, rows)
        if not events:  # a period holding none: where the events are, as `marsad events` says
            text += "".join(f" · {p}" for p in period_pointers(others, period))
        note = render_message(text)
        return (table, _frame(weekly_series(events), ["week", "series", "value"]),
                _frame(by_area(events), ["area", "events"]), str(csv_path), str(geo_path), note,
                [e["event_id"] for e in events])

    def pick(ids: list, evt: gr.SelectData):
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not ids or row is None or row >= len(ids):
            return gr.update(choices=[], value=None)
        event = next((e for e in all_events() if e["event_id"] == ids[row]), None)
        if event is None:
            return gr.update(choices=[], value=None)
        choices = [citation_choice(n, c["doc_id"], c["start"], c["end"]) for n, c in enumerate(event["citations"], 1)]
        return gr.update(choices=choices, value=None)

    pick.__annotations__["evt"] = gr.SelectData  # gradio injects the clicked cell by this type

    with gr.Tab("Events · الأحداث", id="events"):
        ev_ids = gr.State([])
        with gr.Row(equal_height=True):
            date_from = gr.Textbox(label="From · من (YYYY, YYYY-MM or YYYY-MM-DD)", placeholder="2015-06", scale=1,
                                   max_lines=1, elem_id="marsad-ev-from")
            date_to = gr.Textbox(label="To · إلى (inclusive · شاملا)", placeholder="2015-07", scale=1, max_lines=1,
                                 elem_id="marsad-ev-to")
            area = gr.Textbox(label="Country / governorate · البلد / المحافظة", scale=1, elem_id="marsad-ev-area")
            perp = gr.Textbox(label="Perpetrator · المنفذ", scale=1, elem_id="marsad-ev-perp")
            kind = gr.Dropdown(TYPES, value="", label="Type · النوع", scale=1, elem_id="marsad-ev-type")
            go = gr.Button("Show · اعرض", variant="primary", scale=0, elem_id="marsad-ev-show")
        note = gr.HTML(elem_id="marsad-ev-note")
        table = gr.Dataframe(value=_frame([], [EVENT_LABELS[k] for k in EVENT_COLUMNS]), interactive=False,
                             wrap=True,
                             max_height=420, elem_id="marsad-events", elem_classes=["marsad-records"])
        source_pick = gr.Dropdown(label="Open a source of the selected event · افتح مصدرا للحدث المختار", choices=[],
                                  value=None, elem_id="marsad-ev-source")
        with gr.Row():
            timeline = gr.LinePlot(x="week", y="value", color="series", title="Per week · أسبوعيا",
                                   elem_id="marsad-ev-timeline")
            bars = gr.BarPlot(x="area", y="events", title="By governorate or country · حسب المحافظة أو البلد",
                              sort="-y", elem_id="marsad-ev-bars")
        with gr.Row():
            csv_file = gr.File(label="CSV (ACLED-like) · تنزيل", interactive=False, elem_id="marsad-ev-csv")
            geo_file = gr.File(label="GeoJSON (QGIS) · تنزيل", interactive=False, elem_id="marsad-ev-geojson")

    inputs = [date_from, date_to, area, perp, kind]
    ev_outputs = [table, timeline, bars, csv_file, geo_file, note, ev_ids]
    go.click(show, inputs, ev_outputs, api_name="events")
    table.select(pick, ev_ids, source_pick, api_visibility="private")
    source_pick.input(open_article, source_pick, outputs, api_visibility="private")
