"""Agreements, pass 67: a truce one side proposed ("بمبادرة من الرئيس ...") and the other side accepted ("وتجاوبت
معه الحركة") is one truce of both sides, not the accepter's alone with the proposer as a go-between. Sentences
written for the tests (names, places and numbers made up)."""

from __future__ import annotations


def _truces(records):
    return [a for a in records.agreements if a.agreement_type == "ceasefire"]


def test_proposer_accepted_is_a_side(offline_extract):
    recs = offline_extract(
        "قتل خمسة جنود في هجوم لحركة طالبان على حاجز في ولاية غزني قبل العيد. وجاء اقتراح وقف إطلاق النار "
        "بمبادرة من الرئيس الأفغاني، وتجاوبت معه حركة طالبان بالإيجاب، على أن يستمر ثلاثة أيام.")
    truces = _truces(recs)
    assert len(truces) == 1
    assert len(truces[0].parties) == 2
    assert any("طالبان" in p for p in truces[0].parties)


def test_mediator_initiative_refused_stays_no_side(offline_extract):
    recs = offline_extract(
        "قتل خمسة جنود في هجوم لحركة طالبان على حاجز في ولاية غزني. وجاء اقتراح وقف إطلاق النار بمبادرة من "
        "الأمم المتحدة، لكن حركة طالبان رفضته.")
    for t in _truces(recs):
        assert not any("الأمم المتحدة" in p for p in t.parties)


def test_proposer_then_accepter_announcement_joins_one_truce(offline_extract):
    recs = offline_extract(
        "وجاء اقتراح الهدنة بمبادرة من الرئيس الأفغاني، واستجابت لها حركة طالبان، ومن المقرر أن تستمر ثلاثة أيام. "
        "وكان الرئيس الأفغاني قد أعلن وقف إطلاق النار في خطاب العيد أمس.")
    truces = _truces(recs)
    assert len(truces) == 1
    assert len(truces[0].parties) == 2


def test_foreign_mediator_initiative_accepted_stays_no_side(offline_extract):
    recs = offline_extract(
        "قتل ثلاثة فلسطينيين في غارة إسرائيلية على رفح. وجاء اقتراح وقف إطلاق النار بمبادرة من الرئيس المصري، "
        "ووافقت عليه حركة حماس مساء الأحد.")
    for t in _truces(recs):
        assert not any("مصر" in p for p in t.parties)
