"""Pass 45: an incident told first with no place it can be matched by ("في بلدة صغيرة تقع شمال العاصمة") and, within two
sentences, named again by its definite noun with a place and no toll of its own, is one incident told with its place
(attacks_clusters.PLACED_RETELLING), not a second one. Another incident told there ("في حادث منفصل"، "أخرى", a past
one) stays apart. The sentences are written for these tests."""

import marsad.agent.offline.attacks_clusters as attacks_clusters

LEAD = ('قتل تسعة أشخاص على الأقل الخميس في انفجار وقع في سوق شعبي في بلدة صغيرة تقع شمال مقديشو. '
        'وقال مسؤول أمني إن بين الجرحى حالات خطرة. ')
RETOLD = LEAD + 'ولم يعرف حتى مساء الخميس إن كان الانفجار ناجما عن انتحاري أو عن عبوة زرعت في سوق بلدة جوهر.'
SEPARATE = LEAD + 'وفي حادث منفصل، انفجرت عبوة ناسفة في سوق بلدة جوهر.'
ANOTHER = LEAD + 'وانفجرت عبوة ناسفة أخرى في سوق بلدة جوهر.'
PAST = LEAD + 'وكان الانفجار الذي ضرب سوق بلدة جوهر العام الماضي قد أودى بحياة 20 شخصا.'


def test_definite_retelling_with_place_one_incident(offline_extract):
    (attack,) = offline_extract(RETOLD, published="2018-03-10").attacks
    assert attack.killed == 9
    assert "جوهر" in attack.location.name


def test_switch_off_two_records(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_clusters, "PLACED_RETELLING", False)
    assert len(offline_extract(RETOLD, published="2018-03-10").attacks) == 2


def test_other_incidents_stay_apart(offline_extract):
    for text in (SEPARATE, ANOTHER, PAST):
        attacks = offline_extract(text, published="2018-03-10").attacks
        assert len(attacks) == 2
        assert sorted(a.killed for a in attacks if a.killed is not None)[0] == 9
