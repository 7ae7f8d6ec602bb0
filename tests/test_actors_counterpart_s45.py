"""Pass 45: a counterpart's title ("نظيره الأردني") is the office of the man he faces, of his own country (sentences
written for these tests)."""

from marsad.agent.offline import actors_titles
from marsad.agent.offline.actors_home import role_government


def _person(result, name):
    return next(a for a in result.actors if a.name == name)


TWO_MINISTERS = "وبحث وزير الداخلية المصري خالد منصور مع نظيره الأردني سامر الحديد تأمين الحدود بعد الهجوم."


def test_counterpart_takes_the_office_of_the_man_before(offline_extract):
    r = offline_extract(TWO_MINISTERS)
    p = _person(r, "سامر الحديد")
    assert p.role == "وزير الداخلية الأردني"
    assert p.affiliation == "Government of Jordan"
    assert _person(r, "خالد منصور").role == "وزير الداخلية المصري"


def test_counterpart_glued_to_the_verb(offline_extract):
    r = offline_extract("واتصل وزير الدفاع البحريني ناصر الغانم بنظيره العماني حمد الكندي لبحث الهجوم على الناقلة.")
    assert _person(r, "حمد الكندي").role == "وزير الدفاع العماني"


def test_office_naming_a_state_inside_is_not_copied(offline_extract):
    r = offline_extract("وبحث السفير القطري لدى الصومال أحمد النعيمي مع نظيره التركي مراد يلماز الهجوم على الفندق.")
    p = _person(r, "مراد يلماز")
    assert p.role == "نظيره التركي"  # "السفير القطري لدى الصومال": the adjective is not the title's last word
    assert p.affiliation == "Government of Turkey"


def test_counterpart_government():
    assert role_government("نظيره الأردني") == "JO"
    assert role_government("نظيرته الفرنسية") == "FR"
    assert role_government("نظيره") is None


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_titles, "_COUNTERPART", False)
    assert _person(offline_extract(TWO_MINISTERS), "سامر الحديد").role == "نظيره الأردني"


def test_counterpart_of_the_other_gender(offline_extract):
    r = offline_extract("والتقى وزير الخارجية الكويتي سالم العنزي نظيرته الإسبانية كارمن رويث في مدريد لبحث الهجوم.")
    assert _person(r, "كارمن رويث").role == "وزيرة الخارجية الإسبانية"


def test_country_named_with_a_direction(offline_extract):
    r = offline_extract("والتقى الرئيس الكوري الجنوبي مون جاي نظيره الياباني كينجي ساتو في طوكيو بعد إطلاق الصاروخ.")
    assert _person(r, "كينجي ساتو").role == "الرئيس الياباني"  # not "الرئيس الكوري الياباني"
