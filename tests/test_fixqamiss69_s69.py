"""Pass 69 (fixqamiss69): the review's findings on qamiss69's last reader (agent/qa/sentence_pick.py) and on search69's
"blow ... up" forms. Sentences written for these tests.

- "ما رقم X": a number followed by its counted noun ("12 عضوا"، "6 أشهر") is a count, not X's number;
- a sentence that only repeats the asked dual ("الفصيلين"، "المنظمتان") names neither of the two;
- "من هو قائد الشرطة الذي ...": the asked noun is the first after "من هو" (قائد), not the annexed الشرطة;
- the fall-through: once the top article tells the incident without the asked detail, only another report of it
  (published within FALL_REACH days) may answer, not the same kind of incident in another year;
- "blow herself up" is a suicide attack (the -self/-selves x blow/blew grid complete)."""

from __future__ import annotations

from marsad.agent.qa import sentence_pick as sp
from marsad.agent.qa.question_entities import english_names
from marsad.agent.qa.sentence_pick import asked_type, has_filler
from marsad.agent.qa.translit import with_words
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question


def _fills(question: str, sentence: str) -> bool:
    q = read_question(question)
    return has_filler(q, asked_type(q), sentence, normalize(sentence), get_lexicon())


_RESOLUTION_Q = "ما رقم القرار الذي أصدره مجلس الأمن بشأن العقوبات على الحوثيين؟"


def test_a_number_followed_by_its_counted_noun_is_no_identifier():
    assert not _fills(_RESOLUTION_Q, "وصوت لصالح القرار 11 عضوا بينما امتنعت دولتان عن التصويت.")
    assert not _fills(_RESOLUTION_Q, "ويجدد القرار 8 أشهر أخرى مهمة لجنة العقوبات.")
    assert not _fills(_RESOLUTION_Q, "وأشار القرار الصادر 4 مرات إلى حظر توريد السلاح.")
    assert not _fills("ما رقم السرية التي داهمت القرية؟", "وداهمت السرية 25 منزلا في القرية فجر الثلاثاء.")
    # an identifier: at the clause's end, before a verb, a definite word or "لعام"
    assert _fills(_RESOLUTION_Q, "وقال السفير إن القرار 2140 يمدد العقوبات عاما آخر.")
    assert _fills(_RESOLUTION_Q, "ودعا المندوب إلى تنفيذ القرار رقم 2216 لعام 2015 كاملا.")
    assert _fills(_RESOLUTION_Q, "وطالب البيان بتطبيق القرار الأممي 2451.")
    assert _fills("ما رقم اللواء الذي انسحب من المدينة؟", "وانسحب اللواء 14 مشاة من المدينة فجرا.")


def test_a_sentence_repeating_the_asked_dual_names_neither():
    assert not _fills("ما الفصيلان اللذان اتفقا على وقف القتال في ريف حلب؟",
                      "وقال المتحدث إن الفصيلين اتفقا كذلك على تبادل الأسرى قريبا.")
    assert not _fills("ما المنظمتان اللتان نددتا بقصف المستشفى؟",
                      "وقالت المنظمتان في بيان مشترك صدر مساء السبت إن القصف جريمة.")
    # each one named still fills, and a dual followed by the numbers of the two
    assert _fills("ما الفصيلان اللذان اتفقا على وقف القتال في ريف حلب؟",
                  "واتفق فصيل الأحرار مع فصيل الزنكي على وقف القتال في ريف حلب.")
    assert _fills("ما قرارا مجلس الأمن اللذان طالبت الجامعة بتنفيذهما؟",
                  "وطالبت الجامعة بتنفيذ القرارين 2140 و2216 دون إبطاء.")


def test_the_asked_noun_of_who_is_the_first_after_man_huwa():
    q = read_question("من هو قائد الشرطة الذي أقيل بعد تفجير المطعم في الموصل؟")
    assert sp._asked_nouns(q) == {"قايد"}
    assert sp._asked_nouns(read_question("من هو المتهم الذي سلم نفسه للشرطة في البصرة؟")) == {"متهم"}
    # the annexed noun's "المدعو فلان" names someone else (the arrested man, not the commander)
    from marsad.agent.qa.compose import called_after
    assert not called_after(normalize("واعتقلت الشرطة المدعو ماجد سالم بتهمة التفجير."), sp._asked_nouns(q))


_BRIGADE_Q = "أي فوج من الجيش العراقي تعرض لكمين بعبوة ناسفة في قضاء الحويجة؟"
_TOLD = ("تعرضت دورية للجيش العراقي لكمين بعبوة ناسفة في قضاء الحويجة جنوب غرب كركوك صباح اليوم. "
         "وقال مصدر أمني إن الكمين أسفر عن إصابة ثلاثة جنود نقلوا إلى المستشفى.")
_OTHER_YEAR = ("قتل جنديان وأصيب ثالث في هجوم على الجيش في كركوك. "
               "وتعرض الفوج الثالث من الجيش العراقي لكمين بعبوة ناسفة في قضاء الحويجة جنوب غرب كركوك.")


def _evidence(top_published: str, lower_published: str):
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    return Evidence(docs={"d0": Document(doc_id="d0", title="", text=_TOLD, published=top_published),
                          "d1": Document(doc_id="d1", title="", text=_OTHER_YEAR, published=lower_published)})


def test_a_top_article_telling_the_incident_falls_only_to_another_report_of_it():
    question = with_words(read_question(_BRIGADE_Q))
    # another year's incident of the same kind and place: no answer from it
    assert not sp.pick_claims(question, _evidence("2019-04-10", "2017-06-02"), get_lexicon())
    for lower in ("2019-04-11", "2019-03-25"):  # a report of the same days or weeks: read
        quotes = [c.text for c in sp.pick_claims(question, _evidence("2019-04-10", lower), get_lexicon())]
        assert quotes and "الفوج الثالث" in quotes[0]


def test_blow_herself_up_is_a_suicide_attack():
    found = {e.id for e, _, _ in english_names("Where did the woman blow herself up near the market?", get_lexicon())}
    assert "news_suicide" in found
