"""Thirty-fifth pass, English questions at archive scale: a glossary word written in its other everyday sense
("rockets fired at", "named among") names no concept; a hyphenated modifier before the counted noun ("how many
pro-government fighters"); everyday words of political news said in Arabic, and modal or topic words that carry
no fact, so that such a question is not read as unmapped."""

from __future__ import annotations

import pytest

from marsad.agent.qa import counts_asked, question_entities
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_words import unmapped
from marsad.agent.qa.translit import with_words


def _concepts(text: str) -> set[str]:
    return {c.id for c in parse_question(text).concepts}


@pytest.mark.parametrize("text", [
    "How many rockets were fired from Lebanon toward Haifa on 3 April?",
    "Which town did the militants' mortar shells target after they were fired across the river?",
    "At whom were the shots fired near the checkpoint in Tikrit?",
])
def test_fired_with_a_weapon_is_no_dismissal(text):
    assert "dismissal" not in _concepts(text)


def test_fired_from_office_is_still_a_dismissal():
    assert "dismissal" in _concepts("Which governor was fired by the prime minister in Basra in 2019?")


def test_the_sense_guard_switched_off_reads_fired_as_a_dismissal(monkeypatch):
    monkeypatch.setattr(question_entities, "SENSE_GUARD", False)
    assert "dismissal" in _concepts("How many rockets were fired from Lebanon toward Haifa on 3 April?")


def test_named_among_is_no_appointment_and_the_verb_fire_no_blaze():
    assert "appointment" not in _concepts("Which tank was named among the arms the parliament would freeze?")
    assert "appointment" in _concepts("Who was named interior minister in Amman in 2020?")
    assert "fire" not in _concepts("How many shells did the rebels fire at Aden port in 2019?")
    assert "fire" in _concepts("How many shops burned in the fire at the Mosul market in 2019?")


def test_a_hyphenated_modifier_is_not_the_counted_noun(monkeypatch):
    q = parse_question("How many pro-Turkish rebels were killed near Afrin in March 2018?")
    assert counts_asked.counted_noun(q) != "pro"
    assert counts_asked.victim_category(q) == "militants"
    monkeypatch.setattr(counts_asked, "HYPHENATED", False)
    assert counts_asked.counted_noun(q) == "pro"


def test_everyday_political_words_leave_a_question_mapped():
    q = with_words(parse_question("Which Qatari minister said in a series of tweets that the new Iranian approach was "
                                  "the natural result of Riyadh's behaviour and called the plan precise?"))
    assert not {"series", "approach", "natural", "result", "behaviour", "precise"} & set(q.uncovered)
    assert not unmapped(q)


def _place(question, pid):
    return next(e for e in parse_question(question).places if e.id == pid)


def test_a_capital_named_for_its_state_is_named_by_an_article_naming_the_state(monkeypatch):
    from marsad.agent.qa import question_parse
    from marsad.agent.qa.question_mentions import mentions

    said = "وقال وزير الخارجية إن إيران سترد على أي عقوبات جديدة تفرضها واشنطن."
    acting = _place("What did Tehran threaten after the sanctions Washington imposed in June 2019?", "tehran")
    assert mentions(acting, said)
    scene = _place("How many people were hurt by the blast in Tehran in June 2019?", "tehran")
    assert not mentions(scene, said)
    monkeypatch.setattr(question_parse, "CAPITAL_FOR_STATE", False)
    assert not mentions(_place("What did Tehran threaten after the sanctions Washington imposed in June 2019?",
                               "tehran"), said)
