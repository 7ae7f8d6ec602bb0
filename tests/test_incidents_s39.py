"""Pass 39 incident rule: an attack told as "similar" to the one before ("هجوم مماثل") is another incident
(``attacks_events.SIMILAR_APART``): it joins no record of an earlier sentence and lends it no doer. Sentences
written for these tests."""

import pytest

from marsad.agent.offline import attacks_events as ae

# the similar attack has a day of its own: a record of its own
DATED = ("وما زالت قوات الأمن المغربية مستنفرة منذ مقتل 12 زائرا في تفجير استهدف فندقا بمدينة أكادير الشهر الماضي. "
         "وضرب هجوم مماثل متحفا بالعاصمة قبل أشهر، نفذه مسلحون إسلاميون.")
# no place nor day of its own: no record, and no doer lent
BARE = ("وما زالت قوات الأمن المغربية مستنفرة منذ مقتل 12 زائرا في تفجير استهدف فندقا بمدينة أكادير الشهر الماضي. "
        "وكان تفجير مماثل نفذه مسلحون إسلاميون قد ضرب متحفا في العاصمة قبل عام.")


def _attacks(extract, text):
    return extract(text, published="2016-09-14").attacks


@pytest.mark.parametrize("text,records", [(DATED, 2), (BARE, 1)])
def test_similar_attack_lends_no_doer(offline_extract, text, records):
    atts = _attacks(offline_extract, text)
    assert len(atts) == records
    first = next(a for a in atts if a.killed == 12)
    assert first.perpetrator is None  # the doer told for the similar attack is not this one's


@pytest.mark.parametrize("text", [DATED, BARE])
def test_similar_attack_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(ae, "SIMILAR_APART", False)
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1 and atts[0].perpetrator is not None


def test_same_incident_told_again_still_joins(offline_extract):
    # no word of likeness: the second sentence goes on telling the incident of the first
    text = "قتل 12 زائرا في هجوم على فندق في مدينة أكادير أمس. ونفذ الهجوم مسلحون إسلاميون اقتحموا الفندق."
    atts = _attacks(offline_extract, text)
    assert len(atts) == 1 and atts[0].perpetrator is not None
