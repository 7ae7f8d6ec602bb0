"""Session 14 (attack splits): one record per incident when news names strikes again by "the bombardment".

- A definite bare noun of fire ("القصف"، "الغارات") with no doer of its own, told right after strikes (same sentence
  or the next), at a place no gazetteer knows or one inside theirs, names those strikes again: one incident, even
  when the two words name different kinds of fire (air strikes, then "القصف").
- A place listed with the strikes in the sentence before is a strike of its own, and a sentence adding another
  event ("كما") tells another incident.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as attacks_clusters
import marsad.agent.offline.attacks_incidents as attacks_incidents

attacks = partial(headline_attacks, published="2019-04-02")


_RENAMED = ("مقاتلات تقصف مواقع قرب الحديدة\n"
            "نفذت مقاتلات التحالف، مساء الاثنين، عدة غارات على معسكر قرب مدينة الحديدة، وطال القصف مخزنا "
            "في منطقة الكويزي الساحلية.\n"
            "ولم ترد معلومات عن ضحايا حتى الآن.")

_ANOTHER = ("مقاتلات تقصف مواقع قرب الحديدة\n"
            "نفذت مقاتلات التحالف، مساء الاثنين، عدة غارات على معسكر قرب مدينة الحديدة.\n"
            "كما طال القصف مخزنا في منطقة الكويزي الساحلية.")


def test_bombardment_names_the_strikes_again(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _RENAMED)
    assert len(recs) == 1, [(r.attack_type, r.location) for r in recs]
    assert recs[0].attack_type == "airstrike"
    monkeypatch.setattr(attacks_incidents, "RENAMED", False)
    # (pass 61: a place no gazetteer knows, told in the sentence of the strikes, joins them too: both rules off)
    monkeypatch.setattr(attacks_clusters, "UNRESOLVED_WITHIN", False)
    assert len(attacks(offline_extract, _RENAMED)) == 2  # the rule off: the split this rule mends


def test_an_added_bombardment_stays_apart(offline_extract):
    assert len(attacks(offline_extract, _ANOTHER)) == 2


_LISTED = ("مقاتلات تقصف مواقع في صعدة\n"
           "نفذت مقاتلات التحالف، مساء الاثنين، غارات استهدفت مواقع في جبل الدخان بمنطقة الملاحيط، "
           "وشعب الحمام في منطقة الحصامة.\n"
           "وبحسب شهود فقد دمرت الغارات مخزنا للذخيرة في منطقة شعب الحمام.")


def test_a_place_listed_with_the_strikes_keeps_its_strike(offline_extract, monkeypatch):
    on = [(r.attack_type, r.location and r.location.name) for r in attacks(offline_extract, _LISTED)]
    monkeypatch.setattr(attacks_incidents, "RENAMED", False)
    assert on == [(r.attack_type, r.location and r.location.name) for r in attacks(offline_extract, _LISTED)]


_REGION = ("جنود يقتلون فتى قرب السياج\n"
           "قتلت قوات الاحتلال الإسرائيلي فتى فلسطينيا عند حدود غزة وأصابت آخر بجروح.\n"
           "وفتح الجنود النار على الفتيين قرب السياج شرق مدينة غزة بزعم اقترابهما منه.")


def test_a_town_near_a_regions_centre_retells_its_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _REGION)
    assert len(recs) == 1, [(r.attack_type, r.location and r.location.name) for r in recs]
    assert recs[0].killed == 1
    monkeypatch.setattr(attacks_incidents, "REGION", False)
    assert len(attacks(offline_extract, _REGION)) == 2  # the rule off: the split this rule mends


_PARTIAL = ("هجوم مزدوج يضرب العاصمة\n"
            "قتل مسلحون تسعة أشخاص على الأقل وأصابوا نحو 40 آخرين الأربعاء في هجومين متزامنين على مقر وزارة "
            "الدفاع ومطار مدينة نيامي.\n"
            "وقال متحدث حكومي إن مهاجمين مجهولين قتلوا ستة أشخاص وأصابوا نحو 40 آخرين في الهجوم على مقر "
            "الوزارة في نيامي الأربعاء.")


def test_a_sites_part_of_the_toll_is_the_same_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _PARTIAL, published="2019-04-04")
    assert len(recs) == 1, [(r.location and r.location.name, r.killed, r.injured) for r in recs]
    assert recs[0].killed == 9
    monkeypatch.setattr(attacks_incidents, "PARTIAL", False)
    assert len(attacks(offline_extract, _PARTIAL, published="2019-04-04")) == 2  # the rule off: the split this rule mends
