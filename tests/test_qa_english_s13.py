"""Session 13: English questions -- names found in the index's Arabic, states named by their English adjective.
Sentences and names are written for these tests."""

from __future__ import annotations

import marsad.agent.qa.translit as translit
from marsad.agent.qa.question import mentions, parse_question

# --- an ain the English spelling does not show ------------------------------------------------------------

def _finder() -> translit.NameFinder:
    # the ain spelling is the commoner term of the same consonants and vowels
    return translit.NameFinder(["باعل", "بالا"], {"باعل": 140, "بالا": 50})


def test_unmarked_ain_loses_the_tie_to_the_alif_spelling():
    assert translit.vowel_fit("Bala", "بالا") < translit.vowel_fit("Bala", "باعل")
    assert _finder().find("Bala")[0] == "بالا"


def test_a_vowel_hiatus_marks_the_ain():
    assert translit.vowel_fit("Naeem", "نعيم") == 0 == translit.vowel_fit("Naeem", "نايم")


def test_unmarked_ain_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(translit, "UNMARKED_AIN_COST", 0.0)
    monkeypatch.setattr(translit, "SLOT_VOWELS", False)  # (s48: the slot order also puts بالا first)
    assert _finder().find("Bala")[0] == "باعل"


# --- a state named by its English adjective ----------------------------------------------------------------

def test_country_forms_of_an_adjective():
    assert "Korea" in translit._country_forms("Korean")
    assert "Jordan" in translit._country_forms("Jordanian")
    assert "Pakistan" in translit._country_forms("Pakistani")
    assert "Lebanon" in translit._country_forms("Lebanese")
    assert not any(len(n) < 4 for n in translit._country_forms("Brian"))


def test_state_adjective_with_its_compass_word_is_the_state():
    q = translit.with_words(parse_question("When will North Korean envoys hand over the remains, Hill said?"))
    korea = [e for e in q.places if e.get("admin_level") == "country" and e.name_en == "North Korea"]
    assert korea and mentions(korea[0], "وقال المبعوث إن كوريا الشمالية ستسلم الرفات قريبا.")
    assert "korean" not in q.uncovered


def test_a_name_ending_like_an_adjective_is_no_state():
    q = translit.with_words(parse_question("What did Brian Hassan say about the talks in Geneva?"))
    assert not any(e.get("admin_level") == "country" for e in q.places)


def test_state_adjective_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(translit, "DEMONYMS", False)
    q = translit.with_words(parse_question("When will North Korean envoys hand over the remains, Hill said?"))
    assert not any(e.name_en == "North Korea" for e in q.places)


# --- a state named only as the nationality of the forces that acted -------------------------------------------

def test_state_named_as_its_forces_nationality_weighs_as_context():
    from marsad.agent.qa.subject import CONTEXT, weight

    q = parse_question("How many gunmen died when Jordanian-US special forces raided a farm near Tarbaj last month?")
    states = [e for e in q.places if e.get("admin_level") == "country"]
    assert states and all(e.get("forces_only") for e in states)
    assert all(weight(e, q) == CONTEXT for e in states)


def test_state_where_something_happened_keeps_its_weight():
    from marsad.agent.qa.subject import SUBJECT, weight

    q = parse_question("How many Turkish soldiers were killed in Syria last week?")
    syria = next(e for e in q.places if e.id == "syria")
    assert not syria.get("forces_only") and weight(syria, q) == SUBJECT


def test_forces_nationality_with_the_switch_off(monkeypatch):
    import marsad.agent.qa.subject as subject

    monkeypatch.setattr(subject, "NATIONALITY", False)
    q = parse_question("How many gunmen died when Jordanian-US special forces raided a farm near Tarbaj last month?")
    assert all(subject.weight(e, q) == subject.SUBJECT for e in q.places if e.get("admin_level") == "country")


# --- the QA's place nouns extend the extractor's -----------------------------------------------------------------

def test_qa_place_nouns_extend_the_shared_set():
    from marsad.agent.offline.vocab import PLACE_NOUNS
    from marsad.agent.qa.question_parse import _PLACE_NOUNS

    assert PLACE_NOUNS <= _PLACE_NOUNS and {"الحدود", "الاراضي", "المدينه"} <= _PLACE_NOUNS
