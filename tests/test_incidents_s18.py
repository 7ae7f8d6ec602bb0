"""Session 18 (incidents): what makes a mention an incident.

- Fire a side is told getting ready for ("عناصر تستعد لإطلاق قذائف"، "يتأهب المسلحون لاقتحام البلدة") is not fire
  that was made: a verb of getting ready (``readying_verbs``) just before the attack word makes it no incident, so
  it neither makes a record of its own nor splits the strike that stopped it into two. A frame that also gives a day
  of its own tells a done event beside the readied one, and keeps it.
- A report's count up to the end of a period ("حتى نهاية العام الماضي") is a period total like one over it ("خلال
  العام"): "حتى" opens a report's span too (``report_until``), so the count is no incident and no toll of one.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_events as attacks_events
import marsad.agent.offline.scope as scope_mod

attacks = partial(headline_attacks, published="2019-04-06")


_READIED = ("مقاتلات التحالف تدمر منصة صواريخ قرب صرواح\n"
            "دمرت مقاتلات التحالف، مساء الجمعة، منصة لإطلاق الصواريخ في جبل المشجح غرب صرواح.\n"
            "وقال مصدر ميداني إن الطائرات رصدت عناصر تستعد لإطلاق قذائف باتجاه مدينة مأرب، فدمرت المنصة قبل "
            "الإطلاق.")


def test_fire_made_ready_is_no_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _READIED)
    assert len(got) == 1 and got[0].location is not None and got[0].location.name != "مأرب"
    monkeypatch.setattr(attacks_events, "READYING", False)
    assert len(attacks(offline_extract, _READIED)) == 2  # (the readied launch toward the city, a record of its own)


_DONE_BESIDE = ("المدفعية تدمر قافلة للمسلحين قرب الحدود\n"
                "يتأهب المسلحون لاقتحام بلدة الوادي، فيما دمرت المدفعية أمس قافلة من الآليات كانت متجهة إلى "
                "مواقعهم قرب الحدود.")


def test_a_day_of_its_own_keeps_the_done_event(offline_extract):
    assert len(attacks(offline_extract, _DONE_BESIDE)) == 1


_REPORT_UNTIL = ("مقتل مصور صحفي بقذيفة في البيضاء\n"
                 "قتل مصور صحفي، الخميس، بقذيفة أطلقها مسلحون على سيارته في منطقة الملاجم بمحافظة البيضاء.\n"
                 "وكان تقرير لنقابة الصحفيين اتهم المسلحين بقتل 19 صحفيا واختطاف 80 آخرين حتى نهاية العام "
                 "الماضي.")


def test_a_report_count_up_to_a_period_end_is_no_toll_of_the_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _REPORT_UNTIL)
    assert [a.killed for a in got] == [1]
    monkeypatch.setattr(scope_mod, "REPORT_UNTIL", False)
    assert 19 in [a.killed for a in attacks(offline_extract, _REPORT_UNTIL)]  # (the report's count over a period, as a toll)
