"""The Events tab: its data functions, and the /events endpoint over HTTP (real app on 127.0.0.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from served_app import gradio_client, served_app

from marsad.agent.events_period import filter_events
from marsad.core.config import resolve_settings
from marsad.index.period import Period
from marsad.ui.events_tab import by_area, event_table_rows, weekly_series

REPO = Path(__file__).resolve().parent.parent


def _event(eid, date, *, killed=None, low=None, high=None, gov=None, country="Iraq", perp=None, kind="ied"):
    return {"event_id": eid, "date": date, "date_precision": "day" if date and len(date) == 10 else "unknown",
            "location": {"name": gov or "?", "name_en": gov, "governorate": gov} if gov else None, "country": country,
            "attack_type": kind, "perpetrator": perp, "perpetrator_id": "isis" if perp == "داعش" else None,
            "killed": killed, "killed_low": low, "killed_high": high, "injured": None, "doc_ids": ["a", "b"]}


EVENTS = [
    _event("e1", "2018-03-05", killed=7, low=5, high=7, gov="Kirkuk", perp="داعش"),
    _event("e2", "2018-03-06", killed=2, gov="Basra"),
    _event("e3", "2018-03-20", killed=None, country="Syria", kind="airstrike"),
    _event("e4", None),
]


def test_table_rows_show_the_reported_range():
    rows = event_table_rows(EVENTS)
    assert rows[0]["killed"] == "7 (5–7)" and rows[0]["sources"] == 2 and rows[1]["killed"] == "2"


def test_filters():
    assert [e["event_id"] for e in filter_events(EVENTS, Period("2018-03-06"))] == ["e2", "e3"]
    assert [e["event_id"] for e in filter_events(EVENTS, Period(until="2018-03-05"))] == ["e1"]
    assert [e["event_id"] for e in filter_events(EVENTS, area="kirkuk")] == ["e1"]
    assert [e["event_id"] for e in filter_events(EVENTS, area="Syria")] == ["e3"]
    assert [e["event_id"] for e in filter_events(EVENTS, perpetrator="isis")] == ["e1"]
    assert [e["event_id"] for e in filter_events(EVENTS, attack_type="airstrike")] == ["e3"]


def test_weekly_series_and_areas():
    series = weekly_series(EVENTS)
    week = {(r["week"], r["series"].split()[0]): r["value"] for r in series}
    assert week[("2018-03-05", "events")] == 2 and week[("2018-03-05", "deaths")] == 9
    assert week[("2018-03-19", "events")] == 1
    areas = {r["area"]: r["events"] for r in by_area(EVENTS)}
    assert areas == {"Kirkuk": 1, "Basra": 1, "Syria": 1, "Iraq": 1}


def test_an_undated_event_is_shown_and_counted_by_its_first_report():
    undated = {**_event("e5", None, killed=4), "first_reported": "2018-03-21"}
    month = {**_event("e6", "2018-03"), "first_reported": "2018-03-21"}
    rows = event_table_rows([undated, month, EVENTS[3]])
    assert [r["date"] for r in rows] == ["~2018-03-21", "2018-03", "undated"]  # as `marsad events` says (pass 57)
    week = {(r["week"], r["series"].split()[0]): r["value"] for r in weekly_series([*EVENTS, undated, month])}
    assert week[("2018-03-19", "events")] == 2 and week[("2018-03-19", "deaths")] == 4  # e3 and e5, not e6


@pytest.mark.slow
def test_events_endpoint_over_http(tmp_path):
    pytest.importorskip("gradio_client")
    from marsad.index.ingest import ingest

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        table, _timeline, _bars, csv_path, geo_path, note = client.predict("", "", "Kirkuk", "", "",
                                                                              api_name="/events")
        assert "events" in note
        assert any("13" in str(row) for row in table["data"])
        assert Path(csv_path).read_text(encoding="utf-8-sig").startswith("event_id,")
        assert json.loads(Path(geo_path).read_text(encoding="utf-8"))["features"]
