"""Pass 42 (a reporting participle turns a statement to another item: its dead are not the attempt's attackers).

- roles_sides.REPORT_TURN: in ``_repulse``, a repelled or attempted attack told before a reporting participle
  ("مشيرة إلى"، "مضيفا أن"; ``report_turn_words``) does not make the dead told after it that attack's attackers:
  "أعلنت القيادة إحباط محاولة للتنظيم ...، مشيرة إلى مقتل 9 عناصر من التنظيم في قرية أخرى" -- the group whose men
  died is not the doer of their killing.
- Not a repelled attack told with its dead in the same clause ("صد الجيش هجوما ... وقتل فيه 7 من عناصر التنظيم"):
  the dead attacked.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_sides as sides_mod

_TURNED = ("أعلنت قيادة عمليات نينوى، الأحد، إحباط محاولة لتنظيم داعش كانت تستهدف جسرا جنوب المدينة، مشيرة إلى "
           "مقتل 9 عناصر من التنظيم في قرية شمال الموصل.")


def test_dead_after_a_reporting_turn_are_not_the_attempts_attackers(frame_doers):
    assert "داعش" not in frame_doers(_TURNED)


def test_switch_off_gives_the_attempts_group(frame_doers, monkeypatch):
    monkeypatch.setattr(sides_mod, "REPORT_TURN", False)
    assert "داعش" in frame_doers(_TURNED)


def test_repelled_attack_with_its_own_dead_keeps_the_attackers(frame_doers):
    doers = frame_doers("صد الجيش هجوما لتنظيم داعش على حاجز غرب المدينة، وقتل فيه 7 من عناصر التنظيم.")
    assert "داعش" in doers
