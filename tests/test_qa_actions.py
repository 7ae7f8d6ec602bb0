""""What did X do / why did X": the sentences whose subject is X answer them, quoted and cited."""

from __future__ import annotations

from marsad.agent.qa.actions import action_claims, asks_say, asks_why, subject_of
from marsad.agent.qa.compose import assemble
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Intent, parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

TEXT = (
    "رئيس الوزراء يزور الموصل\n"
    "استقبل محافظ نينوى رئيس الوزراء مصطفى الكاظمي في مطار الموصل.\n"
    "وزار رئيس الوزراء العراقي مصطفى الكاظمي، الخميس، مدينة الموصل واطلع على سير عمليات إعادة الإعمار.\n"
    "وقال مسؤول محلي إن الكاظمي وجه بإنشاء غرفة عمليات مشتركة في الموصل بهدف منع تسلل عناصر داعش.\n"
    "وفي كركوك، قتل ثلاثة شرطيين بهجوم ليلي.\n"
)


def _kadhimi():
    return next(e for e in get_lexicon().entries if e.kind == "actors" and "الكاظمي" in " ".join(e.ar))


def _evidence() -> Evidence:
    ev = Evidence()
    ev.docs = {"m": Document(doc_id="m", text=TEXT)}
    return ev


def test_action_questions_are_recognised_in_both_languages():
    for q in ("What did Kadhimi do in Mosul?", "ماذا فعل الكاظمي في الموصل؟", "Why did Kadhimi visit Mosul?",
              "لماذا زار الكاظمي الموصل؟", "What did Kadhimi say about the attack?", "ما الذي قاله الكاظمي؟"):
        assert parse_question(q).intent is Intent.action, q
    for q in ("What does the agreement provide for?", "ما الذي ينص عليه الاتفاق؟", "How many were killed in Mosul?",
              "كم قتيلا سقط في الموصل؟"):
        assert parse_question(q).intent is not Intent.action, q


def test_why_and_say_are_told_apart():
    assert asks_why(parse_question("Why did Kadhimi visit Mosul?"))
    assert asks_why(parse_question("ما سبب زيارة الكاظمي إلى الموصل؟"))
    assert not asks_why(parse_question("What did Kadhimi do in Mosul?"))
    assert asks_say(parse_question("ماذا قال الكاظمي عن الهجوم؟"))
    assert not asks_say(parse_question("ماذا فعل الكاظمي في الموصل؟"))


def test_subject_is_the_actor_after_the_verb_or_at_the_head_of_a_reported_clause():
    k = _kadhimi()
    assert subject_of(k, "وزار رئيس الوزراء العراقي مصطفى الكاظمي، الخميس، مدينة الموصل.")
    assert subject_of(k, "الكاظمي يطلع على أوضاع الموصل")
    assert subject_of(k, "وقال مسؤول محلي في المحافظة اليوم لوسائل الإعلام إن الكاظمي وجه بإنشاء غرفة عمليات.")
    assert not subject_of(k, "وبحث وزير الخارجية الإيراني في طهران قضايا المنطقة والحدود مع الكاظمي.")
    assert not subject_of(k, "وكان المحافظ والنواب ووجهاء العشائر وقادة الجيش والشرطة في استقبال الكاظمي.")


def test_what_did_x_do_quotes_the_sentence_where_x_acts_there():
    q = parse_question("What did Kadhimi do in Mosul?")
    claims = action_claims(q, _evidence())
    assert claims and "وزار رئيس الوزراء العراقي" in claims[0].text
    assert all("كركوك" not in c.text for c in claims)
    answer = assemble(q, claims, _evidence().texts, backend="offline")
    assert not answer.abstained and answer.citations[0].quote in TEXT
    # the name in English, where the lexicon knows it, as whom the quote is about (not as if it were the answer)
    assert answer.answer.startswith("Mustafa al-Kadhimi — the sources report (in Arabic): «")


def test_why_prefers_the_sentence_that_gives_a_reason():
    q = parse_question("لماذا وجه الكاظمي بإنشاء غرفة عمليات في الموصل؟")
    claims = action_claims(q, _evidence())
    assert claims and "بهدف منع تسلل" in claims[0].text


def test_an_action_question_about_an_actor_the_sources_do_not_name_gives_no_claim():
    q = parse_question("What did Kadhimi do in Basra?")
    assert action_claims(q, _evidence()) == []


def test_the_question_object_is_not_who_acted():
    from marsad.agent.qa.actions import question_subjects

    about = parse_question("ماذا قال المتحدث باسم الحكومة عن هجوم داعش على الموصل؟")
    assert about.actors and question_subjects(about) == ()
    assert action_claims(about, _evidence()) == []
    asked = parse_question("ماذا قال الكاظمي عن هجوم داعش في الموصل؟")
    assert [a.canonical for a in question_subjects(asked)] == [_kadhimi().canonical]
    english = parse_question("What did the governor ask of Kadhimi in Mosul?")
    assert english.actors and question_subjects(english) == ()
    according = parse_question("According to the inquiry, what did Kadhimi say about Mosul?")
    assert [a.canonical for a in question_subjects(according)] == [_kadhimi().canonical]
    between = parse_question("لماذا تجددت الاشتباكات بين رجال القبيلة وداعش في الموصل؟")
    assert question_subjects(between) == between.actors
