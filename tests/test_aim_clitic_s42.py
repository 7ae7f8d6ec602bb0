"""Pass 42: a force written with a glued "ل" after what was aimed at owns it; it is not the subject of "استهدف"
(roles_forces.CLITIC_NAME). Sentences written for these tests."""

import pytest

import marsad.agent.offline.roles_forces as forces

_PATROL = "استهدف مسلحون دورية للجيش قرب قرية البو عيثة، ما أدى إلى مقتل جنديين."


def test_owner_of_the_patrol_is_not_the_doer(offline_extract):
    (attack,) = offline_extract(_PATROL).attacks
    assert attack.perpetrator is None
    assert "دورية" in attack.target


def test_switch_off_makes_the_owner_the_doer(offline_extract, monkeypatch):
    monkeypatch.setattr(forces, "CLITIC_NAME", False)
    (attack,) = offline_extract(_PATROL).attacks
    assert attack.perpetrator == "الجيش العراقي"


@pytest.mark.parametrize("text, doer", [
    ("واستهدفت قوات الجيش مواقع للمسلحين في أطراف المدينة، وقتلت خمسة منهم.", "الجيش العراقي"),
    ("واستهدفت كتيبة تابعة لحركة الشباب قاعدة عسكرية في مدينة كيسمايو، ما أدى إلى مقتل ثلاثة جنود.", "حركة الشباب"),
])
def test_a_subject_after_the_verb_is_still_the_doer(offline_extract, text, doer):
    assert [a.perpetrator for a in offline_extract(text).attacks] == [doer]
