"""The bundled registry: shape of the data and the lookups search and extraction rely on."""

from __future__ import annotations

import json

import pytest

from marsad.core.lexicon import DATA_DIR, get_lexicon

GOVERNORATES = {
    "Baghdad", "Basra", "Nineveh", "Erbil", "Sulaymaniyah", "Duhok", "Halabja", "Kirkuk", "Diyala", "Salahuddin",
    "Anbar", "Babil", "Karbala", "Najaf", "Qadisiyah", "Muthanna", "Dhi Qar", "Maysan", "Wasit",
}
ACTOR_TYPES = {"state_military", "police", "paramilitary", "regional_force", "armed_group", "government_body",
               "official", "foreign_coalition", "media", "civilian", "other"}


@pytest.fixture(scope="module")
def lex():
    return get_lexicon()


def test_every_file_is_valid_json_with_unique_ids():
    for path in DATA_DIR.glob("*.json"):
        entries = json.loads(path.read_text(encoding="utf-8"))
        ids = [e["id"] for e in entries]
        assert len(ids) == len(set(ids)), f"duplicate ids in {path.name}"
        assert all(e.get("canonical") and e.get("name_en") for e in entries), path.name


def test_actors_have_a_known_type(lex):
    for e in lex.of_kind("actors"):
        assert e.get("type") in ACTOR_TYPES, e.id
    officials = [e for e in lex.of_kind("actors") if e.get("type") == "official"]
    assert all(e.get("role") and e.get("affiliation") for e in officials)


def test_all_nineteen_governorates_with_coordinates(lex):
    govs = [e for e in lex.of_kind("places") if e.get("admin_level") == "governorate" and e.id.startswith("gov_")]
    assert {e.get("governorate") for e in govs} == GOVERNORATES
    for e in lex.of_kind("places"):
        lat, lon = e.get("lat"), e.get("lon")
        assert lat is not None and lon is not None, e.id
        if e.get("admin_level") != "country" and e.get("country", "Iraq") == "Iraq":
            assert 29.0 <= lat <= 37.5 and 38.5 <= lon <= 48.7, e.id  # inside Iraq's bounding box
        elif e.get("admin_level") != "country":  # a place abroad names a country the registry knows
            assert e.get("country") in {c.name_en for c in lex.of_kind("places") if c.get("admin_level") == "country"}, e.id


@pytest.mark.parametrize("surface,entry_id", [
    ("البيمشركة", "peshmerga"), ("البشمركة", "peshmerga"), ("البيشمركة", "peshmerga"),
    ("الحشد الشعبي", "pmf"), ("جهاز مكافحة الارهاب", "cts"), ("تنظيم داعش", "isis"),
    ("قيادة العمليات المشتركة", "joc"), ("خلية الإعلام الأمني", "security_media_cell"),
    ("حكومة إقليم كوردستان", "krg"), ("تحسين الخفاجي", "tahsin_al_khafaji"), ("وزارة البيشمركة", "mop"),
])
def test_arabic_variants_resolve(lex, surface, entry_id):
    assert entry_id in {e.id for e in lex.lookup_ar(surface)}


@pytest.mark.parametrize("surface,district,gov", [
    ("الحويجة", "Hawija", "Kirkuk"), ("مخمور", "Makhmour", "Nineveh"), ("خانقين", "Khanaqin", "Diyala"),
    ("طوزخورماتو", "Tuz Khurmatu", "Salahuddin"), ("سنجار", "Sinjar", "Nineveh"), ("القائم", "Qaim", "Anbar"),
])
def test_places_carry_admin_hierarchy(lex, surface, district, gov):
    (entry,) = [e for e in lex.lookup_ar(surface) if e.kind == "places"]
    assert entry.get("district") == district and entry.get("governorate") == gov
    assert entry.get("lat") and entry.get("lon")


@pytest.mark.parametrize("query,expected", [
    ("joint operations room in Kirkuk", {"غرفة عمليات مشتركة", "كركوك"}),
    ("car bomb", {"سيارة مفخخة"}), ("IED attack on a convoy", {"عبوة ناسفة", "رتل"}),
    ("suicide bomber at a checkpoint", {"هجوم انتحاري", "حاجز أمني"}),
    ("policemen killed and wounded", {"قتل", "إصابة"}), ("security handover", {"تسليم الملف الأمني"}),
    ("disputed territories", {"المناطق المتنازع عليها"}), ("sleeper cells", {"خلايا نائمة"}),
    ("agreement on redeployment", {"اتفاق", "إعادة انتشار"}), ("airstrike and shelling", {"غارة جوية", "قصف"}),
    ("assassination", {"اغتيال"}), ("kidnapped", {"خطف"}), ("ambush", {"كمين"}),
    ("coordination centre", {"مركز تنسيق مشترك"}),
])
def test_english_terms_expand_to_arabic(lex, query, expected):
    assert expected <= set(lex.expand_query(query))


def test_glossary_attack_concepts_map_to_attack_types(lex):
    from marsad.schemas import AttackType

    types = {e.get("attack_type") for e in lex.of_kind("glossary") if e.get("attack_type")}
    assert types <= {t.value for t in AttackType}
    assert {"ambush", "ied", "car_bomb", "suicide_attack", "assassination", "shelling", "airstrike"} <= types
