"""Session 19: where an attack happened (agent/offline/attacks_places.py). Sentences written for these tests."""

import pytest


@pytest.fixture
def places():
    from marsad.agent.offline import attacks_places
    old = attacks_places.BORDER_PHRASE
    yield attacks_places
    attacks_places.BORDER_PHRASE = old


_FENCE = "أفادت وزارة الصحة أن شابا فلسطينيا قتل السبت برصاص الجنود خلال احتجاج عند السياج الحدودي بين قطاع غزة والأراضي الإسرائيلية."
_SIDE = "قتل فلسطينيان وأصيب نحو مئة آخرين بنيران الجيش يوم الجمعة عند الحدود الشرقية لقطاع غزة خلال احتجاجات."


@pytest.mark.parametrize("text", [_FENCE, _SIDE])
def test_a_border_with_its_adjective_is_where_it_happened(offline_extract, places, text):
    # "السياج الحدودي بين قطاع غزة والأراضي الإسرائيلية"، "الحدود الشرقية لقطاع غزة": the border's side, the Gaza Strip
    attacks = offline_extract(text, title="مواجهات على الحدود").attacks
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "قطاع غزة"
    assert "location_from_article" not in attacks[0].flags  # read in its own sentence


@pytest.mark.parametrize("text", [_FENCE, _SIDE])
def test_the_switch_off_does_not_read_the_border(offline_extract, places, text):
    places.BORDER_PHRASE = False
    attacks = offline_extract(text, title="مواجهات على الحدود").attacks
    # the sentence's border goes unread: no place, or only the one the article names most
    assert attacks and (attacks[0].location is None or "location_from_article" in attacks[0].flags)


@pytest.fixture
def named():
    from marsad.agent.offline import named_places
    old = named_places.WORLD_NAMES
    yield named_places
    named_places.WORLD_NAMES = old


_FRONT = "وقتل 9 من عناصر الميليشيا بغارات لطيران التحالف، الخميس، في جبهة الساحل الغربي باليمن."


def test_a_front_named_by_a_two_word_gazetteer_name_keeps_both_words(offline_extract, named):
    # "جبهة الساحل الغربي": the west coast of Yemen, not the common noun "الساحل" cut before its side word
    attacks = offline_extract(_FRONT, title="غارات على الساحل").attacks
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "الساحل الغربي" and attacks[0].location.country == "YE"


def test_the_switch_off_cuts_the_front_to_one_word(offline_extract, named):
    named.WORLD_NAMES = False
    attacks = offline_extract(_FRONT, title="غارات على الساحل").attacks
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "الساحل"
