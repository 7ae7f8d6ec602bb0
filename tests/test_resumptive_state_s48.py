"""A capital or a country right after a verb of speech or stance that carries an object pronoun is that verb's
subject, the state, not the place of the incident (locations.RESUMPTIVE_STATE): "الهجوم الذي نسبته أنقرة إلى
التنظيم"، "وهو ما نفته طهران". The bare verbs "نسبت" and "ذكرت" are in the list of state speech verbs too.
Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.agent.offline import locations

_RESUMPTIVE = ("أعلنت الشرطة حصيلة جديدة للتفجير الانتحاري الذي نسبته أنقرة إلى تنظيم داعش، "
               "وقالت إن 14 شخصا قتلوا فيه.")


def _name(location) -> str | None:
    return None if location is None else location.name


def test_state_after_a_verb_with_its_pronoun_is_not_the_place(offline_place):
    assert _name(offline_place(_RESUMPTIVE)) not in ("أنقرة", "انقره")


def test_denial_with_pronoun(offline_place):
    text = "وقتل سبعة حراس في هجوم بالصواريخ على قاعدة عسكرية يوم الأحد، وهو ما نفته طهران صباح الاثنين."
    location = offline_place(text)
    # the capital is no place; the state's country may stay the story's fallback (as after "وقالت طهران")
    assert location is None or location.admin_level == "country"


def test_bare_reporting_verb(offline_place):
    text = "وذكرت القاهرة أن خمسة جنود قتلوا في هجوم مسلح استهدف دوريتهم ليل السبت."
    assert _name(offline_place(text)) != "القاهرة"


def test_verb_of_occurrence_keeps_the_city(offline_place):
    # "شهدته بغداد": the city is where the blast happened, not a speaking state
    text = "ارتفعت إلى 9 قتلى حصيلة الانفجار الذي شهدته بغداد مساء الخميس قرب سوق شعبي."
    location = offline_place(text)
    assert location is not None and location.country == "IQ"


def test_place_of_its_own_is_kept(offline_place):
    text = "انفجرت سيارة مفخخة في بيروت فقتلت 3 أشخاص، في هجوم نسبته السلطات إلى خلية متطرفة."
    location = offline_place(text)
    assert location is not None and location.country == "LB"


def test_helper():
    assert locations._resumptive_state_verb("نسبته")
    assert locations._resumptive_state_verb("وفرضتها")
    assert not locations._resumptive_state_verb("حكومته")
    assert not locations._resumptive_state_verb("شهدته")


def test_switch_off(offline_place, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(locations, "RESUMPTIVE_STATE", False)
    assert _name(offline_place(_RESUMPTIVE)) in ("أنقرة", "انقره")
