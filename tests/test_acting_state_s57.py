"""A country told as the subject of a verb of armed action is the state that strikes, not where, pass 57
(``attacks_places.ACTING_STATE``): "غارات جوية نفذتها بريطانيا وفرنسا على مواقع" puts no strike in Britain.

Sentences written for these tests (names, days and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_places

_TEXT = ("قالت الحكومة الفرنسية اليوم الأحد إن أهداف الضربات الجوية في سوريا تحققت.\n"
         "وجاء ذلك بعد ضربات جوية ليلية نفذتها بريطانيا وفرنسا وأمريكا ضد مواقع تابعة للنظام.")


@pytest.mark.parametrize("on", [True, False])
def test_the_striking_states_are_no_place(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_places, "ACTING_STATE", on)
    recs = offline_extract(_TEXT, title=_TEXT.split("\n")[0], published="2019-04-14").attacks
    countries = {a.location.country for a in recs if a.location is not None}
    assert ("GB" in countries) is not on
    assert "FR" not in countries and "US" not in countries


@pytest.mark.parametrize(("text", "country"), [
    ("وشنت تركيا غارات جوية على مواقع المسلحين في شمال العراق أمس.", "IQ"),
    ("وشنت إسرائيل غارات على مواقع في سوريا فجر اليوم.", "SY"),
])
def test_the_strike_keeps_its_own_place(offline_extract, text, country):
    (a,) = offline_extract(text, published="2019-04-14").attacks
    assert a.location is not None and a.location.country == country


_PARTNERS = "وشنت الطائرات الأميركية ضربة جوية مع فرنسا وبريطانيا على مواقع النظام في سوريا فجر اليوم."


@pytest.mark.parametrize("on", [True, False])
def test_the_partners_after_ma_are_no_place(offline_extract, monkeypatch, on):
    """``attacks_places.PARTNER_LIST``: "مع فرنسا وبريطانيا": both are parties, the second too."""
    monkeypatch.setattr(attacks_places, "PARTNER_LIST", on)
    countries = {a.location.country for a in offline_extract(_PARTNERS, published="2019-04-14").attacks
                 if a.location is not None}
    assert ("GB" in countries) is not on


def test_a_border_with_two_countries_is_still_a_place(offline_extract):
    (a,) = offline_extract("قتل ثلاثة جنود في اشتباكات على الحدود مع سوريا والعراق أمس.", published="2019-04-14").attacks
    assert a.location is not None
