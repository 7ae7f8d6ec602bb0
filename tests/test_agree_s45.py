"""Pass 45 (agree45): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_find, agreements_mentions, agreements_records


def _records(offline_extract, text: str):
    return offline_extract(text, published="2019-05-09").agreements


# halt_between: an adjective between "وقف" and "لإطلاق النار" ("وقف هش لإطلاق النار") still writes a ceasefire --------

def test_fragile_ceasefire_with_adjective_between(offline_extract):
    text = "ويسري على الحدود الشمالية وقف هش لإطلاق النار بين الجيش التركي ووحدات حماية الشعب."
    got = _records(offline_extract, text)
    assert [a.agreement_type for a in got] == ["ceasefire"]
    assert got[0].status == "implementing"


def test_unconditional_ceasefire_with_adjectives_between(offline_extract):
    text = "وأعلنت حركة طالبان وقفا غير مشروط لإطلاق النار مع القوات الأفغانية لمدة أسبوع."
    assert [a.agreement_type for a in _records(offline_extract, text)] == ["ceasefire"]


def test_fragile_without_a_halt_is_no_ceasefire(offline_extract):
    # "هش" qualifies a situation, nothing is halted
    text = "ووصف المسؤول الوضع الأمني في المدينة بأنه هش بعد إطلاق النار على دورية للشرطة."
    assert _records(offline_extract, text) == []
    # what is halted is flights, not fire
    text = "وأعلنت شركة الطيران وقفا غير مشروط لرحلاتها إلى المدينة بعد إطلاق النار على المطار."
    assert _records(offline_extract, text) == []


# SINCE_ITS_END: "منذ انتهاء حرب عام 2006" dates what is in force since; "منذ حرب عام 2006" does not ----------------

_SINCE_END = "وتسري في جنوب لبنان هدنة بين إسرائيل وحزب الله منذ انتهاء حرب العام 2006."


def test_in_force_since_the_war_ended_takes_that_year(offline_extract):
    got = _records(offline_extract, _SINCE_END)
    assert [(a.status, a.date) for a in got] == [("implementing", "2006")]


def test_since_the_war_itself_is_no_date(offline_extract):
    text = "وتسري في جنوب لبنان هدنة بين إسرائيل وحزب الله منذ حرب العام 2006."
    assert [a.date for a in _records(offline_extract, text)] == [None]


def test_since_its_end_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_records, "SINCE_ITS_END", False)
    assert [a.date for a in _records(offline_extract, _SINCE_END)] == [None]


# CONTROL_HANDOVER: handing over control or the running of a port, airport, crossing or city is a security handover;
# an offer or a condition makes it proposed; HANDOVER_RECIPIENT: who receives it is a party -------------------------

_OFFER = ("وأعلن قائد الجماعة استعداده لتسليم السيطرة على ميناء المكلا إلى الأمم المتحدة إذا أوقفت القوات "
          "الحكومية تقدمها.")
_CONDITION = "واشترط المسلحون أن تتسلم الأمم المتحدة إدارة مطار عدن وتشغيله مقابل انسحابهم من المدينة."


def test_offer_to_hand_over_a_port_is_a_proposed_handover(offline_extract):
    got = _records(offline_extract, _OFFER)
    assert [(a.agreement_type, a.status) for a in got] == [("security_handover", "proposed")]
    assert any("الأمم المتحدة" in str(p) for p in got[0].parties)


def test_condition_that_a_body_runs_an_airport(offline_extract):
    got = _records(offline_extract, _CONDITION)
    assert [(a.agreement_type, a.status) for a in got] == [("security_handover", "proposed")]
    assert any("الأمم المتحدة" in str(p) for p in got[0].parties)


def test_control_taken_over_is_in_force(offline_extract):
    text = "وتسلمت القوات العراقية السيطرة على مطار تلعفر من قوات التحالف الدولي يوم الأحد."
    got = _records(offline_extract, text)
    assert [a.agreement_type for a in got] == ["security_handover"]
    assert got[0].status != "proposed"


def test_no_control_handover_without_a_facility_or_control(offline_extract):
    for text in (
        "وتسلمت إدارة التعليم في المحافظة عشرة مشاريع مدرسية جديدة.",  # an office that receives, no control of a place
        "وطالب الجيش المسلحين بتسليم المدينة دون قتال.",  # a bare place: a surrender asked for, no deal
        "وتسلمت الحكومة إدارة غالبية الوزارات في القطاع.",  # the running of ministries, no facility
    ):
        assert _records(offline_extract, text) == [], text


def test_control_handover_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "CONTROL_HANDOVER", False)
    assert _records(offline_extract, _OFFER) == []


def test_handover_recipient_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "HANDOVER_RECIPIENT", False)
    got = _records(offline_extract, _OFFER)
    assert got and not any("الأمم المتحدة" in str(p) for p in got[0].parties)


# READY_SIDE: who shows readiness to hand over control is a side (a leader: his movement) -------------------------

_LEADER = "وأبدى حسن نصر الله استعداده لتسليم السيطرة على معبر القاع إلى الجيش اللبناني."


def test_leader_ready_to_hand_over_gives_his_movement(offline_extract):
    got = _records(offline_extract, _LEADER)
    assert len(got) == 1 and any("حزب الله" in str(p) for p in got[0].parties)
    assert any("الجيش اللبناني" in str(p) for p in got[0].parties)


def test_unknown_person_ready_is_no_side(offline_extract):
    text = "وأبدى الشيخ سالم العبيدي استعداده لتسليم السيطرة على معبر القاع إلى الجيش اللبناني."
    got = _records(offline_extract, text)
    assert len(got) == 1 and [str(p) for p in got[0].parties] == ["الجيش اللبناني"]


def test_ready_side_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "READY_SIDE", False)
    got = _records(offline_extract, _LEADER)
    assert got and not any("حزب الله" in str(p) for p in got[0].parties)
