"""Pass 55 (fixqa55): the review's three QA findings on qaslot55's readers. "من المسؤول عن الهجوم الذي ..." asks who
carried the attack out, not an official by his title (appositions.WHO_ACTOR, TITLE_ACT); a reason is read only from
the clause telling the act the question asks about (slots.REASON_ACT); a model is read only from a sentence naming the
kind of thing asked, and "من نوع" names a type as "من طراز" does (slots.MODEL_KIND). Full offline stage chain over
sentences and questions written for these tests; each test fails with its switch off."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import appositions, asked_acts, slots
from marsad.agent.qa.answerer import Answerer, first_answer
from marsad.agent.qa.appositions import asked_descriptor
from marsad.core.lexicon import get_lexicon


def _answer(question, evidence) -> str:
    answerer = Answerer.__new__(Answerer)  # (only the stages are asked: no store, no index)
    answerer.lexicon = get_lexicon()
    return first_answer(question, answerer._stages(question, evidence), evidence, {}).answer


# ---- H1: who carried out the attack is not the local official quoted about it
_MARKET = ("لقي ستة مدنيين حتفهم في تفجير انتحاري ضرب سوقا للخضار في مدينة بعقوبة ظهر السبت. "
           "وصرح المسؤول المحلي سالم الكرخي في بعقوبة بأن التفجير خلف أضرارا واسعة في المحال. "
           "وأعلن تنظيم داعش مسؤوليته عن التفجير في بيان.")


def test_who_is_responsible_for_the_attack_is_no_official_by_title(monkeypatch):
    for text in ("من المسؤول عن التفجير الذي ضرب سوقا للخضار في بعقوبة؟",
                 "من هو المسؤول عن التفجير الذي ضرب سوقا للخضار في بعقوبة؟"):
        question = read_question(text)
        assert asked_descriptor(question) is None
        # (pass 57: the sentence picker quotes the claim of responsibility; the official's sentence may follow it only
        # as the one naming the town)
        assert "الكرخي" not in _answer(question, evidence_of(_MARKET)).split("»")[0]
    monkeypatch.setattr(appositions, "WHO_ACTOR", False)
    monkeypatch.setattr(appositions, "TITLE_ACT", False)
    question = read_question("من المسؤول عن التفجير الذي ضرب سوقا للخضار في بعقوبة؟")
    assert asked_descriptor(question) == "مسوول"
    assert "الكرخي" in _answer(question, evidence_of(_MARKET))


def test_words_naming_no_person_ask_no_descriptor(monkeypatch):
    texts = ("من الجهة التي تبنت التفجير في بعقوبة؟", "من المستفيد من التفجير الذي ضرب بعقوبة؟")
    assert [asked_descriptor(read_question(t)) for t in texts] == [None, None]
    monkeypatch.setattr(appositions, "WHO_ACTOR", False)
    assert all(asked_descriptor(read_question(t)) for t in texts)


def test_a_person_asked_by_title_is_still_asked():
    question = read_question("من المسؤول في وزارة الداخلية الذي أعلن اعتقال الخلية في بعقوبة؟")
    assert asked_descriptor(question) == "مسوول"


_FRONT = ("تمكنت قوات الجيش من استعادة بلدة الوادي في محافظة صعدة بعد معارك عنيفة. "
          "وقال القيادي الحوثي منصور الدرعي في صعدة إن المعارك مستمرة. "
          "وأفاد مصدر عسكري أن القيادي الحوثي ناصر الهمداني لقي حتفه في المعارك قرب صعدة.")


def test_a_title_name_is_read_from_the_sentence_telling_the_act(monkeypatch):
    question = read_question("من القيادي الحوثي الذي قتل عندما استعاد الجيش بلدة الوادي في صعدة؟")
    evidence = evidence_of(_FRONT)
    answer = _answer(question, evidence)
    assert "الهمداني" in answer and "الدرعي" not in answer
    monkeypatch.setattr(appositions, "TITLE_ACT", False)
    # (pass 58: the shared act check drops that sentence too -- off, the switch alone is measured)
    monkeypatch.setattr(asked_acts, "ACT_TOLD", False)
    assert "الدرعي" in _answer(question, evidence)  # (the first titled name in a sentence naming the place)


# ---- H2: the reason must be the asked act's
_RAIN = ("انفجرت سيارة مفخخة في سوق مدينة الفلوجة مساء الاثنين ما أسفر عن مقتل خمسة أشخاص. "
         "وتأخر وصول سيارات الإطفاء إلى سوق الفلوجة بسبب السيول التي قطعت الطرق.")


def test_a_motive_is_not_another_acts_reason(monkeypatch):
    question = read_question("ما الدافع وراء تفجير السيارة المفخخة في سوق الفلوجة؟")
    evidence = evidence_of(_RAIN)
    assert "السيول" not in _answer(question, evidence)
    monkeypatch.setattr(slots, "REASON_ACT", False)
    assert "السيول" in _answer(question, evidence)


def test_a_motive_is_not_how_the_blast_happened(monkeypatch):
    text = ("انفجرت عبوة ناسفة في سوق الفلوجة صباح الاثنين. "
            "وذكر شهود أن الانفجار وقع بسبب عبوة مخبأة في عربة خضار.")
    question = read_question("ما الدافع وراء تفجير سوق الفلوجة؟")
    assert "عربة خضار" not in _answer(question, evidence_of(text))
    monkeypatch.setattr(slots, "REASON_ACT", False)
    assert "عربة خضار" in _answer(question, evidence_of(text))


def test_the_reason_told_in_the_acts_clause_is_still_read():
    text = ("أطلق موظف النار على زملائه في مصنع للنسيج بمدينة حلب فقتل اثنين منهم. "
            "وقال مدير المصنع إنه يعتقد أنه استهدف زملاءه نتيجة لخلافات مالية معهم.")
    question = read_question("ما السبب الذي رجحه مدير المصنع لاستهداف الموظف زملاءه في حلب؟")
    assert "خلافات مالية" in _answer(question, evidence_of(text))


# ---- H3: the model of the kind asked
_SDEROT = ("أطلق المسلحون صواريخ من نوع قسام على مدينة عسقلان مساء الخميس. "
           "وردت إسرائيل بغارات شنتها مقاتلات من طراز إف 15 على مواقع في قطاع غزة.")


def test_the_kind_of_rocket_is_not_an_aircraft_model(monkeypatch):
    question = read_question("What kind of rockets were fired at Ashkelon?")
    evidence = evidence_of(_SDEROT)
    answer = _answer(question, evidence)
    assert "قسام" in answer and "إف 15" not in answer
    monkeypatch.setattr(slots, "MODEL_KIND", False)
    assert "إف 15" in _answer(question, evidence)


def test_the_aircraft_model_is_still_read_for_an_aircraft():
    question = read_question("What type of aircraft carried out the strikes on Gaza?")
    assert "إف 15" in _answer(question, evidence_of(_SDEROT))
