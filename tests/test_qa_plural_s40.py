"""Fortieth pass, answers at archive scale: places asked in the plural ("في أي مناطق ...") by a question whose relative
clause tells a toll ("التي قتل فيها 12") ask where, not how many; without a toll the question keeps its intent.
Sentences written for these tests."""

from __future__ import annotations

from qa_claims import read_question

from marsad.agent.qa import question_intent
from marsad.agent.qa.question_intent import Intent, asked_kind


def test_places_asked_in_the_plural_with_a_toll(monkeypatch):
    q = read_question("في أي مناطق نفذ الجيش عمليته غرب الموصل التي قتل فيها 12 مسلحا في آذار 2017؟")
    assert q.intent is Intent.location and asked_kind(q) == ("place", ("منطقه",))
    q = read_question("في أي قرى شن الطيران غاراته التي قتل فيها 9 مدنيين جنوب إدلب؟")
    assert q.intent is Intent.location and asked_kind(q) == ("place", ("قريه",))
    # a count asked, or no place kind asked: the toll question stays one
    assert read_question("كم مسلحا قتل في المناطق التي استهدفتها الغارات غرب الموصل؟").intent is Intent.killed
    assert read_question("كم عدد الذين قتلوا في القرى جنوب إدلب؟").intent is Intent.killed
    monkeypatch.setattr(question_intent, "PLURAL_KINDS", False)
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)  # (which also drops the relative clause's toll)
    q = read_question("في أي مناطق نفذ الجيش عمليته غرب الموصل التي قتل فيها 12 مسلحا في آذار 2017؟")
    assert q.intent is Intent.killed


def test_places_asked_in_the_plural_without_a_toll_keep_their_intent():
    # (no toll: the question is read as before -- its passages list the places)
    q = read_question("في أي محافظات تسلمت الشرطة المهام الأمنية من الجيش؟")
    assert q.intent is not Intent.location
