"""Answering logic without an index: records and passages -> verified claims, or an abstention."""

from __future__ import annotations

from qa_claims import cite

from marsad.agent.qa.compose import Claim, abstention, assemble, validate_span
from marsad.agent.qa.evidence import Evidence, search_queries
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.records import claim_limit, record_claims
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Attack, Citation, Document, DocumentRecords, JointRoom, Location

KIRKUK_TEXT = (
    "هجوم كركوك\n"
    "وكان 13 عنصرا من قوات الشرطة الاتحادية العراقية قد قتلوا وأصيب 3 آخرون بجروح في هجوم على حاجز أمني "
    "في محيط جنوب كركوك نفذه عناصر داعش فجر الاحد.\n"
    "وتم الاتفاق على إنشاء غرفة عمليات مشتركة تضم جهاز مكافحة الارهاب والشرطة الاتحادية والحشد الشعبي في كركوك."
)
BASRA_TEXT = (
    "تحركات أمنية\n"
    "وتأتي هذه التحركات بعد يوم من انفجار مفخخة في البصرة جنوبي البلاد أدت إلى مقتل 4 مدنيين.\n"
)


def _evidence() -> Evidence:
    k_sentence = KIRKUK_TEXT.splitlines()[1]
    room_sentence = KIRKUK_TEXT.splitlines()[2]
    b_sentence = BASRA_TEXT.splitlines()[1]
    kirkuk = DocumentRecords(
        doc_id="k",
        attacks=[Attack(citations=[cite("k", KIRKUK_TEXT, k_sentence)], killed=13, injured=3,
                        killed_text="13 عنصرا من قوات الشرطة الاتحادية", perpetrator="داعش", target="الشرطة الاتحادية",
                        location=Location(name="جنوب كركوك", canonical_name="كركوك", name_en="Kirkuk"))],
        joint_rooms=[JointRoom(citations=[cite("k", KIRKUK_TEXT, room_sentence)], name="غرفة عمليات مشتركة",
                               participants=["جهاز مكافحة الإرهاب", "الشرطة الاتحادية", "الحشد الشعبي"],
                               location=Location(name="كركوك", name_en="Kirkuk"))],
    )
    basra = DocumentRecords(
        doc_id="b",
        attacks=[Attack(citations=[cite("b", BASRA_TEXT, b_sentence)], killed=4, target="مدنيين",
                        location=Location(name="البصرة", name_en="Basra"))],
    )
    ev = Evidence()
    ev.docs = {"k": Document(doc_id="k", text=KIRKUK_TEXT), "b": Document(doc_id="b", text=BASRA_TEXT)}
    ev.records = {"k": kirkuk, "b": basra}
    return ev


def _answer(question: str, ev: Evidence | None = None):
    ev = ev or _evidence()
    parsed = parse_question(question)
    answer = assemble(parsed, record_claims(parsed, ev, get_lexicon()), ev.texts, backend="offline",
                      limit=claim_limit(parsed))
    if answer.abstained:
        answer = assemble(parsed, passage_claims(parsed, ev), ev.texts, backend="offline")
    return answer


def _valid(answer, ev: Evidence) -> None:
    for c in answer.citations:
        Citation.model_validate(c.model_dump(), context={"texts": ev.texts})


def test_casualty_question_answers_from_the_right_record():
    ev = _evidence()
    kirkuk = _answer("كم شرطيا قتل في هجوم كركوك؟", ev)
    assert not kirkuk.abstained and "13" in kirkuk.answer and "4" not in kirkuk.answer.replace("[1]", "")
    assert kirkuk.answer.endswith("[1].") and kirkuk.citations[0].doc_id == "k"
    _valid(kirkuk, ev)
    basra = _answer("How many people were killed in the Basra car bomb?", ev)
    assert not basra.abstained and "4 killed" in basra.answer and "13" not in basra.answer
    assert basra.citations[0].doc_id == "b" and basra.language == "en"


def test_question_about_a_place_with_no_record_abstains():
    answer = _answer("How many were killed in the Mosul attack?")
    assert answer.abstained and not answer.citations
    assert "Mosul" in answer.answer and "don't say" in answer.answer
    ar = _answer("كم قتيلا سقط في هجوم الموصل؟")
    assert ar.abstained and ar.answer.startswith("لا تذكر المصادر")


def test_participants_in_both_languages():
    ev = _evidence()
    ar = _answer("ما القوات التي تشارك في غرفة العمليات المشتركة في كركوك؟", ev)
    assert "الحشد الشعبي" in ar.answer and "الشرطة الاتحادية" in ar.answer and not ar.abstained
    en = _answer("Which forces take part in the joint operations room in Kirkuk?", ev)
    assert "Popular Mobilization Forces" in en.answer and "Federal Police" in en.answer
    _valid(en, ev)


def test_perpetrator_from_records():
    answer = _answer("من نفذ الهجوم في كركوك؟")
    assert "داعش" in answer.answer and not answer.abstained


def test_unrelated_question_abstains():
    assert _answer("What is the capital of France?").abstained
    assert _answer("What is the population of Mosul?").abstained
    assert _answer("كم عدد سكان كركوك؟").abstained


def test_passages_answer_when_no_record_fits():
    ev = _evidence()
    ev.records = {}
    answer = _answer("كم قتيلا سقط في تفجير البصرة؟", ev)
    assert not answer.abstained and "البصرة" in answer.citations[0].quote and "4" in answer.citations[0].quote
    assert all(c.doc_id == "b" for c in answer.citations)


def test_claim_without_entity_in_its_evidence_is_dropped():
    ev = _evidence()
    parsed = parse_question("How many were killed in Basra?")
    sentence = KIRKUK_TEXT.splitlines()[1]
    start = KIRKUK_TEXT.index(sentence)
    wrong = Claim("13 killed", [("k", start, start + len(sentence))], [13])
    answer = assemble(parsed, [wrong], ev.texts, backend="offline")
    assert answer.abstained


def test_claim_whose_number_is_not_cited_is_dropped():
    ev = _evidence()
    parsed = parse_question("كم قتيلا سقط في تفجير البصرة؟")
    sentence = BASRA_TEXT.splitlines()[1]
    start = BASRA_TEXT.index(sentence)
    assert assemble(parsed, [Claim("قتل 40", [("b", start, start + len(sentence))], [40])], ev.texts,
                    backend="offline").abstained
    good = assemble(parsed, [Claim("قتل 4", [("b", start, start + len(sentence))], [4])], ev.texts, backend="offline")
    assert good.answer == "قتل 4 [1]." and good.citations[0].quote == sentence


def test_entity_named_in_a_nearby_sentence_extends_the_evidence():
    text = "انفجار في كركوك صباح اليوم.\nوأدى الانفجار إلى مقتل 5 أشخاص."
    parsed = parse_question("كم قتيلا في انفجار كركوك؟")
    quote = "وأدى الانفجار إلى مقتل 5 أشخاص."
    start = text.index(quote)
    answer = assemble(parsed, [Claim("5", [("x", start, start + len(quote))], [5])], {"x": text}, backend="offline")
    assert not answer.abstained and len(answer.citations) == 2 and "كركوك" in answer.citations[1].quote


def test_span_validation():
    texts = {"d": "نص المقال"}
    assert validate_span("d", 0, 2, texts).quote == "نص"
    assert validate_span("d", 5, 50, texts) is None
    assert validate_span("missing", 0, 2, texts) is None
    assert validate_span("d", 2, 3, texts) is None  # whitespace only


def test_citations_are_numbered_in_order_and_shared():
    text = "أولا جملة عن كركوك. ثانيا جملة أخرى عن كركوك."
    other = "تقرير آخر عن كركوك."
    parsed = parse_question("ماذا حدث في كركوك؟")
    a, b = (0, text.index(".") + 1), (0, len(other))
    texts = {"d": text, "e": other}
    answer = assemble(parsed, [Claim("x", [("d", *a)]), Claim("y", [("e", *b), ("d", *a)])], texts, backend="offline")
    assert answer.answer == "x [1].\ny [2][1]."
    assert [c.doc_id for c in answer.citations] == ["d", "e"]


def test_a_claim_cites_its_most_telling_quotes():
    text = "هجوم كركوك\nوتحدث مسؤولون عن الوضع.\nقتل 13 شرطيا في هجوم جنوب كركوك."
    parsed = parse_question("كم شرطيا قتل في هجوم كركوك؟")
    spans = [("d", 0, 10), ("d", 11, text.index("\nقتل")), ("d", text.index("قتل"), len(text))]
    answer = assemble(parsed, [Claim("13", spans, [13])], {"d": text}, backend="offline")
    assert len(answer.citations) == 1 and answer.citations[0].quote.startswith("قتل 13")


def test_abstention_text_in_both_languages():
    ar = abstention(parse_question("كم عدد سكان الموصل؟"))
    en = abstention(parse_question("What is the population of Mosul?"))
    assert ar.abstained and en.abstained and ar.language == "ar" and en.language == "en"
    assert "الموصل" in ar.answer and "Mosul" in en.answer


def test_search_steps_are_bounded_and_reformulated():
    parsed = parse_question("How many people were killed in the Basra car bomb?")
    queries = search_queries(parsed, get_lexicon(), max_steps=3)
    assert 1 < len(queries) <= 3 and queries[0] == parsed.text
    assert "البصرة" in queries[1]  # the English question searched in Arabic
    assert len(search_queries(parsed, get_lexicon(), max_steps=1)) == 1


def _room_and_agreement_evidence() -> Evidence:
    from marsad.schemas import Actor, Agreement

    text = (
        "تفعيل غرفة عمليات في طوزخورماتو\n"
        "أعلنت قيادة العمليات تفعيل غرفة عمليات مشتركة في قضاء طوزخورماتو بقيادة الجيش العراقي تضم الشرطة الاتحادية.\n"
        "ووقعت بغداد وأربيل اتفاقا ينص على تشكيل لواءين مشتركين.\n"
        "وقال وزير الدفاع سالم الحديثي إن الاتفاق سينفذ قريبا.\n"
    )
    lines = text.splitlines()
    room = JointRoom(citations=[cite("t", text, lines[1])], name="غرفة عمليات مشتركة", lead="الجيش العراقي",
                     participants=["الجيش العراقي", "الشرطة الاتحادية"], status="established",
                     location=Location(name="قضاء طوزخورماتو", canonical_name="طوزخورماتو"))
    agreement = Agreement(citations=[cite("t", text, lines[2])], parties=["بغداد", "أربيل"],
                          provisions=["تشكيل لواءين مشتركين"], status="agreed")
    minister = Actor(citations=[cite("t", text, "وزير الدفاع سالم الحديثي")], name="سالم الحديثي",
                     type="official", role="وزير الدفاع")
    ev = Evidence()
    ev.docs = {"t": Document(doc_id="t", text=text)}
    ev.records = {"t": DocumentRecords(doc_id="t", joint_rooms=[room], agreements=[agreement], actors=[minister])}
    return ev


def test_lead_status_and_provisions():
    ev = _room_and_agreement_evidence()
    lead = _answer("من يقود غرفة العمليات المشتركة في طوزخورماتو؟", ev)
    assert "بقيادة الجيش العراقي" in lead.answer and not lead.abstained
    status = _answer("What is the status of the joint operations room in Tuz Khurmatu?", ev)
    assert "set up and operating" in status.answer
    provisions = _answer("ما هي بنود الاتفاق بين بغداد وأربيل؟", ev)
    assert "تشكيل لواءين مشتركين" in provisions.answer


def test_role_answers_only_the_office_asked_about():
    ev = _room_and_agreement_evidence()
    assert "سالم الحديثي" in _answer("من هو وزير الدفاع؟", ev).answer
    assert _answer("من هو وزير النفط العراقي؟", ev).abstained
    assert _answer("Who is the Iraqi oil minister?", ev).abstained


def test_attack_kind_must_fit_the_question():
    ev = _evidence()
    ev.records["b"].attacks[0].attack_type = "assassination"
    answer = _answer("How many people were killed in the Basra car bomb?", ev)
    # the record is an assassination: not used; the sentence itself still says what happened
    assert "4 killed" not in answer.answer
    assert all("مفخخة" in c.quote for c in answer.citations)


def test_killed_and_injured_together():
    answer = _answer("كم عدد القتلى والجرحى في هجوم كركوك؟")
    assert "13" in answer.answer and "الجرحى: 3" in answer.answer


def test_victim_question():
    answer = _answer("Who was killed in the attack in Kirkuk?")
    assert "Federal Police" in answer.answer and not answer.abstained


def test_a_number_in_the_question_must_be_in_the_record():
    assert parse_question("Where were 27 PMF members killed in 2021?").numbers == (27,)
    ev = _evidence()
    answer = _answer("أين قتل 13 شرطيا؟", ev)
    assert "كركوك" in answer.answer and "البصرة" not in answer.answer
    assert _answer("أين قتل 55 شرطيا؟", ev).abstained


def test_records_are_cached_and_stale_offline_records_redone(tmp_path):
    from marsad.agent.qa.evidence import _offline_extractor, records_for
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    doc = Document(doc_id="k", text=KIRKUK_TEXT)
    with DocStore(resolve_settings({"home": str(tmp_path)}, env={})) as store:
        store.upsert(doc)
        first = records_for(store, doc)
        assert first is not None and store.get_records_version("k", "offline") == _offline_extractor().version
        store.put_records("k", "offline", DocumentRecords(doc_id="k"), "offline-0-old")
        again = records_for(store, doc)
        assert again.attacks and store.get_records_version("k", "offline") == _offline_extractor().version
        store.put_records("k", "llm", DocumentRecords(doc_id="k"), "llm-x")
        assert records_for(store, doc).attacks == []  # an LLM extraction, when stored, is preferred



def test_gather_reads_the_articles_naming_every_asked_place_first(text_only_store):
    from marsad.agent.qa.evidence import gather, question_fit
    from marsad.schemas import Hit

    docs = {f"other{i}": Document(doc_id=f"other{i}", title="تفجير في الموصل",
                                  text="قتل خمسة أشخاص في تفجير سيارة مفخخة في الموصل.") for i in range(4)}
    docs["basra"] = Document(doc_id="basra", title="تفجير في البصرة", text="قتل ثلاثة أشخاص في تفجير سيارة مفخخة في البصرة.")

    class Searcher:  # the Basra article comes last in every search
        def search(self, query, k):
            return [Hit(doc_id=d, title=docs[d].title, score=1.0, start=0, end=10, text=docs[d].text[:10])
                    for d in docs][:k]

    parsed = parse_question("كم شخصا قتل في تفجير البصرة؟")
    assert question_fit(parsed, docs["basra"])[0] == 1 and question_fit(parsed, docs["other0"])[0] == 0
    evidence = gather(parsed, Searcher(), text_only_store(docs), get_lexicon(), k=5, max_steps=1, max_docs=2)
    assert next(iter(evidence.docs)) == "basra"


def test_a_record_located_only_by_the_country_may_answer_about_a_city_in_it():
    from marsad.agent.qa.matching import about

    text = ("هاجم عناصر من حركة طالبان فجرا قاعدة عسكرية نائية في غرب أفغانستان. "
            "وقال المتحدث باسم حاكم ولاية هرات إن 12 جنديا قتلوا.")
    quote = "هاجم عناصر من حركة طالبان فجرا قاعدة عسكرية نائية في غرب أفغانستان."

    def attack(location: Location) -> Attack:
        return Attack(citations=[cite("t", text, quote)], perpetrator="حركة طالبان", location=location)

    q = parse_question("من نفذ الهجوم على القاعدة العسكرية في هرات؟")
    west = Location(name="غرب أفغانستان", canonical_name="أفغانستان", name_en="Afghanistan", admin_level="area",
                    country="AF", country_name="Afghanistan")
    assert about(q, attack(west))
    # a city's record elsewhere, or a coarse location of another country, still does not answer it
    assert not about(q, attack(Location(name="قندهار", canonical_name="قندهار", name_en="Kandahar", admin_level="city",
                                        country="AF", country_name="Afghanistan")))
    assert not about(q, attack(Location(name="شمال سوريا", canonical_name="سوريا", name_en="Syria", admin_level="area",
                                        country="SY", country_name="Syria")))


def test_a_record_in_a_city_answers_about_its_country():
    from marsad.agent.qa.matching import about

    text = "شن طيران التحالف الدولي أمس 14 غارة جوية في العراق، تركز معظمها على مواقع للتنظيم حول الرمادي."
    attack = Attack(citations=[cite("t", text, text)], perpetrator="التحالف الدولي",
                    location=Location(name="الرمادي", canonical_name="الرمادي", name_en="Ramadi", admin_level="city",
                                      country="IQ", country_name="Iraq"))
    assert about(parse_question("Near which city did the coalition's air strikes in Iraq concentrate?"), attack)
    assert not about(parse_question("Near which city did the coalition's air strikes in Syria concentrate?"), attack)


def test_where_in_a_country_is_not_answered_by_the_country():
    from marsad.agent.qa.records import record_claims

    text = "نفذت قوات التحالف الدولي غارات جوية في العراق أمس. وتركزت الغارات قرب الرمادي."
    lines = ["نفذت قوات التحالف الدولي غارات جوية في العراق أمس.", "وتركزت الغارات قرب الرمادي."]

    def strike(quote: str, location: Location) -> Attack:
        return Attack(citations=[cite("t", text, quote)], attack_type="airstrike", perpetrator="التحالف الدولي",
                      location=location)

    ev = Evidence()
    ev.docs = {"t": Document(doc_id="t", text=text)}
    ev.records = {"t": DocumentRecords(doc_id="t", attacks=[
        strike(lines[0], Location(name="العراق", canonical_name="العراق", name_en="Iraq", admin_level="country",
                                  country="IQ", country_name="Iraq")),
        strike(lines[1], Location(name="الرمادي", canonical_name="الرمادي", name_en="Ramadi", admin_level="city",
                                  country="IQ", country_name="Iraq"))])}
    claims = record_claims(parse_question("Near which city did the coalition's air strikes in Iraq concentrate?"), ev,
                           get_lexicon())
    assert [c.text for c in claims] == ["Place: Ramadi"]


def test_when_expected_is_answered_by_the_time_to_come_not_a_past_date():
    text = ("أعلنت القوات الأمنية أمس السبت السيطرة على حي الملعب في المدينة.\n"
            "ورجح المحافظ أحمد الكريم إكمال تحرير المدينة خلال الأسبوعين المقبلين.\n")
    ev = Evidence()
    ev.docs = {"t": Document(doc_id="t", text=text)}
    claims = passage_claims(parse_question("متى يتوقع المحافظ أحمد الكريم إكمال تحرير المدينة؟"), ev)
    assert claims and "الأسبوعين المقبلين" in claims[0].text


def test_a_victim_question_is_answered_by_the_sentence_announcing_the_death():
    text = ("وجه الوزير بمعاملة الجرحى معاملة خاصة.\n"
            "وكانت قيادة العمليات المشتركة قد أعلنت أمس استشهاد الجندي علي حسن الساعدي خلال واجب في الصحراء.\n")
    ev = Evidence()
    ev.docs = {"t": Document(doc_id="t", text=text)}
    claims = passage_claims(parse_question("من هو الجندي الذي أعلنت قيادة العمليات المشتركة استشهاده؟"), ev)
    assert claims and "الساعدي" in claims[0].text


# a lead sentence states the toll; the place's name comes four sentences later
LEAD_TEXT = "\n".join([
    "قتل أربعة أشخاص، اليوم الاثنين، في إطلاق نار داخل ثكنة للجيش في المدينة بحسب مصدر أمني.",
    "وتشير المعلومات الأولية إلى أن عسكريا أطلق الرصاص على زملائه في الثكنة إثر مشادة كلامية.",
    "وذكر ضابط في الثكنة أن الجندي فتح نيران سلاحه على المجندين في ساعة مبكرة.",
    "وأوضح الضابط أن الحادث أدى إلى مقتل عقيد وجرح سبعة عسكريين آخرين.",
    "وأثار إطلاق النار في ثكنة البصرة العسكرية حالة من الهلع بين السكان.",
    "وكثفت قوات الأمن انتشارها حول الثكنة والأحياء المجاورة لها منذ الصباح.",
])


def test_a_lead_sentence_finds_its_incident_named_further_on():
    parsed = parse_question("كم قتيلا سقط في ثكنة البصرة؟")
    texts = {"d": LEAD_TEXT}
    lead = LEAD_TEXT.splitlines()[0]
    answer = assemble(parsed, [Claim("قتل 4", [("d", 0, len(lead))], [4])], texts, backend="offline")
    assert not answer.abstained and any("البصرة" in c.quote for c in answer.citations)
    # a later sentence as far from the name reaches only NEAR_SENTENCES
    text = "\n".join(["عنوان.", *LEAD_TEXT.splitlines()[1:4], "وأضاف المصدر أن التحقيق ما زال جاريا في الحادث.",
                      "وتابع أن القوات طوقت المكان بعد الحادث مباشرة.", "وذكر أن الجرحى نقلوا إلى المستشفى.",
                      LEAD_TEXT.splitlines()[4]])
    far = text.splitlines()[3]
    start = text.index(far)
    assert assemble(parsed, [Claim("مقتل عقيد", [("d", start, start + len(far))], [])], {"d": text},
                    backend="offline").abstained


def test_a_when_question_takes_the_sentence_stating_the_day_before_a_relative_one():
    from marsad.agent.qa.passages import dated_passage_claims

    text = ("أعادت الولايات المتحدة أمس إلى السلطات العراقية أرملة قيادي في تنظيم داعش.\n"
            "وكان زعيم تنظيم داعش في الموصل قد قتل في 17 مايو خلال إنزال نفذته قوات أمريكية خاصة.\n")
    relative = "أعادت الولايات المتحدة أمس أرملة زعيم تنظيم داعش في الموصل الذي قتل في عملية للقوات الخاصة.\n"
    ev = Evidence()
    ev.docs = {"r": Document(doc_id="r", text=relative), "d": Document(doc_id="d", text=text)}
    parsed = parse_question("متى قتل زعيم تنظيم داعش في الموصل؟")
    assert {d for c in passage_claims(parsed, ev) for d, _, _ in c.spans} == {"r", "d"}
    claims = dated_passage_claims(parsed, ev)
    assert claims and all(d == "d" and "17 مايو" in text[s:e] for c in claims for d, s, e in c.spans)
    assert dated_passage_claims(parse_question("كم قتيلا سقط في الموصل؟"), ev) == []


def test_gather_keeps_the_questions_own_best_hit_that_names_an_entity_in_other_words(text_only_store):
    from marsad.agent.qa.evidence import gather
    from marsad.schemas import Hit

    docs = {"ship": Document(doc_id="ship", title="إغراق سفينة في بنغازي",
                             text="وأوضح سالم الفاخري الناطق باسم القوات الجوية أن الطائرات أغرقت سفينة قبالة بنغازي.")}
    for i in range(3):  # articles naming the air force by the question's words, about something else
        docs[f"o{i}"] = Document(doc_id=f"o{i}", title="غارات في بنغازي",
                                 text="شن سلاح الجو الليبي غارات على مواقع في بنغازي.")

    class Searcher:  # the ship article ranks first on the question's wording
        def search(self, query, k):
            return [Hit(doc_id=d, title=docs[d].title, score=1.0, start=0, end=10, text=docs[d].text[:10])
                    for d in docs][:k]

    parsed = parse_question("من هو المتحدث باسم سلاح الجو الليبي الذي أعلن إغراق سفينة في بنغازي؟")
    evidence = gather(parsed, Searcher(), text_only_store(docs), get_lexicon(), k=5, max_steps=1, max_docs=2)
    assert "ship" in evidence.docs and len(evidence.docs) == 2
