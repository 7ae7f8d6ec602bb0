"""Pass 53 (placesb53): reference points after unknown places. Every text here is written for these tests, with
invented place names.

* ``attacks_events.BEARING_ONE_STEP``: a phrase of direction or nearness ("الواقع إلى الغرب من مدينة Y"، "إلى الشمال
  من"، "بالقرب من") between an unknown place and the known place after it is one step of the parent gap, so the
  unknown place is the incident's, within the known one.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_events


def _places(offline_extract, text):
    return [(a.location.name, a.location.governorate) if a.location else None
            for a in offline_extract(text).attacks]


_WEST_OF = "قصفت طائرات حربية تجمعا للمسلحين في وادي الزنبرة الواقع إلى الشمال من مدينة المكلا."
_NORTH_OF = "قصفت المدفعية مواقع للحوثيين في جبل القرنفة إلى الشمال من مدينة صعدة."
_ONE_WORD = "قصفت طائرات حربية تجمعا للمسلحين في وادي الزنبرة الواقع شمال مدينة المكلا."


def test_direction_phrase_is_one_step(offline_extract):
    assert _places(offline_extract, _WEST_OF) == [("وادي الزنبرة", "Hadramawt")]
    assert _places(offline_extract, _NORTH_OF) == [("جبل القرنفة", "Saada")]
    assert _places(offline_extract, _ONE_WORD) == [("وادي الزنبرة", "Hadramawt")]  # as before


def test_bearing_one_step_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "BEARING_ONE_STEP", False)
    assert _places(offline_extract, _WEST_OF) == [("المكلا", "Hadramawt")]  # the reference point
    assert _places(offline_extract, _NORTH_OF) == [("صعدة", "Saada")]
    assert _places(offline_extract, _ONE_WORD) == [("وادي الزنبرة", "Hadramawt")]
