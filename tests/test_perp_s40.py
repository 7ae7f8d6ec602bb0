"""Pass 40 perpetrator rules: a group named inside the subject of "لقي ... مصرعه" is the dead man's side, not
his killer (``roles_cues.MET_DEATH``). Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_cues as rcu


def _perps(extract, text: str, published: str = "2019-04-13") -> list:
    return [a.perpetrator for a in extract(text, published=published).attacks]


# MET_DEATH ----------------------------------------------------------------------------------------------------------


MET_DEATH = ("وعلى الجبهة ذاتها، لقي المشرف الميداني وخبير الألغام الحوثي ناصر علي الوادعي مصرعه مع أربعة من "
             "مرافقيه في مديرية حيس الجمعة.")


def test_group_inside_the_dead_mans_subject_is_not_the_doer(offline_extract):
    perps = _perps(offline_extract, MET_DEATH)
    assert perps and all(p is None for p in perps)


def test_group_inside_the_dead_mans_subject_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rcu, "MET_DEATH", False)
    assert any(p and "الحوثي" in p for p in _perps(offline_extract, MET_DEATH))


@pytest.mark.parametrize("text", [
    # the group after the death word: by its fire the men died
    "ولقي أربعة جنود من اللواء الثالث مصرعهم بنيران ميليشيا الحوثي في مديرية حيس الجمعة.",
    "لقي أربعة جنود مصرعهم الجمعة في هجوم شنته ميليشيا الحوثي على موقعهم في مديرية حيس.",
])
def test_group_after_the_death_word_is_still_the_doer(offline_extract, text):
    perps = _perps(offline_extract, text)
    assert perps and any(p and "الحوثي" in p for p in perps)
