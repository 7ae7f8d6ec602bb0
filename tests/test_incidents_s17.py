"""Session 17: incidents told without a toll or told again (agent/offline/frames.py, agent/offline/attacks_*.py).

Fighting told as taking place at a place ("دارت معارك عنيفة غرب المديرية"، "إن اشتباكات عنيفة وقعت في ...") is an
incident even when no toll is told; a battle noun with no verb of occurrence, or fighting told as going on in general
("تدور معارك مستمرة منذ أشهر"، "في عدد من الجبهات"، "من المتوقع أن تندلع مواجهات"), stays no incident of its own.
"""

import pytest

from marsad.agent.offline import frames


@pytest.fixture
def battle_on(monkeypatch):
    monkeypatch.setattr(frames, "BATTLE_OCCURRED", True)


def test_a_battle_told_as_taking_place_is_an_incident(offline_extract, battle_on):
    attacks = offline_extract("وقال مصدر عسكري إن معارك عنيفة بين قوات الجيش والمسلحين دارت الخميس شرق مدينة "
                              "سامراء.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "armed_assault" and attacks[0].killed is None


def test_the_verb_before_the_battle_noun(offline_extract, battle_on):
    attacks = offline_extract("واندلعت مواجهات عنيفة صباح الأربعاء في بلدة الشرقاط بين الشرطة ومسلحين "
                              "مجهولين.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "armed_assault"


def test_battle_occurrence_words():
    from marsad.agent.offline.frames import _battle_occurred
    assert _battle_occurred(["دارت", "معارك", "عنيفه"], 1)
    assert _battle_occurred(["ان", "اشتباكات", "عنيفه", "وقعت", "مع"], 1)
    assert _battle_occurred(["ان", "معارك", "بين", "الجيش", "والمسلحين", "دارت", "غرب"], 1)
    assert not _battle_occurred(["ان", "المعارك", "في", "المحافظه"], 1)  # no verb of occurrence
    assert not _battle_occurred(["وتدور", "معارك", "مستمره", "في", "عدد", "من", "جبهات"], 1)
    assert not _battle_occurred(["المتوقع", "ان", "تندلع", "مواجهات", "بين"], 3)


def test_fighting_in_general_is_no_incident(offline_extract, battle_on):
    attacks = offline_extract("وتدور معارك متواصلة منذ أشهر بين القوات الحكومية والمتمردين في عدد من جبهات "
                              "المحافظة.").attacks
    assert attacks == []


def test_the_rule_off_misses_the_untolled_battle(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "BATTLE_OCCURRED", False)
    attacks = offline_extract("وقال مصدر عسكري إن معارك عنيفة بين قوات الجيش والمسلحين دارت الخميس شرق مدينة "
                              "سامراء.").attacks
    assert attacks == []
