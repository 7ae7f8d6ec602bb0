"""Pass 60 (qaabst60): a place a question names only in a phrase dating the event by a meeting held there is not
where the event asked happened (agent/qa/domain.py, ANCHOR_PLACE). Questions are made up for these tests."""

from __future__ import annotations

from marsad.agent.qa import domain
from marsad.agent.qa.domain import _asked_where
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon


def _where(text: str):
    return _asked_where(parse_question(text, get_lexicon()))


def test_place_of_a_meeting_is_no_place_of_the_event(monkeypatch):
    question = "ما الذي قصفه المسلحون بالقذائف يوم المؤتمر الصحفي للوزيرين في جدة في مايو 2016؟"
    assert _where(question) == ()
    monkeypatch.setattr(domain, "ANCHOR_PLACE", False)
    assert _where(question) != ()


def test_place_of_the_event_is_kept():
    assert _where("كم شخصا قتل في انفجار سيارة مفخخة في جدة في مايو 2016؟") != ()


def test_english_meeting_place():
    assert _where("What did the gunmen shell on the day of the summit in Jeddah in May 2016?") == ()
    assert _where("What did the gunmen shell during his press conference in Jeddah in May 2016?") == ()
    assert _where("How many people were killed by the car bomb in Jeddah in May 2016?") != ()


def test_a_meeting_attacked_is_the_place_of_the_event():
    """(review60 #15) "خلال/في/during/at + a meeting" tells as often where an attack fell: only someone's own meeting
    or a press conference dates the event after these openers."""
    assert _where("كم شخصا قتل في التفجير الذي وقع خلال اجتماع لوجهاء القبائل في جدة؟") != ()
    assert _where("How many people were killed in the bombing during a meeting of clan elders in Jeddah?") != ()
    assert _where("ما الذي رآه الوزير في مؤتمره الصحفي في جدة في مايو 2016؟") == ()


def test_an_event_verb_between_keeps_the_place():
    """(review60 #15) a verb of the event between the meeting and the place: the place is the event's."""
    assert _where("كم شخصا قتل يوم القمة حين انفجرت سيارة في جدة؟") != ()
