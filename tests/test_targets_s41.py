"""Targets, pass 41: the target of an attack is what was hit, never the means, an operation's name, how often it struck or the gear destroyed.

- a number written with "ب" before a weapon ("بثلاث قذائف مدفعية") counts the means, as "بعدة" does: the object
  follows it and the weapon's adjectives (``roles_objects.COUNTED_MEANS``);
- "فجر" right after an operation noun ("عملية فجر ...") is the operation's name, not a verb whose object was hit
  (``roles_objects.OPERATION_NAME``);
- a target opening with a word of repetition ("مرتين متتاليتين") is none (``roles_targets.REPEAT_TARGET``);
- a clause telling the doer after the attack word ("تفجير نفذه التنظيم") is no object (``roles_objects.DOER_CLAUSE``);
- gear destroyed after the counted dead ("قتل 17 إرهابيا وتدمير خمسة هاونات") yields to the dead
  (``roles_targets.DESTROYED_YIELDS_TO_COUNT``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects, roles_targets

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


_REPEATED = "وذكر سكان أن الطائرات قصفت مرتين متتاليتين وبعدة صواريخ، نقطة لحركة حماس قرب مخيم البريج."


@pytest.mark.parametrize("on", [True, False])
def test_how_often_a_strike_hit_is_no_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "REPEAT_TARGET", on)
    (a,) = offline_extract(_REPEATED).attacks
    assert (a.target is None) == on


def test_a_plain_object_is_kept(offline_extract):
    (a,) = offline_extract("وقال شهود إن الغارات الإسرائيلية استهدفت موقعا لحركة حماس شرق مخيم المغازي.").attacks
    assert a.target == "موقعا لحركة حماس"


_DESTROYED = ("وأفاد بيان لقيادة العمليات بأن طيران الجيش نفذ ضربات في قضاء هيت وتمكن من قتل 17 إرهابيا وتدمير"
              " خمسة هاونات.")


@pytest.mark.parametrize("on", [True, False])
def test_gear_destroyed_after_the_dead_is_no_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "DESTROYED_YIELDS_TO_COUNT", on)
    (a,) = offline_extract(_DESTROYED).attacks
    assert a.killed == 17
    assert (a.target == "إرهابيا") == on


def test_gear_destroyed_first_stays_the_target(offline_extract):
    (a,) = offline_extract("دمرت طائرات التحالف الدولي ثلاث عجلات لداعش في قضاء حديثة وقتلت 10 من عناصره.").attacks
    assert a.target == "ثلاث عجلات لداعش"


def test_a_bare_member_noun_does_not_take_the_gears_place(offline_extract):
    text = "كما قتل 12 عنصرا آخر من المتمردين ودمرت 4 عربات عسكرية للمتمردين بغارات للتحالف في مديرية حرض."
    (a,) = offline_extract(text).attacks
    assert a.target != "عنصرا"


_DOER_CLAUSE = "شهدت مدينة كركوك عمليات تفجير نفذها تنظيم داعش في الأسواق الشعبية وأسفرت عن مقتل 14 شخصا."


@pytest.mark.parametrize("on", [True, False])
def test_a_clause_telling_the_doer_is_no_object(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_objects, "DOER_CLAUSE", on)
    (a,) = offline_extract(_DOER_CLAUSE).attacks
    assert ("نفذها" in (a.target or "")) != on


def test_what_follows_the_blast_is_still_its_object(offline_extract):
    (a,) = offline_extract("أدى تفجير مبنى المحافظة في مدينة كركوك إلى مقتل 14 شخصا.").attacks
    assert a.target == "مبنى المحافظة"
