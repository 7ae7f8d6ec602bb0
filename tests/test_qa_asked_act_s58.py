"""Pass 58 (qaact58): a person or doer answer's sentence tells the act the question asks (agent/qa/asked_acts.py).

Sentences, names and events are made up for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import evidence_of, quoted_claim, read_question

from marsad.agent.qa import asked_acts
from marsad.agent.qa.asked_acts import acted_claims, asked_act_family, tells_asked_act
from marsad.core.arabic import normalize

_ALIVE = "وقال وزير الزراعة كريم السالمي إن موسم القمح في ولاية الواحة سيكون جيدا هذا العام."
_KILLED = "واغتيل وزير الزراعة كريم السالمي برصاص مسلحين مجهولين أمام منزله في ولاية الواحة."
_KIDNAP = "وأعلنت الشرطة اختطاف المهندس سليم الراوي من سيارته على طريق المطار."
_CLAIMED = "وأعلن تنظيم الفجر الأحمر مسؤوليته عن التفجير في بيان نشره على الإنترنت."
_SPOKE = "وقال المتحدث باسم الشرطة نبيل حداد إن التفجير وقع قرب السوق الرئيسية."


@pytest.mark.parametrize("question,family", [
    ("من اغتال وزير الزراعة كريم السالمي؟", "kill"),
    ("من قتل المهندس سليم الراوي في ولاية الواحة؟", "kill"),
    ("من خطف المهندس سليم الراوي؟", "kidnap"),
    ("من اعتقلت الشرطة في ولاية الواحة؟", "arrest"),
    ("من تبنى التفجير قرب السوق الرئيسية؟", "claim"),
    ("من هو القيادي الذي لقي مصرعه في غارة على ولاية الواحة؟", "kill"),
    ("Who assassinated the agriculture minister Karim al-Salimi?", "kill"),
    ("Who claimed the bombing near the main market?", "claim"),
    ("Who kidnapped the engineer Salim al-Rawi?", "kidnap"),
])
def test_the_act_asked(question, family):
    assert asked_act_family(read_question(question)) == family


@pytest.mark.parametrize("question", [
    "من هو المتحدث باسم الشرطة الذي أعلن مقتل ثلاثة في ولاية الواحة؟",  # (the holder is asked: he said it)
    "Who is the police spokesman who said three were killed in the bombing?",
    "من هو وزير الزراعة في ولاية الواحة؟",
    "Who pleaded guilty to murdering two guards at the port?",  # (the plea is asked, told in its own sentence)
    "Which group did the camp that the jets struck belong to?",  # (no "who" question)
])
def test_no_act_asked(question):
    assert asked_act_family(read_question(question)) is None


def test_forms_of_an_act():
    assert tells_asked_act("kill", normalize(_KILLED))  # (the passive)
    assert tells_asked_act("kill", normalize("وأدان الرئيس اغتيال الوزير."))  # (the verbal noun)
    assert not tells_asked_act("kill", normalize(_ALIVE))
    assert tells_asked_act("kidnap", normalize(_KIDNAP))
    assert tells_asked_act("arrest", normalize("وتم القبض على المشتبه به فجر الأحد."))
    assert tells_asked_act("claim", normalize(_CLAIMED))
    assert not tells_asked_act("claim", normalize(_SPOKE))


def test_a_quote_of_the_man_alive_is_no_answer():
    text = _ALIVE + " " + _KILLED
    question = read_question("من اغتال وزير الزراعة كريم السالمي؟")
    claims = [quoted_claim(text, _ALIVE), quoted_claim(text, _KILLED)]
    kept = acted_claims(question, "doer", claims, evidence_of("", text))
    assert [c.spans for c in kept] == [claims[1].spans]


def test_a_spokesman_on_the_bombing_is_no_claim():
    text = _SPOKE + " " + _CLAIMED
    question = read_question("من تبنى التفجير قرب السوق الرئيسية؟")
    claims = [quoted_claim(text, _SPOKE), quoted_claim(text, _CLAIMED)]
    kept = acted_claims(question, "doer", claims, evidence_of("", text))
    assert [c.spans for c in kept] == [claims[1].spans]


def test_switch_off_and_other_kinds_keep_every_claim(monkeypatch):
    text = _ALIVE + " " + _KILLED
    question = read_question("من اغتال وزير الزراعة كريم السالمي؟")
    claims = [quoted_claim(text, _ALIVE)]
    assert acted_claims(question, "date", claims, evidence_of("", text)) == claims
    monkeypatch.setattr(asked_acts, "ACT_TOLD", False)
    assert acted_claims(question, "doer", claims, evidence_of("", text)) == claims


_ARMY = "وقال المتحدث باسم الجيش الوطني العميد فارس منصور إن القوات استعادت التلة."
_HEALTH = "وقال المتحدث باسم وزارة الصحة نادر سليم إن ثلاثة جرحى نقلوا إلى المستشفى."


def test_the_spokesman_of_the_body_asked():
    text = _HEALTH + " " + _ARMY
    question = read_question("من هو المتحدث باسم الجيش الوطني الذي أعلن استعادة التلة؟")
    claims = [quoted_claim(text, _HEALTH), quoted_claim(text, _ARMY)]
    kept = asked_acts.titled_claims(question, claims, evidence_of("", text))
    assert [c.spans for c in kept] == [claims[1].spans]


def test_a_sentence_naming_no_office_is_kept():
    text = "واستعادت القوات التلة بعد معارك عنيفة. " + _HEALTH
    question = read_question("من هو المتحدث باسم الجيش الوطني؟")
    claims = [quoted_claim(text, "واستعادت القوات التلة بعد معارك عنيفة.")]
    assert asked_acts.titled_claims(question, claims, evidence_of("", text)) == claims


def test_title_switch_off(monkeypatch):
    text = _HEALTH
    question = read_question("من هو المتحدث باسم الجيش الوطني؟")
    claims = [quoted_claim(text, _HEALTH)]
    assert asked_acts.titled_claims(question, claims, evidence_of("", text)) == []
    monkeypatch.setattr(asked_acts, "TITLE_TOLD", False)
    assert asked_acts.titled_claims(question, claims, evidence_of("", text)) == claims


def test_the_spokesman_of_the_body_asked_english():
    from marsad.agent.qa.translit import with_words

    army = "وقال المتحدث باسم الجيش اليمني العميد فارس منصور إن القوات استعادت التلة."
    text = _HEALTH + " " + army
    question = with_words(read_question("Who is the spokesman of the Yemeni army who announced the recapture of the hill?"))
    claims = [quoted_claim(text, _HEALTH), quoted_claim(text, army)]
    kept = asked_acts.titled_claims(question, claims, evidence_of("", text))
    assert [c.spans for c in kept] == [claims[1].spans]


def test_an_english_article_tells_the_act():
    assert tells_asked_act("claim", normalize("The Falcon Brigade claimed responsibility for the blast on Monday."))
    assert tells_asked_act("kill", normalize("The mayor was shot dead outside his office."))
    assert not tells_asked_act("claim", normalize("A police spokesman said the blast hit a bus."))
