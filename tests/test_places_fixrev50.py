"""Pass 50 review fixes (fixrev50) of the place rules. Every text here is written for these tests.

* ``named_places.CONJUNCT_COMMON``: only a noun of a use or an office (``conjunct_use_nouns``) after a joined head
  makes a common noun phrase; a famous place named with a common word stays a place of the list.
* ``valley_unit_words`` holds "محافظة"; ``attacks_events.VALLEY_FOREIGN``: a valley named after a known place is not
  put into the article's province.
* ``context.NISBA_HOME``, ``attacks_events.NISBA_AREA``: a sentence's nationality adjective is a country of it.
* ``landform_heads`` has no "شعب" (a people).
"""

from __future__ import annotations

from marsad.agent.offline import attacks_events, context, named_places


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


# -- valleys named after a province of another area --

_JAWF_VALLEY = "أعلن الجيش اليمني تقدمه في محافظة صعدة.\nوقتل خمسة من الحوثيين في غارة على وادي الجوف."
_ALEPPO_VALLEY = "أعلن الجيش اليمني تقدمه في محافظة صعدة.\nوقتل خمسة من الحوثيين في غارة على وادي حلب."


def test_valley_named_after_a_province_is_that_province(offline_extract):
    # (pass 51, VALLEY_NAMED: the valley keeps its own name, within the province)
    assert _places(offline_extract, _JAWF_VALLEY) == [("وادي الجوف", "YE", "Al Jawf")]


def test_valley_named_after_a_province_without_the_unit_word(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "_VALLEY_UNITS", tuple(u for u in named_places._VALLEY_UNITS if u != "محافظه"))
    assert all(p[2] != "Saada" for p in _places(offline_extract, _JAWF_VALLEY))


def test_valley_named_after_a_foreign_place_keeps_no_province(offline_extract):
    assert all(p[2] != "Saada" for p in _places(offline_extract, _ALEPPO_VALLEY))


def test_valley_foreign_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "VALLEY_FOREIGN", False)
    assert any(p[2] == "Saada" for p in _places(offline_extract, _ALEPPO_VALLEY))


# -- nationality adjectives --

_QUSAIR = "أعلن الجيش اليمني تقدمه في محافظة تعز.\nوقتل عشرة من مقاتلي حزب الله السوريين في جبهة القصير أمس."
_SYRIAN_VALLEY = "أعلن الجيش اليمني تقدمه في محافظة صعدة.\nوقصفت الطائرات مواقع المسلحين السوريين في وادي الضيف."


def test_front_told_with_another_nationality_is_not_the_articles(offline_extract):
    assert all(p[1] != "YE" for p in _places(offline_extract, _QUSAIR))


def test_nisba_home_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(context, "NISBA_HOME", False)
    assert any(p[1] == "YE" for p in _places(offline_extract, _QUSAIR))


def test_valley_told_with_another_nationality_keeps_no_province(offline_extract):
    assert all(p[2] != "Saada" for p in _places(offline_extract, _SYRIAN_VALLEY))


def test_nisba_area_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "NISBA_AREA", False)
    assert any(p[2] == "Saada" for p in _places(offline_extract, _SYRIAN_VALLEY))


def test_sentence_nisbas_reads_plurals():
    from marsad.agent.offline.text import split_document
    (s,) = split_document("وصل الخبراء السوريون والجنود اليمنيين مع الوفد الروسي.")
    assert context.sentence_nisbas(s) == {"SY", "YE", "RU"}
    assert context.sentence_nisbas(s, people=True) == {"SY", "YE"}


def test_a_states_arms_abroad_keep_the_articles_province(offline_extract):
    text = "أعلن الجيش اليمني تقدمه في محافظة صعدة.\nوقصف الطيران الأمريكي مواقع المسلحين في وادي الضيف."
    assert any(p[2] == "Saada" for p in _places(offline_extract, text))


# -- "شعب" is a people, not a landform --

def test_people_of_a_city_is_that_city(offline_extract):
    text = "وقال وزير الخارجية السعودي في الرياض إن شعب حلب عانى من القصف."
    assert [p[0] for p in _places(offline_extract, text)] == ["حلب"]


def test_landform_heads_are_name_heads_or_their_plurals():
    from marsad.agent.offline import rules
    landforms = rules.words("locations", "landform_heads")
    plurals = {"جبال", "تباب", "تلال"}
    assert landforms - plurals <= rules.words("locations", "name_heads")
    assert "شعب" not in landforms
