"""Pass 50 review fixes (fixrev50) of the place rules. Every text here is written for these tests.

* ``named_places.CONJUNCT_COMMON``: only a noun of a use or an office (``conjunct_use_nouns``) after a joined head
  makes a common noun phrase; a famous place named with a common word stays a place of the list.
* ``valley_unit_words`` holds "محافظة"; ``attacks_events.VALLEY_FOREIGN``: a valley named after a known place is not
  put into the article's province.
* ``context.NISBA_HOME``, ``attacks_events.NISBA_AREA``: a sentence's nationality adjective is a country of it.
* ``landform_heads`` has no "شعب" (a people).
"""

from __future__ import annotations

from marsad.agent.offline import named_places


def _places(offline_extract, text):
    return [(a.location.name, a.location.country, a.location.governorate)
            for a in offline_extract(text).attacks if a.location is not None]


# -- CONJUNCT_COMMON: famous places named with common words --

_AIRPORT_ROAD = "قصفت مدفعية الجيش مواقع المتمردين في منطقة الزهراء وطريق المطار."
_BRIDGE = "سقطت قذيفتا هاون على حي المنصور وجسر الجمهورية في بغداد."


def test_common_word_named_place_stays_a_place_of_the_list(offline_extract):
    assert [p[0] for p in _places(offline_extract, _AIRPORT_ROAD)] == ["الزهراء", "طريق المطار"]
    assert "جسر الجمهورية" in [p[0] for p in _places(offline_extract, _BRIDGE)]


def test_use_noun_after_a_joined_head_is_no_place(offline_extract):
    text = "قصفت مدفعية الجيش مواقع المتمردين في منطقة الزهراء وطريق الإمداد وسوق السلاح."
    assert [p[0] for p in _places(offline_extract, text)] == ["الزهراء"]


def test_use_nouns_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "_USE_NOUNS", frozenset())
    text = "قصفت مدفعية الجيش مواقع المتمردين في منطقة الزهراء وطريق الإمداد."
    assert len(_places(offline_extract, text)) == 2


# -- "شعب" is a people, not a landform --

def test_people_of_a_city_is_that_city(offline_extract):
    text = "وقال وزير الخارجية السعودي في الرياض إن شعب حلب عانى من القصف."
    assert [p[0] for p in _places(offline_extract, text)] == ["حلب"]
