"""Pass 55 (qaslot55): slot readers that hold across QA sets (agent/qa/slots.py, actions.py):

- a name told as what something is called, with no "اسم" ("كان يُطلق عليها في لغتهم "X"", NAME_CALLED);
- the model of a missile or an aircraft asked with adjectives before its noun ("what type of Russian missile"),
  answered by the sentence naming the model ("من طراز X"), not the one telling the bare weapon (MEANS_MODEL);
- a long sentence quoted from the clause that tells the slot (SLOT_CLAUSE);
- a reason asked by its defined noun ("ما السبب الذي ...", WHY_DEFINITE) and read from the sentence giving one
  (REASON_SLOT), not from a sentence saying the motive is unknown.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import actions, slots

_PLOT = ("دانت محكمة في مدينة ليدز ثلاثة رجال بالتآمر لتنفيذ هجوم على محطة القطارات الرئيسية في المدينة، بالتعاون مع "
         "شقيق أحدهم، فيما كشف الادعاء أن الخلية تواصلت عبر تطبيق مشفر على الهاتف، وأن أعضاءها تبادلوا رسائل عن "
         "المحطة ومواعيد القطارات طوال أشهر، وأن الهجوم الذي كانوا يعتزمون تنفيذه في الصيف كان يُطلق عليه في "
         "رسائلهم \"عرس الربيع\". وقال القاضي إن الرجال الثلاثة سيقضون عقوبات طويلة.")

_OPERATION = ("تواصل القوات الحكومية تقدمها في محافظة البيضاء ضمن عملية عسكرية أطلق عليها «سهم الجبل». "
              "وقال مصدر عسكري إن القوات سيطرت على ثلاث قرى.")

_FIRE = ("قال مصدر أمني في مدينة البيضاء إن مسلحا أطلق عليه الرصاص \"من مسافة قريبة\" فأرداه قتيلا. "
         "وأضاف أن الشرطة تبحث عن المسلح.")


def _slot(question: str, *texts: str):
    return slots.slot_claims(read_question(question), evidence_of(*texts))


def test_name_told_as_what_it_was_called_english():
    claims = _slot("What code name did the Leeds cell use for the attack it planned on the railway station?", _PLOT)
    assert claims and "عرس الربيع" in claims[0].text


def test_name_told_as_what_it_was_called_arabic():
    claims = _slot("ما اسم العملية العسكرية التي تخوضها القوات الحكومية في محافظة البيضاء؟", _OPERATION)
    assert claims and "سهم الجبل" in claims[0].text


def test_name_called_switch(monkeypatch):
    monkeypatch.setattr(slots, "NAME_CALLED", False)
    assert not _slot("ما اسم العملية العسكرية التي تخوضها القوات الحكومية في محافظة البيضاء؟", _OPERATION)


def test_fire_at_someone_is_no_name():
    from marsad.core.arabic import normalize

    assert not slots._TELLS_NAME_CALLED.search(normalize(_FIRE))
    assert not slots._TELLS_NAME_CALLED.search(normalize("وقال إن الطائرات أطلقت عليها 12صاروخا من نوع \"غراد\""))


def test_long_sentence_quoted_from_the_clause_telling_the_slot(monkeypatch):
    claims = _slot("What code name did the Leeds cell use for the attack it planned on the railway station?", _PLOT)
    assert claims and claims[0].text.count("«") >= 1 and "عرس الربيع" in claims[0].text.split("»")[0]
    monkeypatch.setattr(slots, "SLOT_CLAUSE", False)
    claims = _slot("What code name did the Leeds cell use for the attack it planned on the railway station?", _PLOT)
    assert claims and "عرس الربيع" not in claims[0].text.split("»")[0]  # (cut off at 300 characters)


_MISSILE = ("أعلن فريق التحقيق في مدينة لاهاي أن الطائرة المدنية سقطت فوق مدينة خاركيف بصاروخ يعود لجيش أجنبي. "
            "وأوضح الفريق أن الصاروخ الذي أسقط الطائرة أجنبي من طراز تور وقد نقل عبر الحدود قبل الحادث بشهر.")


def test_model_asked_with_an_adjective_english():
    claims = _slot("What type of foreign missile brought down the civilian plane over Kharkiv, according to the team?",
                   _MISSILE)
    assert claims and "طراز تور" in claims[0].text


def test_model_asked_arabic():
    claims = _slot("ما طراز الصاروخ الذي أسقط الطائرة المدنية فوق خاركيف؟", _MISSILE)
    assert claims and "طراز تور" in claims[0].text


def test_model_switch(monkeypatch):
    monkeypatch.setattr(slots, "MEANS_MODEL", False)
    claims = _slot("What type of foreign missile brought down the civilian plane over Kharkiv, according to the team?",
                   _MISSILE)
    assert not claims or "طراز تور" not in claims[0].text


def test_other_questions_ask_no_model():
    for q in ("How many missiles were fired at Kharkiv?", "Where did the plane come down?",
              "ما نوع العلاقة بين البلدين؟", "من أسقط الطائرة المدنية فوق خاركيف؟"):
        assert not slots.asks_model(read_question(q)), q


_CAMPUS = ("قتل موظف في جامعة مدينة قونية ثلاثة من زملائه بالرصاص الخميس. "
           "ولم تتضح بعد دوافع الجاني الذي سلم نفسه للشرطة. "
           "وقال رئيس الجامعة \"فتحنا تحقيقا. أظن أنه أطلق النار على زملائه نتيجة لخلافات مالية\" بينهم.")


def test_reason_asked_by_its_defined_noun():
    question = read_question("ما السبب الذي رجحه رئيس الجامعة لإطلاق الموظف النار على زملائه في جامعة قونية؟")
    assert actions.asks_why(question)
    claims = slots.slot_claims(question, evidence_of(_CAMPUS))
    assert claims and "نتيجة لخلافات مالية" in claims[0].text and "دوافع" not in claims[0].text


def test_reason_switches(monkeypatch):
    question = "ما السبب الذي رجحه رئيس الجامعة لإطلاق الموظف النار على زملائه في جامعة قونية؟"
    monkeypatch.setattr(slots, "REASON_SLOT", False)
    assert not _slot(question, _CAMPUS)
    monkeypatch.setattr(slots, "REASON_SLOT", True)
    monkeypatch.setattr(actions, "WHY_DEFINITE", False)
    assert not actions.asks_why(read_question(question))


def test_unknown_cause_is_no_reason_question():
    # "مجهول السبب" describes the blast; the question asks a place
    assert not actions.asks_why(read_question("في أي حي وقع الانفجار مجهول السبب الذي قتل ثلاثة في مدينة قونية؟"))
    assert not slots.reason_claims(read_question("من أطلق النار على الموظفين في جامعة قونية؟"), evidence_of(_CAMPUS))
