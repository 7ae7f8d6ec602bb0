"""Pass 58 (fixact58, review58 findings 4 and 5): the act check (agent/qa/asked_acts.py) reads a claim with the
definite article and by its carrying out, the other ordinary forms of an act (ambush, kidnappers, seizure, bodies,
victims), and asks no doer of a question about the persons an act befell.

Sentences, names and events are made up for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import read_question

from marsad.agent.qa import asked_acts
from marsad.agent.qa.asked_acts import asked_act_family, tells_asked_act
from marsad.core.arabic import normalize


@pytest.mark.parametrize("sentence", [
    "وأعلن تنظيم الفجر الأحمر المسؤولية عن التفجير في بيان.",
    "واتهمت الحكومة تنظيم الفجر الأحمر بتنفيذ التفجير قرب الجسر.",
    "The Red Dawn group claimed responsibility for the blast in a statement.",
    "The Red Dawn group said it carried out the bombing near the bridge.",
])
def test_a_claim_with_the_article_or_by_its_carrying_out(sentence):
    assert tells_asked_act("claim", normalize(sentence))


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث باسم الشرطة إن التفجير وقع قرب الجسر صباح اليوم.",
    "The police spokesman said the blast hit the bridge in the morning.",
])
def test_a_sentence_telling_only_the_blast_is_no_claim(sentence):
    assert not tells_asked_act("claim", normalize(sentence))


@pytest.mark.parametrize("family,sentence", [
    ("attack", "وتعرضت دورية الحرس لكمين نصبه مسلحون قرب بلدة الواحة."),
    ("kidnap", "وأفرج الخاطفون عن المهندس سليم الراوي بعد أسبوع."),
    ("arrest", "وضبطت الشرطة المتهم سامر النجار في حي الزيتون."),
    ("kill", "وعثر على جثة المهندس سليم الراوي قرب النهر."),
    ("kill", "والضحايا هم سليم الراوي وكريم السالمي ونبيل حداد."),
])
def test_other_forms_of_an_act(family, sentence):
    assert tells_asked_act(family, normalize(sentence))


@pytest.mark.parametrize("family,sentence", [
    ("attack", "وزار وزير الداخلية بلدة الواحة لتفقد الحرس."),
    ("kidnap", "وقال المهندس سليم الراوي إن المشروع سينتهي قريبا."),
    ("arrest", "وقالت الشرطة إن المتهم سامر النجار يقيم في حي الزيتون."),
    ("kill", "وقال المهندس سليم الراوي إن النهر فاض بعد الأمطار."),
])
def test_a_sentence_telling_no_act_is_still_refused(family, sentence):
    assert not tells_asked_act(family, normalize(sentence))


def test_forms_switch_off(monkeypatch):
    monkeypatch.setattr(asked_acts, "ACT_FORMS", False)
    assert not tells_asked_act("attack", normalize("وتعرضت دورية الحرس لكمين نصبه مسلحون قرب بلدة الواحة."))
    asked_act_family.cache_clear()
    assert asked_act_family(read_question("من هم ضحايا الهجوم على بلدة الواحة؟")) == "attack"
    asked_act_family.cache_clear()


@pytest.mark.parametrize("question", [
    "من هم ضحايا الهجوم على بلدة الواحة؟",
    "من هم قتلى التفجير في سوق الواحة؟",
    "من هم الرهائن الذين اختطفوا في بلدة الواحة؟",
    "Who were the victims of the attack on al-Waha?",
])
def test_the_persons_an_act_befell_are_asked_no_doer(question):
    asked_act_family.cache_clear()
    assert asked_act_family(read_question(question)) is None


@pytest.mark.parametrize("question,family", [
    ("من يقف وراء الهجوم على حاجز الواحة؟", "attack"),
    ("من قتل المهندس سليم الراوي؟", "kill"),
    ("Who killed the engineer Salim al-Rawi?", "kill"),
    ("Who kidnapped the hostages in al-Waha?", "kidnap"),
])
def test_a_doer_is_still_asked(question, family):
    asked_act_family.cache_clear()
    assert asked_act_family(read_question(question)) == family
