"""Offline actors, session 10 (issue 12.2/12.6): false actors on real news. Sentences written for the tests."""

from __future__ import annotations


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


# -- names running into the next word after a title ------------------------------------------------------------


def test_quantifier_after_a_title_is_no_name(offline_extract):
    r = offline_extract("ولم يعط الرئيس الفرنسي أي معلومات عن منفذي الهجوم في مدينة نيس.")
    assert not any(a.type == "official" for a in r.actors)


def test_quoted_words_after_a_group_are_no_name(offline_extract):
    r = offline_extract('وقال داود سليم المتحدث باسم الحركة "بعد الاتصالات القطرية مع حركتي الجهاد الإسلامي '
                        'وحماس تم التوافق على التهدئة".')
    assert "تم التوافق" not in _names(r)
    assert "داود سليم" in _names(r)


def test_masdar_after_a_place_is_no_name(offline_extract):
    r = offline_extract("ووصف كريم علي بلوش، وزير داخلية إقليم البنجاب وكبرى مدنه لاهور إطلاق النار بأنه عمل إرهابي.")
    assert not any("إطلاق" in a.name for a in r.actors)


def test_plural_object_after_a_name_is_no_family_name(offline_extract):
    r = offline_extract("وزار رئيس هيئة الأركان العامة في الجيش الليبي اللواء سالم مفتاح الوحدات المرابطة في سرت.")
    assert "سالم مفتاح" in _names(r)


def test_family_name_after_an_organisation_still_read(offline_extract):
    r = offline_extract("وقال رئيس لجنة الأمن في البرلمان العراقي أرشد الصالحي إن الوضع مستقر.")
    assert "أرشد الصالحي" in _names(r)


# -- Iraqi registry bodies named bare abroad ----------------------------------------------------------------------


def test_counter_terrorism_forces_abroad_are_not_iraqi(offline_extract):
    r = offline_extract("وتبنى تنظيم داعش الهجوم على مقر قوات مكافحة الإرهاب في عدن جنوب اليمن أمس الذي أسفر عن "
                        "مقتل جنديين.")
    (cts,) = [a for a in r.actors if "مكافحة" in a.name]
    assert cts.affiliation is None and cts.canonical_name == "قوات مكافحة الإرهاب"


def test_counter_terrorism_service_in_iraq_stays_iraqi(offline_extract):
    r = offline_extract("واقتحمت قوات مكافحة الإرهاب حي الشفاء في الموصل بعد معارك مع داعش.")
    (cts,) = [a for a in r.actors if "مكافحة" in a.name]
    assert cts.canonical_name == "جهاز مكافحة الإرهاب"


# -- a staff named only in its head's title -----------------------------------------------------------------------


def test_staff_only_in_a_title_is_no_actor(offline_extract):
    r = offline_extract("ووصل وزير الدفاع خالد المحمد ومعاون رئيس أركان الجيش أمس إلى قاعدة عين الأسد.")
    assert not any("أركان" in a.name for a in r.actors)
    r = offline_extract("وزار رئيس هيئة الأركان العامة في الجيش الليبي اللواء سالم مفتاح الوحدات المرابطة في سرت.")
    assert not any("الأركان" in a.name for a in r.actors)


def test_staff_acting_is_an_actor(offline_extract):
    r = offline_extract("وأعلنت هيئة الأركان العامة أن قواتها صدت هجوما على مواقعها في سرت.")
    assert "هيئة الأركان العامة" in _names(r)
