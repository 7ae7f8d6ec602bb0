"""Session 19: the day of an event told a span of days after another day of its sentence (agent/offline/attacks_dates).

"دعا الرئيس، اليوم الأحد، ... بعد يوم من هجوم ..." dates the attack on the Saturday, "غداة اشتباكات" on the day
before the day its sentence tells, "بعد 3 أيام على تفجير" three days before. Before, such an event kept no day (the
span was only known to exclude the sentence's day) or took the day of the news itself. Only an event told with a
toll or a place of its own is dated so; a bare mention of the event the news is dated from is left alone, and a day
told right after the event is its own. An attack told as "earlier" ("في أيام جمع سابقة") is past context and does
not take the news day. The sentences below are written for the tests (published on a Sunday,
2019-03-10).
"""

from marsad.agent.offline import attacks_dates

_DAY_AFTER_ATTACK = ("دعا رئيس الحكومة، اليوم الأحد، السكان إلى الهدوء، بعد يوم من هجوم مسلح استهدف مركزا للشرطة "
                     "في مدينة الفاو وخلف 7 قتلى.")
_CLASH_EVE = ("شنت الطائرات الحربية غارات على مواقع المسلحين مساء السبت، غداة اشتباكات عنيفة في بلدة العين "
              "قتل فيها ثلاثة جنود.")
_DAYS_COUNTED = ("أعلنت الشرطة، الأحد، توقيف مشتبه به، بعد 3 أيام على تفجير سيارة مفخخة في سوق بلدة الحمراء "
                 "أوقع 5 قتلى.")


def _dates(offline_extract, text, count):
    return [a.date for a in offline_extract(text).attacks if a.killed == count]


def test_day_after_an_attack_dates_it_the_day_before(offline_extract):
    assert _dates(offline_extract, _DAY_AFTER_ATTACK, 7) == ["2019-03-09"]


def test_switch_off_leaves_the_attack_undated(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_BACK", False)
    assert "2019-03-09" not in _dates(offline_extract, _DAY_AFTER_ATTACK, 7)


def test_clashes_on_the_eve_take_the_day_before(offline_extract):
    assert _dates(offline_extract, _CLASH_EVE, 3) == ["2019-03-08"]


def test_clashes_switch_off_take_the_strikes_day(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_BACK", False)
    assert _dates(offline_extract, _CLASH_EVE, 3) != ["2019-03-08"]


def test_counted_days_go_back_that_many_days(offline_extract):
    assert _dates(offline_extract, _DAYS_COUNTED, 5) == ["2019-03-07"]


def test_bare_mention_of_the_earlier_event_gets_no_day(offline_extract):
    # no toll and no place of its own: only the reference the news is dated from
    recs = offline_extract("شنت الطائرات الحربية، الجمعة، غارات على مواقع التنظيم، بعد أربعة أيام على هجوم "
                           "دام نسب إليه.").attacks
    assert "2019-03-04" not in [a.date for a in recs]


def test_own_day_right_after_the_event_wins(offline_extract):
    recs = offline_extract("زار الوزير، الأحد، مدينة الفاو بعد يومين من هجوم على مركز للشرطة فيها يوم الخميس "
                           "قتل فيه 4 عناصر.").attacks
    assert [a.date for a in recs if a.killed == 4] == ["2019-03-07"]


_EARLIER_FRIDAYS = ("قتل 3 أشخاص السبت في انفجار عبوة ناسفة في سوق بلدة الريحان. "
                    "وفي أيام جمع سابقة، هاجم مسلحون مسجدا في بلدة الكرامة وقتلوا 12 مصليا.")


def test_attack_told_as_earlier_does_not_take_the_news_day(offline_extract):
    recs = [a for a in offline_extract(_EARLIER_FRIDAYS).attacks if a.killed == 12]
    assert [(a.date, a.background) for a in recs] == [(None, True)]


def test_earlier_switch_off_gives_it_the_news_day(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_PAST", False)
    assert [a.date for a in offline_extract(_EARLIER_FRIDAYS).attacks if a.killed == 12] == ["2019-03-09"]
