"""Pass 51 QA fixes (archive-scale misses): the offices an English role question names in words of their own
(a group's leader, an emir, a unit's chief of staff). Sentences and questions written for these tests."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question

# ---- "who is the leader of X" / "X's emir" / "chief of staff": news names these offices in their own words
_GROUP_TEXT = ("هاجم مسلحون قرية في ولاية بورنو شمال نيجيريا وأحرقوا عشرات المنازل.\n"
               "وتبنت جماعة بوكو حرام الهجوم في تسجيل صوتي لزعيمها الحالي أبو مصعب البرناوي.\n"
               "وذكر أبو حمزة الشامي، أمير جبهة النصرة في القلمون، ببيان أن مقاتليه صدوا هجوما على الجرود.\n"
               "وقال أركان حرب اللواء الثالث العقيد سالم الحميري إن قوات الجيش تقدمت في جبهة صرواح بمحافظة مأرب.")


def _claims(question: str):
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    doc = Document(doc_id="d", title="هجمات ومعارك", text=_GROUP_TEXT, published="2018-05-30")
    return passage_claims(parse_question(question), Evidence(docs={"d": doc}))


def test_an_english_leader_or_emir_is_asked_by_the_arabic_office_words(monkeypatch):
    from marsad.agent.qa import matching

    cue = matching.role_cues(parse_question("Who is the current leader of Boko Haram?"))
    assert cue is not None and cue.search("وزعيمها الحالي") and cue.search("رييس الحزب")
    cue = matching.role_cues(parse_question("Who was the Nusra Front's emir in Qalamoun?"))
    assert cue is not None and cue.search("امير جبهه النصره")
    cue = matching.role_cues(parse_question("Who is the chief of staff of the Third Brigade?"))
    assert cue is not None and cue.search("اركان حرب اللواء")
    # (a minister stays a minister, no other word joins)
    assert matching.role_cues(parse_question("Who is the Iraqi interior minister?")).pattern == "وزير"
    monkeypatch.setattr(matching, "OWN_OFFICE_WORDS", False)
    cue = matching.role_cues(parse_question("Who is the current leader of Boko Haram?"))
    assert cue is not None and not cue.search("وزعيمها الحالي")
    assert matching.role_cues(parse_question("Who was the Nusra Front's emir in Qalamoun?")) is None


def test_the_sentence_naming_the_office_in_its_own_words_answers(monkeypatch):
    from marsad.agent.qa import matching

    claims = _claims("Who is the current leader of Boko Haram?")
    assert claims and "البرناوي" in claims[0].text
    claims = _claims("Who is the chief of staff who spoke about the fighting in Marib?")
    assert claims and "سالم الحميري" in claims[0].text
    monkeypatch.setattr(matching, "OWN_OFFICE_WORDS", False)
    assert not any("البرناوي" in c.text for c in _claims("Who is the current leader of Boko Haram?"))
    assert not any("سالم الحميري" in c.text
                   for c in _claims("Who is the chief of staff who spoke about the fighting in Marib?"))


# ---- "وقتلت قوات الأمن 12 مسلحا وجرحت ثلاثة": the verb glued to و after the count opens the next clause
def test_a_coordinated_role_verb_after_the_count_opens_another_clause(monkeypatch):
    from marsad.agent.qa import counts_sentences as cs

    def roles(sentence):
        return [(c.role, c.value) for c in cs.role_counts(sentence)]

    sentence = "وقتلت قوات الأمن أمس 12 مسلحا وجرحت ثلاثة آخرين في اشتباك قرب الحدود."
    assert ("killed", 12) in roles(sentence) and ("injured", 3) in roles(sentence)
    assert ("killed", 9) in roles("قتل الجيش في الهجوم المضاد 9 عناصر واعتقل 4 آخرين.")
    assert ("killed", 7) in roles("قتل 7 وأصيب 11 في الانفجار.")  # (adjacent verbs: as before)
    monkeypatch.setattr(cs, "NEW_CLAUSE_VERB", False)
    assert ("injured", 12) in roles(sentence)


# ---- an English role question: the sentence after the office's names its holder (passages.HOLDER_AFTER_EN)
_SPOKESMAN_TEXT = ("انفجرت سيارة مفخخة قرب مبنى حكومي في مدينة الموصل صباح الأحد.\n"
                   "وأعلن المتحدث باسم قيادة العمليات المشتركة أن الانفجار أسفر عن مقتل أربعة أشخاص وإصابة عشرة آخرين.\n"
                   "وقال يحيى رسول في بيان إن القوات الأمنية طوقت المنطقة.")


def test_an_english_role_answer_cites_the_holder_named_after_the_office(monkeypatch):
    from marsad.agent.qa import passages
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    def claims():
        doc = Document(doc_id="d", title="انفجار في الموصل", text=_SPOKESMAN_TEXT, published="2018-05-30")
        return passages.passage_claims(
            parse_question("Who is the spokesman who announced the toll of the car bomb explosion in Mosul?"),
            Evidence(docs={"d": doc}))

    assert claims() and "يحيى رسول" in claims()[0].text and len(claims()[0].spans) == 2
    monkeypatch.setattr(passages, "HOLDER_AFTER_EN", False)
    assert claims() and "يحيى رسول" not in claims()[0].text
