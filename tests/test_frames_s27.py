"""Session 27 (frames27): tolls told as what fell after the event, months named alone, definite and dual event nouns.

Sentences written for these tests (same kind as the news, other words, places and numbers)."""

from __future__ import annotations

from marsad.agent.offline import frames

FALLEN = ("قال مسؤول محلي إن انفجاراً وقع أمام مبنى البلدية في مدينة جلال آباد، اليوم الاثنين، ما أدى إلى سقوط 7 قتلى "
          "و22 مصاباً. وكان انفجار سيارة مفخخة في مدينة قندوز، الأحد، أسفر عن مقتل 19 شخصاً.")


def _one(offline_extract, text: str, place: str, published: str = "2019-03-10"):
    (a,) = [a for a in offline_extract(text, published=published).attacks if a.location and place in a.location.name]
    return a


# --- a toll told as what fell ("ما أدى إلى سقوط 7 قتلى") joins the event before it, with the event's own day


def test_fallen_toll_keeps_the_event_day(offline_extract):
    a = _one(offline_extract, FALLEN, "جلال")
    assert (a.date, a.killed, a.injured) == ("2019-03-04", 7, 22)


def test_fallen_toll_with_no_comma_is_counted(offline_extract):
    text = ("قال مسؤول إن انفجاراً وقع أمام مبنى المحافظة في مدينة قندوز الاثنين ما أدى إلى سقوط 5 قتلى. "
            "وكان هجوم على حاجز في مدينة هرات، أمس الأحد، أسفر عن مقتل 3 جنود.")
    a = _one(offline_extract, text, "قندوز")
    assert (a.date, a.killed) == ("2019-03-04", 5)


def test_fallen_toll_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "FALLEN_TOLL", False)
    a = _one(offline_extract, FALLEN, "جلال")
    assert a.date != "2019-03-04"
