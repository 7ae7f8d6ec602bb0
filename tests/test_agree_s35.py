"""Pass 35 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_mentions as amn
from marsad.agent.offline import agreements_provisions as apv
from marsad.agent.offline import agreements_status as ast


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2017-11-20").agreements


# _under_way: one helper for the statuses a proposal cue no longer overrides ------------------------------------


def test_under_way_helper():
    assert ast._under_way(["agreed", "implementing"])
    assert ast._under_way(["stalled"])
    assert not ast._under_way(["agreed", "proposed"])
    assert not ast._under_way([])


# MEMO_KINDS: "مذكرة التنسيق"، "مذكرة تعاون" are memos of agreement as "مذكرة التفاهم" is ----------------------------

MEMO_DEF = "وقعت تونس والجزائر أمس مذكرة التنسيق الأمني على الشريط الحدودي."
MEMO_LI = "ووقع المغرب وموريتانيا في نواكشوط مذكرة للتنسيق الأمني في مراقبة الصحراء."
MEMO_COOP = "ووقعت الكويت وباكستان مذكرة تعاون عسكري خلال زيارة الوفد."
MEMO_WARRANT = "وأصدر القضاء الليبي مذكرة اعتقال بحق ثلاثة من قادة الكتيبة."
MEMO_TOURISM = "ووقعت الكويت وباكستان مذكرة تعاون في مجال السياحة والآثار."


@pytest.mark.parametrize("text,sides", [(MEMO_DEF, {"تونس", "الجزائر"}), (MEMO_LI, {"المغرب", "موريتانيا"}),
                                        (MEMO_COOP, {"الكويت", "باكستان"})])
def test_memo_kind_is_agreement(offline_extract, text, sides):
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1
    assert set(ags[0].parties) == sides
    assert ags[0].status == "agreed"


def test_memo_kind_provision(offline_extract):
    ags = _agreements(offline_extract, MEMO_LI)
    assert any("الأمني في مراقبة الصحراء" in p for p in ags[0].provisions)


def test_memo_kind_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(amn, "MEMO_KINDS", False)
    monkeypatch.setattr(amn, "MEMO_SIGNED", False)  # pass 59: a memo two states sign opens one on its own
    assert _agreements(offline_extract, MEMO_DEF) == []
    assert _agreements(offline_extract, MEMO_COOP) == []


@pytest.mark.parametrize("text", [MEMO_WARRANT, MEMO_TOURISM])
def test_other_memos_no_agreement(offline_extract, text):
    assert _agreements(offline_extract, text) == []


# COMMENT_CUT: a provision ends before what is said of the act ("بما يعزز"، "جرى توقيعه") -----------------------------

ACCESS_COMMENT = "ووافقت قطر على السماح للطائرات البريطانية باستخدام قاعدة جوية بما يوسع الضربات على التنظيم."
TRUCE_COMMENT = "واتفقت القوات الحكومية وحركة طالبان على وقف إطلاق النار مما خفف معاناة القرويين في الولاية."
SIGNED_AFTER = "وأكد الوزير أن الاتفاق مع الأردن على نشر دوريات مشتركة في البادية جرى توقيعه في العقبة."
INCLUDING = "واتفقت مصر والسودان على تبادل المعلومات الأمنية بما في ذلك قوائم المطلوبين."


def test_comment_cut_access(offline_extract):
    ags = _agreements(offline_extract, ACCESS_COMMENT)
    assert ags and ags[0].provisions == ["السماح للطائرات البريطانية باستخدام قاعدة جوية"]


def test_comment_cut_truce(offline_extract):
    ags = _agreements(offline_extract, TRUCE_COMMENT)
    assert ags and all("خفف" not in p for p in ags[0].provisions)
    assert any(p.startswith("وقف إطلاق النار") for p in ags[0].provisions)


def test_comment_cut_signed_after(offline_extract):
    ags = _agreements(offline_extract, SIGNED_AFTER)
    assert ags and ags[0].provisions == ["نشر دوريات مشتركة في البادية"]


def test_comment_cut_keeps_including(offline_extract):
    ags = _agreements(offline_extract, INCLUDING)
    assert ags and any("قوائم المطلوبين" in p for p in ags[0].provisions)


def test_comment_cut_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "COMMENT_CUT", False)
    ags = _agreements(offline_extract, ACCESS_COMMENT)
    assert ags and any("يوسع" in p for p in ags[0].provisions)
    ags = _agreements(offline_extract, SIGNED_AFTER)
    assert ags and any("توقيعه" in p for p in ags[0].provisions)


# EVACUATION_DEAL: an evacuation or surrender deal of no named side is a record when something is told of it --------

from marsad.agent.offline import agreements_find as afd  # noqa: E402

EVAC_BARE = "وأعلنت مصادر محلية أن الطرفين توصلا إلى اتفاق إخلاء القريتين المحاصرتين في الريف الغربي."
SURRENDER = "وجرى التوصل ليلة الأحد إلى اتفاق يقضي باستسلام المسلحين المتحصنين في الحي الشرقي."
HOUSING = "وأبرمت البلدية اتفاقا مع شركة المقاولات لإخلاء المساكن الآيلة للسقوط."


@pytest.mark.parametrize("text,word", [(EVAC_BARE, "إخلاء القريتين"), (SURRENDER, "استسلام المسلحين")])
def test_evacuation_deal_record(offline_extract, text, word):
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1
    assert ags[0].status == "agreed"
    assert ags[0].agreement_type == "security_agreement"
    assert any(word in p for p in ags[0].provisions)


def test_evacuation_deal_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(afd, "EVACUATION_DEAL", False)
    assert _agreements(offline_extract, EVAC_BARE) == []
    assert _agreements(offline_extract, SURRENDER) == []


def test_evacuation_no_record_off_domain(offline_extract):
    assert _agreements(offline_extract, HOUSING) == []


# TALKS_ON: negotiating "على" an agreement, and talks with their sides before "حول", are no agreement reached -------

NEGOTIATE_ON = "وقال المتحدث إنه يجري التفاوض على اتفاق لإجلاء المصابين من البلدة."
TALKS_SIDES = "وانطلقت في جنيف محادثات بين الحكومة الكولومبية والمتمردين حول اتفاق لوقف القتال."
STRESSED = "وشدد الوزير خلال المباحثات على الاتفاق الموقع بين الأردن والعراق لمكافحة الإرهاب."


@pytest.mark.parametrize("text", [NEGOTIATE_ON, TALKS_SIDES])
def test_talks_on_proposed(offline_extract, text):
    ags = _agreements(offline_extract, text)
    assert ags and all(a.status == "proposed" for a in ags)


def test_talks_on_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "TALKS_ON", False)
    ags = _agreements(offline_extract, TALKS_SIDES)
    assert ags and ags[0].status != "proposed"


def test_stressed_agreement_not_talks(offline_extract):
    ags = _agreements(offline_extract, STRESSED)
    assert ags and ags[0].status == "agreed"


# ENUMERATED: terms counted after a verb of providing, one per ordinal ----------------------------------------------

LISTED = ("وأوضح مسؤول سوداني أن الاتفاق بين السودان وجنوب السودان يتضمن ثلاث نقاط: أولاً سحب الوحدات العسكرية من "
          "منطقة أبيي، "
          "ثانياً نشر قوة مراقبة إفريقية، ثالثاً إعادة فتح المعابر الحدودية.")


def test_enumerated_terms(offline_extract):
    ags = _agreements(offline_extract, LISTED)
    assert len(ags) == 1
    assert ags[0].provisions == ["سحب الوحدات العسكرية من منطقة أبيي", "نشر قوة مراقبة إفريقية",
                                 "إعادة فتح المعابر الحدودية"]


def test_enumerated_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "ENUMERATED", False)
    ags = _agreements(offline_extract, LISTED)
    assert ags and "نشر قوة مراقبة إفريقية" not in ags[0].provisions


# START_REACH: a verb of starting a few words before the carrying out ------------------------------------------------

STARTED = "وبدأت صباح الجمعة عملية تنفيذ اتفاق إخلاء المخيم بين الفصائل وقوات النظام."
STARTS_LATER = "ويبدأ يوم السبت المقبل تنفيذ اتفاق إخلاء المخيم بين الفصائل وقوات النظام."


def test_start_reach_implementing(offline_extract):
    ags = _agreements(offline_extract, STARTED)
    assert ags and ags[0].status == "implementing"


def test_start_reach_future_agreed(offline_extract):
    ags = _agreements(offline_extract, STARTS_LATER)
    assert ags and ags[0].status == "agreed"


def test_start_reach_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "START_REACH", False)
    ags = _agreements(offline_extract, STARTED)
    assert ags and ags[0].status != "implementing"


# SIDES_CUT: a provision ends before "بين" that opens the agreement's sides ------------------------------------------

SIDES_AFTER = "ونص اتفاق تسليم الأسلحة الثقيلة بين الفصائل وقوات النظام على مهلة أسبوع."
TOWNS_BETWEEN = "واتفقت الحكومة والمعارضة المسلحة على فتح ممر آمن لخروج المقاتلين بين حمص وحماة."


def test_sides_cut(offline_extract):
    ags = _agreements(offline_extract, SIDES_AFTER)
    assert ags and "تسليم الأسلحة الثقيلة" in ags[0].provisions


def test_sides_cut_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "SIDES_CUT", False)
    ags = _agreements(offline_extract, SIDES_AFTER)
    assert ags and "تسليم الأسلحة الثقيلة" not in ags[0].provisions


def test_between_towns_not_cut(offline_extract):
    ags = _agreements(offline_extract, TOWNS_BETWEEN)
    assert ags and any(p.endswith("بين حمص وحماة") for p in ags[0].provisions)
