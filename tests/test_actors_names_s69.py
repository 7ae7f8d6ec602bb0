"""Persons, pass 69: the words of an airport's or a feast's name are no person, "الملقب" ends a name, "خلال"
ends a role read back from a name, and a name is written without quotation marks or a preposition glued to its
title. Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations


def _persons(recs):
    return [a for a in recs.actors if a.type in {"official", "other"}]


def _names(recs):
    return [a.name for a in _persons(recs)]


def test_airport_adjective_is_no_name(offline_extract):
    recs = offline_extract("وأوضح مدير عام مطار الملك خالد الدولي أن الرحلات المؤجلة ستقلع تباعا بعد الظهر.")
    assert not any("الدولي" in n for n in _names(recs))


def test_feast_is_no_name_and_time_ends_the_role(offline_extract):
    recs = offline_extract("وزار محافظ الرس خلال إجازة عيد الفطر دور الأيتام ووزع الهدايا على الأطفال.")
    assert not any("الفطر" in n for n in _names(recs))
    recs = offline_extract("وهنأ وزير الداخلية بمناسبة عيد الأضحى المبارك منسوبي القطاعات الأمنية.")
    assert not any("الأضحى" in n for n in _names(recs))


def test_nickname_word_ends_a_name(offline_extract):
    recs = offline_extract("وافتتح البطولة الأمير سلطان بن فهد بن عبدالعزيز الملقب بفارس البادية في الملعب الجديد.")
    names = _names(recs)
    assert not any("الملقب" in n for n in names)
    assert any(n.endswith("سلطان بن فهد بن عبدالعزيز") for n in names)


def test_quotation_mark_inside_a_name_is_dropped(offline_extract):
    recs = offline_extract('وقال الرئيس الصيني شي" جينبينغ إن بلاده ترفض الرسوم الجمركية الجديدة.')
    assert "شي جينبينغ" in _names(recs)


def test_preposition_glued_to_a_title_is_dropped(offline_extract):
    recs = offline_extract("وبعث الوزير برقية للأمير محمد بن سلمان يهنئه فيها بنجاح موسم الحج.")
    names = _names(recs)
    assert "الأمير محمد بن سلمان" in names
    assert not any(n.startswith("للأمير") for n in names)


def test_title_before_a_glued_preposition_is_not_his(offline_extract):
    recs = offline_extract("وسلم المحافظ درعا تذكارية للأمير محمد بن سلمان خلال زيارته للمعرض أمس.")
    person = next((a for a in _persons(recs) if a.name.endswith("محمد بن سلمان")), None)
    assert person is not None
    assert not (person.role or "").startswith("المحافظ")


def test_title_before_the_kings_epithet_is_not_his(offline_extract):
    recs = offline_extract(
        "وفي ختام المباحثات قلد رئيس جمهورية مالي خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وسام الاستقلال.")
    king = next((a for a in _persons(recs) if a.name.startswith("خادم الحرمين")), None)
    assert king is not None
    assert "مالي" not in (king.role or "")
    recs = offline_extract("ورفع رئيس بلدية القرية أسمى آيات التهاني لمقام خادم الحرمين الشريفين بمناسبة العيد.")
    king = next((a for a in _persons(recs) if a.name.startswith("خادم الحرمين")), None)
    assert king is None or "بلدية" not in (king.role or "")


def test_role_read_back_ends_at_a_preposition(offline_extract):
    recs = offline_extract(
        "وقال مدير المكتب الإعلامي في بيان عقب لقاء جمع بين رئيس البرلمان الأوغندي صموئيل كاتو ووفد الاتحاد إن "
        "الجانبين بحثا الأزمة.")
    person = next((a for a in _persons(recs) if a.name == "صموئيل كاتو"), None)
    assert person is not None
    assert person.role == "رئيس البرلمان الأوغندي"


def test_role_read_back_ends_at_a_noun_of_speech(offline_extract):
    recs = offline_extract(
        "ونقلت نائبة وزير الخارجية تصريحات نائب رئيس البرلمان الأوغندي صموئيل كاتو حول الأزمة الحدودية.")
    person = next((a for a in _persons(recs) if a.name == "صموئيل كاتو"), None)
    assert person is not None
    assert (person.role or "").startswith("نائب رئيس البرلمان")


def test_role_after_a_name_ends_at_a_word_of_purpose(offline_extract):
    recs = offline_extract("ووصل سالم الكعبي رئيس الاتحاد الخليجي للرماية لحضور البطولة الختامية في الدوحة.")
    person = next((a for a in _persons(recs) if a.name == "سالم الكعبي"), None)
    assert person is not None
    assert person.role == "رئيس الاتحاد الخليجي للرماية"


def test_role_after_a_name_ends_before_the_channel_of_a_statement(offline_extract):
    recs = offline_extract("وقال سالم الكعبي رئيس نادي الوحدة في مقابلة تلفزيونية إن الفريق سيعود أقوى.")
    person = next((a for a in _persons(recs) if a.name == "سالم الكعبي"), None)
    assert person is not None
    assert person.role == "رئيس نادي الوحدة"
