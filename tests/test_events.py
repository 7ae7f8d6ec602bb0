"""Events across documents: the matching rule, the toll policy, stable ids, exports, the CLI."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from event_records import event_attack, event_doc

from marsad.agent.events import build_events, events_to_csv, events_to_geojson, pair_score

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


_attack = partial(event_attack, killed=5)  # these tests' incidents kill five unless told otherwise
_doc = event_doc


def _groups(events) -> list[set[str]]:
    return sorted(({m.doc_id for m in e.mentions} for e in events), key=lambda s: sorted(s))


def test_one_incident_in_three_outlets_and_an_update_is_one_event():
    docs = [
        _doc("a", "2018-03-04", _attack("a", killed=5)),
        _doc("b", "2018-03-04", _attack("b", killed=5, perpetrator="داعش")),
        _doc("c", "2018-03-05", _attack("c", killed=7, date="2018-03-04")),  # next day: the toll rose
    ]
    (event,) = build_events(docs)
    row = event.as_dict()
    assert row["doc_ids"] == ["a", "b", "c"]
    assert (row["killed"], row["killed_low"], row["killed_high"]) == (7, 5, 7)  # latest total, never the sum
    assert row["perpetrator"] == "داعش" and row["perpetrator_id"] == "isis"
    assert (row["country"], row["country_name"]) == ("IQ", "Iraq") and row["location"]["canonical_name"] == "كركوك"
    assert len(row["citations"]) == 3 and len(row["mentions"]) == 3
    assert build_events(docs, policy="min")[0].as_dict()["killed"] == 5


def test_near_misses_stay_apart():
    docs = [
        _doc("a", "2018-03-04", _attack("a")),
        _doc("b", "2018-03-04", _attack("b", place="البصرة")),             # same day, other city
        _doc("c", "2018-03-09", _attack("c", date="2018-03-09")),           # same city, five days later
        _doc("d", "2018-03-04", _attack("d", kind="airstrike", killed=40)),  # same city and day, other kind and toll
        _doc("e", "2018-03-04", _attack("e", perpetrator="حزب العمال الكردستاني")),
        _doc("f", "2018-03-04", _attack("f", place="كركوك", perpetrator="داعش")),
    ]
    groups = _groups(build_events(docs))
    assert {"a", "b"} not in groups and not any({"a", "c"} <= g for g in groups)
    assert not any("d" in g and len(g) > 1 for g in groups)
    assert not any({"e", "f"} <= g for g in groups)  # two different perpetrators


def test_no_place_needs_same_toll_and_type():
    a = build_events([_doc("a", "2018-03-04", _attack("a", place=None, killed=3)),
                      _doc("b", "2018-03-04", _attack("b", place=None, killed=3))])
    assert len(a) == 1
    b = build_events([_doc("a", "2018-03-04", _attack("a", place=None, killed=3)),
                      _doc("b", "2018-03-04", _attack("b", place=None, killed=None))])
    assert len(b) == 2


def test_a_background_recall_weeks_later_joins_its_incident():
    docs = [_doc("a", "2018-03-04", _attack("a", killed=13)),
            _doc("z", "2018-04-20", _attack("z", killed=13, date=None, background=True))]
    (event,) = build_events(docs)
    assert event.as_dict()["date"] == "2018-03-04"


def test_records_of_one_document_never_merge_with_each_other():
    doc = _doc("a", "2018-03-04", _attack("a"), _attack("a"))
    assert len(build_events([doc])) == 2


def test_event_ids_are_stable_while_mentions_stay():
    docs = [_doc("a", "2018-03-04", _attack("a")), _doc("b", "2018-03-04", _attack("b"))]
    first = build_events(docs)[0].event_id
    more = [*docs, _doc("c", "2018-03-05", _attack("c", date="2018-03-04"))]
    assert build_events(list(reversed(more)))[0].event_id == first


def test_pair_score_vetoes_far_dates():
    a, b = build_events([_doc("a", "2018-03-04", _attack("a"))])[0].mentions[0], None
    other = build_events([_doc("b", "2018-03-10", _attack("b", date="2018-03-10"))])[0].mentions[0]
    assert pair_score(a, other) is None
    assert b is None


def test_exports_csv_and_geojson():
    rows = [e.as_dict() for e in build_events([_doc("a", "2018-03-04", _attack("a")),
                                                _doc("b", "2018-03-04", _attack("b", place=None, killed=None))])]
    csv_text = events_to_csv(rows)
    assert csv_text.splitlines()[0].startswith("event_id,event_date,date_precision,country")
    assert len(csv_text.splitlines()) == 3
    geo = json.loads(events_to_geojson(rows))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 1  # only the located event
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 43 < lon < 46 and 34 < lat < 37  # Kirkuk


def test_unknown_policy_is_an_error():
    with pytest.raises(ValueError, match="toll policy"):
        build_events([], policy="sum")


def test_events_and_actors_cli_on_the_samples(marsad_home, capsys):
    from marsad.cli import main

    assert main(["ingest", str(SAMPLES), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["events", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    kirkuk = [r for r in rows if r["killed"] == 13]
    assert kirkuk and kirkuk[0]["location"]["name_en"] == "Kirkuk" and kirkuk[0]["perpetrator_id"] == "isis"
    out = marsad_home / "events.geojson"
    assert main(["events", "--out", str(out), "--format", "geojson"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["features"]
    capsys.readouterr()
    assert main(["actors", "--json"]) == 0
    actors = json.loads(capsys.readouterr().out)
    isis = next(a for a in actors if a["actor_id"] == "isis")
    assert isis["documents"] >= 3 and "داعش" in isis["aliases"]
