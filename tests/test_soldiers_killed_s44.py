"""Pass 44 (ext44a): soldiers named by a state's adjective in the plural ("جنودا بريطانيين"، the force noun in the
accusative after "إن") before a verb of killing with a count after it are that state's forces, the doer
(``roles_forces.SOLDIERS_KILLED``). Without a count after the verb it is read as passive: the soldiers were killed.
Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import roles_forces

TEXT = "وأوضح المتحدث العسكري أن جنودا فرنسيين قتلوا نحو 12 مسلحا مساء الأحد خلال عملية قرب مدينة غاو."


def test_soldiers_of_a_state_who_killed_a_count_are_its_forces(offline_extract):
    (attack,) = offline_extract(TEXT).attacks
    assert attack.perpetrator == "الجيش الفرنسي"
    assert attack.killed == 12


def test_switch_off_names_no_doer(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_forces, "SOLDIERS_KILLED", False)
    (attack,) = offline_extract(TEXT).attacks
    assert attack.perpetrator is None


def test_soldiers_who_were_killed_are_no_doer(offline_extract):
    text = "وأوضح المتحدث العسكري أن جنودا فرنسيين قتلوا في هجوم بعبوة ناسفة استهدف دوريتهم قرب مدينة غاو."
    (attack,) = offline_extract(text).attacks
    assert attack.perpetrator is None
