"""The chat's follow-up questions (ux63): a question that names no incident of its own ("ومن تبنى الهجوم؟", "and how
many were wounded?") is asked with the previous turn's incident; one that names its own is asked as is. Unit tests on
questions written here, and the app's real `/chat` endpoint over HTTP (gradio_client, a temp home of the samples)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.agent import followups
from marsad.agent.followups import incident_phrase, names_own_incident, read_follow_up
from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("earlier", "question", "read"), [
    (["كم قتيلا في تفجير سوق الكرادة؟"], "ومن تبنى الهجوم؟", "ومن تبنى تفجير سوق الكرادة؟"),
    (["كم قتيلا في تفجير سوق الكرادة؟"], "وكم جريحا؟", "وكم جريحا في تفجير سوق الكرادة؟"),
    (["How many died in the Basra car bomb?"], "and how many were wounded?",
     "and how many were wounded in the Basra car bomb?"),
    (["How many were killed in the Kirkuk attack?"], "and who claimed the attack?", "and who claimed the Kirkuk attack?"),
    (["what happened in Tal Afar in May 2016?"], "how many were killed?", "how many were killed in Tal Afar in May 2016?"),
    # a third question continues the first one's incident: the follow-up between names none
    (["ما الذي حدث في بيجي؟", "وكم قتيلا؟"], "ومن نفذه؟", "ومن نفذه في بيجي؟"),
])
def test_a_follow_up_is_read_with_the_previous_turns_incident(earlier, question, read):
    assert read_follow_up(question, earlier) == read


@pytest.mark.parametrize("question", [
    "ما الذي حدث في سنجار؟",  # a place of its own
    "وفي الموصل؟",
    "ماذا حدث في قرية العلم؟",  # a place no lexicon knows: "قرية" and its name are words of its own
    "what about 2016?",  # a date of its own
    "who leads the joint room?",  # a word of its own
])
def test_a_question_naming_its_own_incident_is_asked_as_is(question):
    assert names_own_incident(question)
    assert read_follow_up(question, ["كم قتيلا في تفجير سوق الكرادة؟"]) is None


@pytest.mark.parametrize(("earlier", "question", "read"), [
    # the incident opens at its attack noun, not at the earlier question's verb (سقط, أسفر) or its "gunmen"
    (["كم قتيلا سقط في الهجوم على سوق الزيتون يوم 5 حزيران 2015؟"], "ومن تبنى الهجوم؟",
     "ومن تبنى الهجوم على سوق الزيتون يوم 5 حزيران 2015؟"),
    (["كم قتيلا أسفر عنه تفجير بلدة النخيل؟"], "وكم جريحا؟", "وكم جريحا في تفجير بلدة النخيل؟"),
    (["How many were killed when gunmen attacked a checkpoint in Zahraville?"], "how many were wounded?",
     "how many were wounded when gunmen attacked a checkpoint in Zahraville?"),
    # "who's" is "who" + 's: a follow-up
    (["How many were killed in the Kirkuk attack?"], "who's behind the attack?", "who's behind the Kirkuk attack?"),
])
def test_the_carried_incident_holds_no_word_of_the_earlier_question(earlier, question, read):
    assert read_follow_up(question, earlier) == read


@pytest.mark.parametrize(("earlier", "question"), [
    (["Who leads the Popular Mobilization Forces?"], "how many were killed?"),  # no incident named before
    (["ما هي أبرز الاتفاقات الأمنية بين العراق وتركيا؟"], "وكم قتيلا؟"),
    (["كم قتيلا في تفجير بلدة النخيل؟"], "كم عدد الهجمات؟"),  # attacks in general: a question of its own
    (["How many died in the Basra car bomb?"], "how many bombings were there?"),
    (["كم قتيلا في تفجير بلدة النخيل؟"], "and who claimed it?"),  # another language: asked as is
    (["How many died in the Basra car bomb?"], "ومن تبنى الهجوم؟"),
])
def test_no_incident_is_carried_where_none_was_named_or_asked_for(earlier, question):
    assert read_follow_up(question, earlier) is None


def test_no_earlier_incident_and_the_switch():
    assert read_follow_up("وكم جريحا؟", []) is None
    assert read_follow_up("وكم جريحا؟", ["ومن تبنى الهجوم؟"]) is None  # the earlier turn named no incident either
    assert incident_phrase("كم شرطيا قتل في هجوم على حاجز في كركوك الذي قتل فيه 7 جنود؟") == "في هجوم على حاجز في كركوك"
    followups.FOLLOW_UPS = False
    try:
        assert read_follow_up("وكم جريحا؟", ["كم قتيلا في تفجير سوق الكرادة؟"]) is None
    finally:
        followups.FOLLOW_UPS = True


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_apps_chat_over_http_reads_a_follow_up_with_the_previous_turn(tmp_path):
    """The real app on 127.0.0.1, its `/chat` endpoint (the chat button; the conversation is the session's state):
    "and how many were wounded?" after the Kirkuk attack's question is asked about that attack (the samples' article
    tells 3 wounded) and the turn says how it was read; a question naming its own place is asked as is."""
    pytest.importorskip("gradio_client")
    from served_app import gradio_client, served_app

    from marsad.index.ingest import ingest

    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        first, _, _ = client.predict("كم شرطيا قتل في هجوم كركوك؟", api_name="/chat")
        assert "13" in _text(first) and "متابعة" not in _text(first)
        html, picker, _ = client.predict("وكم جريحا؟", api_name="/chat")
        turn = _text(html.split('class="marsad-turn"')[1])  # the newest turn comes first
        assert "«وكم جريحا في هجوم كركوك؟»" in turn and "Asked as a follow-up" in turn
        assert re.search(r"عدد الجرحى: 3(?!\d)", turn), turn  # the answer's count, not any 3 of the page
        assert picker["choices"] and "004_dea87550024f26b2" in picker["choices"][0][0]
        html, _, _ = client.predict("and who claimed the attack?", api_name="/chat")
        turn = _text(html.split('class="marsad-turn"')[1])
        assert "Asked as a follow-up" not in turn  # an English question after an Arabic one: asked as is
        html, _, _ = client.predict("ما الذي حدث في الموصل؟", api_name="/chat")  # its own place: asked as is
        assert "Asked as a follow-up" not in _text(html.split('class="marsad-turn"')[1])
