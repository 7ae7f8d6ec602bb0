"""Targets, session 17: the target of an attack read from the sentence must be what was struck.

- a force on the doer's side (``allied_sides``) read as the target in another sentence of the incident than the
  doer, or under a doer the article lends, is no target of it (``attacks_records.ALLIED_TARGET``);
- a target is a noun phrase, never an adverbial: an attribution aside or "على الأقل" where the object begins is
  passed over (``roles_objects.OBJECT_ADVERBIALS``), and closing adverbs ("عمدا"، "سابقا") are no part of a target,
  nor is an attribution read alone (``roles_targets.TARGET_ADVERBS``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_records, roles_objects, roles_targets
from marsad.agent.offline.roles_targets import _without_adverbs, allied_names
from marsad.schemas import Attack

_ALLY_AS_SOURCE = ("شنت مقاتلات التحالف العربي، الثلاثاء، سلسلة غارات جوية في مديرية نهم شرق صنعاء.\n"
                   "وأسفرت الغارات عن مقتل 14 عنصرا، بحسب ما أورده الموقع الرسمي للجيش اليمني.")


def test_allied_names_reads_the_sides():
    assert allied_names("الجيش اليمني", "التحالف العربي")
    assert allied_names("المقاومة التهامية", "الجيش اليمني")
    assert not allied_names("الحوثيين", "التحالف العربي")
    assert not allied_names("الجيش اليمني", None)


@pytest.mark.parametrize("on", [True, False])
def test_the_doers_ally_told_in_another_sentence_is_not_its_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_records, "ALLIED_TARGET", on)
    (a,) = offline_extract(_ALLY_AS_SOURCE).attacks
    assert a.perpetrator == "التحالف العربي"
    assert (a.target is None) == on


def _strike(perp: str | None, target: str | None) -> Attack:
    return Attack.model_construct(attack_type="airstrike", perpetrator=perp, perpetrator_en=None, target=target,
                                  flags=[])


@pytest.mark.parametrize("on", [True, False])
def test_a_lent_doer_drops_its_allys_target(monkeypatch, on):
    monkeypatch.setattr(attacks_records, "ALLIED_TARGET", on)
    out = attacks_records._strike_doers([(_strike("التحالف العربي", "الحوثيين"), True),
                                         (_strike(None, "الجيش اليمني"), False)])
    assert out[1].perpetrator == "التحالف العربي"
    assert (out[1].target is None) == on
    assert out[0].target == "الحوثيين"  # the other side stays the target


_ASIDE = ("وقصفت مدفعية الجيش السوري، وفقا لمصادر محلية، مواقع للمسلحين في بلدة كفرنبل يوم الاثنين، "
          "ما أسفر عن مقتل 6 مسلحين.")
_AT_LEAST = "وشنت طائرات حربية سورية خمس غارات على الأقل على أحياء في مدينة إدلب يوم الأحد، ما أسفر عن مقتل 9 مدنيين."


@pytest.mark.parametrize(("text", "expected"), [(_ASIDE, "مواقع للمسلحين"), (_AT_LEAST, "أحياء")])
@pytest.mark.parametrize("on", [True, False])
def test_an_adverbial_where_the_object_begins_is_passed_over(offline_extract, monkeypatch, text, expected, on):
    monkeypatch.setattr(roles_objects, "OBJECT_ADVERBIALS", on)
    monkeypatch.setattr(roles_targets, "TARGET_ADVERBS", on)
    (a,) = offline_extract(text).attacks
    assert (a.target == expected) == on


def test_closing_adverbs_and_attributions_are_no_target():
    assert _without_adverbs("السوق المركزي عمدا") == "السوق المركزي"
    assert _without_adverbs("القرية مرارا") == "القرية"
    assert _without_adverbs("سابقا") is None
    assert _without_adverbs("بحسب المصدر الطبي") is None
    assert _without_adverbs("الأقل") is None
    assert _without_adverbs("مواقع الميليشيات") == "مواقع الميليشيات"


_OFTEN = "وقال المتحدث إن مسلحي التنظيم هاجموا قرية الحمرا مرارا خلال الأيام السبعة الماضية، ما أسفر عن مقتل 4 مدنيين."


@pytest.mark.parametrize("on", [True, False])
def test_a_closing_adverb_is_no_part_of_the_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "TARGET_ADVERBS", on)
    (a,) = offline_extract(_OFTEN).attacks
    assert (a.target == "قرية الحمرا") == on
