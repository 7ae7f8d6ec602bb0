"""Roles, session 17: general causes of a missing or wrong perpetrator found on fresh development articles.

- a battle whose dead the sentence names by the enemy group's adjective ("12 حوثيا"، "قيادي ميداني حوثي") or
  counts as that group, and which names the other side, was carried out by the other side (``DEAD_SIDE``);
- a force told as stopping the attacker ("قبل أن تقتله الشرطة"، "قامت الشرطة بقتله") is neither the doer nor
  the target (``RESPONDER``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_sides, roles_subjects, roles_waged


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_NISBA_DEAD = "لقي أكثر من 12 حوثيا حتفهم مساء الأحد في تجدد المعارك بين قوات الجيش اليمني والميليشيات غرب محافظة البيضاء."
_LEADER_DEAD = ("قتل قيادي ميداني حوثي، الخميس، في المعارك الدائرة بين الجيش اليمني، مدعوما بالتحالف، من جهة، "
                "والانقلابيين من جهة ثانية، في جبهة صرواح بمحافظة مأرب.")
_MEMBERS_DEAD = ("وتمكنت القوات من استعادة جبل العروس في مديرية صبر بمحافظة تعز إثر اشتباكات ضارية خاضتها وحدات الجيش "
                 "مع مقاتلي ميليشيا الحوثي، خلفت مقتل وإصابة عشرات من عناصر الحوثيين.")


@pytest.mark.parametrize("text", [_NISBA_DEAD, _LEADER_DEAD, _MEMBERS_DEAD])
def test_the_side_whose_dead_are_told_is_not_the_doer(offline_extract, text):
    records = offline_extract(text)
    assert _doers(records) == ["الجيش اليمني"]
    assert records.attacks[0].target != "الجيش اليمني"


def test_dead_of_two_joined_groups_leave_no_doer_among_them(offline_extract):
    records = offline_extract("وقتل نحو 11 عنصرا من ميليشيات الحوثي وقوات صالح خلال اشتباكات عنيفة شرق مديرية نهم.")
    assert "قوات صالح" not in _doers(records)


def test_a_repelled_attack_keeps_the_attackers_as_doers(offline_extract):
    records = offline_extract("صدت قوات الجيش اليمني هجوما لميليشيات الحوثي في جبهة نهم، وقتل في المعارك 8 حوثيين.")
    assert "الجيش اليمني" not in _doers(records)


_SHOT_AFTER = ("وقتل المهاجم، ويدعى سامي كريم، امرأتين طعنا في مدينة ليون الفرنسية قبل أن تطلق الشرطة الفرنسية النار عليه "
               "وترديه قتيلا.")
_KILLED_AFTER = "قتلت امرأة وأصيب 3 آخرون مساء الأحد في وسط مدينة نانت الفرنسية، على يد مهاجم يحمل سكينا قامت الشرطة بقتله."
_BEFORE_KILLED = "وقتل كريم داود 3 أشخاص في مدينة ليل الفرنسية وأصاب اثنين قبل أن تقتله الشرطة."


@pytest.mark.parametrize("text", [_SHOT_AFTER, _KILLED_AFTER, _BEFORE_KILLED])
def test_police_stopping_the_attacker_is_neither_doer_nor_target(offline_extract, text):
    records = offline_extract(text)
    assert records.attacks
    assert all(a.perpetrator != "الشرطة الفرنسية" and a.target != "الشرطة الفرنسية" for a in records.attacks)


def test_police_attacked_before_is_still_the_target(offline_extract):
    records = offline_extract("أصيب شرطيان بجروح في هجوم بسكين على دورية للشرطة الفرنسية في مدينة ليل مساء الجمعة.")
    assert records.attacks[0].target == "دورية للشرطة الفرنسية"  # the site with its owner (SITE_AS_WRITTEN)


@pytest.mark.parametrize(("flag", "text", "old"), [
    ("DEAD_SIDE", _NISBA_DEAD, [None]),
    ("DEAD_SIDE", _LEADER_DEAD, [None]),
    ("DEAD_SIDE", _MEMBERS_DEAD, [None]),
])
def test_each_rule_off_gives_the_old_doer(offline_extract, monkeypatch, flag, text, old):
    monkeypatch.setattr(roles_sides, flag, False)
    monkeypatch.setattr(roles_sides, "LOOSE_SIDES", False)  # (pass 51: it reads the fight's first side, D-31)
    monkeypatch.setattr(roles_waged, "WAGED_INDEFINITE", False)  # (pass 58: "اشتباكات ضارية خاضتها وحدات الجيش")
    assert _doers(offline_extract(text)) == old


@pytest.mark.parametrize(("text", "field", "old"), [
    (_SHOT_AFTER, "perpetrator", "الشرطة الفرنسية"),
    (_KILLED_AFTER, "target", "الشرطة الفرنسية"),
    (_BEFORE_KILLED, "target", "الشرطة الفرنسية"),
])
def test_responder_off_gives_the_old_role(offline_extract, monkeypatch, text, field, old):
    monkeypatch.setattr(roles_subjects, "RESPONDER", False)
    from marsad.agent.offline import roles_persons
    monkeypatch.setattr(roles_persons, "NAMED_ATTACKER", False)  # (pass 64: the attacker named "ويدعى سامي كريم" is
    # the doer the news names, asked last; with it off the old role is read as before)
    assert getattr(offline_extract(text).attacks[0], field) == old
