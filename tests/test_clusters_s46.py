"""Event boundaries, pass 46: a telling that carries its own sign of another event joins no incident told before it
(``attacks_incidents.UNRESOLVED_APART``: a place no gazetteer resolves, with a turn or a time of its own;
``attacks_incidents.TIMED_APART``: a time of its own told with its own place or day), while a retelling with no such
sign still joins.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_incidents
from marsad.core.arabic import normalize

_LATER_UNKNOWN = ("شن الطيران الحربي ليل الجمعة غارات على مواقع المتمردين قرب مدينة الموصل. وفي وقت لاحق، قالت مصادر "
                  "عسكرية إن مقاتلات قصفت أهدافا للمسلحين في زاخوكا شمال البلاد.")
_SAME_UNKNOWN = ("شن الطيران الحربي ليل الجمعة غارات على مواقع المتمردين قرب مدينة الموصل. وقالت مصادر عسكرية إن "
                 "مقاتلات قصفت أهدافا للمسلحين في زاخوكا شمال البلاد.")
_HOURS_BEFORE = ("قصفت طائرات التحالف مبنى القيادة في مدينة صعدة وأوقعت قتلى. وكانت الطائرات قد شنت قبلها بساعات "
                 "ضربات على مستودعات للذخيرة في صعدة.")
_NO_CUE = ("قصفت طائرات التحالف مبنى القيادة في مدينة صعدة وأوقعت قتلى. وكانت الطائرات قد شنت ضربات على مستودعات "
           "للذخيرة في صعدة.")
_LATER_TOLL = "انفجرت سيارة مفخخة في سوق مدينة بعقوبة فقتلت 5 أشخاص. وارتفعت لاحقا حصيلة قتلى التفجير في بعقوبة إلى 9."


@pytest.mark.parametrize("on", [True, False])
def test_a_later_strike_at_an_unknown_place_is_its_own_incident(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_incidents, "UNRESOLVED_APART", on)
    attacks = offline_extract(_LATER_UNKNOWN).attacks
    assert len(attacks) == (2 if on else 1)
    if on:
        assert {a.location.name if a.location else None for a in attacks} == {"مدينة الموصل", None}


def test_an_unknown_place_with_no_second_sign_still_joins(offline_extract):
    # no turn and no time of its own: the sources may be telling the strikes just told in detail
    assert len(offline_extract(_SAME_UNKNOWN).attacks) == 1


@pytest.mark.parametrize("on", [True, False])
def test_strikes_told_hours_before_are_another_incident(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_incidents, "TIMED_APART", on)
    attacks = offline_extract(_HOURS_BEFORE).attacks
    assert len(attacks) == (2 if on else 1)


def test_strikes_at_the_same_city_with_no_time_cue_still_join(offline_extract):
    assert len(offline_extract(_NO_CUE).attacks) == 1


def test_a_later_toll_update_still_updates_the_incident(offline_extract):
    (attack,) = offline_extract(_LATER_TOLL).attacks
    assert attack.killed == 9


def test_own_time_cues():
    def words(text: str) -> list[str]:
        return [normalize(w) for w in text.split()]

    assert attacks_incidents._own_time(words("وفي وقت لاحق قصفت"))
    assert attacks_incidents._own_time(words("شنت قبلها بساعات"))
    assert attacks_incidents._own_time(words("دارت في نهاية الأسبوع"))
    assert not attacks_incidents._own_time(words("وقالت المصادر إن المقاتلات قصفت"))
    assert not attacks_incidents._own_time(words("في نهاية الشهر"))
