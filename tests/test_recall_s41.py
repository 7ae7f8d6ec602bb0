"""Pass 41 (attack recall): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import frames

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
