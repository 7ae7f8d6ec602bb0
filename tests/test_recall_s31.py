"""Session 31 (attack recall): incidents the text tells that made no record.

- A death told with the dual of an attack noun and no other attack word ("قتل شرطيان في هجومين منفصلين في مدينتي
  ..."، "في تفجيرين متزامنين") was read as a death with no violence told (an accident) and made no record: the dual
  tells violence as its singular does (attacks_cues.VIOLENCE_DUALS; attacks.json violence_duals). Each place listed is
  an incident of its own (guidelines: one record per place of a round-up); a toll told for both together is no
  place's own, also when only one of the two places after a dual place noun ("مدينتي"، "ولايتي") is read.
- A coalition statement's strikes told first as a total, then broken down with a demonstrative ("وقال البيان إن
  خمسا من هذه الغارات كانت قرب مدن ... و...") were one record at the first place: the breakdown referred back to the
  total. A demonstrative retelling that lists two places or more makes one incident per place
  (attacks_events.PLACE_BREAKDOWN).
- A list of places each told with its own count ("منها أربع ضربات قرب حديثة وضربتان قرب هيت وثلاث قرب القائم") is
  one incident per place; the places are not joined by a bare "و", so only the first made a record
  (attacks_events.COUNTED_LIST). A toll told with the first place keeps it that place's.
- A past attack told with its year right before the attack noun ("وشهدت البلاد في خريف عام 2011 هجوما على ...
  أسفر عن مقتل 14") was read as 2011 attacks counted, a statistic, and made no record: a year after a year noun or
  a month name is the attack's date (scope.YEAR_NOT_COUNT); the attack is a background record.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_cues as cues_mod
import marsad.agent.offline.attacks_events as events_mod
import marsad.agent.offline.scope as scope_mod
from marsad.agent.offline import frames

attacks = partial(headline_attacks, published="2016-03-09")


def _off(monkeypatch) -> None:
    monkeypatch.setattr(cues_mod, "VIOLENCE_DUALS", False)
    monkeypatch.setattr(events_mod, "VIOLENCE_DUALS", False)
    monkeypatch.setattr(frames, "CAUSED_DUAL", False)  # pass 41's reader of a dual a toll came of opens them too


_TWO_TOWNS = ("مقتل شرطيين في هجومين بديالى وكركوك\n"
              "قتل شرطيان أمس في هجومين منفصلين في بعقوبة وكركوك، بحسب مصادر أمنية.")


def test_a_dual_roundup_makes_one_record_per_place(offline_extract, monkeypatch):
    got = attacks(offline_extract, _TWO_TOWNS)
    assert sorted(a.location.name for a in got) == ["بعقوبة", "كركوك"]
    assert all(a.killed is None for a in got)  # the two deaths are of both incidents together
    _off(monkeypatch)
    assert attacks(offline_extract, _TWO_TOWNS) == []  # what this fixes: a death with no violence told, no record


_DUAL_PLACE_NOUN = ("مقتل جنديين في سيناء\n"
                    "قتل جنديان مساء أمس في هجومين منفصلين في مدينتي العريش ورفح شمال سيناء.")


def test_a_dual_place_noun_keeps_the_toll_out_of_the_one_place_read(offline_extract, monkeypatch):
    got = attacks(offline_extract, _DUAL_PLACE_NOUN)
    assert [a.location.name for a in got][:1] == ["العريش"]
    assert all(a.killed is None for a in got)
    _off(monkeypatch)
    assert attacks(offline_extract, _DUAL_PLACE_NOUN) == []


_TWIN_BLASTS = ("مقتل أربعة مدنيين في تفجيرين\n"
                "قتل أربعة مدنيين اليوم في تفجيرين متزامنين في سامراء والدجيل.")


def test_twin_blasts_in_two_towns_make_records(offline_extract, monkeypatch):
    assert len(attacks(offline_extract, _TWIN_BLASTS)) >= 1
    _off(monkeypatch)
    assert attacks(offline_extract, _TWIN_BLASTS) == []


_ONE_ATTACK = ("مقتل جنديين في هجوم بالعريش\n"
               "قتل جنديان مساء أمس في هجوم على حاجز أمني في مدينة العريش.")


def test_a_single_attack_keeps_its_toll(offline_extract):
    got = attacks(offline_extract, _ONE_ATTACK)
    assert [(a.location.name, a.killed) for a in got] == [("العريش", 2)]


_ACCIDENT = ("مصرع شخصين في حادث سير\n"
             "لقي شخصان مصرعهما أمس في حادث تصادم بين سيارتين على طريق المدينة.")


def test_a_dual_of_no_attack_noun_is_no_violence(offline_extract):
    assert attacks(offline_extract, _ACCIDENT) == []


_BREAKDOWN = ("التحالف ينفذ 11 غارة على التنظيم\n"
              "أعلنت قيادة التحالف في بيانها اليومي أن طائراته شنت 11 غارة على أهداف للتنظيم في سوريا "
              "والعراق. وأضاف البيان أن خمسا من هذه الغارات التي شنت أمس كانت في سوريا قرب مدن الرقة ومنبج "
              "وأصابت وحدات تكتيكية ومواقع قتالية.")


def test_a_breakdown_of_strikes_by_place_makes_one_record_per_place(offline_extract, monkeypatch):
    got = attacks(offline_extract, _BREAKDOWN)
    assert {"الرقة", "منبج"} <= {a.location.name for a in got if a.location}
    monkeypatch.setattr(events_mod, "PLACE_BREAKDOWN", False)
    assert "منبج" not in {a.location.name for a in attacks(offline_extract, _BREAKDOWN) if a.location}  # what this fixes


_BACK = ("التحالف ينفذ غارات على التنظيم\n"
         "شنت طائرات التحالف أمس غارات على مواقع للتنظيم قرب مدينة الرقة. "
         "وقال البيان إن هذه الغارات دمرت مخزنا للأسلحة.")


def test_a_demonstrative_retelling_with_no_list_joins_the_strikes_told_before(offline_extract):
    got = attacks(offline_extract, _BACK)
    assert [a.location.name for a in got] == ["الرقة"]


_COUNTED = ("التحالف ينفذ تسع ضربات في العراق\n"
            "قال بيان للتحالف إن طائراته نفذت أمس تسع ضربات في العراق، منها أربع ضربات قرب حديثة "
            "وضربتان قرب تكريت وثلاث قرب كركوك.")


def test_a_counted_list_of_strikes_makes_one_record_per_place(offline_extract, monkeypatch):
    got = {a.location.name for a in attacks(offline_extract, _COUNTED) if a.location}
    assert {"حديثة", "تكريت", "كركوك"} <= got
    monkeypatch.setattr(events_mod, "COUNTED_LIST", False)
    assert "كركوك" not in {a.location.name for a in attacks(offline_extract, _COUNTED) if a.location}  # what this fixes


def test_counted_item_reading():
    assert events_mod._counted_item(["وثلاث", "قرب"])
    assert events_mod._counted_item(["وضربتان", "قرب"])
    assert not events_mod._counted_item(["وقال", "مسؤول", "في"])  # a new clause, no count
    assert not events_mod._counted_item(["قرب"])


_PAST_YEAR = ("مقتل شرطي في هجوم على حاجز بمدينة نابل\n"
              "قتل شرطي في هجوم مسلح على حاجز أمني في مدينة نابل أمس. "
              "وشهدت البلاد في خريف عام 2011 هجوما على منتجع في مدينة جربة أسفر عن مقتل 14 شخصا.")


def test_a_past_attack_told_with_its_year_is_a_background_record(offline_extract, monkeypatch):
    got = attacks(offline_extract, _PAST_YEAR)
    past = [a for a in got if a.background]
    assert [(a.killed, (a.date or "")[:4]) for a in past] == [(14, "2011")]
    monkeypatch.setattr(scope_mod, "YEAR_NOT_COUNT", False)
    assert not [a for a in attacks(offline_extract, _PAST_YEAR) if a.background]  # what this fixes


def test_a_count_of_attacks_over_a_year_is_still_a_statistic():
    words = ["وفي", "عام", "2014", "شهدت", "بغداد", "380", "هجوما"]
    assert scope_mod.counted_events(words) == 380
    assert scope_mod.counted_events(["في", "عام", "2012", "هجوما"]) is None
    assert scope_mod.counted_events(["نفذت", "2012", "هجوما"]) == 2012
    assert scope_mod.counted_events(["شهدت", "البلاد", "في", "صيف", "2010", "هجوما"]) is None
    assert scope_mod.counted_events(["شهدت", "البلاد", "في", "2010", "هجوما"]) is None
    assert scope_mod.counted_events(["في", "3000", "هجوم"]) == 3000  # no year of this or the last century
