"""Participants questions: the sentences of taking part that follow the quote are told with it, and the PARTAKE
switch turns off the cue of taking part as well as its rank."""

from __future__ import annotations

from qa_claims import passage_quotes

from marsad.agent.qa import passages

_Q = "من يشارك في الهجوم على بلدة القائم غربي الأنبار؟"
# the forces are named one per sentence, then a sentence on something else
_FRONT = ("تشارك ألوية من الجيش العراقي في الهجوم على بلدة القائم غربي الأنبار منذ فجر أمس. "
          "كما يشارك نحو 400 مقاتل من أبناء العشائر في العمليات نفسها إلى جانب الشرطة الاتحادية. "
          "وقال ضابط ميداني إن سوء الأحوال الجوية أبطأ تقدم القوات نحو مركز البلدة.")


def test_the_next_sentences_of_taking_part_are_quoted_with_the_answer():
    got = passage_quotes(_Q, _FRONT)
    assert got and "ألوية من الجيش" in got[0] and "أبناء العشائر" in got[0]
    assert "الأحوال الجوية" not in got[0]  # (not a sentence of taking part: the quote stops before it)


def test_without_a_next_sentence_of_taking_part_the_quote_is_one_sentence():
    alone = _FRONT.split(". ")[0] + ". وقال ضابط ميداني إن سوء الأحوال الجوية أبطأ تقدم القوات نحو مركز البلدة."
    got = passage_quotes(_Q, alone)
    assert got and "ألوية من الجيش" in got[0] and "الأحوال الجوية" not in got[0]


def test_the_switches_turn_off_the_next_sentences_and_the_cue(monkeypatch):
    monkeypatch.setattr(passages, "PARTAKERS_AFTER", 0)
    # (pass 62's ASKED_WORD would add the next sentence naming the asked verb "يشارك": test_asked_word_s62)
    monkeypatch.setattr(passages.fillers, "ASKED_WORD", False)
    got = passage_quotes(_Q, _FRONT)
    assert got and "أبناء العشائر" not in got[0]
    # PARTAKE off: "يشارك" is no cue of a participants answer (no "تضم/بين/بمشاركة" here): nothing qualifies
    monkeypatch.setattr(passages, "PARTAKE", False)
    assert passage_quotes(_Q, _FRONT) == []
