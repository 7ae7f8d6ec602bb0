"""Places and actors, session 17: errors classes found on fresh development articles. Sentences written for the
tests (names and numbers made up)."""

from __future__ import annotations


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


# -- common Arab given names the list did not know ---------------------------------------------------------------


def test_unknown_given_name_after_an_honorific_is_not_taken_into_the_title(offline_extract):
    # "الشيخ طاهر ...": the given name was read as part of the title and the name began at the father's name
    r = offline_extract("وقال الشيخ طاهر سعيد الكبيسي رئيس هيئة علماء البلاد إن الاعتداء على المدنيين مرفوض.")
    assert "طاهر سعيد الكبيسي" in _names(r)
    assert "سعيد الكبيسي" not in _names(r)


def test_yemeni_given_name_after_an_honorific(offline_extract):
    r = offline_extract("وأعلن الشيخ حمود الشرعبي قائد المقاومة في المديرية أن المسلحين انسحبوا من القرية.")
    person = next(a for a in r.actors if a.name == "حمود الشرعبي")
    assert person.type == "official"


def test_gulf_given_name_after_a_minister_title(offline_extract):
    r = offline_extract("وزار وزير الحرس الوطني متعب الفارس مقر اللواء بعد الهجوم على الدورية.")
    assert "متعب الفارس" in _names(r)


# -- role nouns the role list did not know ----------------------------------------------------------------------


def test_name_then_chief_negotiator(offline_extract):
    r = offline_extract("وقال سالم الدوري كبير المفاوضين في وفد المعارضة إن جولة المحادثات انتهت دون اتفاق.")
    person = next(a for a in r.actors if a.name == "سالم الدوري")
    assert "كبير المفاوضين" in (person.role or "")


def test_commissioner_title_before_a_name(offline_extract):
    r = offline_extract("وقال مفوض الشرطة في الإقليم، ماركو غراندي، إن القصف دفع آلاف الأسر إلى النزوح.")
    assert any(a.name == "ماركو غراندي" and a.type == "official" for a in r.actors)


def test_consul_title_before_a_name(offline_extract):
    r = offline_extract("وأكد القنصل العام في المدينة عادل الشمري أن المصابين في الهجوم نقلوا إلى المستشفى.")
    assert "عادل الشمري" in _names(r)
