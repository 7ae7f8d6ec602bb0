"""A name no gazetteer knows, in a sentence that names the article's country only as who acts, pass 57
(``named_places.ACTOR_HOME``): "وأكدت القيادة العسكرية الأميركية أن الغارة وقعت بالقرب من بلدة X" in news of a US
strike in Somalia puts X in Somalia (the country of the places told just before it), not in the United States that the
article names most, as the striking state.

Sentences written for these tests (the town's name is made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import named_places

_STRIKE = ("أعلن الجيش الأميركي يوم الثلاثاء أنه شن غارة جوية قتلت أربعة مسلحين في جنوب #الصومال.\n"
           "وأكدت القيادة العسكرية الأميركية لوكالة أنباء أن الغارة وقعت بالقرب من بلدة قرطوبة.\n"
           "وذكرت واشنطن أن العملية جرت بتنسيق مع السلطات الصومالية.")


@pytest.mark.parametrize("on", [True, False])
def test_the_striking_state_is_no_home_of_the_unknown_town(offline_extract, monkeypatch, on):
    monkeypatch.setattr(named_places, "ACTOR_HOME", on)
    (a,) = offline_extract(_STRIKE, title=_STRIKE.split("\n")[0], published="2019-03-12").attacks
    assert a.location is not None
    assert a.location.country == ("SO" if on else "US")


def test_with_no_place_told_before_the_article_country_stays(offline_extract):
    text = ("قالت القيادة العسكرية الأميركية إن طائرة مسيرة قتلت ثلاثة مسلحين في غارة على بلدة قرطوبة.\n"
            "وأعلنت الولايات المتحدة أن الغارة استهدفت قياديا في حركة الشباب.")
    (a,) = offline_extract(text, title=text.split("\n")[0], published="2019-03-12").attacks
    assert a.location is not None and a.location.country == "US"
