"""Offline actors, session 14: titled persons missed on fresh articles. Sentences written for the tests."""

from __future__ import annotations


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


# -- a family name that is also a place ------------------------------------------------------------------------


def test_place_word_after_a_given_name_is_the_family_name(offline_extract):
    r = offline_extract("وأوضح المتحدث الإعلامي لمقاومة عدن علي الأحمدي أن الوحدات تقدمت باتجاه الميناء.")
    person = next(a for a in r.actors if a.name == "علي الأحمدي")
    assert person.type == "official"
    assert "المتحدث" in (person.role or "")


def test_ali_after_a_body_is_a_name(offline_extract):
    r = offline_extract("وأكد رئيس منظمة الطاقة الذرية علي أكبر رضائي أن البرنامج مستمر.")
    assert any(a.name.startswith("علي") and a.type == "official" for a in r.actors)


def test_place_in_a_title_is_not_a_family_name(offline_extract):
    r = offline_extract("وقال قائد شرطة قضاء علي الغربي إن الهجوم وقع فجرا.")
    assert not any(a.name.startswith("علي") for a in r.actors)


# -- a title, its genitive, then a name the given-name list does not know ---------------------------------------


def test_unknown_given_name_after_minister_of(offline_extract):
    r = offline_extract("وقال وزير الزراعة شويلع المرزوقي إن الوزارة ستدعم المزارعين هذا العام.")
    assert "شويلع المرزوقي" in _names(r)


def test_unknown_given_name_after_title_and_honorific(offline_extract):
    r = offline_extract("وقال وزير الصحة الدكتور مفلح العتيبي إن المستشفى الجديد يفتح غدا.")
    assert "مفلح العتيبي" in _names(r)


def test_common_words_after_a_title_are_no_name(offline_extract):
    r = offline_extract("وقالت رئيسة الحكومة تيريزا ماي بشأن الخروج من الاتحاد إن الخطة جاهزة.")
    assert not any("بشأن" in a.name for a in r.actors)


# -- registry: parties, councils and armed groups of the region --------------------------------------------------


def test_libyan_congress_and_armed_groups_are_known(offline_extract):
    r = offline_extract("ورفض المؤتمر الوطني العام في طرابلس المسودة، فيما هاجمت قوات فجر ليبيا مواقع في ورشفانة.")
    names = _names(r)
    assert "المؤتمر الوطني العام" in names
    assert any("فجر ليبيا" in n for n in names)


def test_yemeni_party_and_basque_group_are_known(offline_extract):
    r = offline_extract("وأصدر حزب المؤتمر الشعبي العام بيانا يدين التفجير في صنعاء.")
    assert any(a.name == "حزب المؤتمر الشعبي العام" and a.type == "other" for a in r.actors)
    r = offline_extract("وأعلنت منظمة إيتا في رسالة أنها سلمت آخر مخازن أسلحتها.")
    assert any(a.name == "منظمة إيتا" and a.type == "armed_group" for a in r.actors)


# -- a foreign force's name inside a longer name that the registry knows for Iraq ---------------------------------


def test_foreign_armed_forces_inside_a_general_command(offline_extract):
    r = offline_extract("ونعت القيادة العامة للقوات المسلحة الإماراتية أحد جنودها الذي قتل في مأرب.")
    assert any("المسلحة الإماراتية" in a.name and a.type == "state_military" for a in r.actors)


# -- a country's security as a good, not its security forces -----------------------------------------------------


def test_security_as_a_good_is_no_actor(offline_extract):
    r = offline_extract("وحذر الوزير من أي محاولة تهدد الأمن البحريني أو تمس وحدة الصف.")
    assert not any(a.type == "police" for a in r.actors)
    r = offline_extract("وهاجم مسلحون دورية تابعة للأمن البحريني قرب المنامة.")
    assert any(a.type == "police" for a in r.actors)
