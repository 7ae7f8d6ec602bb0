"""Session 26 (attack incidents): one record per real incident on the development slice's error classes.

- A sentence that turns to another event told as a point in time ("بعد يوم واحد من"، "قبل ساعات من"، "غداة")
  tells two incidents: a frame after the mark never joins the incident told before it in the same sentence (nor
  lends it its toll), and a toll told after the mark goes with the event told after the mark. A frame before the
  mark reads no place or date told after it (they are the other event's). "ردا على" marks the event an act
  answers: the attack answered takes no day told before the mark (the day of the answer).
- Deaths or attacks told over a recent long span ("في الفترة الأخيرة"، "في الأشهر الأخيرة") with no exact toll, no
  day and no place below the country are a run of events, not one incident.
- A killing with a count told beside the arms used (نيران، رشاش، بندقية، سكين) is violence: an incident.
- In a story of a report on a period ("تقريرها لشهر مارس")، counts told after a verb of documenting (وثق، رصد)
  with no day are the report's tally, not incidents.
- A telling with no day and no mark of its standing, right after a past incident at a place it lies in, goes on
  telling that incident; a launch verb naming the fire just told ("بقذائف أطلقتها من ...") is that fire again.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_cues as attacks_cues
from marsad.agent.offline.attacks_cues import other_event_marks

attacks = partial(headline_attacks, published="2019-10-08")


def test_marks_of_another_event():
    assert other_event_marks(["وذلك", "بعد", "يومين", "من", "تفجير"]) == [1]
    assert other_event_marks(["جاء", "ذلك", "بعد", "ساعات", "قليله", "من", "هجوم"]) == [2]
    assert other_event_marks(["غداه", "هجوم", "علي", "سوق"]) == [0]
    assert other_event_marks(["قتل", "جنديان", "بعد", "انفجار", "عبوه"]) == []  # a bare "بعد": one incident's parts
    assert other_event_marks(["بعد", "يومين", "فقط"]) == []


_TWO = ("انفجار يستهدف دورية في كركوك\n"
        "أصيب ثلاثة من رجال الشرطة في انفجار عبوة ناسفة بمدينة كركوك الثلاثاء، وذلك بعد أيام قليلة من مقتل "
        "سبعة مدنيين في تفجيرات انتحارية على سوق شعبي.")


def test_an_event_after_the_mark_is_another_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _TWO)
    assert len(recs) == 2, [(r.killed, r.injured, r.location and r.location.name) for r in recs]
    bomb = next(r for r in recs if r.injured == 3)
    assert bomb.killed is None  # the seven dead are the bus attack's, not the bomb's
    assert any(r.killed == 7 for r in recs)
    monkeypatch.setattr(attacks_cues, "OTHER_EVENT", False)
    assert len(attacks(offline_extract, _TWO)) == 1  # the rule off: the merge this rule mends


_TOLL_AFTER = ("غارة على مواقع في رفح\n"
               "شنت طائرات الجيش الإسرائيلي فجر الخميس غارة على مواقع في مدينة رفح.\n"
               "وتأتي الغارة بعد أيام من المواجهات العنيفة قرب السياج شرقي خان يونس التي بلغت ذروتها الاثنين مع "
               "مقتل 12 فلسطينيا.")


def test_a_toll_after_the_mark_stays_with_its_event(offline_extract):
    recs = attacks(offline_extract, _TOLL_AFTER)
    strike = next(r for r in recs if r.attack_type == "airstrike")
    assert strike.killed is None, [(r.attack_type, r.killed, r.date) for r in recs]


_AFTER_ANNOUNCEMENT = ("تبادل للقصف بين الجيشين\n"
                       "قصفت مدفعية الجيش التركي فجر الأحد مواقع للقوات السورية داخل الأراضي السورية.\n"
                       "وجاء القصف المتبادل بين الجارتين فوق الأراضي السورية بعد أيام من إعلان أنقرة خروجها من "
                       "الاتفاق الذي أبرمته مع موسكو عام 2017.")


def test_a_frame_reads_no_place_or_date_past_the_mark(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _AFTER_ANNOUNCEMENT)
    assert len(recs) == 1, [(r.location and r.location.name, r.date) for r in recs]
    monkeypatch.setattr(attacks_cues, "OTHER_EVENT", False)
    assert len(attacks(offline_extract, _AFTER_ANNOUNCEMENT)) == 2  # the rule off: Ankara's year made a second, past incident


_ANSWERED = ("كندا تطرد دبلوماسيين\n"
             "قررت كندا طرد ثلاثة دبلوماسيين الخميس ردا على هجوم بالسم استهدف معارضا سابقا في هولندا.\n"
             "وكان الهجوم الذي وقع في العاشر من سبتمبر في مدينة أوتريخت قد أدخل المعارض وزوجته المستشفى.")


def test_the_attack_answered_takes_no_day_of_the_answer(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _ANSWERED)
    assert len(recs) == 1, [(r.location and r.location.name, r.date) for r in recs]
    assert recs[0].date == "2019-09-10"
    monkeypatch.setattr(attacks_cues, "OTHER_EVENT", False)
    assert len(attacks(offline_extract, _ANSWERED)) == 2  # the rule off: the expulsion's day made the attack a second incident


_SPAN_RUN = ("مقتل قائد ميداني في مأرب\n"
             "قتل قائد ميداني للمسلحين مساء الأحد في اشتباكات مع قوات الجيش غرب مدينة مأرب.\n"
             "ولقي عدد كبير من قادة الجماعة في الأشهر الأخيرة مصرعهم في المواجهات مع القوات الحكومية على عدة جبهات.")


def test_a_run_of_deaths_over_recent_months_is_no_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _SPAN_RUN)
    assert len(recs) == 1, [(r.location and r.location.name, r.date, r.background) for r in recs]
    monkeypatch.setattr(attacks_cues, "RECENT_SPAN", False)
    assert len(attacks(offline_extract, _SPAN_RUN)) == 2  # the rule off: the months' run made a record of its own


def test_a_recent_span_with_a_toll_or_a_town_stays():
    from marsad.agent.offline.attacks_cues import over_recent_span
    assert over_recent_span(["في", "الفتره", "الاخيره"], 0, 3)
    assert not over_recent_span(["في", "الايام", "الاخيره"], 0, 3)  # days: one run of fire may be one record


_SHOOTING = ("حادث في مدرسة\n"
             "قالت الشرطة الجمعة إن الطالب الموقوف كان يعاني من اضطرابات.\n"
             "وكان الطالب قتل تسعة أشخاص، الخميس، عندما فتح نيران بندقية آلية في مدرسته بمدينة دالاس في ولاية تكساس.")


def test_a_killing_told_with_arms_is_an_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _SHOOTING)
    assert [r.killed for r in recs] == [9], [(r.killed, r.location and r.location.name) for r in recs]
    monkeypatch.setattr(attacks_cues, "ARMS_TOLD", False)
    assert not any(r.killed == 9 for r in attacks(offline_extract, _SHOOTING))  # the rule off: no violence told, no record


_MONTH_REPORT = ("تقرير يرصد انتهاكات في إب\n"
                 "أصدرت منظمة حقوقية تقريرها لشهر مارس الماضي عن الانتهاكات في محافظة إب.\n"
                 "ووثقت المنظمة إصابة 11 مدنيا جراء قذائف المسلحين، وأصيب 3 آخرون برصاص القناصة في قرية الجرافة.")


def test_a_monthly_reports_tally_is_no_incident(offline_extract, monkeypatch):
    assert attacks(offline_extract, _MONTH_REPORT) == []
    import marsad.agent.offline.attacks_events as attacks_events
    monkeypatch.setattr(attacks_events, "REPORT_TALLY", False)
    assert attacks(offline_extract, _MONTH_REPORT)  # the rule off: the month's tally made records


_MONITOR_NEWS = ("غارة على بلدة في ريف إدلب\n"
                 "وثق المرصد مقتل 6 مدنيين في غارة جوية استهدفت بلدة سرمين صباح اليوم.")


def test_a_monitors_news_of_one_strike_stays(offline_extract):
    assert 6 in [r.killed for r in attacks(offline_extract, _MONITOR_NEWS)]  # (no report of a period: the strike stays)


_PAST_GOES_ON = ("لغم يودي بحياة طفل في لحج\n"
                 "قتل طفل، الأحد، في انفجار لغم أرضي زرعه المسلحون في مديرية المسيمير بمحافظة لحج.\n"
                 "وكان المسلحون ارتكبوا قبل أسبوعين مجزرة مروعة جديدة في منطقة الشعيبات شمال مدينة تعز جنوب غرب البلاد "
                 "أودت بحياة ثلاثة أطفال وإصابة 9 آخرين.\n"
                 "وبحسب مصادر محلية، فإن المسلحين أمطروا سوقا شعبيا في منطقة الشعيبات شمال تعز بقذائف هاون أطلقوها من "
                 "أماكن تمركزهم في تبة القرين.")


def test_an_undated_telling_goes_on_with_the_past_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _PAST_GOES_ON)
    past = [r for r in recs if r.killed == 3]
    assert len(past) == 1 and len(recs) == 3, [(r.location and r.location.name, r.date, r.killed) for r in recs]
    import marsad.agent.offline.attacks_incidents as attacks_incidents
    monkeypatch.setattr(attacks_incidents, "UNDATED_GOES_ON", False)
    assert len(attacks(offline_extract, _PAST_GOES_ON)) == 4  # the rule off: the market shelling made a record of today's news


def test_a_launch_verb_naming_the_fire_told_is_that_fire():
    from marsad.agent.offline.attacks_events import _relaunch
    assert _relaunch(["بقذايف", "اطلقتها", "من"], 1)
    assert _relaunch(["واطلقها"], 0)
    assert not _relaunch(["اطلقت", "صواريخ"], 0)  # a launch told anew
