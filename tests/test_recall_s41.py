"""Pass 41 (attack recall): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import frames, scope_totals

# CAUSED_DUAL (frames) ---------------------------------------------------------------------------------------------

TWIN = ("سقط عشرات القتلى والجرحى في تفجيرين قرب مقر قيادة الشرطة غرب مدينة سامراء، صباح الخميس.\n"
        "وفجر انتحاريان عربتين مفخختين أمام المدخل الرئيسي للمقر.")


def test_twin_blasts_with_a_toll_are_one_incident(offline_extract):
    atts = offline_extract(TWIN, published="2019-05-17").attacks
    assert len(atts) == 1
    assert atts[0].location is not None and "سامراء" in atts[0].location.name
    assert atts[0].date == "2019-05-16"


def test_twin_attacks_caused_by_verb(offline_extract):
    text = "أوقع هجومان على نقطة للجيش قرب بلدة الحويجة أمس عددا من الضحايا بين الجنود."
    assert len(offline_extract(text).attacks) == 1


def test_two_attacks_told_apart_stay_a_roundup(offline_extract):
    # "منفصلين" and the dual of a place: one record per place, none for the pair itself
    text = "قتل ثلاثة حراس في هجومين منفصلين في مدينتي الرمادي وهيت مساء الجمعة."
    places = sorted(a.location.name for a in offline_extract(text).attacks if a.location)
    assert len(places) == 2


def test_a_dual_with_no_toll_opens_nothing(offline_extract):
    text = "قال الوزير إن الحكومة تتوقع هجومين جديدين على الحدود خلال الصيف في محافظة نينوى."
    assert offline_extract(text).attacks == []


def test_caused_dual_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "CAUSED_DUAL", False)
    assert offline_extract(TWIN, published="2019-05-17").attacks == []


# RECENT_HOURS (scope_totals) --------------------------------------------------------------------------------------

HOURS = "قتل 35 مسلحا من الجماعة في معارك الساعات الماضية بمديرية صرواح غرب مأرب."


def test_battles_of_the_past_hours_are_one_event(offline_extract):
    atts = offline_extract(HOURS).attacks
    assert [(a.killed, a.attack_type) for a in atts] == [(35, "armed_assault")]


def test_battles_of_last_night_are_one_event(offline_extract):
    text = "سقط 12 قتيلا من المتمردين خلال مواجهات الليلة الماضية في مديرية حيس جنوب الحديدة."
    assert [a.killed for a in offline_extract(text).attacks] == [12]


def test_the_recent_battles_still_sum(offline_extract):
    text = "وخسرت الجماعة خلال المعارك الأخيرة 70 من مقاتليها في مديرية صرواح."
    assert offline_extract(text).attacks == []


def test_recent_hours_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_totals, "RECENT_HOURS", False)
    assert offline_extract(HOURS).attacks == []


# NAME_ASIDE (frames) ----------------------------------------------------------------------------------------------

NAMED = "أعلن مصدر عسكري مقتل القيادي الميداني، محمد البدوي، في غارة لطائرات التحالف على مديرية صرواح."


def test_a_name_set_off_by_commas_is_the_strikes_victim(offline_extract):
    atts = offline_extract(NAMED).attacks
    assert [(a.attack_type, a.killed) for a in atts] == [("airstrike", 1)]


def test_a_comma_before_another_clause_still_parts(offline_extract):
    # no name set off: the death and the later strike stay as told before (no toll given to the strike)
    text = "أعلن مصدر عسكري مقتل القيادي الميداني، وقال إن طائرات التحالف شنت غارة على مديرية صرواح."
    assert all(a.killed != 1 for a in offline_extract(text).attacks)


def test_name_aside_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "NAME_ASIDE", False)
    assert [a.killed for a in offline_extract(NAMED).attacks] != [1]
