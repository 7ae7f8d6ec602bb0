"""Pass 37 (attack precision on real news: one record per real incident): sentences written for these tests, none
from the corpus."""

from __future__ import annotations

from marsad.agent.offline import scope


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2017-03-08").attacks


def _places(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.killed, a.injured) for a in _attacks(offline_extract, text)]


# FUTURE_REPLY --------------------------------------------------------------------------------------------------

# a threat: what the other side will meet, not strikes told as done
MEETS_STRIKES = "وأعلن الناطق العسكري أن الفصائل المعتدية ستواجه بضربات مركزة على مخازنها في مدينة سرت."
WILL_BE_HIT = "وأكد الضابط أن أي قافلة تقترب من الحدود ستتعرض لقصف مدفعي قرب بلدة القائم."


def test_future_reply_is_no_attack(offline_extract):
    assert _attacks(offline_extract, MEETS_STRIKES) == []
    assert _attacks(offline_extract, WILL_BE_HIT) == []


def test_future_reply_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "FUTURE_REPLY", False)
    assert _attacks(offline_extract, MEETS_STRIKES) != []


def test_future_reply_leaves_done_strikes(offline_extract):
    text = "وشنت المقاتلات ضربات مركزة على مخازن الفصائل في مدينة سرت الثلاثاء الماضي، وأدت إلى مقتل 7 مسلحين."
    assert _places(offline_extract, text) == [("سرت", 7, None)]


# MODAL_NEGATED -------------------------------------------------------------------------------------------------

# an analyst's guess of what a state might do: "قد لا" + an imperfect of any person
MAY_NOT_HESITATE = "ويرجح مراقبون أن واشنطن قد لا تعترض على شن ضربات جوية ضد معسكرات الحزب في منطقة سنجار."


def test_modal_negated_is_no_attack(offline_extract):
    assert _attacks(offline_extract, MAY_NOT_HESITATE) == []


def test_modal_negated_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "MODAL_NEGATED", False)
    assert _attacks(offline_extract, MAY_NOT_HESITATE) != []


def test_modal_negated_reads_words():
    from marsad.agent.offline.scope_acts import is_modal
    words = ["قال", "إن", "الجيش", "قد", "لا", "ينفذ", "غارات"]
    assert is_modal(words, 0, len(words), True)
    assert not is_modal(words, 0, len(words), False)
    done = ["قال", "إن", "الجيش", "قد", "تعرض", "لهجوم"]  # a perfect after "قد": a fact
    assert not is_modal(done, 0, len(done), True)


# ANAPHORIC_PAST ------------------------------------------------------------------------------------------------

# the victim's death told again in the pluperfect, with no day of its own: the incident told just before
GUARD_RETOLD = "قتل جندي، السبت، بنيران مسلحين في مدينة الخليل. وكان الجندي قد لقي حتفه أثناء مروره قرب نقطة تفتيش."


def test_anaphoric_past_death_is_that_incident(offline_extract):
    assert _places(offline_extract, GUARD_RETOLD) == [("الخليل", 1, None)]


def test_anaphoric_past_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters
    from marsad.agent.offline import attacks_incidents as ai
    monkeypatch.setattr(ai, "ANAPHORIC_PAST", False)
    monkeypatch.setattr(attacks_clusters, "UNDATED_SAME_TOLL", False)  # (the same toll, undated, also ties them)
    assert len(_attacks(offline_extract, GUARD_RETOLD)) == 2


# SINCE_TODAY ---------------------------------------------------------------------------------------------------

# a fight running since last night is one incident, not a period's sum
SINCE_LAST_NIGHT = "وأفاد ضابط بأن المعارك الدائرة منذ فجر الأحد في بلدة الشيخ مسكين خلفت 31 قتيلا من المسلحين."


def test_since_last_night_is_one_fight(offline_extract):
    assert [(p, k) for p, k, _ in _places(offline_extract, SINCE_LAST_NIGHT)] == [("الشيخ مسكين", 31)]


def test_since_today_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import scope_totals
    monkeypatch.setattr(scope_totals, "SINCE_TODAY", False)
    assert _attacks(offline_extract, SINCE_LAST_NIGHT) == []


def test_since_a_start_is_still_a_sum(offline_extract):
    text = "وأفاد ضابط بأن المعارك الدائرة منذ فجر التاريخ في بلدة الشيخ مسكين خلفت 31 قتيلا من المسلحين."
    assert _attacks(offline_extract, text) == []
    text = "وأفاد ضابط بأن المعارك الدائرة منذ مطلع العام في بلدة الشيخ مسكين خلفت 31 قتيلا من المسلحين."
    assert _attacks(offline_extract, text) == []


# ACCUSED_PAST --------------------------------------------------------------------------------------------------

# an attack told only as what a side is blamed for: the accusation's day is not its day
BLAMED = "حمّل محافظ الإقليم، الخميس، حركة مسلحة مسؤولية التورط في محاولة اغتيال قائد شرطة مدينة قندهار."
BLAMED_BARE = "اتهم الناطق الأمني، الخميس، الحركة بالوقوف وراء الهجوم على مقر البلدية في مدينة سبها."


def test_accused_attack_takes_no_speech_day(offline_extract):
    assert [(a.location.name, a.date) for a in _attacks(offline_extract, BLAMED)] == [("قندهار", None)]
    assert _attacks(offline_extract, BLAMED_BARE) == []  # a bare allusion to an attack: no record


def test_accused_past_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records
    monkeypatch.setattr(attacks_records, "ACCUSED_PAST", False)
    assert [a.date for a in _attacks(offline_extract, BLAMED)] == ["2017-03-02"]


def test_accused_attack_with_its_toll_keeps_its_day(offline_extract):
    text = "وحمّلت الحكومة، الخميس، الحركة مسؤولية الهجوم الذي استهدف حافلة في مدينة سبها وأدى إلى مقتل 6 ركاب."
    assert [(a.killed, a.date) for a in _attacks(offline_extract, text)] == [(6, "2017-03-02")]


# TWIN_RETOLD ---------------------------------------------------------------------------------------------------

# a twin bombing told again in the pluperfect with another source's toll: one incident
TWIN = ("قتل 9 أشخاص، الجمعة، في تفجيرين انتحاريين في بلدة المقدادية. وكان انتحاريان قد فجرا نفسيهما قرب "
        "مسجد البلدة وقتل في التفجير 11 شخصا.")


def test_twin_retold_is_one_incident(offline_extract):
    assert len(_attacks(offline_extract, TWIN)) == 1


def test_twin_retold_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_incidents as ai
    monkeypatch.setattr(ai, "TWIN_RETOLD", False)
    assert len(_attacks(offline_extract, TWIN)) == 2


def test_twin_and_another_bombing_stay_apart(offline_extract):
    text = ("قتل 9 أشخاص، الجمعة، في تفجيرين انتحاريين في بلدة المقدادية. كما قتل 4 آخرون، السبت، في تفجيرين "
            "انتحاريين آخرين في البلدة.")
    assert len(_attacks(offline_extract, text)) == 2
