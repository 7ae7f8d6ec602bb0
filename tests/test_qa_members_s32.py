"""A state's police named by one of its men ("شرطي فرنسي"), and an English member noun after an actor ("a French
police officer") that only says one of that actor."""

from __future__ import annotations

from marsad.agent.qa import question_mentions, question_parse
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_mentions import mentions
from marsad.core.lexicon import get_lexicon


def _police(country: str):
    q = parse_question(f"Where did the {country} police arrest the suspect?")
    return next(e for e in q.actors if e.get("type") == "police")


def test_a_state_police_is_named_by_one_of_its_men():
    police = _police("French")
    for said in ("أطلق شرطي فرنسي النار على المهاجم", "أصاب المسلح شرطيا فرنسيا بجروح", "وقال الشرطي الفرنسي",
                 "قتل شرطيان فرنسيان", "الشرطة الفرنسية"):
        assert mentions(police, said), said
    assert not mentions(police, "أطلق شرطي ألماني النار")


def test_officer_forms_are_switched_off_with_their_switch(monkeypatch):
    monkeypatch.setattr(question_mentions, "OFFICERS", False)
    monkeypatch.setattr(question_mentions, "_PATTERNS", {})
    police = _police("French")
    assert not mentions(police, "أطلق شرطي فرنسي النار على المهاجم")
    assert mentions(police, "الشرطة الفرنسية")


def test_an_english_member_noun_after_an_actor_is_no_concept_of_its_own(monkeypatch):
    text = "Where did a French police officer shoot a man in Lyon?"
    assert question_parse._member_noun(
        next(e for e in get_lexicon().of_kind("glossary") if e.id == "news_security_personnel"), text, get_lexicon())
    assert "news_security_personnel" not in {c.id for c in parse_question(text).concepts}
    # alone, the noun is what the question asks about
    assert "news_security_personnel" in {c.id for c in parse_question("How many police officers were killed?").concepts}
    monkeypatch.setattr(question_parse, "MEMBER_NOUNS", False)
    assert "news_security_personnel" in {c.id for c in parse_question(text).concepts}


def test_which_official_said_is_not_answered_by_the_role_of_a_person_the_question_names(monkeypatch):
    from marsad.agent.qa import records
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Actor, Citation, Document, DocumentRecords

    text = "وأعلن مايك بومبيو، وزير الخارجية الأميركي، أن العقوبات الجديدة تبدأ الشهر المقبل، ورحب بها مسؤول خليجي."
    quote = "مايك بومبيو، وزير الخارجية الأميركي"
    start = text.index(quote)
    pompeo = Actor(citations=[Citation(doc_id="p", start=start, end=start + len(quote), quote=quote)],
                   name="مايك بومبيو", name_en="Mike Pompeo", type="official", role="وزير الخارجية الأميركي")
    ev = Evidence()
    ev.docs = {"p": Document(doc_id="p", text=text)}
    ev.records = {"p": DocumentRecords(doc_id="p", actors=[pompeo])}
    q = parse_question("Which Gulf official welcomed the new sanctions announced by Mike Pompeo?")
    assert not any("Pompeo" in c.text for c in records.record_claims(q, ev, get_lexicon()))
    monkeypatch.setattr(records, "NAMED_NOT_ASKED", False)
    assert any("Pompeo" in c.text for c in records.record_claims(q, ev, get_lexicon()))
