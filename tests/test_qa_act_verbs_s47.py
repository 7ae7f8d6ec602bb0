"""Pass 47 (qa47c): an English question's act verb, said in Arabic.

"Why did ISIS execute ..." asks about the act أعدم: the actions reader ranks the sentence stating it (or its verbal
noun, اعدام) above another sentence about the same actor, as it does for an Arabic question's verb
(:data:`marsad.agent.qa.actions.ACT_VERBS_EN`). Only the bare verb after do-support is read: a noun ("the strikes")
or a gerund ("accused of killing") asks about no act.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import evidence_of, read_question

import marsad.agent.qa.actions as actions

_OTHER = "وفرض تنظيم داعش في مدينة الرقة حظرا شاملا للتجول على السكان منذ مساء الخميس وحتى إشعار آخر."
_ACT = "وذكر ناشطون محليون أن داعش أعدم أمس 14 من مسلحيه في ساحة عامة بالرقة، لانسحابهم من خطوط القتال."
_EXECUTE = "Why did ISIS execute 14 of its fighters in Raqqa?"


def _first(question: str, *sentences: str) -> str:
    claims = actions.action_claims(read_question(question), evidence_of(" ".join(sentences)))
    return claims[0].text if claims else ""


@pytest.mark.parametrize("question, stems", [
    ("Why did ISIS execute 14 of its fighters in Raqqa?", ("اعدم",)),
    ("What did the army destroy in the valley?", ("دمر",)),
    ("Whom did the gunmen kidnap in Ibb?", ("اختطف", "خطف")),
    ("Why did the police close the bank's offices in Gaza?", ("اغلق",)),
])
def test_the_act_verbs_asked(question, stems):
    assert actions.asked_verbs(read_question(question)) == stems


@pytest.mark.parametrize("question", [
    "Near which city did the coalition's air strikes concentrate in July?",  # (a noun, not the verb asked)
    "Whom did the sheikh accuse of killing his father?",  # (a gerund)
    "How many soldiers were killed in the attack on the base?",
    "What did the army do after the attack on the base?",  # (a noun after the article)
])
def test_no_act_verb_is_read_elsewhere(question):
    assert actions.asked_verbs(read_question(question)) == ()


def test_the_verb_after_a_noun_of_act_is_the_one_asked():
    assert actions.asked_verbs(read_question("What did the raid target in the city?")) == ("استهدف",)


def test_a_verb_of_saying_asked_is_no_act():
    question = read_question("What did officials describe as a strike on the port?")
    assert not actions.acts_asked(question) and actions.asked_verbs(question) == ("وصف", "نعت")


def test_the_sentence_stating_the_act_is_quoted_first():
    assert "أعدم" in _first(_EXECUTE, _OTHER, _ACT)


def test_without_the_switch_it_is_not(monkeypatch):
    monkeypatch.setattr(actions, "ACT_VERBS_EN", False)
    assert "أعدم" not in _first(_EXECUTE, _OTHER, _ACT)


def test_another_act_asked_takes_the_other_sentence():
    assert "أعدم" not in _first("Why did ISIS impose a curfew in Raqqa?", _OTHER, _ACT)


def test_the_act_told_by_its_noun_after_the_actor_sentence():
    noun = "وأقدم مسلحو التنظيم بعدها على إعدام 14 شابا في ساحة عامة بتهمة الفرار."
    assert "إعدام 14" in _first(_EXECUTE, _OTHER, noun)
