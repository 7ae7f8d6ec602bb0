"""Agreements in real phrasing, twenty-second pass: sentences written for these tests (none from the corpus).

Judged on the whole development slice's agreement records (seed 5650 held sample apart): a dual of leaders
("الزعيمان"، "الرئيسين") or of sides after two leaders ("واتفق الجانبان") gave no party, since only forces, groups
and states were looked for before it; "طرفي النزاع" was not read as a dual at all (switch
agreements_sides.DUAL_LEADERS). A group's name right after "في" tells where, not a side (WHERE_NOT_SIDE).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_sides


def _parties(extract, text):
    return [sorted(a.parties) for a in extract(text).agreements]


_LEADERS = ("واستقبل الرئيس الأميركي دونالد ترمب زعيم بيونغ يانغ كيم جونغ أون في جزيرة آسيوية. "
            "واتفق الزعيمان على تعليق المناورات العسكرية المشتركة قرب الحدود.")
_SIDES = ("وجلس سلفا كير رئيس جنوب السودان مع خصمه رياك مشار ساعات في عاصمة مجاورة. "
          "واتفق الجانبان قبل شهرين على هدنة لكنها خرقت بعد ساعات.")


def test_the_two_leaders_are_their_states_and_movements(offline_extract):
    assert _parties(offline_extract, _LEADERS) == [sorted(["الولايات المتحدة", "كوريا الشمالية"])]
    assert _parties(offline_extract, _SIDES) == [sorted(["جنوب السودان", "الحركة الشعبية لتحرير السودان في المعارضة"])]


def test_without_the_rule_the_duals_give_no_party(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "DUAL_LEADERS", False)
    assert _parties(offline_extract, _LEADERS) in ([], [[]])
    assert _parties(offline_extract, _SIDES) == [[]]


def test_a_front_after_in_is_no_side_of_the_conflict(offline_extract):
    text = ("ونشر الجيش الإسرائيلي بطاريات دفاع جوي إضافية في الجبهة الجنوبية أمس. "
            "وتسعى الأمم المتحدة إلى تثبيت الهدنة بين طرفي النزاع.")
    assert all("الجبهة الجنوبية" not in p for p in _parties(offline_extract, text))


def test_without_the_guard_the_front_is_a_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "WHERE_NOT_SIDE", False)
    text = ("ونشر الجيش الإسرائيلي بطاريات دفاع جوي إضافية في الجبهة الجنوبية أمس. "
            "وتسعى الأمم المتحدة إلى تثبيت الهدنة بين طرفي النزاع.")
    assert any("الجبهة الجنوبية" in p for p in _parties(offline_extract, text))


_TRUCES = ["وانهارت هدنة كانت تلتزمها الحكومة الأفغانية وحركة طالبان منذ شهرين في الولايات الجنوبية.",
           "وأدان الجيش اليمني خرق الحوثيين للهدنة وقصف الأحياء السكنية في تعز."]


def _provisions(extract, text):
    return [p for a in extract(text).agreements for p in a.provisions]


def test_a_truce_phrase_ends_before_what_is_said_of_it(offline_extract):
    for text in _TRUCES:
        assert _provisions(offline_extract, text) == []


def test_without_the_cut_the_truce_phrase_runs_on(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_provisions
    monkeypatch.setattr(agreements_provisions, "TRUCE_PHRASE_CUT", False)
    assert any("كانت" in p for p in _provisions(offline_extract, _TRUCES[0]))
    assert any("وقصف" in p for p in _provisions(offline_extract, _TRUCES[1]))


def test_eritrea_president_is_a_registry_official(offline_extract):
    records = offline_extract("واستقبل الرئيس الإريتري إسياس أفورقي وفدا حكوميا إثيوبيا في العاصمة أمس.",
                              published="2018-07-10")
    found = {a.canonical_name: a for a in records.actors}
    assert "أسياس أفورقي" in found
    assert found["أسياس أفورقي"].type == "official"


_HEADS = "ووقعت تركيا وروسيا اتفاقا على استخدام القواعد الجوية لشن غارات على داعش."


def test_more_verbal_nouns_open_a_provision(offline_extract):
    assert _provisions(offline_extract, _HEADS) == ["استخدام القواعد الجوية لشن غارات على داعش"]


def test_without_more_heads_no_provision(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_provisions
    monkeypatch.setattr(agreements_provisions, "MORE_HEADS", False)
    assert _provisions(offline_extract, _HEADS) == []


def test_more_registry_officials(offline_extract):
    records = offline_extract("وقال نائب الرئيس العراقي أسامة النجيفي إن وزير الخارجية الكويتي صباح الخالد "
                              "سيزور بغداد الأسبوع المقبل.", published="2017-05-10")
    found = {a.canonical_name: a for a in records.actors}
    assert found["أسامة النجيفي"].type == "official"
    assert "صباح الخالد الحمد الصباح" in found
