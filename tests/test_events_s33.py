"""Session 33 (one record per incident): non-incidents kept beside the incidents of an article.

- A campaign's age told beside a day's strikes ("مع دخول القصف على المسلحين أسبوعه الثالث") made a record of
  its own, placed wherever its clause named a place: a campaign's age tells how long it has run, not an incident
  (attacks_events.CAMPAIGN_AGE).
- A period's total left out ("قتل 300 ... خلال أسبوعين من الغارات") followed by a part of it told by the strikes'
  definite name ("وأضافت أن ستة من قادة الجماعة قتلوا في الغارات") made a record with that part as its toll: a
  part of a total is no incident either (attacks_events.TOTAL_BREAKDOWN).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as attacks_clusters
import marsad.agent.offline.attacks_events as events_mod
import marsad.agent.offline.attacks_places as places_mod

attacks = partial(headline_attacks, published="2016-04-10")


_CAMPAIGN_AGE = ("غارات على مواقع المسلحين\n"
                 "قتل أربعة أشخاص أمس في غارات شنتها الطائرات الباكستانية على قرية شاه عالم في إقليم وزيرستان، "
                 "مع دخول القصف الباكستاني لمسلحي حركة طالبان وتنظيم القاعدة في أفغانستان أسبوعه الثالث.")


def test_a_campaign_age_is_no_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _CAMPAIGN_AGE)
    assert [a.killed for a in got] == [4]
    monkeypatch.setattr(events_mod, "CAMPAIGN_AGE", False)
    old = attacks(offline_extract, _CAMPAIGN_AGE)  # what this fixes: the campaign made a record of its own
    assert len(old) == 2


def test_a_campaign_age_needs_the_age_noun(offline_extract):
    # "دخول" before an attack word with no age noun after it is no campaign's age: the incident stays
    text = ("اقتحام بلدة\n"
            "قتل ثلاثة مدنيين أمس في قصف رافق دخول القوات إلى بلدة تل حميس في محافظة الحسكة.")
    got = attacks(offline_extract, text)
    assert [a.killed for a in got] == [3]


_TOTAL_PARTS = ("هجوم على مركز للشرطة\n"
                "قتل شرطي أمس في هجوم شنه مسلحون على مركز للشرطة في بلدة نصيبين بولاية ماردين.\n"
                "وذكرت وكالة الأنباء الرسمية أن نحو 250 مسلحا قتلوا وأصيب 300 آخرون خلال أسبوعين من "
                "الغارات المتواصلة على معاقل الجماعة في الجبال.\n"
                "وأضافت أن ستة من قادة الجماعة ونحو 20 مقاتلة قتلوا في الغارات.")


def test_a_part_of_a_period_total_is_no_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _TOTAL_PARTS)
    assert [a.killed for a in got] == [1]
    monkeypatch.setattr(events_mod, "TOTAL_BREAKDOWN", False)
    old = attacks(offline_extract, _TOTAL_PARTS)  # what this fixes: the part made a record with 26 dead
    assert sorted(a.killed or 0 for a in old) == [1, 26]


def test_a_strike_toll_after_a_dated_incident_stays(offline_extract):
    # no period's total before it: the strikes' toll is the incident the article tells
    text = ("غارات على معاقل المسلحين\n"
            "شنت المقاتلات أمس غارات على معاقل المسلحين قرب بلدة العمادية.\n"
            "وأضافت الوكالة أن ستة مسلحين قتلوا في الغارات.")
    got = attacks(offline_extract, text)
    assert [a.killed for a in got] == [6]


_LAUNCHED = ("قصف مدفعي عبر الحدود\n"
             "قصفت المدفعية الإيرانية أمس مواقع المسلحين الأكراد في شمال العراق، فيما انطلق القصف فجر أمس من "
             "مدينة بيرانشهر في أقصى غرب إيران واستهدف أهدافا قرب الحدود العراقية.")


def test_where_the_fire_set_out_from_is_no_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _LAUNCHED)
    assert len(got) == 1
    monkeypatch.setattr(places_mod, "LAUNCHED_FROM", False)
    monkeypatch.setattr(events_mod, "LAUNCHED_NAMED", False)
    old = attacks(offline_extract, _LAUNCHED)  # what this fixes: the town the fire set out from made a second record
    assert len(old) == 2


def test_a_place_after_a_new_clause_is_where_it_fell():
    words = ["انطلق", "المسلحون", "من", "قريه", "سنجار", "وهاجموا", "بلده", "تلعفر"]
    assert places_mod._launched_from(words, 4)
    assert not places_mod._launched_from(words, 7)


_RELATIVE = ("انفجار في سوق\n"
             "انفجرت سيارة مفخخة أمس في سوق شعبي بمدينة الحلة جنوب بغداد.\n"
             "وقال مصدر في الشرطة إن الانفجار الذي أودى بحياة 7 أشخاص أسفر أيضا عن إصابة 25 آخرين.")


def test_a_toll_told_in_a_relative_clause_of_the_incident_is_it_again(offline_extract, monkeypatch):
    got = attacks(offline_extract, _RELATIVE)
    assert [(a.killed, a.injured) for a in got] == [(7, 25)]
    monkeypatch.setattr(events_mod, "RELATIVE_TOLD", False)
    monkeypatch.setattr(attacks_clusters, "UNDATED_SAME_TOLL", False)  # (the same toll, undated, also ties them)
    old = attacks(offline_extract, _RELATIVE)  # what this fixes: a second record with the same toll
    assert len(old) == 2


_LATEST = ("إطلاق نار في مطعم\n"
           "فتح مسلح النار داخل مطعم مزدحم في مدينة دالاس مساء الجمعة مما أدى إلى مقتل ثلاثة أشخاص وإصابة خمسة آخرين.\n"
           "وجاءت حادثة إطلاق النار الأخيرة بولاية أوهايو بعد شهر من نقاش حول قوانين السلاح.")


def test_the_latest_shooting_in_its_province_is_the_one_told(offline_extract, monkeypatch):
    got = attacks(offline_extract, _LATEST)
    assert [(a.location.name, a.killed) for a in got] == [("دالاس", 3)]
    monkeypatch.setattr(events_mod, "LATEST_TOLD", False)
    old = attacks(offline_extract, _LATEST)  # what this fixes: a second record at the province
    assert len(old) == 2


def test_the_latest_attack_in_another_city_stays_apart(offline_extract):
    # a town of its own is another incident, told as the latest before this one
    text = ("هجوم على حاجز\n"
            "قتل جنديان أمس في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش.\n"
            "وكان الهجوم الأخير في مدينة الإسماعيلية قد أسفر الشهر الماضي عن مقتل أربعة من رجال الشرطة.")
    got = attacks(offline_extract, text)
    assert sorted(a.killed for a in got) == [2, 4]


def test_a_massacre_is_violence_told(offline_extract):
    # "مجزرة" names a killing done by someone: a toll told with it is an attack (guidelines: massacres)
    got = attacks(offline_extract, "مجزرة في مدرسة\nقتل 9 أشخاص الخميس في مجزرة بمدرسة ابتدائية في ولاية أوهايو.")
    assert [a.killed for a in got] == [9]


def test_a_road_massacre_is_an_accident(offline_extract):
    got = attacks(offline_extract, "حادث على الطريق\nلقي 12 شخصا مصرعهم أمس في مجزرة مرورية على طريق سريع قرب مدينة حمص.")
    assert got == []


_DESCRIBED = ("انفجار في سوق\n"
              "لقي 6 أشخاص حتفهم الخميس إثر انفجار استهدف سوقا شعبيا في مدينة صغيرة تقع شمال بيدوا، "
              "بحسب مصدر أمني.")


def test_a_described_town_is_no_name(offline_extract, monkeypatch):
    got = attacks(offline_extract, _DESCRIBED)
    assert len(got) == 1 and "صغيرة" not in got[0].location.name
    monkeypatch.setattr(events_mod, "DESCRIBED_NAMED", False)
    old = attacks(offline_extract, _DESCRIBED)  # what this fixes: the description read as the town's name
    assert "صغيرة" in old[0].location.name
