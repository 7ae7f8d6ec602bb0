"""Pass 42 (the side that waged a battle is its doer, not the foe after "مع").

- roles_sides.WAGED_CLASH: a force told as the subject of a verb of waging right before the battle noun ("خاضت قوات
  الجيش معارك مع الميليشيات"، "الجيش خاض اشتباكات مع ...") fought the battle: the side after "مع" is its foe, even
  when the dead counted after it are named by no registry word ("قتل فيها 11 متمردا").
- Not a battle the dead are told to have fallen in with no waging subject ("سقط 11 مسلحا في اشتباكات مع الشرطة": the
  police are still the doer), nor a waging force counted among the dead.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_sides as sides_mod

_SVO = ("وأفاد مصدر عسكري أن وحدات الجيش اليمني خاضت معارك هي الأشد مع الميليشيات الانقلابية في جبهة الصفراء "
        "بمحافظة مأرب، قتل فيها 11 متمرداً وجرح آخرون.")
_VSO = "وخاضت قوات الجيش اليمني اشتباكات ضارية مع الميليشيات الانقلابية غرب مديرية حيس، سقط فيها تسعة من المتمردين."


def test_the_waging_subject_is_the_doer(frame_doers):
    doers = frame_doers(_SVO)
    assert "الجيش اليمني" in doers
    assert "الحوثيين" not in doers


def test_verb_first_waging_subject_is_the_doer(frame_doers):
    doers = frame_doers(_VSO)
    assert "الجيش اليمني" in doers
    assert "الحوثيين" not in doers


def test_switch_off_gives_the_foe(frame_doers, monkeypatch):
    monkeypatch.setattr(sides_mod, "WAGED_CLASH", False)
    assert "الحوثيين" in frame_doers(_SVO)


def test_dead_fallen_with_the_foe_keep_the_foe(frame_doers):
    assert frame_doers("وسقط 14 مسلحا في اشتباكات عنيفة مع الشرطة في حي الزهور.")[0] == "الشرطة المحلية"


def test_record_of_the_waged_battle(offline_extract):
    (attack,) = offline_extract(_SVO).attacks
    assert attack.perpetrator == "الجيش اليمني"
