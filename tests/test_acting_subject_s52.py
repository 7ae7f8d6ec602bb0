"""A force told right after a verb of advancing or holding ground is that verb's subject, pass 52
(``roles_targets.SUBJECT_AFTER_VERB``): the side that acted in a fight is not the target of its frame
("أحكمت قوات من الجيش سيطرتها ... خلال معركة بدأها الجيش"، "المقاومة والجيش يتقدمان").

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets, roles_waged

_HELD = ("وقالت مصادر ميدانية إن وحدات من الجيش الوطني أحكمت سيطرتها على تبة القناصين في مديرية صرواح في معركة "
         "طاحنة بدأها الجيش الوطني فجر الأحد، وسقط فيها قرابة عشرين قتيلا من الميليشيات.")
_ADVANCING = "وقال المصدر إن المقاومة الشعبية والجيش يتقدمان في جبهة مريس وسط اشتباكات عنيفة."


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("text", [_HELD, _ADVANCING])
def test_the_side_that_acted_is_no_target(offline_extract, monkeypatch, on, text):
    monkeypatch.setattr(roles_targets, "SUBJECT_AFTER_VERB", on)
    monkeypatch.setattr(roles_waged, "WAGED_INDEFINITE", False)  # (pass 58 reads the waging army as the doer)
    monkeypatch.setattr(roles_targets, "CLASH_NO_FORCE", False)  # (pass 64: a battle noun's frame with no doer read
    # takes no force of its sentence as its target either)
    (a,) = offline_extract(text).attacks
    assert a.target == (None if on else "الجيش اليمني")


def test_the_side_that_waged_the_battle_is_its_doer(offline_extract):
    (a,) = offline_extract(_HELD).attacks
    assert (a.perpetrator, a.target) == ("الجيش اليمني", None)


_OBJECT_FORCE = [
    "وذكرت مصادر محلية أن الحوثيين دحروا قوات الجيش من تلة في جبهة صرواح بعد هجوم عنيف.",
]


@pytest.mark.parametrize("text", _OBJECT_FORCE)
def test_a_force_after_a_verb_with_its_subject_is_its_object(offline_extract, monkeypatch, text):
    """review52 M4 (``roles_targets.SUBJECT_TOLD_BEFORE``): the subject is told before the verb (or in its plural
    ending), so the force after it is what was attacked."""
    (a,) = offline_extract(text).attacks
    assert a.target == "الجيش اليمني"
    monkeypatch.setattr(roles_targets, "SUBJECT_TOLD_BEFORE", False)
    (a,) = offline_extract(text).attacks
    assert a.target is None
