"""Session 27 places and actors: a country named as who acts (an adjective of origin, a state after a verb of armed
action) gives no country to a town of its sentence that no gazetteer knows; the DHKP-C is a known armed group.
Sentences written for these tests."""

import pytest

from marsad.agent.offline import locations


def _countries(text: str) -> list[tuple[str | None, str | None]]:
    import marsad

    return [(a.location.name if a.location else None, a.location.country if a.location else None)
            for a in marsad.extract(text).attacks]


TEXT = ("تواصل القوات الصومالية عملياتها ضد حركة الشباب في جنوب الصومال. وقالت القيادة العسكرية الأميركية إن غارة "
        "استهدفت مسلحين في بلدة كوبنهاوسن أمس وقتلت 4 منهم.")


def test_a_country_told_as_the_actor_gives_no_country_to_an_unknown_town(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path))
    assert _countries(TEXT) == [("كوبنهاوسن", "SO")]
    monkeypatch.setattr(locations, "ACTING_COUNTRY", False)
    assert _countries(TEXT) == [("كوبنهاوسن", "US")]


def test_the_dhkp_c_is_a_known_group(tmp_path, monkeypatch: pytest.MonkeyPatch):
    import marsad

    monkeypatch.setenv("MARSAD_HOME", str(tmp_path))
    r = marsad.extract("أطلق مسلحان النار على مبنى القنصلية في أضنة، وتبنت جبهة حزب التحرير الشعبي الثوري الهجوم.")
    assert [a.perpetrator for a in r.attacks] == ["جبهة حزب التحرير الشعبي الثوري"]
