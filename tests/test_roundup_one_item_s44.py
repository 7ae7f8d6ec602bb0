"""Pass 44, attacks_roundups ONE_ITEM: a series' toll followed by one incident alone is a round-up total.

"قتل 37 في سلسلة تفجيرات في العاصمة وجنوب البلاد" and then one bombing in the capital with 25 dead: the 37 is the
day's total (GUIDELINES §4: partial counts are not separate attacks, the overall total is not a record), the other
bombings are told with no place or toll of their own. Before, the total made a record of its own beside the bombing.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_roundups as roundups_mod

_SERIES = ("وقتل 43 شخصا في سلسلة تفجيرات متزامنة ضربت الخميس مقديشو ومدنا في جنوب البلاد. "
           "وهز انفجاران انتحاريان العاصمة في ساعات الصباح ما أسفر عن مقتل 26 شخصا بينهم جنود.")


def _tolls(attacks) -> list[int | None]:
    return sorted((a.killed for a in attacks), key=lambda k: (k is None, k))


def test_the_series_total_is_no_record(offline_extract):
    assert _tolls(offline_extract(_SERIES).attacks) == [26]


def test_one_bombing_told_alone_keeps_its_record(offline_extract):
    # negative: no total of several attacks before it
    text = "وقتل 43 شخصا الخميس بتفجير انتحاري استهدف فندقا في مقديشو. وقال مسؤول إن 26 منهم من الجنود."
    assert 43 in _tolls(offline_extract(text).attacks)


def test_two_incidents_at_other_places_are_not_items(offline_extract):
    # negative: the later incident is at a place the total does not cover
    text = ("وقتل 43 شخصا في سلسلة تفجيرات متزامنة ضربت الخميس مقديشو. "
            "وفي كينيا، قتل 12 شخصا في هجوم على حافلة قرب مدينة مانديرا الخميس.")
    assert 43 in _tolls(offline_extract(text).attacks)


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roundups_mod, "ONE_ITEM", False)
    assert _tolls(offline_extract(_SERIES).attacks) == [26, 43]
