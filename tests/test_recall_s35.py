"""Pass 35 (attack recall, tolls and dates on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import attacks_events as ae
from marsad.agent.offline import casualties_words as cw


def _attacks(offline_extract, text: str, published: str = "2016-03-12"):
    return offline_extract(text, published=published).attacks


# TRADE_PERSONS (casualties_words) --------------------------------------------------------------------------------

FISHER = "استشهد صياد برصاص زوارق الاحتلال قبالة سواحل مدينة خان يونس فجر الأربعاء."
SHEPHERD = "وقتل راع برصاص مسلحين مجهولين قرب قرية البو عيثة مساء الاثنين."


@pytest.mark.parametrize("text", [FISHER, SHEPHERD])
def test_one_trade_victim_is_counted(offline_extract, text):
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1
    assert atts[0].killed == 1


@pytest.mark.parametrize("text", [FISHER, SHEPHERD])
def test_one_trade_victim_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(cw, "TRADE_PERSONS", False)
    assert _attacks(offline_extract, text) == []


# ASSAD_NOT_LION (attacks_events) ---------------------------------------------------------------------------------

REGIME = "وقتل 7 مدنيين في قصف لقوات الأسد على بلدة كفرنبل مساء السبت."


def test_assad_forces_are_no_lion(offline_extract):
    atts = _attacks(offline_extract, REGIME)
    assert len(atts) == 1
    assert atts[0].killed == 7


def test_assad_forces_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "ASSAD_NOT_LION", False)
    assert _attacks(offline_extract, REGIME) == []


def test_lion_still_an_animal(offline_extract):
    assert _attacks(offline_extract, "أصيب عامل في هجوم أسد داخل حديقة الحيوان بمدينة العين أمس.") == []


# FOOTAGE_OF_OCCURRED (attacks_events) ----------------------------------------------------------------------------

FOOTAGE = "وبثت جمعية حقوقية لقطات تظهر حادثة وقعت الشهر الماضي، قتل فيها شاب خلال مداهمة لقوات الاحتلال في بلدة قباطية."


def test_footage_of_an_incident_that_took_place(offline_extract):
    atts = _attacks(offline_extract, FOOTAGE)
    assert len(atts) == 1
    assert atts[0].killed == 1


def test_footage_of_an_incident_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "FOOTAGE_OF_OCCURRED", False)
    assert _attacks(offline_extract, FOOTAGE) == []


def test_bare_footage_still_no_incident(offline_extract):
    assert _attacks(offline_extract, "وأظهر شريط مصور جنودا يطلقون النار على شبان في مدينة الخليل.") == []


# DROPPED_MUNITIONS (attacks_cues, attacks_events) -----------------------------------------------------------------

BARRELS = "وقتل 9 مدنيين جراء إلقاء الطيران المروحي براميل متفجرة على بلدة اللطامنة الجمعة."


def test_barrel_bombs_tell_violence(offline_extract):
    atts = _attacks(offline_extract, BARRELS)
    assert len(atts) == 1
    assert atts[0].killed == 9
    assert atts[0].attack_type == "airstrike"


def test_barrel_bombs_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "DROPPED_MUNITIONS", False)
    assert _attacks(offline_extract, BARRELS) == []


# SHOT_CAUSE (casualties_excluded), SPAN_FRONTED (attacks_dates) --------------------------------------------------

WEEK_ON = "بعد أسبوع على مقتل 9 محتجين برصاص الشرطة قرب جسر الجمهورية، عاد المحتجون اليوم السبت إلى الشارع."


def test_death_a_span_back_told_with_gunfire_is_an_incident(offline_extract):
    atts = _attacks(offline_extract, WEEK_ON, published="2016-03-12")
    assert len(atts) == 1
    assert atts[0].killed == 9


def test_death_a_span_back_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_excluded as ce
    monkeypatch.setattr(ce, "SHOT_CAUSE", False)
    assert all(a.killed is None for a in _attacks(offline_extract, WEEK_ON, published="2016-03-12"))


def test_fronted_span_dates_back_from_the_main_clause(offline_extract):
    atts = _attacks(offline_extract, WEEK_ON, published="2016-03-12")  # a Saturday: the week before is 2016-03-05
    assert atts[0].date == "2016-03-05"


def test_fronted_span_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_dates as ad
    monkeypatch.setattr(ad, "SPAN_FRONTED", False)
    assert _attacks(offline_extract, WEEK_ON, published="2016-03-12")[0].date == "2016-03-12"


def test_fronted_span_own_day_kept(offline_extract):
    text = "بعد يومين من مقتل 4 جنود بنيران قناص في حي الزهور مساء الخميس، شيع الأهالي اليوم الجثامين."
    assert _attacks(offline_extract, text, published="2016-03-12")[0].date == "2016-03-10"


# ORDINAL_PARTS (attacks_places, attacks_events) -------------------------------------------------------------------

TWO_PARTS = ("وشن مسلحون هجومين منفصلين مساء الجمعة، الأول على دورية في مدينة سامراء والثاني على حاجز في مدينة بلد، "
             "ما أسفر عن مقتل 6 من عناصر الشرطة.")


def test_two_incidents_told_by_ordinals(offline_extract):
    atts = _attacks(offline_extract, TWO_PARTS)
    assert sorted(a.location.name for a in atts) == ["مدينة بلد", "مدينة سامراء"]
    assert all(a.killed is None for a in atts)  # the toll of both together is no one's own


def test_two_incidents_told_by_ordinals_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_places as ap
    monkeypatch.setattr(ap, "ORDINAL_PARTS", False)
    assert len(_attacks(offline_extract, TWO_PARTS)) < 2


# SECOND_KILLING (attacks_events) -----------------------------------------------------------------------------------

TWO_KILLINGS = "وفي كانون الثاني/يناير، قتل مصوران خلال تغطيتهما للمواجهات، كما قتل ممرض يبلغ 30 عاما في شباط/فبراير الماضي."


def test_second_killing_after_a_connective_is_its_own(offline_extract):
    atts = _attacks(offline_extract, TWO_KILLINGS, published="2016-03-12")
    assert sorted((a.killed, a.date) for a in atts) == [(1, "2016-02"), (2, "2016-01")]


def test_second_killing_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "SECOND_KILLING", False)
    assert len(_attacks(offline_extract, TWO_KILLINGS, published="2016-03-12")) < 2


# STREET_NAMES (attacks_places) -------------------------------------------------------------------------------------

SQUARE = "وأصيب 5 مدنيين بانفجار عبوة ناسفة في ساحة الأردن وسط مدينة كركوك مساء الأربعاء."


def test_country_naming_a_square_is_not_the_place(offline_extract):
    atts = _attacks(offline_extract, SQUARE)
    assert len(atts) == 1
    assert atts[0].location.country == "IQ"


def test_country_naming_a_square_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_places as ap
    monkeypatch.setattr(ap, "STREET_NAMES", False)
    atts = _attacks(offline_extract, SQUARE)
    assert not atts or atts[0].location is None or atts[0].location.country != "IQ"


# AFTER_THAT (attacks_events) ---------------------------------------------------------------------------------------

AFTER_THAT = "وقتل 4 جنود في هجوم على حاجز للجيش، بعد أن سيطرت الفصائل على مدينة مورك."


def test_place_after_another_acts_clause_is_not_the_attacks(offline_extract):
    atts = _attacks(offline_extract, AFTER_THAT)
    assert len(atts) == 1
    assert atts[0].location is None or atts[0].location.name != "مورك"


def test_place_after_another_acts_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "AFTER_THAT", False)
    assert [a.location.name for a in _attacks(offline_extract, AFTER_THAT)] == ["مورك"]


def test_blast_told_after_that_keeps_its_place(offline_extract):
    atts = _attacks(offline_extract, "قتل 6 مدنيين بعد أن فجر انتحاري نفسه وسط سوق بلدة المقدادية.")
    assert len(atts) == 1 and atts[0].location is not None
