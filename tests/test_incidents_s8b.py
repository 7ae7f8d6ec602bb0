"""One record per incident, seventh pass (lead): sentences written for these tests, none from the corpus.

Armed groups fly no aircraft: a bombing a group claimed at the place an air force's strikes hit is another
incident, not more of the strikes. "تفجير سيارة" (setting off a car) is a car bomb.
"""

from __future__ import annotations


def _rows(extract, text):
    return [(a.attack_type, a.perpetrator, a.killed) for a in extract(text, published="2015-09-03").attacks]


def test_a_bombing_claimed_by_a_group_is_not_the_air_strikes_told_at_the_same_place(offline_extract):
    text = ("شنت طائرات التحالف غارات على معسكرات الحوثيين جنوب صنعاء أمس. وأعلن فرع تنظيم داعش في اليمن "
            "مسؤوليته عن تفجير استهدف مسجدا جنوب صنعاء وأسفر عن مقتل 5 أشخاص.")
    rows = _rows(offline_extract, text)
    assert len(rows) == 2
    assert ("airstrike", "التحالف العربي", None) in rows
    assert any(p is not None and "داعش" in p and k == 5 for _t, p, k in rows)


def test_the_strikes_told_again_with_their_toll_stay_one_incident(offline_extract):
    text = ("شنت طائرات التحالف غارات على معسكرات الحوثيين جنوب صنعاء أمس أسفرت عن مقتل 12 مسلحا. "
            "وقالت مصادر إن الغارات على جنوب صنعاء أسفرت عن مقتل 12 مسلحا.")
    assert len(_rows(offline_extract, text)) == 1


def test_a_battle_keeps_both_sides_in_one_incident(offline_extract):
    text = ("واندلعت اشتباكات عنيفة بين الجيش السوري ومسلحي تنظيم داعش في مدينة دير الزور أمس. "
            "وشن التنظيم هجوما على مواقع الجيش في المدينة.")
    assert len(_rows(offline_extract, text)) == 1


def test_setting_off_a_car_is_a_car_bomb(offline_extract):
    assert _rows(offline_extract, "وقتل 3 أشخاص في تفجير سيارة أمام مبنى البلدية في كركوك.") == [("car_bomb", None, 3)]


def test_a_raid_is_an_air_strike(offline_extract):
    rows = _rows(offline_extract, "قتل 5 مدنيين في غارة لطيران التحالف قرب مدينة الموصل.")
    assert [(t, k) for t, _p, k in rows] == [("airstrike", 5)]


def test_a_group_that_met_its_death_is_no_doer(offline_extract):
    rows = _rows(offline_extract, "لقي عدد من عناصر ميليشيا الحوثي مصرعهم في كمين بمدينة البيضاء.")
    assert [p for _t, p, _k in rows] == [None]


def test_the_doer_after_the_dead_is_still_the_doer(offline_extract):
    rows = _rows(offline_extract, "لقي جنديان مصرعهما بنيران مسلحي داعش في كمين قرب الموصل.")
    assert [(p, k) for _t, p, k in rows] == [("داعش", 2)]


def test_farah_is_the_afghan_province_not_an_indian_town(offline_extract):
    text = "وشنت حركة طالبان هجوما واسعا على مدينة فراه عاصمة ولاية فاراه غرب أفغانستان أمس."
    [attack] = offline_extract(text, published="2018-05-16").attacks
    assert attack.location is not None and attack.location.country == "AF"
