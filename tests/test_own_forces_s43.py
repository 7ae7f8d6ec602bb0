"""Pass 43: a speaker's own forces, also named with a plural pronoun, and their own dead.

- roles.json ``own_force_words`` now holds the forms with "هم" ("قواتهم"، "مسلحيهم"، "عناصرهم") and a few more
  nouns of a group's men ("مسلحيها"، "أفرادها"): "أكد المتمردون أن قواتهم قصفت مواقع الجيش" is the rebels' own
  shelling, as "قال الجيش إن جنوده قتلوا مسلحا" is the army's own act.
- roles_subjects._own_died (switch OWN_DIED): the own forces told with a death word, then where or how they died
  ("إن عناصرهم قتلوا في غارة"، "إن جنوده قتلوا خلال اشتباك"، "قتلوا بغارة"; roles.json ``died_in_words``),
  were killed: the speaker is not the doer. A death word with an object ("إن جنوده قتلوا مسلحا") stays their act.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_subjects as subjects_mod


def _doers(offline_extract, text: str) -> list[str | None]:
    return [a.perpetrator for a in offline_extract(text).attacks]


def test_their_forces_shelled(offline_extract):
    text = "وأكد الحوثيون أن قواتهم قصفت مواقع للجيش في مديرية الصفراء بمحافظة صعدة."
    assert _doers(offline_extract, text) == ["الحوثيين"]


def test_its_gunmen_attacked(offline_extract):
    text = "وأعلنت حركة طالبان أن مسلحيها هاجموا نقطة تفتيش في ولاية فرح وقتلوا خمسة من أفراد الشرطة."
    assert _doers(offline_extract, text) == ["حركة طالبان"]


def test_their_men_killed_in_a_strike_are_not_the_doers(offline_extract):
    text = "وقال الحوثيون إن عناصرهم قتلوا في غارة للتحالف على مديرية كتاف."
    assert "الحوثيين" not in _doers(offline_extract, text)


def test_its_soldiers_killed_in_a_clash(offline_extract):
    text = "وقال الجيش التركي إن جنوده قتلوا خلال اشتباك مع مسلحين في منطقة جبلية بولاية هكاري."
    assert "القوات التركية" not in _doers(offline_extract, text)


def test_its_soldiers_killed_a_man_stays_its_act(offline_extract):
    text = "وقال الجيش الإسرائيلي إن جنوده قتلوا فلسطينيا حاول اجتياز السياج قرب رفح."
    assert _doers(offline_extract, text) == ["الجيش الإسرائيلي"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(subjects_mod, "OWN_DIED", False)
    text = "وقال الجيش التركي إن جنوده قتلوا خلال اشتباك مع مسلحين في منطقة جبلية بولاية هكاري."
    assert "القوات التركية" in _doers(offline_extract, text)
