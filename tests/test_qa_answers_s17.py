"""Session 17: an answer that names what a name question asks for.

A question asking a person's name ("what was the name of the young man", "who was the gunman") or a group's
("which group tried to ...") gets, beside a quoted sentence that names neither, the sentence near it that does
(:func:`marsad.agent.qa.compose.with_asked`, kinds ``name`` and ``group`` of :func:`~marsad.agent.qa.question.
asked_name`); and a record whose doer is a group does not answer who the attacker was
(:data:`marsad.agent.qa.records.PERSON_DOER`). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import quoted_claim, read_question

import marsad.agent.qa.compose as compose
import marsad.agent.qa.question_intent as question_intent
import marsad.agent.qa.records as records
from marsad.agent.qa.compose import with_asked
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import asked_name
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


@pytest.mark.parametrize("question,kind", [
    ("What was the name of the teenager shot near the border fence last week?", ("name", ())),
    ("ما اسم الشاب الفلسطيني الذي قتل قرب الحاجز؟", ("name", ())),
    ("Who was the gunman in the shooting at the shopping centre?", ("name", ())),
    ("Which Iraqi official denied the report about the prison?", ("name", ())),
    ("Which group claimed the bombing of the bus station?", ("group", ())),
    ("أي جماعة تبنت الهجوم على الحافلة؟", ("group", ())),
    ("ما اسم المستشفى الذي داهمه المسلحون؟", None),
    ("What is the name of the operation the army launched in the north?", None),
    ("ما اسم غاز الأعصاب المستخدم في ذلك الهجوم؟", None),
    ("Who carried out the attack on the bus station?", None),
    ("كم شخصا قتل في انفجار السوق؟", None),
])
def test_asked_name(question, kind):
    assert asked_name(read_question(question)) == kind


SHOT = ("قتل شاب برصاص الشرطة قرب الحاجز الحدودي مساء الجمعة خلال مواجهات مع متظاهرين. "
        "وأظهر مقطع مصور لحظة إصابة سامر خليل النجار، وعمره 20 عاما، بينما كان يحاول إسعاف جريح. "
        "وقالت عائلته إنه كان يعمل في ورشة نجارة.")


def test_victim_name_sentence_added():
    q = read_question("What was the name of the young man shot by police near the border crossing?")
    claim = quoted_claim(SHOT, "قتل شاب برصاص الشرطة قرب الحاجز الحدودي مساء الجمعة خلال مواجهات مع متظاهرين.")
    out = with_asked(q, [claim], {"d1": SHOT})
    assert "النجار" in out[0].text and len(out[0].spans) == 2


def test_name_switch_off(monkeypatch):
    monkeypatch.setattr(question_intent, "NAME_ASKED", False)
    q = read_question("What was the name of the young man shot by police near the border crossing?")
    claim = quoted_claim(SHOT, "قتل شاب برصاص الشرطة قرب الحاجز الحدودي مساء الجمعة خلال مواجهات مع متظاهرين.")
    assert with_asked(q, [claim], {"d1": SHOT}) == [claim]


WITNESS = ("قتلت قوات الأمن رجلا خلال مداهمة في القرية فجر الاثنين. "
           "وتحدث أحد الشهود طالبا عدم الكشف عن اسمه خوفا على سلامته. "
           "وقال الأهالي إن القتيل حسان طه عودة كان مزارعا.")


def test_declining_to_give_a_name_is_no_name():
    q = read_question("ما اسم الرجل الذي قتلته قوات الأمن خلال مداهمة القرية؟")
    claim = quoted_claim(WITNESS, "قتلت قوات الأمن رجلا خلال مداهمة في القرية فجر الاثنين.")
    out = with_asked(q, [claim], {"d1": WITNESS})
    assert "خوفا" not in out[0].text and "عودة" in out[0].text


CELL = ("قالت الشرطة إنها أوقفت ثمانية أشخاص في مداهمات بالإقليم الساحلي. "
        "وأضاف البيان أن المعلومات كشفت سعي جماعة أبو سياف إلى تشكيل خلية في الإقليم. "
        "وتابع أن أعضاء الخلية كانوا يعتزمون شن هجمات في الإقليم الساحلي لاحقا.")


def test_group_sentence_added():
    q = read_question("ما الجماعة التي سعت إلى تشكيل خلية في الإقليم الساحلي؟")
    claim = quoted_claim(CELL, "وتابع أن أعضاء الخلية كانوا يعتزمون شن هجمات في الإقليم الساحلي لاحقا.")
    out = with_asked(q, [claim], {"d1": CELL})
    assert "أبو سياف" in out[0].text


LEFTIST = ("أعلنت مجموعة يسارية متشددة مسؤوليتها عن إطلاق النار على مركز الشرطة. "
           "وكانت جبهة التحرير الثوري قد نفذت هجمات مماثلة في الماضي.")


def test_adjective_after_group_noun_is_no_name():
    q = read_question("Which group claimed the shooting at the police station?")
    first = "أعلنت مجموعة يسارية متشددة مسؤوليتها عن إطلاق النار على مركز الشرطة."
    assert not compose.states_kind(q, ("group", ()), first, "")
    assert compose.states_kind(q, ("group", ()), LEFTIST.split(". ")[1], "")


HOSTAGE = ("احتجز مسلح رهائن داخل متجر في بلدة ساحلية جنوب فرنسا صباح الجمعة وقتل ثلاثة منهم. "
           "وأعلن تنظيم داعش لاحقا مسؤوليته عن الهجوم. "
           "وقال المدعي العام إن المهاجم كريم فارس بلقاسم قتل برصاص الشرطة.")


@pytest.mark.parametrize("on", [True, False])
def test_group_record_does_not_name_the_attacker(monkeypatch, on):
    from marsad.agent.offline import OfflineExtractor

    monkeypatch.setattr(records, "PERSON_DOER", on)
    doc = Document(doc_id="d1", title="مقتل ثلاثة رهائن في جنوب فرنسا", text=HOSTAGE, published="2018-03-23")
    ev = Evidence(docs={"d1": doc}, records={"d1": OfflineExtractor().extract(doc)})
    perps = [r.perpetrator for r in ev.records["d1"].attacks if r.perpetrator]
    assert perps, "the extractor states the group as the doer"
    q = read_question("Who was the attacker in the supermarket hostage-taking in southern France?")
    claims = records.record_claims(q, ev, get_lexicon())
    assert (not any("ISIS" in c.text or "Islamic State" in c.text for c in claims)) == on
