"""Pass 37 (attack recall, tolls and dates on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent import dates as agent_dates
from marsad.core.arabic import normalize


def _attacks(offline_extract, text: str, published: str = "2019-04-10"):
    return offline_extract(text, published=published).attacks


# WEEKDAY_PLACE (agent/dates.py) ----------------------------------------------------------------------------------

MARKET = "هاجم مسلحون الاثنين نقطة تفتيش عند مدخل سوق الجمعة في بلدة الزهراء وقتلوا جنديين."


def test_a_weekday_naming_a_market_is_no_day():
    found = agent_dates.find_dates(normalize("وصلت التعزيزات إلى وادي الخميس وشارع السبت"))
    assert found == []


def test_a_day_told_with_yawm_beside_a_market_is_read():
    found = agent_dates.find_dates(normalize("اندلع حريق في سوق المدينة يوم الخميس"))
    assert [m.parts.get("weekday") for m in found] == [3]


def test_the_attack_keeps_its_own_day_not_the_markets(offline_extract):
    atts = _attacks(offline_extract, MARKET)
    assert len(atts) == 1
    assert str(atts[0].date) == "2019-04-08"


def test_weekday_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agent_dates, "WEEKDAY_PLACE", False)
    assert [m.parts.get("weekday") for m in agent_dates.find_dates(normalize("وادي الخميس"))] == [3]


def test_weekday_place_switch_off_dates_the_attack_by_the_market(offline_extract, monkeypatch):
    monkeypatch.setattr(agent_dates, "WEEKDAY_PLACE", False)
    assert [str(a.date) for a in _attacks(offline_extract, MARKET)] != ["2019-04-08"]


# WAS_DEFINITE (casualties_subjects) and FEMININE_PASSIVE (casualties_frame) -----------------------------------------

NURSE = "وكانت الممرضة الشابة قد قتلت برصاصة قناص صباح الاثنين قرب مستشفى بلدة دير البلح."
REPORTER = "وكان المصور الصحافي قد قتل الأحد برصاص مجهولين وسط مدينة الرمادي."


@pytest.mark.parametrize("text", [NURSE, REPORTER])
def test_one_person_killed_told_with_kana_qad_is_counted(offline_extract, text):
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1
    assert atts[0].killed == 1


def test_feminine_passive_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_frame as cf

    monkeypatch.setattr(cf, "FEMININE_PASSIVE", False)
    assert all(a.killed is None for a in _attacks(offline_extract, NURSE))


def test_was_definite_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_subjects as cs

    monkeypatch.setattr(cs, "WAS_DEFINITE", False)
    assert _attacks(offline_extract, REPORTER) == []


def test_a_count_after_the_verb_is_no_single_victim(offline_extract):
    atts = _attacks(offline_extract, "وكان الجندي قد قتل في الاشتباك 4 من المهاجمين قرب بلدة تلعفر.")
    assert all(a.killed != 1 for a in atts)


def test_snipers_plural_is_no_single_victim():
    from marsad.agent.offline.casualties_words import _NOT_FEMININE_PERSONS

    assert normalize("قناصة") in _NOT_FEMININE_PERSONS  # "قتل القناصة المحتجين": the snipers, not one woman sniper


# PROTEST_DEATHS (attacks_cues, read in attacks_events) -------------------------------------------------------------

PROTEST = "وفي آذار قتل مصوران خلال تغطيتهما للمظاهرات عند الحدود شرقي بلدة خزاعة."


def test_deaths_told_in_protests_are_an_attack(offline_extract):
    atts = _attacks(offline_extract, PROTEST)
    assert len(atts) == 1
    assert atts[0].killed == 2


def test_protest_deaths_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues as ac

    monkeypatch.setattr(ac, "PROTEST_DEATHS", False)
    assert _attacks(offline_extract, PROTEST) == []


def test_protest_deaths_keep_accidents_and_history_out(offline_extract):
    assert _attacks(offline_extract, "ولقي 9 محتجين حتفهم في حريق اندلع قرب مقر الاعتصام بمدينة الخرطوم.") == []
    assert _attacks(offline_extract, "ويحيي السكان ذكرى مظاهرات عام 1988 التي قتل فيها 5 طلاب في مدينة الجزائر.") == []


def test_vague_protest_deaths_stay_out(offline_extract):
    assert _attacks(offline_extract, "وشهدت الاحتجاجات المستمرة منذ عامين في أنحاء البلاد مقتل المئات.") == []


# MILITANTS_AFTER_VIOLENCE (attacks_events, helper attacks_cues._violence_before) -----------------------------------

FOILED_THEN_KILLED = ("وأعلنت قيادة العمليات إحباط هجوم للمسلحين بسيارتين مفخختين على مبنى المحافظة جنوبي الموصل، "
                      "مشيرة إلى مقتل 9 عناصر من التنظيم المتطرف غرب مدينة تلعفر.")


def test_militants_killed_after_violence_in_their_sentence_are_an_incident(offline_extract):
    atts = _attacks(offline_extract, FOILED_THEN_KILLED)
    assert len(atts) == 1
    assert atts[0].killed == 9
    assert "تلعفر" in atts[0].location.name
    assert atts[0].perpetrator is None


def test_militants_after_violence_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_events as ae

    monkeypatch.setattr(ae, "MILITANTS_AFTER_VIOLENCE", False)
    assert _attacks(offline_extract, FOILED_THEN_KILLED) == []


def test_militants_killed_with_no_violence_told_stay_out(offline_extract):
    assert _attacks(offline_extract, "وأكد المتحدث مقتل 7 عناصر من التنظيم المتطرف شرق مدينة الحويجة.") == []


# KILLING_DARED (attacks_cues) and KIN_VICTIM (casualties_counts) ---------------------------------------------------

DARED = "وأقدم رجل مسن على قتل زوجته في قرية العوامية مساء السبت."


def test_a_person_who_went_on_to_kill_a_relative_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, DARED)
    assert len(atts) == 1
    assert atts[0].killed == 1


def test_killing_dared_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues as ac

    monkeypatch.setattr(ac, "KILLING_DARED", False)
    assert _attacks(offline_extract, DARED) == []


def test_kin_victim_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_counts as cc

    monkeypatch.setattr(cc, "KIN_VICTIM", False)
    assert all(a.killed is None for a in _attacks(offline_extract, DARED))


def test_a_relative_killed_in_battles_is_no_incident(offline_extract):
    assert _attacks(offline_extract, "وتحدثت الناشطة عن قاضية في التنظيم قتل زوجها خلال إحدى المعارك قبل عامين.") == []


def test_an_accident_word_still_wins_over_daring(offline_extract):
    assert _attacks(offline_extract, "وأقدم سائق متهور على قتل شقيقه في حادث سير على طريق المطار.") == []


# WEEKDAY_AGREEING (agent/dates.py) ---------------------------------------------------------------------------------

AGREEING = "وأغارت الطائرات صباح يوم الاثنين الموافق (8 مايو 2016م) على مخزن للذخيرة في مدينة مأرب."


def test_a_weekday_told_with_its_full_date_is_that_date(offline_extract):
    found = agent_dates.find_dates(normalize("يوم الخميس الموافق 4 أيار 2017م"))
    assert [m.kind for m in found] == ["dmy"]
    found = agent_dates.find_dates(normalize("في يوم الخميس (04 /05 /2017م)"))
    assert [m.kind for m in found] == ["numeric"]
    atts = _attacks(offline_extract, AGREEING, published="2018-07-15")
    assert [str(a.date) for a in atts] == ["2016-05-08"]


def test_weekday_agreeing_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agent_dates, "WEEKDAY_AGREEING", False)
    assert [str(a.date) for a in _attacks(offline_extract, AGREEING, published="2018-07-15")] != ["2016-05-08"]


# BOMB_BLAST (frames) -----------------------------------------------------------------------------------------------

BOMB = "وأصيب عامل نظافة بانفجار قنبلة في حي الزهور شرق مدينة الخرج."
GLUED = "وقتل شخصان في انفجارعبوة ناسفة قرب محطة الوقود في قضاء الخالص."


@pytest.mark.parametrize("text", [BOMB, GLUED])
def test_a_bombs_blast_is_an_ied(offline_extract, text):
    assert [str(a.attack_type) for a in _attacks(offline_extract, text)] == ["ied"]


def test_bomb_blast_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import frames

    monkeypatch.setattr(frames, "BOMB_BLAST", False)
    assert [str(a.attack_type) for a in _attacks(offline_extract, BOMB)] != ["ied"]


def test_a_grenade_is_no_ied():
    from marsad.agent.offline import frames

    assert not frames._bomb_blast(normalize("بانفجار قنبلة صوتية").split(), 0, 1)
