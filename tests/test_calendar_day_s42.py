"""Pass 42: an incident told with a written calendar day and told again with that day paragraphs later, with no
place to tell them apart, is one incident (attacks_clusters.CALENDAR_DAY_TIES). The sentences are written for these
tests."""

import marsad.agent.offline.attacks_clusters as clusters
import marsad.agent.offline.attacks_incidents as incidents

_HEAD = ("أكد مسؤول في البنتاغون أن واشنطن لم تحدد بعد هوية من شن هجوما في 9 مارس على قوات "
         "أميركية وأخرى شريكة. وأعلنت واشنطن أن قرابة 60 من المسلحين الموالين للنظام قتلوا في ضربات أميركية جاءت ردا على "
         "هجوم التاسع من مارس. وامتنع البنتاغون عن كشف هوية المهاجمين. وأضاف المسؤول أمام الصحافيين أنه لا يملك "
         "تفاصيل أخرى. وتابع \"لا نعرف الجهة التي وجهتهم\". ولفت إلى استمرار التواصل مع الجانب الروسي. وتنفي روسيا "
         "أي صلة لها. ")
# the strikes told again, far below, by the day of the attack they answered
SAME_DAY = _HEAD + "وقال الجيش الأميركي إنه ردا على هجوم التاسع من مارس، طلبت القوات على الأرض ضربات جوية دامت ساعتين."
# strikes told far below by a weekday only (the same day, not written out): nothing ties them
WEEKDAY = _HEAD + "وقال الجيش الأميركي إن القوات على الأرض طلبت يوم السبت ضربات جوية دامت ساعتين."

def _strikes(offline_extract, text):
    return [a for a in offline_extract(text).attacks if a.attack_type == "airstrike"]


def test_written_day_ties_far_tellings(offline_extract):
    assert [a.killed for a in _strikes(offline_extract, SAME_DAY)] == [60]


def test_switch_off_two_strike_records(offline_extract, monkeypatch):
    monkeypatch.setattr(clusters, "CALENDAR_DAY_TIES", False)
    assert len(_strikes(offline_extract, SAME_DAY)) == 2


def test_weekday_ties_nothing(offline_extract, monkeypatch):
    # (pass 61: with only quotes between, attacks_incidents.QUIET_GAP joins the far telling anyway; this test keeps
    # to what a written day ties, so that rule is off here)
    monkeypatch.setattr(incidents, "QUIET_GAP", False)
    assert len(_strikes(offline_extract, WEEKDAY)) == 2


def test_quiet_gap_joins_the_weekday_telling(offline_extract):
    assert [a.killed for a in _strikes(offline_extract, WEEKDAY)] == [60]
