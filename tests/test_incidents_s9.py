"""One record per incident, ninth pass: talk about an attack that tells no incident of its own.

Sentences written for these tests, none from the corpus.
"""

from __future__ import annotations


def _places(extract, text):
    return [a.location.name if a.location else None for a in extract(text, published="2018-05-30").attacks]


def test_a_condemnation_told_apart_is_no_incident_at_the_condemning_country(offline_extract):
    text = ("أطلقت فصائل فلسطينية صواريخ من قطاع غزة باتجاه إسرائيل أمس. "
            "كما دانت كل من بريطانيا وفرنسا إطلاق الصواريخ.")
    places = _places(offline_extract, text)
    assert len(places) == 1
    assert "بريطانيا" not in places


def test_a_rejection_of_shelling_told_with_no_facts_of_its_own_is_no_incident(offline_extract):
    text = "وقال المتحدث باسم الحكومة إن الحكومة أعلنت رفضها تعرض قرى الإقليم لقصف الطائرات التركية، لكنها مستعدة للحوار."
    assert offline_extract(text, published="2015-08-04").attacks == []


def test_a_condemnation_that_tells_the_attack_with_its_place_names_the_incident(offline_extract):
    text = "ندد وزير الخارجية السعودي بالهجوم الإرهابي الذي استهدف مسجدا في بلدة القديح بمحافظة القطيف أمس."
    assert len(offline_extract(text, published="2015-05-23").attacks) == 1


def test_a_condemnation_with_a_toll_names_the_incident(offline_extract):
    text = "ندد الرئيس التركي بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا في مدينة سوروتش."
    (attack,) = offline_extract(text, published="2015-07-21").attacks
    assert attack.killed == 30
