"""Pass 56 (qaslot56): slot readers and question types that hold across QA sets (agent/qa/slots.py, slots_more.py,
question_intent.py):

- the means words spelt with "ئ" never matched normalised text (normalize folds ئ to ي): "ما نوع الطائرة" asks a means;
- the model of a launcher or a battery ("what type of air defence launcher", MODEL_LAUNCHER);
- a which-question whose thing carries words of its own ("Which Yemeni army brigade was fighting ... when raids killed
  40") takes its type from that main clause, not the toll of its when-clause (WHICH_MODIFIED);
- "من المسؤول عن الهجوم ..." asks who carried it out, not an office holder (RESPONSIBLE_DOER);
- a sum of money, the force someone belongs to, where a force is based (slots_more: SLOT_MONEY, SLOT_BELONG,
  SLOT_BASE).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import question_intent, slots, slots_more
from marsad.agent.qa.question_intent import Intent
from marsad.core.arabic import normalize


def _slot(question: str, *texts: str):
    return slots.slot_claims(read_question(question), evidence_of(*texts))


# ------------------------------------------------------------------ the spelling of the means words
def test_means_words_are_spelt_as_normalised_text_holds_them():
    assert all(normalize(w) == w for w in slots._MEANS_EXTRA)
    assert slots.asked_slot(read_question("ما نوع الطائرات التي قصفت المعسكر في مدينة الحلة؟")) is not None
    assert slots.asked_slot(read_question("ما نوع القذائف التي سقطت على سوق مدينة الحلة؟")) is not None


# ------------------------------------------------------------------ a launcher's model
_LAUNCHER = ("أعلن جيش دولة الشمال أنه دمر عدة مواقع قرب مدينة الصخرة الحمراء فجر الأحد. "
             "وأظهر تسجيل مصور نشره الجيش صاروخا يدمر منصة صواريخ اعتراضية من طراز كوبرا 9 قرب المدينة.")


def test_launcher_model_asked():
    claims = _slot("What type of air defence launcher did the missile destroy near the town of Red Rock?", _LAUNCHER)
    assert claims and "طراز كوبرا" in claims[0].text


def test_launcher_switch(monkeypatch):
    monkeypatch.setattr(slots, "MODEL_LAUNCHER", False)
    assert not slots.asks_model(read_question("What type of air defence launcher did the missile destroy?"))


def test_other_type_question_is_no_model():
    assert not slots.asks_model(read_question("What type of punishment did the court hand down to the three men?"))


# ------------------------------------------------------------------ the question's type from its main clause
_BRIGADE = "Which Sudanese army brigade was fighting the rebels on the Jebel front when air raids killed 30 of them?"


def test_which_thing_with_words_of_its_own_is_no_toll():
    assert read_question(_BRIGADE).intent is Intent.general
    assert read_question("ما اللواء السوداني الذي كان يقاتل المتمردين حين قتلت الغارات 30 منهم؟").intent \
        is Intent.general


def test_which_thing_switch(monkeypatch):
    monkeypatch.setattr(question_intent, "WHICH_MODIFIED", False)
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)  # (which also drops the when-clause's toll)
    assert read_question(_BRIGADE).intent is Intent.killed


def test_which_person_killed_stays_a_victim_question():
    assert read_question("Which rebel field commander was killed on the Jebel front in May?").intent is Intent.victim
    assert read_question("How many rebels were killed on the Jebel front when the army brigade attacked?").intent \
        is Intent.killed


# ------------------------------------------------------------------ "من المسؤول عن الهجوم"
def test_responsible_for_an_attack_asks_the_doer():
    assert read_question("من المسؤول عن تفجير مركز شرطة بلدة الصخرة؟").intent is Intent.perpetrator
    assert read_question("من هو المسؤول عن التفجير الذي قتل خمسة في سوق مدينة الصخرة؟").intent is Intent.perpetrator


def test_responsible_for_an_office_is_still_a_role():
    assert read_question("من المسؤول عن ملف الأمن في مدينة الصخرة؟").intent is Intent.role


def test_responsible_switch(monkeypatch):
    monkeypatch.setattr(question_intent, "RESPONSIBLE_DOER", False)
    assert read_question("من المسؤول عن تفجير مركز شرطة بلدة الصخرة؟").intent is Intent.role


# ------------------------------------------------------------------ a sum of money
_DEFECTOR = ("انشق قيادي في التنظيم المتطرف عن صفوفه في مدينة الصخرة بعد أن استولى مع رفاقه على ملايين الدولارات. "
             "وقال ناشطون إن القيادي فر برفقة عدد من عناصره وبحوزته 4 ملايين دولار من أموال التنظيم.")


def test_sum_of_money_english():
    claims = _slot("How much money did the defecting commander flee with from the town of Red Rock?", _DEFECTOR)
    assert claims and "4 ملايين دولار" in claims[0].text


def test_sum_of_money_arabic():
    claims = _slot("كم مليون دولار كانت بحوزة القيادي المنشق عن التنظيم في مدينة الصخرة؟", _DEFECTOR)
    assert claims and "4 ملايين دولار" in claims[0].text


def test_vague_sum_is_none():
    assert not slots_more._TELLS_MONEY.search(normalize("بعد أن استولى مع رفاقه على ملايين الدولارات"))


def test_money_switch(monkeypatch):
    monkeypatch.setattr(slots_more, "SLOT_MONEY", False)
    assert slots.asked_slot(read_question("How much money did the defecting commander flee with?")) is None


# ------------------------------------------------------------------ the force someone belongs to
_GUARDS = ("قتل حراس منزل قائد سابق في مدينة الصخرة مسلحين حاولوا اقتحامه فجر الأحد. "
           "وقالت مصادر محلية إن المسلحين رفضوا التحذير وبدأوا باقتحام المنزل. "
           "وأفراد الحماية في البيت يتبعون قوات الحرس الوطني.")


def test_force_belonged_to_english():
    claims = _slot("Which force did the guards belong to who shot dead the gunmen at the house in Red Rock?", _GUARDS)
    assert claims and "الحرس الوطني" in claims[0].text


def test_force_belonged_to_arabic():
    claims = _slot("إلى أي قوات ينتمي حراس المنزل في مدينة الصخرة؟", _GUARDS)
    assert claims and "الحرس الوطني" in claims[0].text


def test_belong_switch(monkeypatch):
    monkeypatch.setattr(slots_more, "SLOT_BELONG", False)
    assert slots.asked_slot(read_question("Which force did the guards at the house belong to?")) is None


# ------------------------------------------------------------------ where a force is based
_JETS = ("قررت الحكومة مواصلة استخدام مقاتلاتها في الحملة الجوية عاما إضافيا. "
         "وقال الوزير إن الطائرات المتمركزة في جزيرة مالطا أثبتت جدارتها.")


def test_base_english():
    claims = _slot("Where are the jets based that the government decided to keep using in the air campaign?", _JETS)
    assert claims and "مالطا" in claims[0].text


def test_base_switch(monkeypatch):
    monkeypatch.setattr(slots_more, "SLOT_BASE", False)
    assert slots.asked_slot(read_question("Where are the jets based that the government kept using?")) is None


def test_other_questions_ask_none_of_these():
    for q in ("How many people were killed in the bombing in Red Rock?", "Where did the bombing take place?",
              "كم قتيلا سقط في التفجير؟", "من نفذ الهجوم على مركز الشرطة؟"):
        assert slots_more.asked_more(q, read_question(q).language, normalize(q)) is None


# ------------------------------------------------------------------ the part of the body a wound is in
_WOUNDED = ("أصيب وزير الزراعة في هجوم مسلح استهدفه خلال تجمع انتخابي في مدينة الصخرة مسقط رأسه، وأصيب 3 من حراسه. "
            "وقال المتحدث باسم الحكومة إن الوزير أصيب برصاصة في كتفه وإن حالته مستقرة.")


def test_wound_place_arabic():
    question = read_question("في أي موضع من جسده أصيب وزير الزراعة في الهجوم عليه في مدينة الصخرة؟")
    assert question.intent is Intent.general
    claims = slots.slot_claims(question, evidence_of(_WOUNDED))
    assert claims and "في كتفه" in claims[0].text


def test_wound_place_english():
    claims = _slot("Where in his body was the agriculture minister hit in the attack in the town of Red Rock?", _WOUNDED)
    assert claims and "في كتفه" in claims[0].text


def test_wound_place_switch(monkeypatch):
    monkeypatch.setattr(question_intent, "WOUND_PLACE", False)
    question = read_question("في أي موضع من جسده أصيب وزير الزراعة في الهجوم عليه في مدينة الصخرة؟")
    assert question.intent is not Intent.general
    assert slots.asked_slot(question) is None


def test_birthplace_is_no_wound():
    assert not slots_more._TELLS_WOUND.search(normalize("وأصيب 3 من حراسه في مدينة الصخرة مسقط رأسه"))
