"""Session 12 (b): how the offline answerer reads English names and the month a question asks about."""

from __future__ import annotations

import pytest

from marsad.agent.qa import domain, question_parse, translit
from marsad.agent.qa.domain import constraints_of, span_fits
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder


@pytest.mark.parametrize("on", [True, False])
def test_short_vowel_name_keeps_its_ain_spelling(monkeypatch, on):
    # "Omar": the commoner word امر (command) and the name عمر share the skeleton m-r once ع is dropped
    monkeypatch.setattr(translit, "AIN_TWIN", on)
    finder = NameFinder(["امر", "عمر", "اوامر", "قتل"], {"امر": 900, "عمر": 40, "اوامر": 300, "قتل": 5000})
    found = finder.find("Omar")
    assert "امر" in found
    assert ("عمر" in found) is on


def test_ain_twin_only_for_a_name_starting_with_a_vowel():
    finder = NameFinder(["مرد", "عمرد"], {"مرد": 10, "عمرد": 5})
    assert "عمرد" not in finder.find("Mard")


@pytest.mark.parametrize("on", [True, False])
def test_family_name_after_another_given_name_is_not_the_registry_person(monkeypatch, on):
    monkeypatch.setattr(question_parse, "OTHER_GIVEN_NAME", on)
    q = parse_question("What did the foreign minister Karim al-Maliki announce at the summit?")
    assert ("nouri_al_maliki" in {e.id for e in q.actors}) is not on


@pytest.mark.parametrize("text", [
    "What did Nouri al-Maliki announce at the summit?",
    "What did former PM al-Maliki announce at the summit?",
    "Who gave the order to withdraw, according to al-Maliki?",
    "What did Maliki announce at the summit?",
])
def test_family_name_alone_or_after_a_title_is_still_the_person(text):
    assert "nouri_al_maliki" in {e.id for e in parse_question(text).actors}


_DOC = ("قال مسؤول إن الشرطة فككت خلية في العاصمة في تموز الماضي. " + "وأضاف أن التحقيقات مستمرة. " * 40
        + "وفي حادث آخر قتل خمسة جنود في هجوم على حاجز أمني شمال البلاد.")


@pytest.mark.parametrize("on", [True, False])
def test_asked_month_must_be_stated_near_the_sentence_of_a_later_article(monkeypatch, on):
    monkeypatch.setattr(domain, "MONTH_NEAR", on)
    c = constraints_of(parse_question("How many soldiers were killed at a checkpoint in July 2015?"))
    quote = "وفي حادث آخر قتل خمسة جنود في هجوم على حاجز أمني شمال البلاد."
    assert span_fits(c, quote, _DOC, "2015-08-25", "هجوم على حاجز") is not on


def test_asked_month_in_the_sentence_or_in_the_article_month_still_fits():
    c = constraints_of(parse_question("How many soldiers were killed at a checkpoint in July 2015?"))
    quote = "وفي تموز قتل خمسة جنود في هجوم على حاجز أمني شمال البلاد."
    assert span_fits(c, quote, _DOC.replace("وفي حادث آخر قتل", "وفي تموز قتل"), "2015-08-25", "هجوم")
    plain = "وفي حادث آخر قتل خمسة جنود في هجوم على حاجز أمني شمال البلاد."
    assert span_fits(c, plain, _DOC, "2015-07-20", "هجوم")
