"""Pass 44: a weapon written right after a verb of aiming is its subject, not what was hit (WEAPON_SUBJECT)."""

from __future__ import annotations

from marsad.agent.offline import roles_objects


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


def test_counted_shells_are_the_subject(offline_extract):
    text = "استهدفت أربع قذائف هاون مدرسة الفتيات في مدينة تعز مما أدى إلى مقتل طفلين."
    assert _targets(offline_extract, text) == ["مدرسة الفتيات"]


def test_definite_weapon_name_is_still_the_subject(offline_extract):
    text = "قصفت صواريخ الكاتيوشا منزلا في مدينة البصرة فجر الخميس."
    assert _targets(offline_extract, text) == ["منزلا"]


def test_shells_with_a_nisba_adjective(offline_extract):
    text = "استهدفت صواريخ باليستية قاعدة عسكرية في محافظة الأنبار."
    assert _targets(offline_extract, text) == ["قاعدة عسكرية"]


def test_shell_alone_is_no_target(offline_extract):
    text = "استهدفت قذيفة هاون، صباح الأحد، حيا في مدينة الموصل."
    assert all(t is None or "هاون" not in t for t in _targets(offline_extract, text))


def test_bomb_after_blast_verb_is_not_a_subject(offline_extract):
    # negative: after a verb of blowing up the bomb is the object, and the site after "قرب" stays the target
    text = "فجر مسلحون عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة."
    assert _targets(offline_extract, text) == ["سوق شعبي"]


def test_actor_subject_unchanged(offline_extract):
    # negative: a force as subject is read as before
    text = "استهدفت غارة أمريكية معسكرا لحركة الشباب في الصومال."
    assert _targets(offline_extract, text) == ["معسكرا لحركة الشباب"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "WEAPON_SUBJECT", False)
    text = "استهدفت أربع قذائف هاون مدرسة الفتيات في مدينة تعز مما أدى إلى مقتل طفلين."
    assert _targets(offline_extract, text) != ["مدرسة الفتيات"]
