"""Session 13 (attacks): words that tell no incident.

- A figure verb glued to و/ف before an indefinite attack word ("وتمثل هجوما على البلاد") makes the attack a
  figure, as the bare verb already did ("تمثل هجوما").
- A verb of wanting just before an attack word ("كانت تريد تنفيذ هجوم انتحاري") tells what someone meant to do.
- A future verb of acting just before it ("سيرد بهجوم صاروخي"، "كانا سينفذان اعتداء") tells what is yet to be done.
- An event after "لم" and a verb of occurring or being reported ("ولم ترد أي أنباء عن وقوع انفجارات") did not happen.
- A sentence telling a film's or series' plot ("تدور أحداث الفيلم ...") tells fiction.
- A word of likeness before an attack word ("ينفذون ما يشبه عمليات انتحارية") tells a likeness.
- Locations: a town abroad after a street noun, or joined by "و" after a dual one ("شارعي النصر وبغداد" in
  Damascus), is a street; a world town named by a plural noun of the news ("من الفصائل المقاتلة") is a town only
  after a strong place cue.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_events as attacks_events
import marsad.agent.offline.locations as locations_mod
import marsad.agent.offline.scope as scope_mod

attacks = partial(headline_attacks, published="2019-04-02")


_FIGURE = ("انتقد الرئيس الفرنسي قرار النقابات بتمديد الإضراب في قطاع النقل.\n"
           'واعتبر الرئيس الفرنسي، الأربعاء، أن الإضراب "مؤسف"، ويمثل "هجوما على الجمهورية".')

_WANTED = ("كشف الادعاء البريطاني تفاصيل جديدة عن قضية الموقوفة منذ الربيع.\n"
           "وقال الادعاء البريطاني، الجمعة، إن الموقوفة كانت تريد تنفيذ هجوم انتحاري في محطة القطارات في لندن.")


def test_glued_figure_verb_makes_no_attack(offline_extract):
    assert attacks(offline_extract, _FIGURE) == []


def test_glued_figure_verb_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "CLITIC_FIGURE", False)
    assert attacks(offline_extract, _FIGURE)


def test_definite_attack_after_glued_verb_is_kept(offline_extract):
    text = ("قصفت الطائرات الحربية الإسرائيلية فجر اليوم موقعا لحركة حماس شمال مدينة بيت لاهيا في قطاع غزة.\n"
            "ويعد القصف الأول من نوعه منذ أسبوعين على القطاع.")
    recs = attacks(offline_extract, text)
    assert len(recs) == 1
    assert any("ويعد القصف" in c.quote for c in recs[0].citations)


def test_wanted_attack_is_no_incident(offline_extract):
    assert attacks(offline_extract, _WANTED) == []


def test_wanted_attack_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_mod, "DESIRE", False)
    assert attacks(offline_extract, _WANTED)


_FUTURE = ("قال وزير الخارجية إن الاتفاق لن يصمد طويلا.\n"
           "وقال الوزير، الأحد، إن الحركة سترد بهجوم صاروخي على حيفا إن انهار الاتفاق.")

_PLOT = ("يعرض فيلم عراقي جديد في دور السينما الشهر المقبل.\n"
         "وتدور أحداث الفيلم في الموصل عام 2007 حول شاب يتسلل إلى سوق شعبي ويفجر نفسه بحزام ناسف.")


def test_future_attack_is_no_incident(offline_extract):
    assert attacks(offline_extract, _FUTURE) == []


def test_future_attack_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_mod, "FUTURE", False)
    assert attacks(offline_extract, _FUTURE)


def test_film_plot_is_no_incident(offline_extract):
    assert attacks(offline_extract, _PLOT) == []


def test_film_plot_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_mod, "STORY", False)
    assert attacks(offline_extract, _PLOT)



_SIMILE = ("قتل قائد ميداني للمتمردين مع سبعة من عناصره، الثلاثاء، في معارك غرب مدينة الحديدة.\n"
           "وذكرت المصادر أن مقاتلي الكتيبة ينفذون ما يشبه عمليات انتحارية لاستعادة مواقعهم في مديرية حيس.")


def test_simile_is_no_attack(offline_extract):
    assert not any(a.attack_type == "suicide_attack" for a in attacks(offline_extract, _SIMILE))


def test_simile_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "SIMILE", False)
    assert any(a.attack_type == "suicide_attack" for a in attacks(offline_extract, _SIMILE))


_STREETS = ("تواصل القصف على أحياء العاصمة السورية منذ الصباح.\n"
            "وارتفع عدد قتلى القذائف التي أطلقها المسلحون على شارعي النصر وبغداد وحي القصاع في دمشق إلى 7 قتلى،"
            " الأحد.")

_FACTIONS = "قتل 15 عنصرا في الأقل من الفصائل المقاتلة، الاثنين، في تفجير انتحاري نفذه تنظيم داعش في ريف إدلب الجنوبي."


def _countries(recs):
    return {a.location.country for a in recs if a.location is not None}


def test_street_named_after_town_is_no_town(offline_extract):
    assert _countries(attacks(offline_extract, _STREETS)) == {"SY"}


def test_street_named_after_town_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations_mod, "STREETS", False)
    assert "IQ" in _countries(attacks(offline_extract, _STREETS))


def test_factions_is_no_place(offline_extract):
    recs = attacks(offline_extract, _FACTIONS)
    assert recs and all(a.location is None or "الفصائل" not in (a.location.name or "") for a in recs)


def test_factions_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations_mod, "CUE_ONLY", False)
    monkeypatch.setattr(locations_mod, "EVERYDAY_FIRST", False)  # (s26: the everyday-word test also catches it)
    assert any(a.location is not None and "الفصائل" in (a.location.name or "") for a in attacks(offline_extract, _FACTIONS))


_NOT_REPORTED = "واتسعت الشقوق في منطقة ليلاني قرب البركان، ولم ترد أي أنباء عن وقوع انفجارات في هاواي يوم الأحد."


def test_unreported_blast_is_no_incident(offline_extract):
    assert attacks(offline_extract, _NOT_REPORTED) == []


def test_unreported_blast_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_mod, "NEGATED", False)
    assert attacks(offline_extract, _NOT_REPORTED)


def test_blast_with_no_reported_casualties_is_kept(offline_extract):
    text = "انفجرت عبوة ناسفة، الأحد، قرب دورية للشرطة في مدينة العريش، ولم ترد تقارير عن وقوع إصابات."
    assert len(attacks(offline_extract, text)) == 1
