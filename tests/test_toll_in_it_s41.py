"""Pass 41: a toll told "in it" ("وقتل فيه 20") right after an attack word of its own sentence that tells an incident
already read is that incident counted by another source, not a second record (attacks_incidents.TOLL_IN_IT).
Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.offline import attacks_incidents

_TWO_SOURCES = ("قال مسؤول محلي إن مسلحين اقتحموا حاجزا للشرطة في ولاية غزني وقتلوا 6 عناصر وأصابوا 3 على الأقل. "
                "وفي وقت سابق، قال نائب في مجلس الولاية إن الهجوم كان واسعا، وقتل فيه 19 شخصا، وأصيب شخصان.")


def test_toll_in_it_is_the_incident(offline_extract):
    attacks = offline_extract(_TWO_SOURCES, published="2018-05-12").attacks
    assert len(attacks) == 1
    assert attacks[0].killed == 6  # the first figure stays; the other source's only adds its citation
    assert len(attacks[0].citations) >= 2


def test_switch_off_splits(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "TOLL_IN_IT", False)
    assert len(offline_extract(_TWO_SOURCES, published="2018-05-12").attacks) == 2


def test_another_place_stays_apart(offline_extract):
    text = ("قال مسؤول محلي إن مسلحين اقتحموا حاجزا للشرطة في ولاية غزني وقتلوا 6 عناصر. "
            "وفي ولاية قندوز انفجرت عبوة ناسفة بسوق شعبي وقتل فيها 11 شخصا.")
    assert len(offline_extract(text, published="2018-05-12").attacks) == 2


def test_no_pronoun_no_join(offline_extract):
    text = ("قال مسؤول محلي إن مسلحين اقتحموا حاجزا للشرطة في ولاية غزني وقتلوا 6 عناصر. "
            "وفي هجوم آخر قتل 11 شخصا بتفجير سيارة مفخخة في ولاية قندوز.")
    assert len(offline_extract(text, published="2018-05-12").attacks) == 2
