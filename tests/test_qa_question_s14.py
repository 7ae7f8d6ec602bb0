"""Session 14: Arabic question intents -- "موت" is a whole word, "من تقف وراء" asks for the doer.
Questions written for these tests."""

from __future__ import annotations

from marsad.agent.qa.question import Intent, parse_question


def test_congress_is_no_death():
    # "المؤتمر" normalises to "الموتمر", which opens with the letters of "موت" (death)
    q = parse_question("ما هو منصب القيادية في المؤتمر الوطني التي استقالت أمس؟")
    assert q.intent is not Intent.killed


def test_death_words_still_ask_for_the_dead():
    assert parse_question("كم شخصا ماتوا في انهيار المبنى في البصرة؟").intent is Intent.killed
    assert parse_question("كم طفلا مات في الهجوم على المدرسة في حلب؟").intent is Intent.killed


def test_feminine_who_stands_behind_asks_for_the_doer():
    assert parse_question("من تقف وراء تفجير السوق في الرمادي؟").intent is Intent.perpetrator


def test_why_leaves_no_stray_term():
    # "لماذا" stemmed to "ماذ", a content term no article sentence holds
    q = parse_question("لماذا اعتقلت الشرطة الصحفي في كركوك؟")
    assert q.intent is Intent.action
    assert not any(t.startswith("ماذ") for t in q.terms)


def test_how_many_with_a_glued_preposition():
    q = parse_question("بكم رصاصة أصيب الحارس في السوق؟")
    assert q.how_many
    assert "بكم" not in q.terms
