"""Session 14: English questions -- the doer asked with an attack verb, the holder named by his title, the everyday
words of a question said in Arabic, an attack told by its verb. Sentences and names are written for these tests."""

from __future__ import annotations

import re

import marsad.agent.qa.passages as passages
import marsad.agent.qa.question_intent as question_intent
import marsad.agent.qa.translit as translit
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import Intent, parse_question, unmapped
from marsad.schemas import Document

# --- "who stabbed / shot X": the doer -------------------------------------------------------------------------

_OLD_PERP = (r"\bwho\b.*\b(carr\w* out|behind|attack\w*|launch\w*|commit\w*|perpetrat\w*|responsib\w*|claim\w*)\b"
             r"|^\W*who (?:fired|shelled|planted|detonated)\b|\bperpetrat\w*|\bresponsib\w*")


def test_who_with_an_attack_verb_asks_for_the_doer():
    assert parse_question("Who stabbed the Danish consul in Basra?").intent is Intent.perpetrator
    assert parse_question("Who shot the two policemen at the Mosul checkpoint?").intent is Intent.perpetrator
    assert parse_question("Who kidnapped the Turkish workers in Baghdad last year?").intent is Intent.perpetrator


def test_who_was_stabbed_still_asks_for_the_victim():
    assert parse_question("Who was shot at the Mosul checkpoint?").intent is Intent.victim
    assert parse_question("How many were shot at the Mosul checkpoint?").intent is not Intent.perpetrator


def test_who_with_an_attack_verb_with_the_rule_off(monkeypatch):
    monkeypatch.setitem(question_intent._EN, Intent.perpetrator, _OLD_PERP)
    assert parse_question("Who stabbed the Danish consul in Basra?").intent is not Intent.perpetrator


# --- "who commands the X front": the commander named by his title ---------------------------------------------

_FRONT = ("اندلعت اشتباكات عنيفة صباح اليوم في جبهة بيجي شمال محافظة صلاح الدين بين القوات والمسلحين. "
          "وقتل في القصف أبو علي الكعبي قائد سرية الهاون بجبهة بيجي في صلاح الدين مع اثنين من مرافقيه. "
          "وقال قائد جبهة بيجي العميد سالم الدوري إن قواته صدت الهجوم وكبدت المهاجمين خسائر. ")


def _front_evidence() -> Evidence:
    return Evidence(docs={"f": Document(doc_id="f", title="معارك في بيجي", text=_FRONT)})


def test_the_holder_named_by_the_title_of_the_thing_asked_about_answers_first():
    q = parse_question("Who commands the Baiji front in Salahuddin?")
    assert q.intent is Intent.lead
    claims = passage_claims(q, _front_evidence())
    assert claims and "سالم الدوري" in claims[0].text


def test_the_holder_by_title_with_the_rule_off(monkeypatch):
    q = parse_question("Who commands the Baiji front in Salahuddin?")
    monkeypatch.setattr(passages, "LEAD_TITLE", False)
    monkeypatch.setitem(passages._CUE, Intent.lead, re.compile(r"قياده|يقود|تقود|يتولي|تتولي|برياسه|يراس|يتراس|يشرف|امره"))
    assert not any("سالم الدوري" in c.text for c in passage_claims(q, _front_evidence()))


def test_a_title_followed_by_something_else_is_no_holder():
    q = parse_question("Who commands the Baiji front in Salahuddin?")
    from marsad.core.arabic import normalize

    assert passages._titled(q, normalize("وقال قائد جبهة بيجي العميد سالم الدوري إن قواته صدت الهجوم"))
    assert not passages._titled(q, normalize("وقتل أبو علي الكعبي قائد سرية الهاون بجبهة بيجي في صلاح الدين"))


# --- everyday words of an English question ----------------------------------------------------------------------

def test_everyday_question_words_no_longer_leave_the_question_unmapped():
    q = translit.with_words(parse_question("What were the men arrested in Basra suspected of planning to attack?"))
    assert not {"men", "planning"} & set(q.uncovered)
    assert not unmapped(q)
    assert any(t.startswith("خطط") or t.startswith("تخطيط") for t in q.expansion)


def test_everyday_words_with_the_new_words_off(monkeypatch):
    monkeypatch.setattr(translit, "_qa_words", lambda: {})
    q = translit.with_words(parse_question("What were the men arrested in Basra suspected of planning to attack?"))
    assert {"men", "planning"} <= set(q.uncovered) and unmapped(q)


# --- "which group carried out X": the doer asked by its kind -----------------------------------------------------

def test_which_group_carried_out_asks_for_the_doer():
    assert parse_question("Which group carried out the bombing of the market in Tikrit?").intent is Intent.perpetrator
    assert parse_question("Which armed faction was behind the blast at the Basra port?").intent is Intent.perpetrator
    assert parse_question("Which groups took part in the talks in Erbil?").intent is not Intent.perpetrator


def test_which_group_with_the_rule_off(monkeypatch):
    monkeypatch.setitem(question_intent._EN, Intent.perpetrator, _OLD_PERP)
    assert parse_question("Which group carried out the bombing of the market in Tikrit?").intent is not Intent.perpetrator


# --- an attack told by its verb ------------------------------------------------------------------------------------

_PLOT = ("اعتقلت الشرطة في مدينة البصرة ثلاثة شبان في مداهمة لمنزل وضبطت متفجرات. "
         "وقال المتحدث باسم الشرطة إن الشبان الثلاثة خططوا لمهاجمة مبنى المحافظة في البصرة الأسبوع المقبل. ")


def test_a_sentence_telling_an_attack_by_its_verb_answers_an_attack_question(monkeypatch):
    ev = Evidence(docs={"p": Document(doc_id="p", title="اعتقال ثلاثة في البصرة", text=_PLOT)})
    q = parse_question("What were the men arrested in Basra suspected of planning to attack?")
    q = translit.with_words(q)
    assert "attacks" in q.topics
    assert any("مبنى المحافظة" in c.text for c in passage_claims(q, ev))
    monkeypatch.setattr(passages, "ATTACK_VERBS", False)
    assert not any("مبنى المحافظة" in c.text for c in passage_claims(q, ev))
