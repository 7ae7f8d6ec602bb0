"""Fighting told as what came before a seizure or an advance ("عقب معارك"، "بعد معارك"، "إثر معارك"): pass 46.

GUIDELINES §4: the seizure alone is a non-incident, the fighting before it is the incident, and its doer is the side
that seized or advanced (not the side it fought "مع"). Sentences written for these tests.
"""

from marsad.agent.offline import frames, roles_sides


def _battles(result):
    return [a for a in result.attacks if a.attack_type == "armed_assault"]


def test_seizure_after_battles_is_a_battle_by_the_side_that_seized(offline_extract):
    text = ("انتزعت قوات الجيش اليمني، الأربعاء، السيطرة على تلال جديدة في مديرية صرواح غرب مأرب، "
            "عقب معارك شرسة خاضتها مع ميليشيا الحوثي.")
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "صرواح"
    assert attack.perpetrator == "الجيش اليمني"


def test_advance_after_battles_the_side_that_suffered_is_no_doer(offline_extract):
    text = ("حققت قوات الجيش اليمني تقدما جديدا في مديرية صرواح، بعد معارك عنيفة تكبدت خلالها "
            "ميليشيا الحوثي خسائر فادحة.")
    (attack,) = _battles(offline_extract(text))
    assert attack.perpetrator == "الجيش اليمني"


def test_passive_seizure_after_battles_names_no_doer_from_the_foe(offline_extract):
    text = "وتم تحرير عدد من التلال في مديرية صرواح بعد اشتباكات عنيفة مع ميليشيا الحوثي."
    (attack,) = _battles(offline_extract(text))
    assert attack.perpetrator != "الحوثيين"


def test_battles_over_years_are_no_incident(offline_extract):
    text = "وسيطر التنظيم على مديرية صرواح بعد معارك استمرت سنوات مع القوات الحكومية."
    assert _battles(offline_extract(text)) == []


def test_seizure_with_no_fighting_is_no_incident(offline_extract):
    text = "وتسلمت قوات الجيش اليمني مواقع جديدة في مديرية صرواح بعد انسحاب الميليشيا منها."
    assert _battles(offline_extract(text)) == []


def test_switches_off(offline_extract, monkeypatch):
    advance = ("حققت قوات الجيش اليمني تقدما جديدا في مديرية صرواح، بعد معارك عنيفة تكبدت خلالها "
               "ميليشيا الحوثي خسائر فادحة.")
    monkeypatch.setattr(roles_sides, "AFTER_BATTLE_DOER", False)
    assert [a.perpetrator for a in _battles(offline_extract(advance))] != ["الجيش اليمني"]
    seized = ("انتزعت قوات الجيش اليمني، الأربعاء، السيطرة على تلال جديدة في مديرية صرواح غرب مأرب، "
              "عقب معارك شرسة خاضتها مع ميليشيا الحوثي.")
    monkeypatch.setattr(frames, "AFTER_BATTLES", False)
    assert _battles(offline_extract(seized)) == []


def test_the_side_fought_after_with_is_the_target(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_targets

    text = ("أحكمت قوات الجيش اليمني، الاثنين، سيطرتها على مديرية الغيل كاملة، بعد معارك ليلية طويلة مع "
            "ميليشيا الحوثي.")
    (attack,) = _battles(offline_extract(text))
    assert (attack.perpetrator, attack.target) == ("الجيش اليمني", "الحوثيين")
    monkeypatch.setattr(roles_targets, "AFTER_BATTLE_TARGET", False)
    (attack,) = _battles(offline_extract(text))
    assert attack.target is None


def test_fighting_between_two_sides_keeps_no_target(offline_extract):
    text = "ودارت معارك عنيفة بين الجيش اليمني وميليشيا الحوثي في مديرية صرواح."
    (attack,) = _battles(offline_extract(text))
    assert attack.target is None
