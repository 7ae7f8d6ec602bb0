"""Pass 59, English questions read as the Arabic ones are: a doer word only in what describes the man asked -- after a
noun of "of" ("the mother of the family that carried out ...") or in a charge against him ("convicted of plotting
attacks") -- makes no doer question; "the man who carried out ..." still asks the doer. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import question_intent
from marsad.agent.qa.question import Intent, parse_question


def test_a_doer_word_in_what_describes_the_man_asked():
    asked = "Who is the teacher convicted in London of plotting attacks on a railway station?"
    assert parse_question(asked).intent is Intent.role
    assert parse_question("Who was the mother of the family that carried out the bombing in Madrid?").intent \
        is Intent.role
    # the doer asked: by "who" and the act, or by a doer's noun
    assert parse_question("Who carried out the attacks on a railway station in London?").intent is Intent.perpetrator
    assert parse_question("Who was the attacker in the stabbing at a railway station in London?").intent \
        is Intent.perpetrator


@pytest.mark.parametrize("asked", [
    "Who was the woman accused of plotting an attack on a concert hall in Vienna?",
    "Who is the student charged with planning attacks on a school in Leeds in 2019?",
    "Who was the man, a baker from Lille, suspected of launching the attack on a bus?",
    "Who was the uncle of the brothers who carried out the raid on a bank in Turin?",
])
def test_a_charge_or_a_noun_of_of_makes_no_doer_question(asked):
    assert parse_question(asked).intent is Intent.role


@pytest.mark.parametrize("asked", [
    "Who was the man who carried out the attack on the chapel in Lyon in June 2015?",
    "Who is the young man who launched the attack on the market in Porto?",
    "Who was the suspect that committed the stabbing in Oslo last spring?",
    "Who was the person that claimed the bombing of the bridge in Kandahar?",
    "Who was the woman who attacked a guard at the museum in Rome?",
])
def test_who_or_that_after_a_plain_person_head_still_asks_the_doer(asked):
    assert parse_question(asked).intent is Intent.perpetrator


def test_the_described_who_switch(monkeypatch):
    monkeypatch.setattr(question_intent, "DESCRIBED_WHO", False)
    asked = "Who is the teacher convicted in London of plotting attacks on a railway station?"
    assert parse_question(asked).intent is Intent.perpetrator
