"""A seizure's own place told before the battle noun it followed, a name the gazetteer lacks: pass 48.

"دخلت وحدات الجيش قرية X وثلاث تلال حولها بعد معارك": GUIDELINES §4 makes the fighting the incident; with no known
place in the frame, the name the seizure took is its place (``attacks_events.AFTER_BATTLE_NAMED``). Sentences written
for these tests; the names are made up.
"""

from marsad.agent.offline import attacks_events


def _battles(result):
    return [a for a in result.attacks if a.attack_type == "armed_assault"]


def test_unknown_place_taken_before_the_battle_noun_is_the_battle_place(offline_extract):
    text = "وبسطت وحدات من الجيش اليمني يدها يوم الأحد على منطقة الطوارف، إثر معارك شرسة خاضتها ضد الحوثيين."
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "الطوارف"


def test_a_vague_toll_told_after_the_battle_keeps_the_record(offline_extract):
    text = ("واستردت قوات الجيش اليمني تلالا في منطقة الطوارف بعد معارك ضارية مع جماعة الحوثي التي خسرت كثيرا "
            "من مقاتليها بين قتيل وجريح.")
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "الطوارف"


def test_a_known_place_of_the_frame_is_kept(offline_extract):
    text = "واستردت قوات الجيش اليمني منطقة الطوارف في مديرية صرواح بعد معارك ضارية مع جماعة الحوثي."
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "صرواح"


def test_a_recapture_told_as_years_of_war_is_no_incident(offline_extract):
    text = "واستردت قوات الجيش اليمني منطقة الطوارف بعد معارك دامت سنوات مع جماعة الحوثي."
    assert _battles(offline_extract(text)) == []


def test_a_planned_advance_is_no_incident(offline_extract):
    text = "وتستعد وحدات الجيش اليمني للتقدم نحو منطقة الطوارف خلال الأيام المقبلة."
    assert _battles(offline_extract(text)) == []


def test_a_seizure_with_no_fighting_is_no_incident(offline_extract):
    text = "ودخلت وحدات الجيش اليمني منطقة الطوارف بعد انسحاب جماعة الحوثي منها دون قتال."
    assert _battles(offline_extract(text)) == []


def test_switch_off(offline_extract, monkeypatch):
    text = "وبسطت وحدات من الجيش اليمني يدها يوم الأحد على منطقة الطوارف، إثر معارك شرسة خاضتها ضد الحوثيين."
    monkeypatch.setattr(attacks_events, "AFTER_BATTLE_NAMED", False)
    assert _battles(offline_extract(text)) == []


def test_a_two_word_name_stops_before_the_word_of_after(offline_extract):
    text = "واستعادت وحدات الجيش اليمني منطقة بئر السلايم بعد معارك شرسة مع جماعة الحوثي."
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "بئر السلايم"


def test_a_place_people_fled_to_is_no_battle_place(offline_extract):
    text = "ونزحت عشرات الأسر إلى منطقة الطوارف بعد معارك شرسة بين الجيش اليمني وجماعة الحوثي."
    assert all(a.location is None or a.location.name != "الطوارف" for a in offline_extract(text).attacks)


def test_the_rule_keeps_to_its_own_switch(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_sides

    text = "وبسطت وحدات من الجيش اليمني يدها يوم الأحد على منطقة الطوارف، إثر معارك شرسة خاضتها ضد الحوثيين."
    monkeypatch.setattr(roles_sides, "AFTER_BATTLE_DOER", False)
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "الطوارف"
