"""Pass 43: a force named as support is not the subject of the strike verb after it.

- roles_subjects.SUPPORTER_NO_SUBJECT: "تقدمت قوات الجيش ...، بإسناد من طيران التحالف، وقصفت مواقع" -- the verb goes on
  with the force that advanced; the supporter ("بإسناد من"، "مسنودة بغطاء جوي كثيف من"، "بدعم"، "بمساندة") was read as
  the one who struck because it stands bare right before the verb.
- Not a force that is the verb's own subject ("قصفت مقاتلات التحالف مواقع ...، بإسناد من الجيش").

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_subjects as subjects_mod

_ADVANCE = "وتقدمت قوات الجيش اليمني في بلدة الفازة جنوبي الحديدة، بإسناد من طيران التحالف، وقصفت تحصينات للميليشيات."
_COVERED = ("ودخلت قوات المقاومة والجيش بلدة الفازة جنوبي الحديدة، مسنودة بغطاء جوي مكثف من التحالف، "
            "ودمرت مخزنا للألغام.")


def test_the_advancing_force_struck(frame_doers):
    assert frame_doers(_ADVANCE) == ["الجيش اليمني"]


def test_a_covering_supporter_is_not_the_doer(frame_doers):
    assert "التحالف العربي" not in frame_doers(_COVERED)


def test_switch_off_reads_the_supporter(frame_doers, monkeypatch):
    monkeypatch.setattr(subjects_mod, "SUPPORTER_NO_SUBJECT", False)
    assert frame_doers(_ADVANCE) == ["التحالف العربي"]


def test_the_verbs_own_subject_stays_the_doer(frame_doers):
    assert frame_doers("قصفت مقاتلات التحالف العربي مواقع للميليشيات في مديرية حيس، بإسناد من قوات الجيش.") \
        == ["التحالف العربي"]


def test_reader_needs_the_support_word_before():
    words = ["وقصفت", "طيران", "التحالف", "مواقع"]
    assert not subjects_mod._supporter(words, type("M", (), {"i": 1})())
    words = ["باسناد", "من", "طيران", "التحالف", "وقصفت"]
    assert subjects_mod._supporter(words, type("M", (), {"i": 2})())
