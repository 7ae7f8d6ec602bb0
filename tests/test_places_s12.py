"""Session 12: where an attack happened (offline extractor, agent/offline/locations.py). Sentences written for
these tests."""


def test_a_road_named_after_a_foreign_province_is_no_place_abroad(offline_extract):
    # "طريق صلاح الدين" in Gaza is named after the man, not the Iraqi province
    text = ("شنت طائرات إسرائيلية فجر الثلاثاء غارتين على موقعين تابعين لحماس وسط قطاع غزة دون إصابات. "
            "وقال مصدر أمني إن الطائرات استهدفت بصاروخين موقعا للشرطة يقع على طريق صلاح الدين الرئيس شمال "
            "القطاع، مما ألحق أضرارا بالموقع.")
    result = offline_extract(text, title="غارات إسرائيلية على قطاع غزة")
    assert result.attacks
    assert all(a.location is None or a.location.country == "PS" for a in result.attacks)
    assert not any(a.location and a.location.governorate == "Salahuddin" for a in result.attacks)


def test_a_road_to_a_town_of_the_articles_own_country_keeps_the_town(offline_extract):
    text = ("قتل ثلاثة جنود عراقيين الأحد بانفجار عبوة ناسفة استهدفت دوريتهم على طريق كركوك، "
            "بحسب مصدر في الشرطة العراقية.")
    (attack,) = offline_extract(text, title="مقتل جنود بانفجار في العراق").attacks
    assert attack.location is not None and attack.location.country == "IQ"
    assert attack.location.name_en == "Kirkuk"


def test_a_region_written_after_a_province_word_is_the_province(offline_extract):
    text = ("قتل ستة جنود أفغان، الخميس، في هجوم شنه مسلحو طالبان على حاجز أمني في إقليم هلمند جنوب البلاد، "
            "بحسب متحدث محلي.")
    (attack,) = offline_extract(text, title="أفغانستان: مقتل جنود بهجوم لطالبان").attacks
    assert attack.location is not None and attack.location.canonical_name == "هلمند"
    assert attack.location.admin_level == "governorate" and attack.location.country == "AF"


def test_a_province_holding_the_town_before_it_adds_no_second_attack(offline_extract):
    text = ("استهدف تفجير انتحاري موكبا أمنيا صباح الأحد في لشكر كاه في ولاية هلمند، وأوقع عددا كبيرا "
            "من القتلى والجرحى بحسب السلطات.")
    (attack,) = offline_extract(text, title="تفجير في أفغانستان").attacks
    assert attack.location is not None and attack.location.name_en == "Lashkar Gah"


def test_ibb_is_found_by_its_written_spelling_after_a_cue(offline_extract):
    text = ("وفي إب، ومع تصاعد المواجهات بين الطرفين، قتل قيادي حوثي بارز في كمين نصبه مسلحو المقاومة "
            "الشعبية عند مدخل المدينة مساء الثلاثاء.")
    (attack,) = offline_extract(text, title="مقتل قيادي حوثي في كمين").attacks
    assert attack.location is not None and attack.location.name == "إب" and attack.location.country == "YE"


def test_the_word_father_is_no_yemeni_town(offline_extract):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    for text in ("قتل أب أبناءه الثلاثة في منزلهم.", "وصلت المساعدات إلى صنعاء وإب والحديدة."):
        ctx = build_context(Document(doc_id="t", text=text, published="2019-03-10"), get_gazetteer())
        assert not any(m.surface == "إب" for ms in ctx.mentions for m in ms)


def test_people_fleeing_are_not_the_chinese_city_harbin(offline_extract):
    text = "قتل طفل وأصيبت أمه في قصف مدفعي استهدف حيا سكنيا، وظهرت الأم في صورة وهي تبكي بين هاربين كثر."
    result = offline_extract(text, title="مقتل طفل بقصف مدفعي")
    assert result.attacks
    assert not any(a.location and a.location.country == "CN" for a in result.attacks)
