"""Pass 36 (attack recall, tolls and dates on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import attacks_dates as ad
from marsad.agent.offline import attacks_events as ae
from marsad.agent.offline import casualties_bodies as cb
from marsad.agent.offline import frames_readers as fr
from marsad.agent.offline import rules


def _attacks(offline_extract, text: str, published: str = "2017-10-18"):
    return offline_extract(text, published=published).attacks


# Word lists of attacks_events read from data ---------------------------------------------------------------------

def test_second_killing_verbs_are_the_casualty_data_list():
    assert rules.words("casualties", "kill_verbs") == ac._KILL_VERBS
    assert {"قتل", "قتلوا", "لقي", "اغتيلت"} <= ac._KILL_VERBS
    assert rules.words("attacks", "second_killing_openers") == ac._ALSO


def test_moved_lists_keep_their_normalised_words():
    assert {"علي", "الي"} <= ae._SEIZE_STOPS
    assert "الاخيره" in ae._LATEST
    assert "اطلقتها" in ae._RELAUNCH_VERBS
    assert {"وقع", "جرت"} <= ae._OCCURRED


# FOUND_BODIES (casualties_bodies) --------------------------------------------------------------------------------

ONE_BODY = "وتم العثور على جثة مزارع مقتولا بالرصاص قرب قرية العباسية شمال مدينة الحلة صباح الاثنين."
TWO_BODIES = "وعثرت الشرطة على جثتي رجلين مقتولين بطلقات نارية في بلدة الخالص مساء الأحد."


@pytest.mark.parametrize(("text", "dead"), [(ONE_BODY, 1), (TWO_BODIES, 2)])
def test_bodies_found_killed_are_counted(offline_extract, text, dead):
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1
    assert atts[0].killed == dead


@pytest.mark.parametrize("text", [ONE_BODY, TWO_BODIES])
def test_bodies_found_killed_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(cb, "FOUND_BODIES", False)
    assert all(a.killed is None for a in _attacks(offline_extract, text))


def test_a_body_found_with_no_killing_is_no_attack(offline_extract):
    assert _attacks(offline_extract, "وعثر الغواصون على جثة صياد غرق قبالة الشاطئ أمس.") == []


# BATTLE_TOLL_AFTER (frames_readers) ------------------------------------------------------------------------------

BATTLE = ("وقال مسؤولون محليون الثلاثاء إن معارك بين مسلحي الحركة ومقاتلي التنظيم في منطقة جبلية بإقليم كونار "
          "أسفرت عن سقوط عشرات من القتلى والجرحى.")


def test_battle_with_a_toll_told_far_after_it(offline_extract):
    atts = _attacks(offline_extract, BATTLE)
    assert len(atts) == 1
    assert atts[0].location is not None and atts[0].location.country == "AF"


def test_battle_with_a_toll_told_far_after_it_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "BATTLE_TOLL_AFTER", False)
    assert _attacks(offline_extract, BATTLE) == []


def test_battle_with_no_toll_after_its_verb_opens_nothing():
    words = ["ان", "معارك", "بين", "مسلحي", "الحركه", "ومقاتلي", "التنظيم", "في", "منطقه", "جبليه", "بإقليم", "كونار", "ادت", "الي", "نزوح", "الاف", "الاسر"]
    assert not fr._battle_toll_after(words, 1)


# MILITANTS_IN_WAR (attacks_events) -------------------------------------------------------------------------------

SHELLED = "قصفت المدفعية التركية مواقع للمسلحين في ريف مدينة عفرين مساء الاثنين."
MILITANTS = "وفي سياق آخر، أعلن الجيش العراقي مقتل 9 مسلحين من التنظيم الإرهابي في ناحية العلم شرق مدينة تكريت صباح الثلاثاء."


def test_militants_killed_in_a_war_story_are_an_incident(offline_extract):
    atts = _attacks(offline_extract, SHELLED + " " + MILITANTS)
    assert any(a.killed == 9 and a.location is not None and a.location.country == "IQ" for a in atts)


def test_militants_killed_in_a_war_story_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "MILITANTS_IN_WAR", False)
    assert not any(a.killed == 9 for a in _attacks(offline_extract, SHELLED + " " + MILITANTS))


def test_militants_killed_with_no_war_told_stay_out(offline_extract):
    assert _attacks(offline_extract, MILITANTS) == []


# VIOLENCE_MORE (attacks_cues) ------------------------------------------------------------------------------------

TWIN_BOMBERS = "وأسفرت هجمة على سوق شعبي في مدينة جلال آباد صباح الاثنين عن مقتل 12 متسوقا."
SLAUGHTERED = "وأفادت وسائل إعلام محلية بمقتل تاجر ذبحا داخل متجره في مدينة سوسة مساء الأحد."


@pytest.mark.parametrize(("text", "dead"), [(TWIN_BOMBERS, 12), (SLAUGHTERED, 1)])
def test_more_words_tell_a_death_as_violence(offline_extract, text, dead):
    atts = _attacks(offline_extract, text, "2018-05-01")
    assert len(atts) == 1
    assert atts[0].killed == dead


@pytest.mark.parametrize("text", [TWIN_BOMBERS, SLAUGHTERED])
def test_more_words_tell_a_death_as_violence_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(ac, "VIOLENCE_MORE", False)
    assert _attacks(offline_extract, text, "2018-05-01") == []


def test_a_road_accident_stays_no_attack(offline_extract):
    assert _attacks(offline_extract, "قتل 3 أشخاص في حادث سير على طريق المطار أمس.", "2018-05-01") == []


# START_CLAUSE (attacks_dates) ------------------------------------------------------------------------------------

STARTED = "وأعلنت مصادر طبية سقوط 7 قتلى برصاص الجيش شرق مدينة رفح، ضمن الاحتجاجات التي بدأت في 30 مارس الماضي."


def test_a_start_clause_date_does_not_date_the_toll(offline_extract):
    atts = _attacks(offline_extract, STARTED, "2018-05-14")
    assert len(atts) == 1
    assert atts[0].date != "2018-03-30"


def test_a_start_clause_date_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ad, "START_CLAUSE", False)
    atts = _attacks(offline_extract, STARTED, "2018-05-14")
    assert [a.date for a in atts] == ["2018-03-30"]
