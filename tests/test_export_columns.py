"""CSV tables keep the schema's columns, so the tables of two runs stack (agent/export.columns)."""

from __future__ import annotations

import csv

from marsad.agent import export

_CITE = {"start": 0, "end": 9, "quote": "هجوم مسلح"}
_PLACED = {"doc_id": "w1", "title": "t", "source": "s", "published": "2018-05-01",
           "attacks": [{"attack_type": "armed_assault", "killed": 2, "citations": [_CITE],
                        "location": {"name": "الموصل", "name_en": "Mosul", "country": "IQ", "lat": 36.3, "lon": 43.1}}]}
_UNPLACED = {"doc_id": "w2", "title": "t", "source": "s", "published": "2018-05-08",
             "attacks": [{"attack_type": "bombing", "killed": 1, "citations": [_CITE], "location": None}]}


def _header(tmp_path, name, docs):
    paths = export.write_csvs(docs, tmp_path / f"{name}.jsonl")
    with open(paths["attacks"], encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh)), paths


def test_two_weeks_tables_have_the_same_columns(tmp_path):
    placed, _ = _header(tmp_path, "week1", [_PLACED])
    unplaced, paths = _header(tmp_path, "week2", [_UNPLACED])
    assert placed == unplaced
    assert "location" not in unplaced and "location_name_en" in unplaced and "location_lat" in unplaced
    assert unplaced.index("killed_flagged") == unplaced.index("killed") + 1
    with open(paths["attacks"], encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["doc_id"] == "w2" and row["location_name"] == "" and row["citation_spans"] == "0-9"
    # a type with no record still has its schema's header
    with open(paths["agreements"], encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == export.columns("agreements")


def test_a_field_the_schema_lacks_is_kept_after_the_schema_columns(tmp_path):
    doc = dict(_PLACED, attacks=[dict(_PLACED["attacks"][0], model_note="x")])
    header, _ = _header(tmp_path, "extra", [doc])
    assert header[: len(export.columns("attacks"))] == export.columns("attacks") and header[-1] == "model_note"
