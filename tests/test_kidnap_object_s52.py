"""Who a kidnapping took is its target, pass 52 (``roles_objects.KIDNAP_OBJECT``): the object of a verb or verbal
noun of abducting, past a subject written after the verb ("اختطفت الميليشيا، المعلم"، "خطف مستوطنون شابا"), with
a count's "من" ("اختطاف ثلاثة من موظفي ...") and up to a second verb joined by "و".

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_CASES = [
    ("واختطفت ميليشيا الحوثي، المعلم سالم العبدي من منزله في مدينة ذمار الأسبوع الماضي.", "المعلم سالم العبدي"),
    ("وفي عام 2016 خطف مستوطنون شابا من قرية بيت أمر وأحرقوه.", "شابا"),
    ("ودانت الحكومة إقدام الحوثيين على اختطاف ثلاثة من موظفي الصليب الأحمر في صنعاء.",
     "ثلاثة من موظفي الصليب الأحمر"),
    ("واختطف مسلحون حافلة وانتهى الأمر بمقتل سائقها في مدينة سبها.", "حافلة"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "taken"), _CASES)
def test_who_was_kidnapped_is_the_target(offline_extract, monkeypatch, on, text, taken):
    monkeypatch.setattr(roles_objects, "KIDNAP_OBJECT", on)
    (a,) = offline_extract(text).attacks
    assert a.attack_type == "kidnapping"
    assert a.target == (taken if on else None)
