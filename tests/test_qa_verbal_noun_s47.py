"""Pass 47 (qa47): the verb a question asks about, told by its verbal noun.

"ماذا دمرت الغارات" is answered by "وأسفرت الضربات عن تدمير ...": news tells the result of an act in a sentence of
its own whose subject is the event, with the act's verbal noun (تدمير for دمر). The actions reader quotes such a
sentence with the sentence about the actor before it, and the passage reader counts it as stating the asked verb
(:data:`marsad.agent.qa.actions.VERBAL_NOUN`, :data:`marsad.agent.qa.passages.VERBAL_NOUN`).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import evidence_of, read_question

import marsad.agent.qa.actions as actions

_TEXT = ("شنت طائرات التحالف العربي فجر الاثنين سلسلة غارات على مواقع الحوثيين في مديرية صرواح غرب مأرب. "
         "وأسفرت الضربات بحسب مصدر عسكري عن تدمير مخزن ذخيرة وعربتين مدرعتين كانت في طريقها إلى الجبهة. "
         "وقال سكان إن أصوات الانفجارات سمعت في القرى المجاورة حتى الصباح.")


@pytest.mark.parametrize("stem, noun", [("دمر", "تدمير"), ("فجر", "تفجير"), ("اعلن", "اعلان"), ("اعتقل", "اعتقال"),
                                        ("انسحب", "انسحاب"), ("استهدف", "استهداف")])
def test_the_regular_verbal_nouns(stem, noun):
    assert actions.verbal_nouns((stem,)) == (noun,)


def test_no_noun_is_guessed_for_a_form_three_verb():
    # ("طالب" -> "مطالبة", but "قاتل" -> "مقاتل" is a fighter: the pattern is not used)
    assert actions.verbal_nouns(("طالب",)) == ()


def test_a_root_waw_is_kept_and_hollow_stems_read_right():
    # "وافق"، "واصل" (form III, root و) give no noun, "ودمر" is "دمر" after the conjunction; hollow: "اختار" ->
    # "اختيار", and "استعاد"/"اعاد" need none (their nouns read as the verb's stem)
    assert actions.verbal_nouns(("وافق", "واصل")) == ()
    assert actions.verbal_nouns(("ودمر",)) == ("تدمير",)
    assert actions.verbal_nouns(("اختار",)) == ("اختيار",)
    assert actions.verbal_nouns(("استعاد", "اعاد")) == ()


def _quotes(question: str) -> str:
    claims = actions.action_claims(read_question(question), evidence_of(_TEXT))
    return " ".join(c.text for c in claims)


def test_the_act_told_by_its_noun_is_quoted_with_the_actor_sentence():
    assert "مخزن ذخيرة" in _quotes("ماذا دمرت غارات التحالف على الحوثيين في مأرب؟")


def test_without_the_switch_it_is_not(monkeypatch):
    monkeypatch.setattr(actions, "VERBAL_NOUN", False)
    assert "مخزن ذخيرة" not in _quotes("ماذا دمرت غارات التحالف على الحوثيين في مأرب؟")


def test_another_verb_asked_takes_no_such_sentence():
    # (what the coalition said: the result sentence does not tell it)
    assert "مخزن ذخيرة" not in _quotes("ماذا أعلن التحالف عن غاراته على الحوثيين في مأرب؟")


def _passage_first(question: str) -> str:
    from qa_claims import article_claims

    text = ("شنت طائرات حربية فجر الاثنين سلسلة غارات على مواقع للمسلحين في مديرية صرواح غرب مأرب. "
            "وأسفرت الغارات على صرواح بحسب مصدر عسكري عن تدمير مخزن ذخيرة وعربتين مدرعتين. "
            "وقال سكان إن أصوات الانفجارات سمعت في القرى المجاورة حتى الصباح.")
    claims = article_claims(question, text, "غارات على صرواح", "2019-04-08")
    return claims[0].text if claims else ""


def test_the_passage_reader_takes_the_noun_for_the_verb():
    assert "تدمير" in _passage_first("ماذا دمرت الغارات الجوية في صرواح؟")


def test_the_passage_reader_without_the_switch(monkeypatch):
    import marsad.agent.qa.passages as passages

    monkeypatch.setattr(passages, "VERBAL_NOUN", False)
    assert "تدمير" not in _passage_first("ماذا دمرت الغارات الجوية في صرواح؟")
