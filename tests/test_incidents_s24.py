"""One record per incident, twenty-fourth pass: a round-up's total is no incident of its own.

Sentences written for these tests, none from the corpus.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_incidents

_ROUNDUP = ("قتل 19 مدنيا في غارات جوية لطائرات النظام على محافظة حلب اليوم. "
            "وقال ناشطون إن الطائرات شنت أربع غارات على مدينة منبج ما أدى إلى مقتل 12 مدنيا. "
            "وأضافوا أن 7 آخرين قتلوا في قصف على بلدة دير حافر.")


def _tolls(extract, text, published="2015-07-24"):
    return sorted(a.killed for a in extract(text, published=published).attacks)


def test_a_total_its_incidents_add_up_to_is_no_record(offline_extract):
    assert _tolls(offline_extract, _ROUNDUP) == [7, 12]


def test_the_total_makes_a_record_with_the_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "ROUNDUP_TOTAL", False)
    assert 19 in _tolls(offline_extract, _ROUNDUP)


def test_a_total_the_later_tolls_do_not_add_up_to_stays(offline_extract):
    text = _ROUNDUP.replace("7 آخرين", "5 آخرين")
    assert 19 in _tolls(offline_extract, text)


def test_two_tolls_in_other_governorates_are_no_parts_of_a_district_toll(offline_extract):
    text = ("قتل خمسة مدنيين بانفجار لغم أرضي في مديرية حيس اليوم. "
            "وفي مديرية الخوخة قتل ثلاثة صيادين بلغم آخر. "
            "كما قتل شخصان بقذيفة في مدينة تعز.")
    assert 5 in _tolls(offline_extract, text, "2018-03-06")


_KIN = ("سقطت قذيفة أطلقتها جماعة مسلحة على منزل في بلدة الخوخة اليوم، "
        "وأسفرت عن إصابة زوجته وزوجة ابنه وشقيقه.")


def test_relatives_listed_after_the_wound_word_count_one_each(offline_extract):
    (attack,) = offline_extract(_KIN, published="2018-02-20").attacks
    assert attack.injured == 3


def test_relatives_are_not_counted_with_the_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_frame
    monkeypatch.setattr(casualties_frame, "KIN_LIST", False)
    attacks = offline_extract(_KIN, published="2018-02-20").attacks
    assert all(a.injured != 3 for a in attacks)


def test_a_named_victim_his_wife_and_his_son_are_three(offline_extract):
    text = ("قتل المواطن ياسر الحداد وزوجته وابنه "
            "في انفجار لغم أرضي زرعته جماعة مسلحة في مديرية الخوخة اليوم.")
    (attack,) = offline_extract(text, published="2018-03-06").attacks
    assert attack.killed == 3


_ANAPHORIC = ("قتل مسلح شرطيين بالرصاص في وسط مدينة أنتويرب البلجيكية الثلاثاء واحتجز رهينة "
              "قبل أن يلقى مصرعه برصاص قوات الأمن.")


def test_the_attackers_own_death_told_by_its_pronoun_is_no_second_incident(offline_extract):
    (attack,) = offline_extract(_ANAPHORIC, published="2018-05-29").attacks
    assert attack.killed == 2


def test_the_pronoun_death_makes_a_record_with_the_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "ANAPHORIC_DEATH", False)
    assert len(offline_extract(_ANAPHORIC, published="2018-05-29").attacks) == 2


_CLAIMED = ("تبنى تنظيم داعش هجوما انتحاريا استهدف مسجدا في مدينة هرات الأحد وأسفر عن مقتل شخصين وإصابة تسعة. "
            "وأضافت الشرطة أن قوات الأمن طوقت المكان. "
            "ونقلت وسائل إعلام محلية صورا للمسجد بعد الحادث. "
            "وقال بيان لتنظيم داعش إن مقاتليه نفذوا هجوما يستهدف حسينية في منطقة السلام بمدينة هرات.")


def test_a_claim_at_a_place_within_the_city_with_the_same_doer_is_the_same_incident(offline_extract):
    assert len(offline_extract(_CLAIMED, published="2018-03-25").attacks) == 1


def test_the_claim_makes_a_record_with_the_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "NESTED_DOER", False)
    assert len(offline_extract(_CLAIMED, published="2018-03-25").attacks) == 2


_LEAD_TOLL = ("قتل مدنيان وأصيب ثالث بجروح في قصف على القطاع صباح الأحد. "
              "وأفاد مراسل أن دبابة أطلقت قذيفة على نقطة رصد قرب السياج. "
              "من جهتها أكدت وزارة الصحة وفاة اثنين بالقصف الذي طال شرق مدينة رفح.")


def test_an_unplaced_lead_toll_told_again_at_the_one_placed_incident_is_that_incident(offline_extract):
    (attack,) = offline_extract(_LEAD_TOLL, published="2018-05-27").attacks
    assert attack.killed == 2


def test_the_lead_toll_stays_apart_with_the_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "LEAD_SAME_TOLL", False)
    assert len(offline_extract(_LEAD_TOLL, published="2018-05-27").attacks) == 2
