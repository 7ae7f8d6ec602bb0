"""Pass 44, attacks_incidents SPLIT_TOLL: a toll told again in parts ("N ... فيما توفي M آخرون") is one incident.

News gives an incident's dead, then how they fell: so many on the spot and the others later in hospital, or so many
at one step of the assault and the others at the next. When the two counts of one sentence add up to the exact toll
told just before, they are that toll's parts (GUIDELINES §4: partial counts are not separate attacks), not a second
incident with the first part as its toll.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_incidents as incidents_mod

_HOSPITAL = ("لقي 11 شخصا حتفهم في تفجير انتحاري استهدف مجلس عزاء في مدينة تلعفر الخميس. "
             "وأكد ضابط في الشرطة مقتل أربعة على الفور، بينما توفي سبعة آخرون لاحقا في المستشفى.")
_STEPS = ("قتل 17 قرويا في هجوم شنه مسلحون على بلدة قرب مدينة سامراء ليل الأحد. "
          "وأفاد شهود بأن المهاجمين أطلقوا النار على حراس البلدة فقتلوا 5 منهم، ثم دخلوا البيوت فقتلوا 12 آخرين.")


def _tolls(attacks) -> list[int | None]:
    return sorted((a.killed for a in attacks), key=lambda k: (k is None, k))


def test_dead_on_the_spot_and_in_hospital_are_one_toll(offline_extract):
    assert _tolls(offline_extract(_HOSPITAL).attacks) == [11]


def test_dead_at_each_step_of_the_assault_are_one_toll(offline_extract):
    assert _tolls(offline_extract(_STEPS).attacks) == [17]


def test_parts_that_do_not_add_up_stay_apart(offline_extract):
    # negative: 3 and 5 make 8, not the 11 told before: another count, left as it was
    text = _HOSPITAL.replace("مقتل أربعة", "مقتل ثلاثة").replace("سبعة آخرون", "خمسة آخرون")
    assert 11 in _tolls(offline_extract(text).attacks)
    assert _tolls(offline_extract(text).attacks) == _tolls(_off(offline_extract, text))


def test_parts_at_other_places_are_other_incidents(offline_extract):
    # negative: the two counts are told at their own towns, away from the first incident's
    text = ("قتل 9 أشخاص في هجوم مسلح على سوق في مدينة الموصل الأحد. "
            "وقتل مسلحون 4 جنود في هجوم على حاجز في تكريت، فيما قتل 5 آخرون في تفجير عبوة ناسفة في بيجي.")
    assert _tolls(offline_extract(text).attacks) == [4, 5, 9]


def _off(offline_extract, text):
    old = incidents_mod.SPLIT_TOLL
    incidents_mod.SPLIT_TOLL = False
    try:
        return offline_extract(text).attacks
    finally:
        incidents_mod.SPLIT_TOLL = old


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(incidents_mod, "SPLIT_TOLL", False)
    assert _tolls(offline_extract(_HOSPITAL).attacks) == [4, 11]
    assert _tolls(offline_extract(_STEPS).attacks) == [5, 17]


def test_wounded_others_are_no_part_of_the_dead(offline_extract):
    # negative: "مقتل 5 وإصابة 6 آخرين" counts 6 wounded; 5 + 6 is the 11 told before only by chance
    text = ("لقي 11 شخصا حتفهم في تفجير انتحاري استهدف مجلس عزاء في مدينة تلعفر الخميس. "
            "وفي حادث منفصل، أكد ضابط في الشرطة مقتل 5 وإصابة 6 آخرين على الفور.")
    assert _tolls(offline_extract(text).attacks) == _tolls(_off(offline_extract, text))


def test_parts_at_nearby_towns_are_other_incidents(offline_extract):
    # negative: the parts are told at two other towns of the same province, not at the incident's own city
    text = ("قتل 13 شخصا في انفجار سيارة مفخخة في سوق بمدينة بعقوبة الأربعاء. "
            "وقتل خمسة أشخاص في انفجار عبوة ناسفة في المقدادية، فيما قتل ثمانية آخرون في هجوم مسلح في الخالص.")
    assert {5, 13} <= set(_tolls(offline_extract(text).attacks))
    assert _tolls(offline_extract(text).attacks) == _tolls(_off(offline_extract, text))
