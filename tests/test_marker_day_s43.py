"""Pass 43 (prec43): MARKER_BEFORE_DAY (attacks_dates).

A past marker ("سبق أن") in an earlier clause of the sentence, with the event's own recent day between it and the
event, does not make the event past context; with no day between, it still does. Sentences are written for these
tests.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_dates

_EARLIER_CLAUSE = ("وقال الوزير إن المهاجم كان معروفا للشرطة وسبق أن أوقف عام 2016 بتهمة سرقة، قبل أن يتحول إلى التطرف، "
                   "مضيفا أنه تصرف بمفرده الخميس في الهجوم الذي قتل فيه 4 أشخاص وأصيب 11 في بلدة نيم.")


def test_marker_of_an_earlier_clause_leaves_the_news(offline_extract):
    (attack,) = offline_extract(_EARLIER_CLAUSE, published="2019-03-09").attacks
    assert attack.killed == 4 and attack.injured == 11
    assert attack.date == "2019-03-07"
    assert not attack.background


def test_marker_of_an_earlier_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "MARKER_BEFORE_DAY", False)
    (attack,) = offline_extract(_EARLIER_CLAUSE, published="2019-03-09").attacks
    assert attack.background


def test_marker_with_no_day_between_still_dates_back(offline_extract):
    text = ("قتل مسلح 3 أشخاص وأصاب 5 في هجوم على سوق بلدة نيم الخميس. "
            "وسبق أن قتل مسلحون 7 أشخاص في هجوم على محطة حافلات في مدينة ليون.")
    attacks = offline_extract(text, published="2019-03-09").attacks
    old = [a for a in attacks if a.killed == 7]
    assert len(old) == 1 and old[0].background
