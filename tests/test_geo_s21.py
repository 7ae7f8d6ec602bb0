"""Session 21 (geo): the country an incident told with no place takes is a country told as a place, not a state
named only as the one that acts or speaks or as an adjective of origin."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import context as context_mod
from marsad.schemas import Document

_TEXT = ("قالت الولايات المتحدة الاثنين إن جنودها المنتشرين في سوريا بخير وإن قاعدتهم لم تتضرر.\n"
         "وأضافت الولايات المتحدة أن نحو 40 مقاتلا قتلوا في ضربات أميركية لصد الهجوم ليل الأحد.\n"
         "وتنشر الولايات المتحدة نحو ألفي جندي في سوريا لدعم القوات المحلية.\n"
         "وقال مسؤول أميركي إن واشنطن لا تسعى إلى مواجهة مع أي طرف.\n")


def _countries(text: str) -> list[str | None]:
    doc = Document(doc_id="t-told-places", title=None, published="2018-02-12", text=text)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [(a.get("location") or {}).get("country") for a in recs["attacks"]]


def test_state_that_speaks_is_not_where_it_happened():
    assert _countries(_TEXT) == ["SY"]


def test_switch_off_keeps_the_speaking_state(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_mod, "TOLD_PLACES", False)
    assert _countries(_TEXT) == ["US"]


def test_country_told_once_does_not_replace():
    # Syria told as a place once only: not enough to replace the most named country
    once = _TEXT.replace("نحو ألفي جندي في سوريا", "نحو ألفي جندي هناك")
    assert _countries(once) == ["US"]


_FORCE_TEXT = ("أعلن الجيش اليمني الأحد أن قواته هاجمت مواقع للمسلحين داخل أحياء مدينة ميدي وقتلت 9 منهم.\n"
               "وقال مصدر عسكري إن الجرحى من الجنود نقلوا إلى مستشفيات في السعودية.\n")


def test_small_town_keeps_the_country_of_the_named_army():
    # "الجيش اليمني" names Yemen: Midi stays in Yemen though the article names Saudi Arabia as a country only
    assert _countries(_FORCE_TEXT) == ["YE"]


def test_small_town_without_force_countries(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import locations
    monkeypatch.setattr(locations, "FORCE_COUNTRIES", False)
    assert _countries(_FORCE_TEXT) == ["SA"]


_HOSPITAL_TEXT = ("أعلن الجيش اليمني الأحد أن قواته طوقت مواقع للمسلحين داخل أحياء مدينة ميدي.\n"
                  "وأصيب جندي في الهجوم ونقل لأحد المستشفيات داخل السعودية، فيما قتل 3 جنود آخرين.\n")


def test_one_of_the_hospitals_is_not_where_it_happened():
    assert "SA" not in _countries(_HOSPITAL_TEXT)


def test_one_of_the_hospitals_switch_off(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import attacks_places
    monkeypatch.setattr(attacks_places, "ONE_OF_HOSPITALS", False)
    assert _countries(_HOSPITAL_TEXT) == ["SA"]
