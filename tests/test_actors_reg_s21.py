"""Actors, session 21 (registry and names): a government or the authorities named with any country's nationality
adjective is that state acting. Sentences written for the tests (days, places and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import actors_home


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


_NORWAY = "وقالت الحكومة النرويجية في بيان إنها سترسل فريقا للتحقيق في الهجوم على سفارتها."


def test_government_by_nationality_is_the_state(offline_extract):
    found = _by_canonical(offline_extract(_NORWAY, published="2017-03-09"))
    state = next(a for a in found.values() if a.name == "الحكومة النرويجية")
    assert state.type == "government_body"
    assert state.name_en == "Norway"


def test_authorities_with_glued_preposition(offline_extract):
    found = offline_extract("وسلمت الشرطة المشتبه به للسلطات البلجيكية مساء الأحد بعد توقيفه قرب الحدود.",
                            published="2017-03-09")
    assert any(a.name == "السلطات البلجيكية" and a.name_en == "Belgium" for a in found.actors)


@pytest.mark.parametrize("text", [
    "وقال رئيس الحكومة الإسبانية إن بلاده ستشارك في القمة المقبلة.",
    "ونقلت قوات الحكومة الإسبانية معداتها إلى القاعدة الجوية قبل المناورات.",
])
def test_title_or_everyday_adjective_is_no_state(offline_extract, text):
    found = offline_extract(text, published="2017-03-09")
    assert not any(a.name_en == "Spain" and a.type == "government_body" for a in found.actors)


def test_switch_off_finds_no_state(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_home, "_NISBA_GOVERNMENTS", False)
    found = offline_extract(_NORWAY, published="2017-03-09")
    assert not any(a.name == "الحكومة النرويجية" for a in found.actors)


def test_governor_named_two_ways_is_one_registry_official(offline_extract):
    found = offline_extract(
        "ودشن الأمير فيصل بن خالد مشروعا لتطوير الطرق في أبها، وقال فيصل بن خالد بن عبدالعزيز إن العمل يبدأ قريبا.",
        published="2016-04-12")
    faisal = [a for a in found.actors if a.canonical_name == "فيصل بن خالد بن عبدالعزيز"]
    assert len(faisal) == 1
    assert faisal[0].type == "official"
    assert faisal[0].role == "أمير منطقة عسير"


def test_regional_leaders_of_2018_in_the_registry(offline_extract):
    found = _by_canonical(offline_extract(
        "وقال رودريغو دوتيرتي إن حكومته لن تتراجع، فيما أكد ري يونغ هو أن بلاده ستواصل المحادثات.",
        published="2018-05-20"))
    assert found["رودريغو دوتيرتي"].name_en == "Rodrigo Duterte"
    assert found["ري يونغ هو"].role == "وزير الخارجية الكوري الشمالي"


_SEAT = "وقال الكرملين في بيان إن الرئيسين بحثا الوضع في سوريا خلال اتصال هاتفي مساء الخميس."


def test_seat_of_government_speaking_is_the_state(offline_extract):
    found = offline_extract(_SEAT, published="2018-04-13")
    state = next(a for a in found.actors if a.name == "الكرملين")
    assert state.name_en == "Russia"
    assert state.type == "government_body"


@pytest.mark.parametrize("text", [
    "واستقبل الرئيس ضيفه في البيت الأبيض مساء الاثنين لبحث التجارة.",
    "وقدمت مديرة اتصالات البيت الأبيض استقالتها أمس بعد عام في المنصب.",
])
def test_seat_as_a_building_or_a_staff_is_no_state(offline_extract, text):
    found = offline_extract(text, published="2018-04-13")
    assert not any(a.name == "البيت الأبيض" for a in found.actors)


def test_seat_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_home, "_SEATS_OF_GOVERNMENT", False)
    found = offline_extract(_SEAT, published="2018-04-13")
    assert not any(a.name == "الكرملين" for a in found.actors)


_COURT = ("وحضر الحفل الأمير منصور بن فهد وزير الدولة للشؤون الخارجية وصاحب السمو الأمير راكان بن سعد "
          "ومعالي رئيس الديوان الملكي سالم الدوسري.")


def test_honorific_opens_the_next_dignitary_of_a_list(offline_extract):
    found = {a.name: a for a in offline_extract(_COURT, published="2016-03-02").actors}
    assert "وزير" not in (found["راكان بن سعد"].role or "")
    assert found["سالم الدوسري"].role == "رئيس الديوان الملكي"


def test_honorific_list_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_titles
    monkeypatch.setattr(actors_titles, "_HONORIFIC_LIST", False)
    found = {a.name: a for a in offline_extract(_COURT, published="2016-03-02").actors}
    assert "وزير" in (found["راكان بن سعد"].role or "")  # the old reading: the previous man's title


@pytest.mark.parametrize(("text", "canonical", "role_word"), [
    ("وافتتح الأمير خالد الفيصل مساء الأحد معرضا للكتاب في جدة بحضور عدد من المسؤولين.",
     "خالد الفيصل بن عبدالعزيز", "مكة المكرمة"),
    ("وزار الأمير سلطان بن سلمان موقعا أثريا في العلا صباح الثلاثاء برفقة وفد من الخبراء.",
     "سلطان بن سلمان بن عبدالعزيز", "للسياحة"),
])
def test_often_named_saudi_officials_get_their_office(offline_extract, text, canonical, role_word):
    found = _by_canonical(offline_extract(text, published="2016-11-08"))
    assert found[canonical].type == "official"
    assert role_word in (found[canonical].role or "")
