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
    assert _where("What did the gunmen shell during the summit in Jeddah in May 2016?") == ()
    assert _where("How many people were killed by the car bomb in Jeddah in May 2016?") != ()
