"""Targets, pass 41: the target of an attack is what was hit, never the means nor an operation's name.

- a number written with "ب" before a weapon ("بثلاث قذائف مدفعية") counts the means, as "بعدة" does: the object
  follows it and the weapon's adjectives (``roles_objects.COUNTED_MEANS``);
- "فجر" right after an operation noun ("عملية فجر ...") is the operation's name, not a verb whose object was hit
  (``roles_objects.OPERATION_NAME``);

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_COUNTED_MEANS = "قصفت المدفعية الإسرائيلية بخمس قذائف مدفعية نقطة مراقبة لحماس شرق خان يونس، مساء الاثنين."
_COUNTED_MEANS_OTHER = "قصفت قوات النظام السوري بثلاث قذائف مواقع للمسلحين في ريف حماة، ما أدى إلى مقتل اثنين."


@pytest.mark.parametrize("on", [True, False])
def test_a_counted_weapon_with_ba_is_the_means_not_the_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_objects, "COUNTED_MEANS", on)
    (a,) = offline_extract(_COUNTED_MEANS).attacks
    if on:
        assert a.target == "نقطة مراقبة لحماس"
    else:
        assert a.target is None or "قذائف" in a.target


def test_a_counted_weapon_then_a_plain_object(offline_extract):
    (a,) = offline_extract(_COUNTED_MEANS_OTHER).attacks
    assert a.target == "مواقع للمسلحين"


def test_a_count_of_the_objects_is_kept(offline_extract):
    # no "ب": the count belongs to what was hit
    (a,) = offline_extract("قصفت الطائرات الحربية، الخميس، ثلاثة مواقع للمتمردين في محافظة صعدة، ما أسفر عن مقتل خمسة.").attacks
    assert a.target is not None and "مواقع" in a.target


_OPERATION = "وأعلنت قيادة العمليات أن قواتها تمكنت ضمن عملية فجر الحديثة من قتل 11 من عناصر داعش."


@pytest.mark.parametrize("on", [True, False])
def test_an_operation_named_dawn_is_no_blast_at_its_place(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_objects, "OPERATION_NAME", on)
    (a,) = offline_extract(_OPERATION).attacks
    assert (a.target == "داعش") == on


def test_fajjara_as_a_verb_still_reads_its_site(offline_extract):
    (a,) = offline_extract("فجر انتحاري نفسه في سوق شعبي بمدينة الحلة، ظهر السبت.").attacks
    assert a.target == "سوق شعبي"
