"""Pass 39 (agreements and joint rooms): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_provisions as apr


def _doc(offline_extract, text: str):
    return offline_extract(text, published="2019-03-12")


def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in _doc(offline_extract, text).agreements for p in a.provisions]


# gazetteer: air bases named in Iraqi news --------------------------------------------------------------------------

def test_ain_al_asad_is_a_room_place(offline_extract):
    text = "وافتتحت القوات العراقية والتحالف الدولي غرفة عمليات مشتركة في قاعدة عين الأسد بمحافظة الأنبار يوم الاثنين."
    rooms = _doc(offline_extract, text).joint_rooms
    assert rooms and rooms[0].location is not None
    assert rooms[0].location.canonical_name == "عين الأسد"
    assert rooms[0].location.governorate == "Anbar"


def test_speicher_is_a_place(offline_extract):
    text = "وأعلن الجيش العراقي وهيئة الحشد الشعبي إنشاء مركز تنسيق مشترك في قاعدة سبايكر شمالي تكريت."
    rooms = _doc(offline_extract, text).joint_rooms
    assert rooms and rooms[0].location is not None and rooms[0].location.canonical_name == "سبايكر"


def test_bare_asad_is_no_place(offline_extract):
    text = "وأعلن الجيش العراقي وقوات البيشمركة تشكيل غرفة عمليات مشتركة لملاحقة خلايا الأسد في الصحراء."
    rooms = _doc(offline_extract, text).joint_rooms
    assert all(r.location is None or r.location.canonical_name != "عين الأسد" for r in rooms)


# INSTALLATION_TARGET: rockets on a base the gazetteer knows were aimed at it -------------------------------------

def test_installation_is_the_target(offline_extract):
    text = "سقطت ثلاثة صواريخ كاتيوشا مساء الخميس في محيط قاعدة عين الأسد غربي الأنبار من دون خسائر."
    attacks = _doc(offline_extract, text).attacks
    assert attacks and attacks[0].target == "قاعدة عين الأسد"


def test_installation_target_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records as atr
    monkeypatch.setattr(atr, "INSTALLATION_TARGET", False)
    text = "سقطت ثلاثة صواريخ كاتيوشا مساء الخميس في محيط قاعدة عين الأسد غربي الأنبار من دون خسائر."
    assert all(a.target != "قاعدة عين الأسد" for a in _doc(offline_extract, text).attacks)


def test_town_is_no_installation_target():
    from marsad.agent.offline import attacks_records as atr
    from marsad.schemas import Location
    assert atr._installation(Location(name="قضاء هيت", canonical_name="هيت")) is None
    assert atr._installation(Location(name="قاعدة", canonical_name="قاعدة")) is None
    assert atr._installation(None) is None


# registry: Russian military police is a military force, not a police force -----------------------------------------

def test_russian_military_police_is_military(offline_extract):
    text = "ودخلت الشرطة العسكرية الروسية بلدة في ريف درعا صباح الأحد بعد خروج المقاتلين منها."
    actors = {a.canonical_name: a for a in _doc(offline_extract, text).actors}
    assert "الشرطة العسكرية الروسية" in actors
    assert actors["الشرطة العسكرية الروسية"].type == "state_military"
    assert "الشرطة الروسية" not in actors


def test_russian_police_stays_police(offline_extract):
    text = "واعتقلت الشرطة الروسية ثلاثة أشخاص في موسكو للاشتباه بتخطيطهم لهجوم."
    actors = {a.canonical_name: a for a in _doc(offline_extract, text).actors}
    assert actors.get("الشرطة الروسية") is not None and actors["الشرطة الروسية"].type == "police"


# TIME_REFERENCE: a truce after "قبل"/"بعد"/"منذ" dates something else ----------------------------------------------

DATED = "وأبرمت الحكومة والمتمردون هدنة لمدة عشرة أيام. وانخفض عدد الهجمات من 70 قبل الهدنة إلى 25 بعد وقف إطلاق النار في الولاية."


def test_time_reference_gives_no_provision(offline_extract):
    provisions = _provisions(offline_extract, DATED)
    assert any("عشرة أيام" in p for p in provisions)
    assert not any("25" in p or "الولاية" in p for p in provisions)


def test_time_reference_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apr, "TIME_REFERENCE", False)
    assert any("25" in p or "الولاية" in p for p in _provisions(offline_extract, DATED))


def test_truce_not_after_time_word_keeps_its_terms(offline_extract):
    text = "وأعلنت الحركة وقفا لإطلاق النار في الإقليم لمدة خمسة أيام."
    assert any("خمسة أيام" in p or "في الإقليم" in p for p in _provisions(offline_extract, text))


# EXCHANGE_TERM: what one side gets in return is a term too -------------------------------------------------------

EXCHANGED = [
    ("واتفقت الحكومة اليمنية والحوثيون على فتح المعبر الحدودي مقابل تسليم الأسرى المحتجزين لدى الجماعة.",
     "فتح المعبر الحدودي", "تسليم الأسرى المحتجزين لدى الجماعة"),
    ("ووقعت تركيا والولايات المتحدة اتفاقا على استخدام قاعدة جوية في الجنوب، في مقابل إطلاق يد الجيش التركي في المناطق الحدودية.",
     "استخدام قاعدة جوية في الجنوب", "إطلاق يد الجيش التركي في المناطق الحدودية"),
]


@pytest.mark.parametrize(("text", "first", "second"), EXCHANGED)
def test_exchange_term(offline_extract, text, first, second):
    provisions = _provisions(offline_extract, text)
    assert first in provisions
    assert second in provisions


@pytest.mark.parametrize(("text", "first", "second"), EXCHANGED)
def test_exchange_term_switch_off(offline_extract, monkeypatch, text, first, second):
    monkeypatch.setattr(apr, "EXCHANGE_TERM", False)
    assert second not in _provisions(offline_extract, text)


def test_on_the_other_hand_is_no_exchange(offline_extract):
    text = "واتفقت الحكومة اليمنية والحوثيون على فتح المعبر الحدودي، وفي مقابل ذلك رفض المجلس الانتقالي الاتفاق."
    provisions = _provisions(offline_extract, text)
    assert not any("رفض" in p or "ذلك" in p for p in provisions)


# ANNEXED_TRUCE: a truce annexed to a noun of place names where something is, not a term ---------------------------

_ANNEXED = "وذكر الجيش السوري أن فصائل المعارضة هاجمت نقاطه العسكرية في مناطق وقف إطلاق النار."


def test_truce_annexed_to_zones_gives_no_provision(offline_extract):
    assert apr._annexed(["في", "مناطق", "الهدنه"], 2)
    assert _doc(offline_extract, _ANNEXED).agreements  # the truce is still told of
    assert "وقف إطلاق النار" not in _provisions(offline_extract, _ANNEXED)


def test_truce_not_annexed_keeps_its_place(offline_extract):
    assert not apr._annexed(["خرق", "وقف"], 1)
    text = "وأعلنت الحكومة والفصائل المسلحة وقف إطلاق النار في محافظة القنيطرة بدءا من منتصف الليل."
    assert any(p.startswith("وقف إطلاق النار في") for p in _provisions(offline_extract, text))


def test_annexed_truce_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apr, "ANNEXED_TRUCE", False)
    assert not apr._annexed(["في", "مناطق", "الهدنه"], 2)
    assert "وقف إطلاق النار" in _provisions(offline_extract, _ANNEXED)
