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


LONG_SHOW = ("ويقام في بيروت معرض فني يضم قذائف مدفعية منحوتة وملونة تروي حكايات البلدان التي زارها الفنان خلال رحلاته "
             "الطويلة في أنحاء العالم ومنها مدن قديمة سقطت في أيدي الغزاة.")


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


def test_a_long_sentence_of_a_show_gives_no_attack(offline_extract, monkeypatch):
    assert _attacks(offline_extract, LONG_SHOW) == []
    monkeypatch.setattr(ac, "WEAPON_USE_CLAUSE", False)
    assert len(_attacks(offline_extract, LONG_SHOW)) == 1  # "سقطت" far on kept the shells as an attack


# BARE_WEAPON with singular nouns (a counted inventory: "37 قذيفة هاون") and the plural verb of blasting ---------------

def test_a_singular_weapon_shown_is_bare():
    assert ac._bare_weapon(_words("وعثر الجنود في المخزن على 37 قذيفة هاون و24 لغما"), 6)
    assert ac._bare_weapon(_words("ويعرض المتحف قنبلة قديمة منحوتة"), 2)


def test_a_device_the_rebels_blew_up_is_used():
    assert not ac._bare_weapon(_words("وذكر شهود أن مسلحين فجروا عبوة ناسفة لدى عبور رتل للجيش"), 5)


def test_singular_weapon_switch_off(monkeypatch):
    monkeypatch.setattr(ac, "BARE_WEAPON", False)
    assert not ac._bare_weapon(_words("وعثر الجنود في المخزن على 37 قذيفة هاون و24 لغما"), 6)


def test_a_headline_weapon_that_takes_a_life_stays(offline_extract):
    assert len(_attacks(offline_extract, "لغم يودي بحياة طفل في لحج")) == 1
    assert len(_attacks(offline_extract, "ويقام في بيروت معرض فني يضم قذيفة مدفعية منحوتة.")) == 0
