"""Pass 46 (qa46): why-questions.

* "because" is written with its pronoun as often as bare ("لأنه"، "لأنها"، "لأنهم"), and a reason is also given as
  "for reasons of" / "on grounds of" / "on charges of" ("لأسباب"، "بداعي"، "بتهم")
  (:data:`marsad.agent.qa.actions.BECAUSE_PRONOUN`).
* A why-question the actions reader cannot take (it names no actor) is read by the passage reader, which then ranks
  the sentence giving a reason above the lead that only tells what happened
  (:data:`marsad.agent.qa.passages.WHY_REASON`).
* The support check reads a quoted English claim's sentence under its article's headline through the lead
  paragraph, its first five sentences (:data:`marsad.agent.qa.compose.TITLE_SUPPORT_LEAD`): a police chief's
  statement of the motive is the fourth sentence as often as not.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import article_claims

import marsad.agent.qa.actions as actions
import marsad.agent.qa.compose as compose
import marsad.agent.qa.passages as passages
from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon

# -- reason words ------------------------------------------------------------------------------------------------


def test_because_with_its_pronoun_gives_the_reason(monkeypatch):
    assert actions.gives_reason(normalize("وأوضح الضابط أن القارب أوقف لأنه كان يحمل بضائع مهربة"))
    assert actions.gives_reason(normalize("ورفضت المحكمة الطلب لأنهم لم يقدموا أدلة كافية"))
    assert actions.gives_reason(normalize("وأغلقت الطريق لأسباب أمنية بحسب البلدية"))
    assert actions.gives_reason(normalize("وقتلت الجماعة ثلاثة من عناصرها بداعي تعاونهم مع الجيش"))
    assert actions.gives_reason(normalize("وأوقفت الشرطة رجلين بتهم تتعلق بالإرهاب"))
    # "to end" is no "because": the same letters go on into another word
    assert not actions.gives_reason(normalize("ودعا الوزير إلى حوار لإنهاء الخلاف بين الطرفين"))
    monkeypatch.setattr(actions, "BECAUSE_PRONOUN", False)
    assert not actions.gives_reason(normalize("وأوضح الضابط أن القارب أوقف لأنه كان يحمل بضائع مهربة"))


# -- the passage reader's why ------------------------------------------------------------------------------------

_TEXT = ("قصفت طائرات حربية شاحنة كبيرة قرب مدينة درنة في شرق ليبيا مساء الاثنين بحسب مصادر محلية. "
         "وأوضح ضابط في غرفة العمليات أنها قصفت لأنهم رصدوا فيها صواريخ معدة للتهريب. "
         "وأفاد سكان بسماع دوي انفجارات قوية في الضاحية الجنوبية للمدينة. "
         "ويشهد شرق ليبيا مواجهات متقطعة منذ أشهر.")


def _claims(question: str):
    return article_claims(question, _TEXT, "قصف شاحنة قرب درنة", "2017-03-08")


def test_why_reads_the_sentence_giving_the_reason():
    claims = _claims("Why did warplanes bomb a truck near Derna in March 2017?")
    assert claims and "لأنهم" in claims[0].text


def test_without_the_switch_the_lead_answers(monkeypatch):
    monkeypatch.setattr(passages, "WHY_REASON", False)
    monkeypatch.setattr(passages, "FILLER_AFTER", False)  # (pass 56: else the reason's sentence follows the lead's)
    claims = _claims("Why did warplanes bomb a truck near Derna in March 2017?")
    assert claims and "لأنهم" not in claims[0].text


def test_a_question_not_asking_why_is_not_moved():
    claims = _claims("Where did warplanes bomb a truck near Derna in March 2017?")
    assert not claims or "لأنهم" not in claims[0].text


# -- the support check reads a lead paragraph's later sentences under the headline (compose.TITLE_SUPPORT_LEAD) ----

_MOTIVE_TITLE = "مقتل تاجر من المغرب في تونس.. الشرطة تكشف الدافع"
_MOTIVE_TEXT = ("أوقفت السلطات في تونس صباح الاثنين شابا يشتبه في قتله صاحب محل للملابس. "
                "وجاء التوقيف بعد تحريات دامت ستة أيام في أحياء تونس القديمة. "
                "ورفض مسؤول أمني ذكر اسم الشاب أو جنسيته في الوقت الحالي. "
                "وفي سياق متصل، قال قائد الأمن في تونس إن المحققين خلصوا إلى أن الدافع وراء القتل مالي. "
                "ونقل الموقوف إلى سجن في ضواحي تونس بانتظار محاكمته. "
                "كما فتحت النيابة في تونس ملفا للقضية. "
                "وعثر عمال على جثة التاجر داخل محله في تونس قبل أسبوع.")


def _motive_supported(nth: int):
    from marsad.agent.qa.compose import Claim, _supported, news_sentences

    q = parse_question("What was the motive for the killing of the Moroccan trader in Tunis in May 2017?", get_lexicon())
    s, e = news_sentences(_MOTIVE_TEXT)[nth]
    claim = Claim("x", [("m", s, e)], quoted=True)
    return _supported(claim, q, {"m": _MOTIVE_TEXT}, strict=False, titles={"m": _MOTIVE_TITLE})


def test_a_lead_paragraph_sentence_is_read_under_its_headline(monkeypatch):
    assert _motive_supported(3) is not None
    monkeypatch.setattr(compose, "TITLE_SUPPORT_LEAD", 3)
    assert _motive_supported(3) is None


def test_a_sentence_past_the_lead_paragraph_is_not():
    assert _motive_supported(6) is None
