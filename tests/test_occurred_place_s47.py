"""An incident with no place of its own takes the place a later sentence tells it occurred at (context_place,
OCCURRED_PLACE): "ووقع الهجوم في ..."، "أن الانفجار وقع شرق ...". Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.agent.offline import context_place


def _only(offline_extract, text: str):
    (attack,) = offline_extract(text).attacks
    return attack


def test_noun_first_bearing_place(offline_extract):
    text = ("أصيب جنديان إسرائيليان يوم الأحد حين انفجرت عبوة بدوريتهما عند الشريط الفاصل مع غزة. "
            "وذكرت مصادر محلية أن الانفجار وقع شرق رفح في جنوب قطاع غزة.")
    attack = _only(offline_extract, text)
    assert attack.location.country == "PS"
    assert "رفح" in attack.location.name
    assert "location_from_article" in attack.flags


def test_verb_first_with_time_between():
    # the reader itself (the extractor also joins this sentence to the incident as a telling of its own)
    text = ("قتل ستة أشخاص يوم الاثنين في تفجير انتحاري. وأكد مسؤول أمني أن المهاجم كان يرتدي حزاما ناسفا. "
            "ووقع الهجوم مساء الاثنين في مدينة كويتا.")
    assert context_place.occurred_place(_ctx(text)).location.name.endswith("كويتا")


def _ctx(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    return build_context(Document(doc_id="t", title=None, text=text, published="2019-03-10"), get_gazetteer())


def test_far_place_after_the_verb_is_not_read():
    # "بعد أسبوع من هجوم مماثل في ...": the place is the earlier attack's, too far after the verb
    far = "قتل ستة أشخاص يوم الاثنين في تفجير انتحاري. ووقع الهجوم بعد أسبوع كامل من هجوم مماثل في مدينة كويتا."
    assert context_place.occurred_place(_ctx(far)) is None
    near = "قتل ستة أشخاص يوم الاثنين في تفجير انتحاري. ووقع الهجوم صباح الاثنين في مدينة كويتا."
    assert context_place.occurred_place(_ctx(near)).location.name.endswith("كويتا")


def test_two_areas_told_read_none():
    # two incidents told to have occurred in two different areas: neither place is lent to an unplaced incident
    text = ("قتل ستة أشخاص يوم الاثنين في تفجير انتحاري. ووقع الهجوم في مدينة كويتا. "
            "وأصيب عشرة آخرون في انفجار ثان. ووقع الانفجار في مدينة لاهور.")
    assert context_place.occurred_place(_ctx(text)) is None


def test_switch_off(offline_extract, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_place, "OCCURRED_PLACE", False)
    text = ("أصيب جنديان إسرائيليان يوم الأحد حين انفجرت عبوة بدوريتهما عند الشريط الفاصل مع غزة. "
            "وذكرت مصادر محلية أن الانفجار وقع شرق رفح في جنوب قطاع غزة.")
    location = _only(offline_extract, text).location
    assert location is None or "رفح" not in location.name


def test_a_place_after_a_word_of_another_incident_is_not_read():
    # pass 48: "غداة هجوم في ..." (locations.occurred_place_stops): the place is the day before's attack's
    text = "قتل ستة أشخاص يوم الأحد في تفجير انتحاري. ووقع الهجوم غداة هجوم في مدينة كويتا."
    assert context_place.occurred_place(_ctx(text)) is None
