"""Actors, pass 44: a country after a border word, its adjective and "مع" is a place across that border, and a
conjunction written apart from a name ("الواقعة بين الجوف و صنعاء") joins it to the place or state before, as the glued one
does. Sentences written for the tests (places and numbers made up)."""

from __future__ import annotations


def _actor_names(records) -> set[str]:
    return {a.name for a in records.actors}


def test_country_across_a_sea_border_is_no_actor(offline_extract):
    names = _actor_names(offline_extract(
        "وتقع الجزيرة قرب المضيق وترتبط بالحدود البحرية مع #إريتريا، وهاجمها الحوثيون بزوارق مفخخة."))
    assert "إريتريا" not in names


def test_country_across_a_land_border_is_no_actor(offline_extract):
    names = _actor_names(offline_extract(
        "وتشترك المحافظة بحدود برية مع عمان وتنشط فيها عمليات تهريب السلاح التي يديرها الحوثيون."))
    assert "عمان" not in names


def test_capital_after_a_spaced_conjunction_in_a_front_is_a_place(offline_extract):
    names = _actor_names(offline_extract(
        "وتقدمت القوات الحكومية في مديرية نهم الواقعة بين #الجوف و #صنعاء بعد معارك قتل فيها ستة مسلحين."))
    assert "صنعاء" not in names


def test_states_joined_by_a_spaced_conjunction_both_act(offline_extract):
    names = _actor_names(offline_extract("ووقع الاتفاق بين تركيا و روسيا لوقف إطلاق النار في محافظة إدلب."))
    assert {"تركيا", "روسيا"} <= names


def test_cooperation_with_a_country_still_an_actor(offline_extract):
    names = _actor_names(offline_extract("وأعلنت الحكومة تعزيز التعاون مع السعودية في مكافحة الإرهاب."))
    assert "السعودية" in names


def test_legitimate_yemeni_government_is_the_yemeni_government(offline_extract):
    records = offline_extract("وغادر الضابط المنشق إلى مأرب بالتنسيق مع الحكومة اليمنية الشرعية بعد فراره من صنعاء.")
    govs = [a for a in records.actors if a.type == "government_body" and "الحكومة" in a.name]
    assert [a.name for a in govs] == ["الحكومة اليمنية الشرعية"]


def test_legitimate_government_elsewhere_is_not_yemen(offline_extract):
    records = offline_extract("وأعلنت الحكومة الشرعية في طرابلس أن قواتها صدت هجوما على مطار معيتيقة.")
    assert not any(a.name_en == "Yemeni Government" for a in records.actors)
