"""Pass 49 (reader49): readers for a slot a question names that no other reader read (agent/qa/slots.py): the code
name of an operation or a planned attack, and a prison term. The passage reader needs half the question's words in
one sentence; news tells the name or the term in a sentence of its own, after the one naming the people and place.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import compose, slots
from marsad.agent.qa.compose import assemble

_PLOT = ("حكم القضاء في بغداد الأحد على ثلاثة شبان عراقيين بالسجن المؤبد لتخطيطهم لهجوم على سوق شعبي. "
         "وقال الادعاء إن المتهمين اشتروا متفجرات وسيارة مستعملة قبل شهرين. "
         "وكان المتهمون يعتزمون تنفيذ العملية في أول أيام العيد. "
         "وتابع الادعاء أن الشرطة راقبت اتصالاتهم طيلة أسابيع. "
         "وقال محامي الدفاع إن موكليه نادمون. "
         "وأطلق المتهمون على الهجوم المخطط اسم \"العرس الكبير\" بحسب الادعاء.")

_TERM = ("قضت محكمة في البصرة الخميس على رجلين انضما إلى تنظيم داعش بالسجن 12 عاما. "
         "وكان الادعاء طالب بعقوبة أشد بحق المتهمين. "
         "وقال محامي أحدهما إنه سيستأنف الحكم.")


def _claims(question: str, *texts: str):
    return slots.slot_claims(read_question(question), evidence_of(*texts))


def test_code_name_question_quotes_the_naming_sentence():
    claims = _claims("ما الاسم الرمزي الذي أطلقه المتهمون على الهجوم المخطط في بغداد؟", _PLOT)
    assert claims and "العرس الكبير" in claims[0].text


def test_code_name_answer_cites_the_lead_naming_the_place():
    question = read_question("ما الاسم الرمزي الذي أطلقه المتهمون على الهجوم المخطط في بغداد؟")
    evidence = evidence_of(_PLOT)
    answer = assemble(question, slots.slot_claims(question, evidence), evidence.texts, backend="offline", limit=1)
    assert not answer.abstained and "العرس الكبير" in answer.answer


def test_without_the_lead_span_the_far_place_leaves_it_unsupported(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_LEAD_NAMES", False)
    monkeypatch.setattr(compose, "LEAD_NAMED", False)  # (pass 64: the answer check's own lead context, for every reader)
    question = read_question("ما الاسم الرمزي الذي أطلقه المتهمون على الهجوم المخطط في بغداد؟")
    evidence = evidence_of(_PLOT)
    answer = assemble(question, slots.slot_claims(question, evidence), evidence.texts, backend="offline", limit=1)
    assert answer.abstained


def test_code_name_switch(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_NAME", False)
    assert not _claims("ما الاسم الرمزي الذي أطلقه المتهمون على الهجوم المخطط في بغداد؟", _PLOT)


def test_operation_name_question():
    text = ("تواصل القوات العراقية تقدمها في صحراء الأنبار ضمن عملية أطلق عليها اسم \"فجر الصحراء\". "
            "وقال مصدر عسكري إن القوات قتلت عشرة مسلحين.")
    claims = _claims("ما اسم العملية العسكرية التي تخوضها القوات العراقية في الأنبار؟", text)
    assert claims and "فجر الصحراء" in claims[0].text


def test_prison_term_english_question():
    claims = _claims("What prison sentence did a Basra court give the two men who joined ISIS?", _TERM)
    assert claims and "بالسجن 12 عاما" in claims[0].text


def test_prison_term_arabic_question():
    claims = _claims("ما الحكم الذي أصدرته محكمة البصرة على الرجلين اللذين انضما إلى داعش؟", _TERM)
    assert claims and "بالسجن 12 عاما" in claims[0].text


def test_prison_term_switch(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_TERM", False)
    assert not _claims("What prison sentence did a Basra court give the two men who joined ISIS?", _TERM)


def test_other_questions_ask_no_slot():
    for q in ("من نفذ الهجوم على السوق في بغداد؟", "How many people were killed in the Basra blast?",
              "ما اسم المعسكر الذي استهدفته الغارة في صعدة؟"):
        assert slots.asked_slot(read_question(q)) is None


def test_an_article_not_about_the_question_is_not_read():
    other = "حكم على رجل في القاهرة بالسجن 5 سنوات بتهمة الاحتيال."
    assert not _claims("What prison sentence did a Basra court give the two men who joined ISIS?", other)


def test_the_answerer_asks_the_slot_reader(monkeypatch):
    # the reader is one of the answerer's stages: the code name told in a sentence of its own is the answer, which
    # no other stage reads
    from marsad.agent.qa.answerer import Answerer, first_answer
    from marsad.core.lexicon import get_lexicon

    question = read_question("ما الاسم الرمزي الذي أطلقه المتهمون على الهجوم المخطط في بغداد؟")
    evidence = evidence_of(_PLOT)
    answerer = Answerer.__new__(Answerer)  # (only the stages are asked: no store, no index)
    answerer.lexicon = get_lexicon()
    answer = first_answer(question, answerer._stages(question, evidence), evidence, {})
    assert not answer.abstained and "العرس الكبير" in answer.answer
    monkeypatch.setattr(slots, "SLOT_NAME", False)
    answer = first_answer(question, answerer._stages(question, evidence), evidence, {})
    assert "العرس الكبير" not in answer.answer
