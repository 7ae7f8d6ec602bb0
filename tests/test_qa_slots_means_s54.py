"""Pass 54 (qaslot54): the "with what" slot (agent/qa/slots.py): what an act was done with -- a weapon, a means, a
vehicle, a material ("بأي سلاح"، "على أي وسيلة نقل"، "what did they use to hit ..."), told "استهدفت المكتب بقذائف
الهاون"، "مستخدمين الدراجات النارية"، "من طراز ..."، "محملة بالمتفجرات".

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import slots

_SHELLING = ("قال مسؤول محلي في الموصل الأحد إن مسلحين قصفوا مدرسة في حي الزهراء. "
             "وأضاف أن المسلحين استهدفوا محطة المياه في الحي بقذائف الهاون ما أدى إلى انقطاع المياه. "
             "وقال إن القوات الأمنية ردت على مصادر النيران بالأسلحة الرشاشة.")

_RIDERS = ("شن مسلحون هجوما على نقطة تفتيش للجيش قرب مدينة سامراء فجر الأحد مستخدمين الدراجات النارية. "
           "وقال مصدر أمني إن الجيش صد الهجوم وقتل ثلاثة من المهاجمين.")

_PLANE = ("أسقطت الدفاعات الجوية طائرة مسيرة من طراز شاهد-129 فوق مدينة كركوك السبت. "
          "وقال بيان للجيش إن الطائرة كانت تحلق قرب قاعدة جوية.")


def _claims(question: str, *texts: str):
    return slots.slot_claims(read_question(question), evidence_of(*texts))


def test_english_what_did_they_use_to_hit():
    claims = _claims("What did the gunmen use to hit the water station in Mosul's al-Zahraa district?", _SHELLING)
    assert claims and "بقذائف الهاون" in claims[0].text


def test_arabic_with_what_weapon():
    claims = _claims("بأي سلاح استهدف المسلحون محطة المياه في حي الزهراء بالموصل؟", _SHELLING)
    assert claims and "بقذائف الهاون" in claims[0].text


def test_the_acts_own_weapon_is_chosen_over_another():
    # two sentences tell a weapon (the shells of the attack, the machine guns of the reply): the one of the act asked
    claims = _claims("بأي سلاح ردت القوات الأمنية على مصادر النيران في الموصل؟", _SHELLING)
    assert claims and "بالأسلحة الرشاشة" in claims[0].text and "الهاون" not in claims[0].text


def test_arabic_means_of_transport():
    claims = _claims("على أي وسيلة نقل اعتمد المسلحون في هجومهم على نقطة التفتيش قرب سامراء؟", _RIDERS)
    assert claims and "الدراجات النارية" in claims[0].text


def test_english_model_of_drone():
    claims = _claims("What type of drone did the air defences shoot down over Kirkuk?", _PLANE)
    assert claims and "شاهد-129" in claims[0].text


def test_means_switch(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_MEANS", False)
    assert not _claims("بأي سلاح استهدف المسلحون محطة المياه في حي الزهراء بالموصل؟", _SHELLING)
    assert not _claims("What did the gunmen use to hit the water station in Mosul's al-Zahraa district?", _SHELLING)


def test_other_questions_ask_no_means():
    for q in ("بماذا طالب المسلحون مقابل الإفراج عن الرهائن؟", "من نفذ الهجوم على محطة المياه في الموصل؟",
              "How many people were killed in the Mosul shelling?", "Where did the army shoot down the drone?",
              "Which island did coalition aircraft strike Houthi weapons depots on?",
              "What did the statement say about the attack?"):
        assert slots.asked_slot(read_question(q)) is None, q


_OTHER_MOSUL = ("قال مسؤول محلي في الموصل إن الطيران قصف مواقع المسلحين بالصواريخ قرب حي الزهراء. "
                "وأضاف أن الأهالي يعانون من نقص الخدمات.")


def test_the_best_sentence_of_the_articles_read_not_the_first_articles(monkeypatch):
    # the better-ranked article tells another weapon (air strikes' rockets); the act asked is told in the next one
    question = "بأي سلاح استهدف المسلحون محطة المياه في حي الزهراء بالموصل؟"
    claims = _claims(question, _OTHER_MOSUL, _SHELLING)
    assert claims and "بقذائف الهاون" in claims[0].text
    monkeypatch.setattr(slots, "MEANS_ACROSS", False)
    monkeypatch.setattr(slots, "SLOT_FIT", False)  # (pass 59: the sentence fitting the question better is read too)
    claims = _claims(question, _OTHER_MOSUL, _SHELLING)
    assert claims and "بالصواريخ" in claims[0].text
    monkeypatch.setattr(slots, "SLOT_FIT", True)
    claims = _claims(question, _OTHER_MOSUL, _SHELLING)
    assert claims and "بقذائف الهاون" in claims[0].text


def test_questions_that_do_not_ask_for_a_means_are_not_caught():
    """Review of pass 54: "carry out" (an act), "the fire" (a noun), "use as a reason" (a pretext) and a social-media
    user ("مستخدم" alone) ask or tell no means."""
    from marsad.agent.qa import slots
    from marsad.core.arabic import normalize

    for q in ("What did the group carry out in Mosul last week?",
              "What did officials say caused the fire at the depot?",
              "What did the minister use as a pretext for the curfew?"):
        assert not slots._ASKS_MEANS_EN.search(q), q
    for q in ("What did the gunmen fire at the patrol?", "What did the attacker carry into the station?"):
        assert slots._ASKS_MEANS_EN.search(q), q
    assert not slots._tells_means().search(normalize("وكتب مستخدم على تويتر أن الطريق أغلق"))
    assert slots._tells_means().search(normalize("هاجم المسلحون القرية مستخدمين الدراجات النارية"))
