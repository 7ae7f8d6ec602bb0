"""The record schemas: citations are required and checked against the document text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from marsad.schemas import Attack, Citation, DocumentRecords, JointRoom

TEXT = "قتل 13 شرطيا في هجوم جنوب كركوك."


def _cit(start, end, quote=None):
    return {"doc_id": "d", "start": start, "end": end, "quote": TEXT[start:end] if quote is None else quote}


def test_a_record_needs_a_citation():
    with pytest.raises(ValidationError):
        Attack.model_validate({"citations": []})


def test_citation_quote_must_match_the_text():
    ok = Attack.model_validate({"citations": [_cit(0, 11)], "killed": 13}, context={"text": TEXT})
    assert ok.killed == 13
    with pytest.raises(ValidationError):
        Attack.model_validate({"citations": [_cit(0, 11, "قتل 14 شرطي")]}, context={"text": TEXT})
    with pytest.raises(ValidationError):
        Citation.model_validate(_cit(0, 500, "x" * 500), context={"text": TEXT})


def test_enums_and_dates_are_checked():
    with pytest.raises(ValidationError):
        JointRoom.model_validate({"citations": [_cit(0, 3)], "status": "rumoured"})
    with pytest.raises(ValidationError):
        Attack.model_validate({"citations": [_cit(0, 3)], "date": "5/9/2021"})
    with pytest.raises(ValidationError):
        Attack.model_validate({"citations": [_cit(0, 3)], "killed": -1})


def test_document_records_roundtrip_keeps_extra_fields():
    rec = DocumentRecords.model_validate(
        {"doc_id": "d", "attacks": [{"citations": [_cit(0, 3)], "perpetrator_en": "ISIS"}], "backend": "offline"},
        context={"text": TEXT},
    )
    data = rec.model_dump(mode="json")
    assert data["backend"] == "offline" and data["attacks"][0]["perpetrator_en"] == "ISIS"
    assert set(data) >= {"doc_id", "title", "source", "published", "actors", "attacks", "joint_rooms", "agreements"}
