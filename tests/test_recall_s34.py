"""Pass 34 (attack recall, tolls and dates on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import attacks_dates as ad
from marsad.agent.offline import attacks_places as ap
from marsad.agent.offline import casualties_counts as cc
from marsad.agent.offline import casualties_subjects as cs
from marsad.agent.offline import frames as fr


def _attacks(offline_extract, text: str, published: str = "2016-03-12"):
    return offline_extract(text, published=published).attacks


# FIGHTERS_TOLD ---------------------------------------------------------------------------------------------------

SWEEP = "وقتل 6 رجال وأصيب 4 آخرون مساء الخميس خلال تطهير حي الشهداء في مدينة الفلوجة."
SKIRMISH = "ولقي 3 رجال مصرعهم في مواجهة قرب سوق بلدة الشرقاط صباح اليوم."


@pytest.mark.parametrize("text,killed", [(SWEEP, 6), (SKIRMISH, 3)])
def test_fight_told_in_singular_is_violence(offline_extract, text, killed):
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1
    assert atts[0].killed == killed


@pytest.mark.parametrize("text", [SWEEP, SKIRMISH])
def test_fight_told_in_singular_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(ac, "FIGHTERS_TOLD", False)
    assert _attacks(offline_extract, text) == []


def test_accident_still_wins(offline_extract):
    text = "ولقي 4 أشخاص مصرعهم في حادث سير بعد اشتباك بالأيدي بين سائقين على طريق الموصل."
    assert _attacks(offline_extract, text) == []


# SHORT_OBJECT (casualties_subjects) -------------------------------------------------------------------------------

SHORT = "وقتل مسلحون مجهولون قرب المسجد شابا في مدينة الرمادي مساء الأربعاء."


def test_short_accusative_person_is_one_victim(offline_extract):
    atts = _attacks(offline_extract, SHORT)
    assert len(atts) == 1
    assert atts[0].killed == 1


def test_short_accusative_person_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(cs, "SHORT_OBJECT", False)
    assert all(a.killed != 1 for a in _attacks(offline_extract, SHORT))


# LIQUIDATION, STRIKE_VERB (frames) -------------------------------------------------------------------------------

LIQUIDATED = "وجرت تصفية قيادي في الفصيل بمدينة جسر الشغور على يد مسلحين ملثمين مساء الأحد."
STRUCK = "وقال الجيش إنه ضرب خلال الليل عشرات المواقع التابعة للجماعة في بلدة بنت جبيل."


def test_liquidation_of_a_person_is_a_killing(offline_extract):
    atts = _attacks(offline_extract, LIQUIDATED)
    assert len(atts) == 1
    assert atts[0].attack_type == "assassination"


def test_liquidation_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "LIQUIDATION", False)
    assert _attacks(offline_extract, LIQUIDATED) == []


@pytest.mark.parametrize("text", [
    "ودعا الوزير إلى تصفية الحسابات بين الشركاء في مدينة حمص.",
    "وبدأت المحكمة تصفية الشركة في مدينة حلب أمس.",
])
def test_liquidation_of_accounts_is_no_attack(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_strike_verb_on_targets(offline_extract):
    atts = _attacks(offline_extract, STRUCK)
    assert len(atts) == 1
    assert atts[0].location is not None and "بنت جبيل" in atts[0].location.name


def test_strike_verb_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "STRIKE_VERB", False)
    assert _attacks(offline_extract, STRUCK) == []


@pytest.mark.parametrize("text", [
    "وضرب الوزير مثلا بالتعاون بين البلدين في مدينة الموصل.",
    "وضرب زلزال بقوة 5 درجات مدينة وان أمس.",
])
def test_strike_verb_without_targets_is_no_attack(offline_extract, text):
    assert _attacks(offline_extract, text) == []


# BORDER_AREA_OF (attacks_places) ----------------------------------------------------------------------------------

BORDER_AREA = ("وأوضح أن الأزمة تفاقمت بعد الغارات على شمال العراق، وقالت القيادة إن طائراتها قصفت مخازن للتنظيم في "
               "المنطقة الحدودية الجنوبية لتركيا أمس.")


def test_border_area_of_a_country_is_the_place(offline_extract):
    atts = [a for a in _attacks(offline_extract, BORDER_AREA) if a.location is not None and a.location.country == "TR"]
    assert atts


def test_border_area_of_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ap, "BORDER_AREA_OF", False)
    assert not [a for a in _attacks(offline_extract, BORDER_AREA) if a.location is not None and a.location.country == "TR"]


# LAST_NIGHT (attacks_dates) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,day", [
    ("وهاجم مسلحون موقعا للجيش في بلدة جزرة الليلة الماضية ما أدى إلى مقتل جندي.", "2016-03-11"),
    ("وقالت مصادر أمس إن مسلحين هاجموا الليلة قبل الماضية نقطة للشرطة في بلدة نصيبين.", "2016-03-10"),
])
def test_last_night_dates_the_attack(offline_extract, text, day):
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1
    assert atts[0].date == day


def test_last_night_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ad, "LAST_NIGHT", False)
    atts = _attacks(offline_extract, "وهاجم مسلحون موقعا للجيش في بلدة جزرة الليلة الماضية ما أدى إلى مقتل جندي.")
    assert all(a.date != "2016-03-11" for a in atts)


# FALLEN_PROJECTILE (frames) ---------------------------------------------------------------------------------------

FALLEN = "وأوضح المتحدث أن المقذوف سقط على منزل في مدينة نجران وأسفر عن إصابة طفلين."


def test_definite_projectile_falling_is_shelling(offline_extract):
    atts = _attacks(offline_extract, FALLEN)
    assert len(atts) == 1
    assert atts[0].attack_type == "shelling"
    assert atts[0].injured == 2


def test_definite_projectile_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "FALLEN_PROJECTILE", False)
    assert all(a.attack_type != "shelling" for a in _attacks(offline_extract, FALLEN))


def test_definite_projectile_in_talk_of_arms_is_no_attack(offline_extract):
    assert _attacks(offline_extract, "وتمتلك الجماعة الصواريخ الباليستية التي تهدد مدن المنطقة.") == []


# FIRED_FROM_TOWARD (attacks_places) -------------------------------------------------------------------------------

FIRED = "وأعلنت قيادة التحالف اعتراض وتدمير صاروخ باليستي أطلقته الميليشيات من صعدة باتجاه خميس مشيط."


def test_fire_falls_where_it_flew_toward(offline_extract):
    atts = _attacks(offline_extract, FIRED)
    assert len(atts) == 1
    assert atts[0].location is not None and "خميس مشيط" in atts[0].location.name


def test_fire_falls_where_it_flew_toward_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ap, "FIRED_FROM_TOWARD", False)
    assert all(a.location is None or "خميس مشيط" not in a.location.name for a in _attacks(offline_extract, FIRED))


# ISSUED_DAY (attacks_dates) ---------------------------------------------------------------------------------------

ISSUED = ("وقال التحالف إن طائراته نفذت 12 ضربة في العراق أمس الأحد. "
          "وذكر بيان نشر اليوم أن خمس ضربات أصابت مخازن للتنظيم قرب مدينة الرقة.")


def test_statement_issue_day_does_not_date_the_strikes(offline_extract):
    raqqa = [a for a in _attacks(offline_extract, ISSUED, "2016-03-07") if a.location is not None and "الرقة" in a.location.name]
    assert raqqa and raqqa[0].date == "2016-03-06"


def test_statement_issue_day_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ad, "ISSUED_DAY", False)
    raqqa = [a for a in _attacks(offline_extract, ISSUED, "2016-03-07") if a.location is not None and "الرقة" in a.location.name]
    assert raqqa and raqqa[0].date == "2016-03-07"


# MURDERED_TOLD (attacks_cues), CONSTRUCT_DUAL (casualties_counts) ---------------------------------------------------

FOUND = "وعثر السكان على ضابطي جمارك مقتولين قرب بلدة نصيبين صباح اليوم."


def test_found_killed_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, FOUND)
    assert len(atts) == 1
    assert atts[0].killed == 2


def test_found_killed_switches_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "MURDERED_TOLD", False)
    assert _attacks(offline_extract, FOUND) == []
    monkeypatch.setattr(ac, "MURDERED_TOLD", True)
    monkeypatch.setattr(cc, "CONSTRUCT_DUAL", False)
    assert all(a.killed != 2 for a in _attacks(offline_extract, FOUND))
