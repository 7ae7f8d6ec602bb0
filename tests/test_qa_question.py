"""Reading questions: language, intent, the places/actors they name (pure, no index)."""

from __future__ import annotations

import pytest

from marsad.agent.qa.question import Intent, detect_language, find_entities, mentions, parse_question
from marsad.core.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("كم شرطيا قتل في هجوم كركوك؟", "ar", Intent.killed),
        ("How many people were killed in the Basra car bomb?", "en", Intent.killed),
        ("كم عدد الجرحى في هجوم كركوك؟", "ar", Intent.injured),
        ("How many were wounded near Hawija?", "en", Intent.injured),
        ("Which forces take part in the joint operations room in Kirkuk?", "en", Intent.participants),
        ("ما القوات التي تشارك في غرفة العمليات المشتركة في كركوك؟", "ar", Intent.participants),
        ("من هو المتحدث باسم قيادة العمليات المشتركة؟", "ar", Intent.role),
        ("Who is the spokesman of the Joint Operations Command?", "en", Intent.role),
        ("Who is the governor of Kirkuk?", "en", Intent.role),
        ("متى تم الاتفاق على تشكيل غرف العمليات المشتركة؟", "ar", Intent.date),
        ("When was the security agreement between Baghdad and Erbil reached?", "en", Intent.date),
        ("Where were 27 PMF members killed?", "en", Intent.location),
        ("أين قتل 27 عنصرا من الحشد الشعبي؟", "ar", Intent.location),
        ("Who carried out the attack south of Kirkuk?", "en", Intent.perpetrator),
        ("من نفذ الهجوم على حاجز الشرطة الاتحادية؟", "ar", Intent.perpetrator),
        ("What is the capital of France?", "en", Intent.general),
    ],
)
def test_language_and_intent(question, language, intent):
    parsed = parse_question(question)
    assert parsed.language == language
    assert parsed.intent is intent


def test_language_of_mixed_text():
    assert detect_language("ما هو دور PMF في كركوك؟") == "ar"
    assert detect_language("What does الحشد الشعبي do in Kirkuk?") == "en"


def test_entities_in_both_scripts():
    ar = parse_question("كم قتيلا سقط في تفجير البصرة؟")
    en = parse_question("How many people were killed in the Basra car bomb?")
    assert [e.id for e in ar.places] == [e.id for e in en.places] == ["basra"]
    assert "attacks" in ar.topics and "attacks" in en.topics


def test_room_name_is_not_the_joint_operations_command():
    parsed = parse_question("ما القوات التي تشارك في غرفة العمليات المشتركة في كركوك؟")
    assert [e.id for e in parsed.places] == ["kirkuk"]
    assert all(e.id != "joc" for e in parsed.actors)
    spokesman = parse_question("من هو المتحدث باسم قيادة العمليات المشتركة؟")
    assert [e.id for e in spokesman.actors] == ["joc"]


def test_mentions_allows_clitics_and_spelling_variants():
    kirkuk = get_lexicon().get("places", "kirkuk")
    assert mentions(kirkuk, "اجتماع القادة العسكريين بكركوك")
    assert mentions(kirkuk, "في مناطق كركوك وصلاح الدين")
    assert not mentions(kirkuk, "انفجار مفخخة في البصرة")
    assert mentions(kirkuk, "the Kirkuk attack")


def test_overlapping_names_resolve_to_the_longest():
    found = find_entities("قيادة العمليات المشتركة في كركوك", get_lexicon())
    assert {e.id for e in found} >= {"joc", "kirkuk"}


def test_english_words_without_arabic_are_uncovered():
    assert parse_question("What is the population of Mosul?").uncovered == ("population",)
    assert parse_question("How many people were killed in the Basra car bomb?").uncovered == ()
    assert parse_question("كم عدد سكان الموصل؟").uncovered == ()  # only English questions are checked


def test_a_concept_is_named_with_a_possessive_but_not_as_the_ta_marbuta_form():
    from marsad.agent.qa.question import mentions
    from marsad.core.lexicon import Entry

    governor = Entry("glossary", "governor_test", "محافظ", "governor", ("محافظ",), ("governor",))
    assert mentions(governor, "مؤتمر صحافي في كركوك مع محافظها راكان الجبوري")
    assert mentions(governor, "التقى المحافظ بالوزير")
    assert not mentions(governor, "في محافظة كركوك")  # the governorate, not its governor
