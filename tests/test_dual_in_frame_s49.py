"""Pass 49 (dual49): two known places after a dual place noun, told between the frame's event word and its toll ("في
مدينتي X وY، ما أسفر عن مقتل 20"), are two records with the joint toll left out (GUIDELINES D-21;
``attacks_places.DUAL_IN_FRAME``)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_places


def _records(offline_extract, text):
    return [(a.location.name if a.location else None, a.killed) for a in offline_extract(text).attacks]


@pytest.mark.parametrize(("text", "places"), [
    ("استهدفت مقاتلات التحالف مواقع للحوثيين في مديريتي التحيتا وزبيد جنوب محافظة الحديدة اليمنية، ما أسفر عن مقتل "
     "عشرة مسلحين.", ["التحيتا", "زبيد"]),
    ("وقصفت الطائرات العراقية مواقع لتنظيم داعش في مدينتي الرمادي والفلوجة غرب بغداد، ما أسفر عن مقتل 20 مسلحا.",
     ["الرمادي", "الفلوجة"]),
])
def test_dual_with_joint_toll_gives_two_records(offline_extract, text, places):
    assert _records(offline_extract, text) == [(p, None) for p in places]


def test_between_two_places_keeps_one_record(offline_extract):
    # negative: "بين مدينتي X وY" is one place between the two, its toll its own
    text = "وقصفت الطائرات العراقية طريقا بين مدينتي الرمادي والفلوجة غرب بغداد، ما أسفر عن مقتل 20 مسلحا."
    recs = _records(offline_extract, text)
    assert len(recs) == 1 and recs[0][1] == 20


def test_singular_keeps_toll(offline_extract):
    text = "وقصفت الطائرات العراقية مواقع لتنظيم داعش في مدينة الرمادي غرب بغداد، ما أسفر عن مقتل 20 مسلحا."
    recs = _records(offline_extract, text)
    assert len(recs) == 1 and recs[0][1] == 20


def test_switch_off_keeps_first_place_and_toll(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_places, "DUAL_IN_FRAME", False)
    text = "وقصفت الطائرات العراقية مواقع لتنظيم داعش في مدينتي الرمادي والفلوجة غرب بغداد، ما أسفر عن مقتل 20 مسلحا."
    recs = _records(offline_extract, text)
    assert [p for p, _ in recs] == ["الرمادي"] and recs[0][1] == 20
