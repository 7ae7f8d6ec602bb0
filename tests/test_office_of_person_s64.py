"""Pass 64 (qamiss64): a body an Arabic question names only as the office of a man it names beside it is his title,
not a second actor the action reader's sentence must name (actions.OFFICE_OF_PERSON); a body named as the actor
itself, or as the object of the question, is read as before. Names and sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import actions
from marsad.agent.qa.actions import question_subjects
from marsad.agent.qa.question import parse_question

_ASKED = "ماذا اعتبر أحمد بن دغر، رئيس الحكومة اليمنية، خلال لقائه وفدا أوروبيا في عدن أمرا متوقعا؟"


def test_the_office_beside_the_man_is_his_title(monkeypatch):
    q = parse_question(_ASKED)
    ids = {e.id for e in q.actors}
    assert {"gov_ye", "ahmed_bin_daghr"} <= ids
    assert [e.id for e in question_subjects(q)] == ["ahmed_bin_daghr"]
    monkeypatch.setattr(actions, "OFFICE_OF_PERSON", False)
    assert {e.id for e in question_subjects(q)} == {"gov_ye", "ahmed_bin_daghr"}


def test_a_body_named_as_the_actor_is_kept():
    # (the government acts; the man is the object of "about")
    q = parse_question("ماذا قالت الحكومة اليمنية عن تصريحات أحمد بن دغر الأخيرة؟")
    assert [e.id for e in question_subjects(q)] == ["gov_ye"]
    # (the government named apart from the man, with no office before it: both act)
    q = parse_question("ماذا أعلن أحمد بن دغر والحكومة اليمنية بعد اجتماع عدن؟")
    assert {e.id for e in question_subjects(q)} == {"gov_ye", "ahmed_bin_daghr"}


def test_the_office_nouns_are_the_shared_title_heads():
    # (review finding 15: "ممثل"، "مندوب" are title heads of the offline rules' table, not of the old inline list)
    for office in ("ممثل", "مندوب"):
        q = parse_question(f"ماذا قال أحمد بن دغر، {office} الحكومة اليمنية، خلال اجتماع عدن؟")
        assert [e.id for e in question_subjects(q)] == ["ahmed_bin_daghr"], office
    # (no title noun before the body: both act)
    q = parse_question("ماذا قال أحمد بن دغر، ومعه الحكومة اليمنية، خلال اجتماع عدن؟")
    assert {e.id for e in question_subjects(q)} == {"gov_ye", "ahmed_bin_daghr"}
