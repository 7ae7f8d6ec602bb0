"""Pass 55 (agree55): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import actors_home, agreements_parties

# FOREIGN_GENERIC: a generic name of the Syrian opposition, told of another country, loses the Syrian identity ----------

_VENEZUELA = "وقالت الحكومة الفنزويلية إن قوات المعارضة هاجمت ثكنة عسكرية في كراكاس."
_SOUTH_SUDAN = "وقعت حكومة جنوب السودان والمعارضة المسلحة اتفاقا لوقف إطلاق النار في الخرطوم يوم الأربعاء."
_SYRIA = "وقصفت قوات المعارضة مواقع للجيش السوري في ريف حلب الشمالي."
_NAMED = "وقالت الحكومة الفنزويلية إن فصائل المعارضة السورية لا علاقة لها بما يجري في كراكاس."


def _opposition(offline_extract, text: str) -> list[tuple[str, str]]:
    return [(a.name, a.canonical_name) for a in offline_extract(text, published="2018-06-22").actors
            if "المعارض" in a.name]


def test_a_generic_opposition_abroad_is_not_the_syrian_one(offline_extract):
    assert _opposition(offline_extract, _VENEZUELA) == [("قوات المعارضة", "قوات المعارضة")]


def test_a_generic_opposition_abroad_is_the_home_countrys_group(offline_extract):
    assert _opposition(offline_extract, _SOUTH_SUDAN) == [
        ("المعارضة المسلحة", "الحركة الشعبية لتحرير السودان في المعارضة")]


def test_in_news_of_syria_it_stays_the_syrian_opposition(offline_extract):
    assert _opposition(offline_extract, _SYRIA) == [("قوات المعارضة", "المعارضة السورية")]


def test_a_name_that_says_syrian_keeps_it(offline_extract):
    assert [c for _, c in _opposition(offline_extract, _NAMED)] == ["المعارضة السورية"]


def test_switched_off_the_generic_opposition_is_syrian_anywhere(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_home, "FOREIGN_GENERIC", False)
    assert _opposition(offline_extract, _VENEZUELA) == [("قوات المعارضة", "المعارضة السورية")]


# GENERIC_ABROAD: the same as an agreement's party --------------------------------------------------------------------

def _parties(offline_extract, text: str) -> list[list[str]]:
    return [a.parties for a in offline_extract(text, published="2018-06-22").agreements]


def test_a_generic_opposition_abroad_is_no_syrian_party(offline_extract):
    assert _parties(offline_extract, _SOUTH_SUDAN) == [["جنوب السودان", "المعارضة المسلحة"]]


def test_in_news_of_syria_the_party_stays_the_syrian_opposition(offline_extract):
    text = "وأعلن الجيش السوري وقوات المعارضة هدنة في ريف حلب لمدة يومين."
    assert ["المعارضة السورية" in p for p in _parties(offline_extract, text)] == [True]


def test_switched_off_the_party_is_the_syrian_opposition(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "GENERIC_ABROAD", False)
    assert _parties(offline_extract, _SOUTH_SUDAN) == [["جنوب السودان", "المعارضة السورية"]]
