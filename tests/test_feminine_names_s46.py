"""Pass 46: unknown place names shaped like a masculine nisba after a feminine place noun
(``named_places.FEMININE_NAMES``), a bearing told from "البلاد" or after "الواقعة" (``locations.BEARING_HOME``), and
a name told elsewhere with "في" and its country (``locations.IN_COUNTRY``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import locations, named_places

TOWN = "قتل أربعة جنود، الاثنين، بهجوم لمسلحين على بلدة مونغالي في ولاية بورنو."
OTHER = "قتل أربعة جنود، الاثنين، بهجوم لمسلحين على منطقة أخرى في ولاية بورنو."
QUARTER = "قتل أربعة مدنيين، الاثنين، بقصف على حي شعبي في مدينة حلب."
HOME = "قتل خمسة جنود، أمس، في هجوم على مدينة بوتيغا الواقعة جنوب البلاد. وقال الجيش الفلبيني إن المسلحين فروا."
TOLD = ("أغلقت الشرطة مطعما في بلدة وارنلي في إنجلترا. وتتهم الحكومة البريطانية روسيا بالهجوم بغاز سام على عميل "
        "سابق في بلدة وارنلي قبل أسبوعين.")
NOT_TOLD = ("أغلقت الشرطة مطعما في بلدة وارنلي في قلب الحي. وتتهم الحكومة البريطانية روسيا بالهجوم بغاز سام على "
            "عميل سابق في بلدة وارنلي قبل أسبوعين.")


def _places(offline_extract, text, title=None):
    return [(a.location.name, a.location.country) if a.location else None
            for a in offline_extract(text, title=title).attacks]


def test_a_name_ending_in_ya_after_a_feminine_noun(offline_extract):
    assert _places(offline_extract, TOWN) == [("مونغالي", "NG")]


def test_a_written_alif_maqsura_is_no_name(offline_extract):
    assert _places(offline_extract, OTHER) == [("ولاية بورنو", "NG")]


def test_an_adjective_after_a_masculine_noun_stays_one(offline_extract):
    assert _places(offline_extract, QUARTER) == [("حلب", "SY")]


def test_feminine_switch(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "FEMININE_NAMES", False)
    assert _places(offline_extract, TOWN) == [("ولاية بورنو", "NG")]


@pytest.mark.parametrize("on", [True, False])
def test_bearing_from_the_country(offline_extract, monkeypatch, on):
    monkeypatch.setattr(locations, "BEARING_HOME", on)
    assert _places(offline_extract, HOME) == [("بوتيغا", "PH" if on else None)]


@pytest.mark.parametrize("on", [True, False])
def test_name_told_in_its_country(offline_extract, monkeypatch, on):
    monkeypatch.setattr(locations, "IN_COUNTRY", on)
    assert _places(offline_extract, TOLD) == [("وارنلي", "GB" if on else "RU")]
    assert ("وارنلي", "GB") not in _places(offline_extract, NOT_TOLD)  # no country told right after the name


@pytest.mark.parametrize("text", [
    "قتل 3 جنود أمس في هجوم على بلدة تنتمي إلى محافظة ديالى.",
    "وقع انفجار أمس في منطقة تلتقي فيها طرق المحافظة قرب مدينة بعقوبة.",
])
def test_a_verb_with_its_particle_is_no_name(offline_extract, text):
    names = [p[0] for p in _places(offline_extract, text) if p]
    assert not any(n.startswith(("تنتمي", "تلتقي")) for n in names), names
