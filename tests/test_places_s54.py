"""Pass 54: places on unseen real news. Every text here is written for these tests.

``gazetteer.json`` ``places`` ``SA``: the Jazan and Najran regions and the governorates and towns of the Saudi south
(Jazan, Najran, Asir) that GeoNames' city list lacks or lists with no Arabic name ("محافظة الطوال"، "محافظة الحرث"،
"شرورة"، "ظهران الجنوب"، "صامطة"). Before, a shell that fell there was placed at the region's seat city named
elsewhere in the article (Jazan), in Yemen, or nowhere. A name that is also an ordinary word ("الطوال" long,
"الحرث" tillage) is listed only with its unit word.
"""

from __future__ import annotations


def _places(offline_extract, text):
    return [(a.location.name_en, a.location.governorate, a.location.admin_level, a.location.country)
            if a.location else None for a in offline_extract(text).attacks]


_TUWAL = "جازان: سقطت قذائف بمحافظة الطوال أمس تسببت في احتراق مركبتين دون إصابات."
_SHARURAH = "أصيب جندي بمقذوف سقط في شرورة أمس."
_DHAHRAN = "قتل مسلح ثلاثة أشخاص في ظهران الجنوب أمس."
_SAMTAH = "استشهد جندي في مواجهة مع الحوثيين على الحدود في صامطة."
_VILLAGE = "سقطت قذيفة في أرض خالية بقرية الحصن بمحافظة الحرّث وأصيب مواطن بجروح طفيفة."
_REGION = "استشهد جنديان في مواجهة مع الحوثيين على الحدود بمنطقة نجران أمس."
_LONG_HOURS = "استمرت المعارك في الساعات الطوال الماضية وقتل خمسة مسلحين في صعدة."


def test_saudi_border_governorates(offline_extract):
    assert _places(offline_extract, _TUWAL) == [("At Tuwal", "Jazan", "district", "SA")]  # not the dateline Jazan
    assert _places(offline_extract, _SHARURAH) == [("Sharurah", "Najran", "city", "SA")]
    assert _places(offline_extract, _DHAHRAN) == [("Dhahran al Janub", "Asir", "city", "SA")]
    assert _places(offline_extract, _SAMTAH) == [("Samtah", "Jazan", "city", "SA")]


def test_village_of_a_saudi_governorate_keeps_the_country(offline_extract):
    (place,) = _places(offline_extract, _VILLAGE)
    assert place is not None and place[3] == "SA"  # not Al Hisn, Jordan


def test_saudi_region(offline_extract):
    assert _places(offline_extract, _REGION) == [("Najran Region", "Najran", "governorate", "SA")]


def test_ordinary_word_is_no_governorate(offline_extract):
    assert _places(offline_extract, _LONG_HOURS) == [("Saada", "Saada", "city", "YE")]


# ``gazetteer.json`` ``aliases`` "سالزبيري"، "سالزبوري" (Salisbury as news spells it) and ``places`` ``GB`` Amesbury
_SALISBURY = "أصيب ثلاثة أشخاص في هجوم بغاز الأعصاب في سالزبيري."
_SALISBURY_GB = "قتلت امرأة في هجوم بغاز الأعصاب في مدينة سالزبوري البريطانية أمس."
_AMESBURY = "قتلت امرأة في هجوم بغاز الأعصاب في امزبيري أمس."


def test_salisbury_spellings(offline_extract):
    assert _places(offline_extract, _SALISBURY) == [("Salisbury", None, "city", "GB")]
    assert _places(offline_extract, _SALISBURY_GB) == [("Salisbury", None, "city", "GB")]  # not an American one
    assert _places(offline_extract, _AMESBURY) == [("Amesbury", None, "city", "GB")]
