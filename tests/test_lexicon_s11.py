"""Session 11 lexicon fixes: a place named by a common word, one-sided Iraqi borders."""

from __future__ import annotations

import pytest

from marsad.agent.qa.question import find_entities, parse_question
from marsad.core.lexicon import get_lexicon


def _places(question: str) -> list[str]:
    return [e.id for e in parse_question(question).places]


# --- "بلد" (Balad district) is also the word for "a country" ---------------------------------------------

@pytest.mark.parametrize("question", [
    "هل نقلت الحكومة المعتقلين إلى بلد ثالث بعد انتهاء المحاكمة؟",
    "ما أول بلد عربي أعاد فتح سفارته هذا العام؟",
    "متى وقعت اتفاقية الدفاع المشترك في الرياض؟",  # the Saudi capital, not the Kirkuk subdistrict
])
def test_question_common_word_is_no_iraqi_place(question):
    places = _places(question)
    assert "balad" not in places and "riyadh_kirkuk" not in places


@pytest.mark.parametrize("question,place", [
    ("كم شخصا قتل في الهجوم على قضاء بلد الشهر الماضي؟", "balad"),
    ("من نفذ التفجير في مدينة بلد جنوبي سامراء؟", "balad"),
    ("ماذا حدث في ناحية العظيم يوم الجمعة؟", "udhaim"),
])
def test_question_common_word_place_with_an_admin_word(question, place):
    assert place in _places(question)


def test_extractor_reads_no_place_in_the_common_word(offline_extract):
    rec = offline_extract("قتل أربعة مدنيين في انفجار عبوة ناسفة استهدف سوقا شعبية في بلد عربي مجاور، "
                          "بحسب ما أفادت الشرطة.")
    assert all(a.location is None or a.location.registry_id != "balad" for a in rec.attacks)
    rec = offline_extract("قتل أربعة مدنيين في انفجار عبوة ناسفة استهدف سوقا شعبية في قضاء بلد جنوبي سامراء، "
                          "بحسب ما أفادت الشرطة.")
    assert any(a.location is not None and a.location.registry_id == "balad" for a in rec.attacks)


# --- "الحدود السورية" alone names no one border ----------------------------------------------------------

@pytest.mark.parametrize("question", [
    "ما الذي استهدفه التفجير في قرية تركية قرب الحدود السورية؟",
    "كم لاجئا عبر الحدود السورية إلى الأردن الأسبوع الماضي؟",
    "What did the Turkish army shell near the Syrian border in Turkey?",
])
def test_question_one_sided_border_outside_iraq(question):
    assert "iraq_syria_border" not in _places(question)


@pytest.mark.parametrize("question", [
    "كم هجوما شنه داعش قرب الحدود السورية في محافظة الأنبار؟",
    "ماذا قال قائد حرس الحدود العراقي عن تأمين الحدود مع سوريا؟",
    "متى أعيد فتح منفذ على الحدود العراقية السورية؟",
    "How many fighters crossed the Syrian border into Anbar?",
])
def test_question_iraqi_border_in_an_iraqi_context(question):
    assert "iraq_syria_border" in _places(question)


def test_article_text_keeps_the_one_sided_spelling():
    # outside a question (a quote of an article about Iraq) the registry's spelling still names the border
    found = find_entities("انتشرت قطعات الجيش على طول الحدود السورية", get_lexicon())
    assert "iraq_syria_border" in [e.id for e in found]


# --- a name read with an inserted long vowel loses to a name spelled as written ---------------------------

@pytest.mark.parametrize("question,place,not_place", [
    ("كم طائرة مسيرة أطلقت على السعودية الشهر الماضي؟", "saudi_arabia", "saadiya"),
    ("من استهدف نقطة التفتيش في ناحية السعدية؟", "saadiya", "saudi_arabia"),
])
def test_spelled_name_beats_vowel_tolerant_reading(question, place, not_place):
    places = _places(question)
    assert place in places and not_place not in places


def test_admin_word_with_a_clitic_before_a_common_word_place():
    assert "karmah" in _places("كم مسلحا قتل في قرية البوعيسى التابعة لقضاء الكرمة؟")
    assert "udhaim" in _places("ماذا حدث في قضاء الخالص وناحية العظيم أمس؟")
