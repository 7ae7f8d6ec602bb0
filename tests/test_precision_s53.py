"""Pass 53 (attack precision on unseen news, fourth audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac
from marsad.core.arabic import normalize


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


# WEAPON_USE_CLAUSE: a word of use far on in a long sentence tells another act, not the weapon's use ----------------

FAR_USE = _words("ويضم المعرض الجديد قذائف مدفعية قديمة ومدافع ودروعا جمعها هواة من مختلف أنحاء البلاد على مدى عقود "
                 "طويلة ويأمل المنظمون أن يزوره الطلاب للتعرف على قصص الجنود الذين قصفت مواقعهم")
NEAR_USE = _words("وأكد ضابط أمس أن طائرات حربية تتبع القوات الجوية للحكومة المعترف بها قصفت زورقا في ميناء درنة")


def test_a_far_word_of_use_does_not_keep_a_bare_weapon():
    i = FAR_USE.index(normalize("قذائف"))
    assert FAR_USE.index(normalize("قصفت")) - i > ac._WEAPON_USE_REACH
    assert ac._bare_weapon(FAR_USE, i)


def test_a_near_word_of_use_keeps_the_weapon():
    i = NEAR_USE.index(normalize("طائرات"))
    assert not ac._bare_weapon(NEAR_USE, i)


def test_weapon_use_clause_switch_off(monkeypatch):
    monkeypatch.setattr(ac, "WEAPON_USE_CLAUSE", False)
    assert not ac._bare_weapon(FAR_USE, FAR_USE.index(normalize("قذائف")))
