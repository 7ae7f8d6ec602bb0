"""Pass 45 (loc45): attack places read from how news names them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import mentions, named_places


def test_front_named_like_an_adjective_is_the_place(offline_place):
    # a front noun before a town of the country whose name ends like a nisba adjective: the town is the place
    loc = offline_place("هاجمت القوات الحكومية مواقع الحوثيين في جبهة قانية بمحافظة البيضاء اليمنية، "
                        "وقتلت سبعة منهم.")
    assert loc is not None and loc.name == "قانية" and loc.country == "YE"


def test_front_named_like_an_adjective_switch_off(offline_place, monkeypatch):
    monkeypatch.setattr(named_places, "KNOWN_NISBA", False)
    monkeypatch.setattr(mentions, "FRONT_IN_CUE", False)  # (pass 49: the front word cues the town too)
    loc = offline_place("هاجمت القوات الحكومية مواقع الحوثيين في جبهة قانية بمحافظة البيضاء اليمنية، "
                        "وقتلت سبعة منهم.")
    assert loc is not None and loc.name != "قانية"


@pytest.mark.parametrize("text, place", [
    ("قتل خمسة مدنيين في قصف على منطقة سكنية في مدينة تعز اليمنية.", "تعز"),
    ("قتل خمسة مدنيين في قصف للحوثيين على منطقة سكنية في اليمن.", "اليمن"),
])
def test_adjective_of_kind_is_no_place(offline_place, text, place):
    # "منطقة سكنية" (a residential area) says what kind of place it is: no town of that name
    assert offline_place(text).name == place


_LEAD_ONE = ("تتصاعد الاعتداءات التي يتعرض لها سكان محافظة ذمار وسط اليمن منذ أشهر.\n"
             "وأفادت مصادر محلية بأن مسلحا أطلق النار على تاجر وأرداه قتيلا مساء الجمعة أمام متجره.\n"
             "وينحدر المسلح من محافظة صعدة، ويعمل لدى جهة أمنية هناك منذ عامين.")


def test_lead_province_places_an_unplaced_incident(offline_place):
    # the lead names one province; the incident's sentence names none; where the shooter comes from is detail
    loc = offline_place(_LEAD_ONE)
    assert loc is not None and loc.canonical_name == "ذمار" and loc.admin_level == "governorate"


def test_lead_province_switch_off(offline_place, monkeypatch):
    from marsad.agent.offline import context_place

    monkeypatch.setattr(context_place, "LEAD_PROVINCE", False)
    assert offline_place(_LEAD_ONE).admin_level == "country"


def test_lead_with_two_provinces_keeps_the_country(offline_place):
    text = _LEAD_ONE.replace("محافظة ذمار وسط اليمن", "محافظة ذمار ومحافظة تعز في اليمن")
    assert offline_place(text).admin_level == "country"


def test_history_told_as_context_keeps_the_country(offline_place):
    # a killing years before the news is not in the province the lead tells the news of
    text = ("تتصاعد الاعتداءات التي يتعرض لها سكان محافظة ذمار وسط اليمن منذ أشهر.\n"
            "ويقول أقارب الضحايا إن السلطات لم تحقق في أي من هذه الاعتداءات حتى الآن.\n"
            "وكان والد أحد الضحايا قد قتل برصاص مسلحين مجهولين في مارس 2011 أثناء عودته من عمله.")
    assert offline_place(text).admin_level == "country"


def test_outskirts_word_cues_a_bare_city(offline_place):
    # "على مشارف X" (on the outskirts of X) tells where, like "أطراف": a big city named bare after it is the place
    loc = offline_place("انفجرت عبوة ناسفة في سوق شعبي على مشارف كوالالمبور، فأصيب خمسة من الباعة.")
    assert loc is not None and loc.name == "كوالالمبور" and loc.country == "MY"


def test_outskirts_word_before_no_place_names_none(offline_place):
    # "على مشارف عامها الجديد" (on the threshold of its new year): no place follows
    assert offline_place("قتل جنديان في هجوم شنه مسلحون على حاجز أمني والبلاد على مشارف عامها الجديد.") is None
