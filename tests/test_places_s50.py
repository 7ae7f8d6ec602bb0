"""Pass 50: the place rules' known faults (pass 49's review). Every text here is written for these tests.

* ``mentions.FRONT_HOME``: a world name cued by a front word alone is a place of the article's country (or of one its
  sentence names), and a bare name that is another country's province named with its unit word is left to the
  registry ("بجبهة الجوف" in news of Yemen is not Libya's town of that name).
* ``named_places.VALLEY_REGIONS`` / ``VALLEY_KNOWN`` / ``VALLEY_VERB``, ``attacks_events.VALLEY_AREA``: a region valley
  is no place, a valley named after a known district is that district, "وأدى" is no valley, an unknown valley lies
  within the article's province.
* ``named_places.CONJUNCT_COMMON``, ``attacks_events.CONJUNCT_TOLL``: a head joined to a list with a common word after
  it is no place; with a toll told, a joined head makes no record of its own.
* ``mentions.VALLEY_WHOLE``: "وادي" is never "و" and a world name.
* ``context.LANDFORM_HOME``: a town right after a landform noun is read only in the article's country.
"""

from __future__ import annotations

from marsad.agent.offline import mentions


def _locations(offline_extract, text):
    return [a.location for a in offline_extract(text).attacks if a.location is not None]


_JAWF = "قتل ثلاثة جنود في هجوم للحوثيين بجبهة الجوف شرقي اليمن."
_ALAM_YEMEN = ("قتل أربعة مسلحين في هجوم على مواقع القوات الحكومية في جبهة العلم مساء أمس.\n"
               "وتشهد محافظة عدن جنوب اليمن مواجهات متقطعة منذ أسابيع.")
_ALAM_IRAQ = ("قتل أربعة مسلحين في هجوم على مواقع القوات الحكومية في جبهة العلم مساء أمس.\n"
              "وتشهد محافظة صلاح الدين شمال بغداد مواجهات متقطعة منذ أسابيع.")


def test_front_province_is_left_to_the_registry(offline_extract):
    (loc,) = _locations(offline_extract, _JAWF)
    assert loc.country == "YE" and loc.governorate == "Al Jawf" and loc.lat is not None


def test_front_province_bare_sentence_is_not_libya(offline_extract):
    locs = _locations(offline_extract, "قتل جنديان في مواجهات مع الحوثيين بجبهة الجوف.")
    assert all(loc.country != "LY" for loc in locs)


def test_front_namesake_of_another_country_is_dropped(offline_extract):
    (loc,) = _locations(offline_extract, _ALAM_YEMEN)
    assert loc.name == "العلم" and loc.country == "YE"


def test_front_namesake_of_the_articles_country_is_kept(offline_extract):
    (loc,) = _locations(offline_extract, _ALAM_IRAQ)
    assert loc.country == "IQ" and loc.governorate == "Salahuddin"


def test_front_home_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(mentions, "FRONT_HOME", False)
    (loc,) = _locations(offline_extract, _JAWF)
    assert loc.governorate != "Al Jawf"
    assert all(loc.name != "العلم" or loc.country != "YE" for loc in _locations(offline_extract, _ALAM_YEMEN))


# -- valleys (named_places.VALLEY_REGIONS, VALLEY_KNOWN; attacks_events.VALLEY_AREA) --

_NILE = "قتل ثلاثة جنود في هجوم مسلح على كمين في وادي النيل."
_HAYRAN = ("أحرز الجيش اليمني تقدما في مديرية حيران بمحافظة حجة.\n"
           "ونفذت القوات هجوما على مواقع الحوثيين في أطراف وادي حيران، وقتلت خمسة منهم.")
_SAADA = ("أعلن الجيش اليمني تقدمه في محافظة صعدة.\n"
          "وقتل خمسة من الحوثيين في غارة لطيران التحالف على مستودع ذخيرة في وادي العطفين الواقع قرب بئر السلامي.")
_RAML = ("تجددت المواجهات فجر الثلاثاء بين قوات الجيش اليمني والميليشيات شمال محافظة الجوف، وقتل فيها 12 حوثيا.\n"
         "وفي أثناء المعارك قصفت مقاتلات التحالف آليات تابعة للحوثيين قرب وادي الرمل.")


def test_valley_region_is_no_place(offline_extract):
    assert all("النيل" not in loc.name for loc in _locations(offline_extract, _NILE))


def test_valley_region_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import named_places
    monkeypatch.setattr(named_places, "VALLEY_REGIONS", False)
    assert any("النيل" in loc.name for loc in _locations(offline_extract, _NILE))


def test_valley_named_after_a_known_district_is_that_district(offline_extract):
    (loc,) = _locations(offline_extract, _HAYRAN)
    # (pass 51, VALLEY_NAMED: under the valley's own name, within the district at district precision)
    assert loc.geo_precision == "district" and loc.governorate == "Hajjah" and loc.lat is not None


def test_valley_known_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import named_places
    monkeypatch.setattr(named_places, "VALLEY_KNOWN", False)
    (loc,) = _locations(offline_extract, _HAYRAN)
    assert loc.name == "وادي حيران" and loc.geo_precision != "exact"  # (the province's area at most)


def test_unknown_valley_keeps_the_articles_province(offline_extract):
    (loc,) = _locations(offline_extract, _SAADA)
    assert loc.name == "وادي العطفين" and loc.governorate == "Saada" and loc.lat is not None


def test_unknown_valley_near_the_fighting_keeps_its_province(offline_extract):
    strike = next(a for a in offline_extract(_RAML).attacks if a.attack_type == "airstrike")
    assert strike.location is not None and strike.location.governorate == "Al Jawf"


def test_valley_area_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_events
    monkeypatch.setattr(attacks_events, "VALLEY_AREA", False)
    (loc,) = _locations(offline_extract, _SAADA)
    assert loc.governorate is None


# -- heads joined to a list (named_places.CONJUNCT_COMMON; attacks_events.CONJUNCT_TOLL) --

_COMMON_HEADS = "قصفت مدفعية الجيش مواقع الحوثيين في منطقة الحبيل وطريق الإمداد وبيت المحافظ."
_BATTLEFIELD = "قصفت مدفعية الجيش مواقع الحوثيين في جبل هيلان وساحة المعركة."
_NAMED_HEADS = "قصفت مدفعية الجيش مواقع الحوثيين في منطقة الحبيل وسوق الهيجة ومدرسة الفتح وتبة الشهداء."
_TOLL = "قتل ثلاثة جنود في هجوم على نقطة في منطقة الحبيل وسوق الهيجة."


def test_common_noun_phrase_is_no_place_of_the_list(offline_extract):
    assert [loc.name for loc in _locations(offline_extract, _COMMON_HEADS)] == ["الحبيل"]
    assert [loc.name for loc in _locations(offline_extract, _BATTLEFIELD)] == ["جبل هيلان"]


def test_named_heads_stay_places_of_the_list(offline_extract):
    assert [loc.name for loc in _locations(offline_extract, _NAMED_HEADS)] == [
        "الحبيل", "سوق الهيجة", "مدرسة الفتح", "تبة الشهداء"]


def test_conjunct_common_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import named_places
    monkeypatch.setattr(named_places, "CONJUNCT_COMMON", False)
    assert len(_locations(offline_extract, _COMMON_HEADS)) == 3


def test_toll_of_a_joined_head_keeps_one_record(offline_extract):
    (attack,) = offline_extract(_TOLL).attacks
    assert attack.killed == 3 and attack.location.name == "الحبيل"


def test_conjunct_toll_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_events
    monkeypatch.setattr(attacks_events, "CONJUNCT_TOLL", False)
    assert len(offline_extract(_TOLL).attacks) == 2


def test_verb_after_and_is_no_valley(offline_extract):
    # "وأدى" (and it led to) normalises like the valley "وادي" (named_places.VALLEY_VERB)
    (attack,) = offline_extract("شن مسلحون هجوما بالأسلحة الخفيفة على نقطة للجيش وأدى لمقتل جنديين.").attacks
    assert attack.location is None and attack.killed == 2


def test_valley_verb_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import named_places
    monkeypatch.setattr(named_places, "VALLEY_VERB", False)
    (attack,) = offline_extract("شن مسلحون هجوما بالأسلحة الخفيفة على نقطة للجيش وأدى لمقتل جنديين.").attacks
    assert attack.location is not None


# -- the valley noun is a word of its own (mentions.VALLEY_WHOLE) --

_AYAN = "قتل جنديان في هجوم على نقطة أمنية في منطقة وادي عيان."


def _surfaces(text):
    from marsad.agent.offline.text import split_document
    from marsad.core.gazetteer import get_world_gazetteer

    gazetteer = mentions.Gazetteer(world=get_world_gazetteer())  # (a fresh one: a gazetteer remembers word readings)
    return [m.surface for s in split_document(text) for m in gazetteer.find(s)]


def test_valley_noun_is_no_clitic_and_world_name(offline_extract):
    (loc,) = _locations(offline_extract, _AYAN)
    assert loc.name == "وادي عيان" and loc.country != "ER"
    assert "ادي" not in _surfaces(_AYAN)
    assert "وادي موسى" in _surfaces("قتل سائح في هجوم على حافلة قرب وادي موسى جنوب الأردن.")


def test_valley_whole_switch_off(monkeypatch):
    monkeypatch.setattr(mentions, "VALLEY_WHOLE", False)
    assert "ادي" in _surfaces(_AYAN)


# -- a town after a landform noun is a place of the article's country (context.LANDFORM_HOME) --

_HILL = ("أعلن الجيش اليمني تقدمه في محافظة الجوف.\n"
         "واستعادت قوات الجيش منطقة الحبيل وجبل القاهرة بعد معارك عنيفة مع الحوثيين.")


def test_mountain_named_like_a_foreign_city_is_the_mountain(offline_extract):
    locs = _locations(offline_extract, _HILL)
    assert "جبل القاهرة" in [loc.name for loc in locs] and all(loc.country == "YE" for loc in locs)


def test_city_after_a_landform_in_its_own_country_is_kept(offline_extract):
    (loc,) = _locations(offline_extract, "قتل سائح في هجوم قرب جبل القاهرة في مصر.")
    assert loc.country == "EG"


def test_landform_home_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import context
    monkeypatch.setattr(context, "LANDFORM_HOME", False)
    assert any(loc.country == "EG" for loc in _locations(offline_extract, _HILL))
