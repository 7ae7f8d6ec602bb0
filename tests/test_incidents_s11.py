"""Session 11: deaths that are no attack (agent/offline/scope.py).

A judicial execution ("طبقت السلطات حكم القتل تعزيرا"، "تنفيذ حكم المحكمة بإعدام مسلح") is the state carrying out a
sentence, and the killing it punished is a case told as its ground. An event called accidental ("انفجار عرضي")، a
crash ("تحطم مروحية عسكرية") and a traffic accident ("حادث مروري") have no attacker -- unless the sentence tells the
aircraft was shot down or was a warplane lost while it bombed, refers back to an aircraft told before ("وتحطمت
الطائرة"), or the accident only times another event ("بعد وقوع حادث سير").
"""

import pytest

from marsad.agent.offline import scope


@pytest.fixture(scope="module")
def words():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    def _words(text: str) -> list[str]:
        doc = Document(doc_id="t", title="", text=text, published="2019-03-10")
        return build_context(doc, get_gazetteer()).sentences[0].words

    return _words


def test_judicial_execution_is_no_incident(words):
    assert scope.is_judicial(words("طبقت السلطات حكم القتل تعزيراً على مدان هاجم رجال الأمن وقتل ثلاثة منهم."))
    assert scope.is_judicial(words("وتم صباح الأحد تنفيذ حكم المحكمة العليا بإعدام مدان بقتل زوجته."))
    assert scope.is_judicial(words("وأقيم حد الحرابة على ثلاثة جناة في المنطقة الشرقية."))
    assert not scope.is_judicial(words("قتل مسلحون ثلاثة حراس في هجوم على سجن المدينة فجر الاثنين."))


def test_accidents_are_no_incident(words):
    assert scope.is_accident(words("أودى انفجار عرضي في مستودع للوقود جنوب المدينة بحياة عاملين."))
    assert scope.is_accident(words("قتل ضابطان في تحطم مروحية عسكرية أثناء هبوطها في قاعدة جوية."))
    assert scope.is_accident(words("أصيب أربعة عناصر من الشرطة في حادث مروري على الطريق الدولي."))


def test_attack_told_with_a_crash_or_an_accident_stays(words):
    # shot down, or a warplane lost while bombing: the crash is part of an attack
    assert not scope.is_accident(words("أعلن الجيش تحطم طائرة بعد إصابتها بصاروخ أطلقه المسلحون."))
    assert not scope.is_accident(words("وارتفعت حصيلة تحطم طائرة حربية خلال قصفها بلدة جبلية إلى 19 قتيلا."))
    # a plane told before: the article tells how it fell
    assert not scope.is_accident(words("وتحطمت الطائرة في الثالث من مايو خلال رحلتها من أثينا إلى القاهرة."))
    # the accident only times the shooting
    assert not scope.is_accident(words("فتح مسلحون النار على شرطيين وصلا إلى الحي بعد وقوع حادث سير."))


@pytest.mark.parametrize("text", [
    "طبقت السلطات في الرياض حكم القتل تعزيرا على مدان هاجم رجال الأمن بالرصاص وقتل ثلاثة منهم.",
    "وأعلنت السلطات تنفيذ حكم المحكمة بإعدام مسلح قتل خمسة أشخاص بإطلاق النار عليهم في سوق شعبي.",
    "أودى انفجار عرضي في مستودع للوقود جنوب المدينة بحياة عاملين وأصاب خمسة آخرين.",
    "قتل ضابطان من سلاح الجو في تحطم مروحية عسكرية أثناء هبوطها في قاعدة جوية شمال البلاد، بحسب بيان للجيش.",
    "قتل 3 عسكريين في تحطم طائرة نقل أثناء رحلة تدريبية قرب الحدود، بحسب بيان للجيش.",
])
def test_no_record(offline_extract, text):
    assert not offline_extract(text).attacks


def test_attack_kept(offline_extract):
    (attack,) = offline_extract("قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم مسلح على حاجز أمني شمال المدينة.").attacks
    assert attack.killed == 5
