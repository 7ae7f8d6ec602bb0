"""What evidence must name to answer a question: key entities weighed, numbers the question states,
arrest counts, and every reader tried strictly before any reader is tried with the subject alone."""

from marsad.agent.qa.compose import Claim, assemble, excerpt
from marsad.agent.qa.counts import count_role, role_counts
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.subject import SUBJECT, enough, names_enough, weight


def test_a_country_around_the_city_asked_about_and_state_forces_are_context():
    q = parse_question("كم جنديا قتلوا في هجوم على الجيش العراقي في الرمادي في العراق؟")
    weights = {e.canonical: weight(e, q) for e in q.entities}
    assert weights["الرمادي"] == SUBJECT
    assert weights["العراق"] < SUBJECT
    assert all(w < SUBJECT for name, w in weights.items() if name not in ("الرمادي",))


def test_the_subject_must_be_named_but_context_may_be_told_in_other_words():
    q = parse_question("كم جنديا قتلوا في هجوم على الجيش العراقي في الرمادي في العراق؟")
    # the article says "القوات الأمنية" and never names the country: still about Ramadi
    assert names_enough(q, "قتل خمسة من القوات الأمنية في هجوم انتحاري غرب الرمادي")
    # another city of the same country, named with the army: not about Ramadi
    assert not names_enough(q, "قتل خمسة من الجيش العراقي في هجوم في الموصل في العراق")


def test_one_entity_is_always_needed_and_all_named_is_always_enough():
    q = parse_question("كم شخصا قتلوا في تفجير كركوك؟")
    assert [e.canonical for e in q.entities] == ["كركوك"]
    assert not enough(q, [False])
    assert enough(q, [True])
    assert enough(parse_question("ما هي عاصمة كندا؟"), [])


def test_most_of_a_long_question_must_still_be_named():
    q = parse_question("كم شخصا قتلوا في هجوم داعش على الرمادي والفلوجة وهيت؟")
    named = [e.canonical in ("الرمادي",) for e in q.entities]
    assert any(named) and not enough(q, named)  # one city of three and not the group: not enough


def test_number_words_in_a_question_are_numbers_the_answer_must_be_about():
    assert parse_question("من أعلن مقتل أربعة من عناصر داعش في الرمادي؟").numbers == (4,)
    assert parse_question("كم جنديا قتل بعد مقتل جنديين أمس؟").numbers == (2,)
    assert parse_question("كم قتل في 20 يوليو 2015؟").numbers == ()  # a day of a month and a year
    assert parse_question("أين قاتل ثلاثة آلاف من مقاتلي العشائر؟").numbers == (3000,)  # not read as 3


def test_arrest_counts_are_counts_of_people():
    assert count_role(parse_question("كم شخصا اعتقلت الشرطة في البصرة؟")) == "arrested"
    assert count_role(parse_question("How many suspects were arrested in Basra?")) == "arrested"
    assert count_role(parse_question("كم شخصا قتل في البصرة؟")) == "killed"
    assert count_role(parse_question("من اعتقلت الشرطة في البصرة؟")) is None  # who, not how many
    got = {(c.value, c.role) for c in role_counts("وأعلنت الشرطة القبض على 16 مشتبها بعد مقتل 3 جنود.")}
    assert got == {(16, "arrested"), (3, "killed")}


def _texts():
    return {"d1": "قتل خمسة من القوات الأمنية في هجوم انتحاري غرب الرمادي. وقال مصدر إن الجيش العراقي رد على الهجوم.",
            "d2": "قتل سبعة في هجوم انتحاري في الموصل."}


def test_a_claim_naming_every_entity_is_strict_and_one_naming_the_subject_only_is_not():
    q = parse_question("كم جنديا قتلوا في هجوم على الجيش العراقي في الرمادي في العراق؟")
    texts = _texts()
    claim = Claim("عدد القتلى: 5", [("d1", 0, 58)], [5])
    assert assemble(q, [claim], texts, backend="offline").abstained  # the country is never named
    relaxed = assemble(q, [claim], texts, backend="offline", strict=False)
    assert not relaxed.abstained and "[1]" in relaxed.answer
    # the army, named in the next sentence, is cited beside the toll
    assert any("الجيش العراقي" in c.quote for c in relaxed.citations)
    other = Claim("عدد القتلى: 7", [("d2", 0, 33)], [7])
    assert assemble(q, [other], texts, backend="offline", strict=False).abstained  # Mosul: another subject


def test_an_answer_reads_hashtags_as_words_and_its_citation_keeps_them():
    assert excerpt("أشرف #الحرس_الثوري الإيراني على تدريبها") == "أشرف الحرس الثوري الإيراني على تدريبها"
    assert excerpt("ا" * 400).endswith("…") and len(excerpt("ا" * 400)) == 298


def test_a_stray_ordinary_english_word_does_not_silence_passages_but_an_unknown_name_does():
    from marsad.agent.qa.question import unmapped

    q = parse_question("Who claimed the shooting of worshippers leaving a church in Mosul?")
    assert q.uncovered and not unmapped(q)  # "leaving" is unknown, the question is still readable
    assert unmapped(parse_question("Who claimed the shooting at the Qwzxplo market in Mosul?"))


def test_tag_lines_and_link_lines_are_not_sentences_of_the_news():
    from marsad.agent.qa.compose import news_sentences

    text = "قتل خمسة في تفجير في الموصل.\nسمات العراق داعش الموصل\nرابط الخبر بموقع المرصد: مقتل 12 في الموصل"
    assert [text[s:e] for s, e in news_sentences(text)] == ["قتل خمسة في تفجير في الموصل."]


def test_a_passage_may_take_the_place_from_the_sentence_before_it():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    text = ("وقع الهجوم أثناء صلاة الجمعة في مسجد بمحافظة كركوك. "
            "وأعلن داعش في بيان تناقلته حسابات مؤيدة له مسؤوليته عن الهجوم على المصلين.")
    evidence = Evidence(docs={"d": Document(doc_id="d", title="هجوم على مسجد", text=text)})
    q = parse_question("من تبنى الهجوم على المصلين في كركوك؟")
    claims = passage_claims(q, evidence)
    assert claims and "مسؤوليته" in claims[0].text
    far = text.replace(". ", ". وقال شهود إن الصلاة كانت مكتظة. وأضافوا أن الطرق أغلقت. ")
    assert not passage_claims(q, Evidence(docs={"d": Document(doc_id="d", title="هجوم على مسجد", text=far)}))


def test_who_was_the_commander_killed_is_answered_with_the_person_named_after_the_killing():
    from marsad.agent.offline import OfflineExtractor
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.matching import Names
    from marsad.agent.qa.records import record_claims
    from marsad.core.lexicon import get_lexicon
    from marsad.schemas import Document

    text = ("قتل أمس قيادي كبير في داعش بغارة شنتها طائرات التحالف الدولي على الموصل. "
            "وقال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول إن الغارة أسفرت عن مقتل القيادي "
            "في التنظيم حسن علي الجبوري مع اثنين من مرافقيه.")
    doc = Document(doc_id="d", title="مقتل قيادي في داعش بالموصل", text=text, published="2017-03-01")
    records = OfflineExtractor().extract(doc)
    evidence = Evidence(docs={"d": doc}, records={"d": records})
    q = parse_question("من هو القيادي في داعش الذي قتل في غارة على الموصل؟")
    claims = record_claims(q, evidence, get_lexicon())
    assert claims and claims[0].text.startswith("حسن علي الجبوري")  # not the spokesman who told of it
    en = parse_question("Who was the ISIS commander killed in the air strike on Mosul?")
    assert record_claims(en, evidence, get_lexicon())[0].text.startswith("حسن علي الجبوري")
    assert Names(en, get_lexicon())("حسن علي الجبوري") == "حسن علي الجبوري"  # no English spelling known: as written


def test_question_shapes_read_from_their_words():
    # a province's "centre" is its capital, not an operations centre
    assert parse_question("متى وقعت محافظة نينوى ومركزها مدينة الموصل تحت سيطرة داعش؟").topics == ()
    assert "joint_rooms" in parse_question("أين يقع مركز العمليات المشتركة؟").topics
    assert parse_question("What did the agreement between Ankara and Washington provide?").intent.value == "provisions"
    assert parse_question("Who did the commander say gave him the order to withdraw?").intent.value == "action"
    assert parse_question("To whom did the United States hand over the prisoner?").intent.value == "action"


def test_an_arabic_quote_in_an_english_answer_names_its_places_and_actors_in_english():
    from marsad.agent.qa.compose import glossed

    gloss = glossed("وأعلن تنظيم داعش مسؤوليته عن تفجير في الموصل.")
    assert "Mosul" in gloss and "ISIS" in gloss
    assert "Kurdistan" not in glossed("وقع الهجوم في كنيسة في إقليم القوقاز.")  # "الإقليم" alone is any region
    assert glossed("قال شهود إن الطريق أغلق.") == ""


def test_english_place_names_the_registry_lacks_take_their_arabic_from_the_world_gazetteer():
    from marsad.agent.qa.translit import NameFinder, with_names
    from marsad.core.gazetteer import get_world_gazetteer

    gazetteer = get_world_gazetteer()
    assert "بنزرت" in gazetteer.arabic_names("Bizerte")  # an unwritten n no transliteration guesses
    assert gazetteer.arabic_names("Party") == ()  # small places named like English words are not looked up
    q = with_names(parse_question("How many people were arrested in Bizerte?"), NameFinder(["بزيارت"]),
                   gazetteer.arabic_names)
    assert q.names and "بنزرت" in q.names[0].ar and "بزيارت" in q.names[0].ar


def test_who_told_of_deaths_is_not_answered_with_the_count_the_question_states():
    from marsad.agent.offline import OfflineExtractor
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.records import record_claims
    from marsad.core.lexicon import get_lexicon
    from marsad.schemas import Document

    text = "أعلن اللواء الركن سعد الحمداني قائد عمليات الأنبار مقتل أربعة من عناصر داعش بضربة جوية شرق الرمادي."
    doc = Document(doc_id="d", title="مقتل أربعة من داعش", text=text, published="2015-08-06")
    evidence = Evidence(docs={"d": doc}, records={"d": OfflineExtractor().extract(doc)})
    who = parse_question("من أعلن مقتل أربعة من عناصر داعش شرق الرمادي؟")
    assert record_claims(who, evidence, get_lexicon()) == []  # the passages quote who announced it
    many = parse_question("كم عنصرا من داعش قتلوا بضربة جوية شرق الرمادي؟")
    assert any("4" in c.text for c in record_claims(many, evidence, get_lexicon()))


def test_dates_and_numbers_of_a_question_are_constraints_not_words_to_share():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.matching import rest_terms
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    q = parse_question("ما القاعدة الجوية التي استهدفتها أكثر من 12 غارة في صنعاء في مارس 2018؟")
    terms = rest_terms(q, None)
    assert not {"12", "2018", "مارس", "اكثر"} & set(terms)
    # the number that describes the strikes sits in the sentence after the one that names the base
    text = ("شنت مقاتلات التحالف غارات مركزة على قاعدة الديلمي الجوية في صنعاء. "
            "ورصد شهود أكثر من 12 غارة على المكان.")
    evidence = Evidence(docs={"d": Document(doc_id="d", title="غارات على صنعاء", text=text)})
    claims = passage_claims(q, evidence)
    assert claims and any("الديلمي" in c.text for c in claims)
    # a number nowhere near the sentence still rules it out
    far = Document(doc_id="d", title="غارات على صنعاء", text=text.replace("12", "7"))
    assert not passage_claims(q, Evidence(docs={"d": far}))


def test_an_english_passage_naming_every_entity_may_tell_the_rest_of_a_long_question_in_other_words():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    q = parse_question("Which Iraqi prime minister did Trump speak with by phone about Syria and the ISIS remnants?")
    text = ("وأفاد البيت الأبيض بأن ترمب بحث مساء الاثنين في اتصال هاتفي مع حيدر العبادي رئيس الوزراء العراقي "
            "الوضع في سوريا وما بقي من فلول داعش.")
    claims = passage_claims(q, Evidence(docs={"d": Document(doc_id="d", title="اتصال هاتفي", text=text)}))
    assert claims and "العبادي" in claims[0].text
    # the office asked about must be named: a sentence about the president alone does not answer it
    other = text.replace("مع حيدر العبادي رئيس الوزراء العراقي", "مع نظيره الفرنسي")
    assert not passage_claims(q, Evidence(docs={"d": Document(doc_id="d", title="اتصال هاتفي", text=other)}))


def test_a_quote_shows_the_sentence_cited_beside_it_for_the_name_the_question_asks_about():
    from marsad.agent.qa.compose import Claim

    text = ("أعلنت قوات الجيش اليمني، الأربعاء، أسر أحد القادة الميدانيين لجماعة الحوثي خلال معارك الساحل. "
            "وذكر بيان لألوية العمالقة أن عناصرها اعتقلوا القيادي الحوثي عند مدخل مطار الحديدة.")
    q = parse_question("أي قوة أعلنت أسر القيادي الحوثي أبو جلال الريامي في الحديدة؟")
    end = text.index(".") + 1
    quoted = assemble(q, [Claim(f"تقول المصادر: «{text[:end]}»", [("d", 0, end)], quoted=True)], {"d": text},
                      backend="offline", strict=False)
    assert not quoted.abstained and "ألوية العمالقة" in quoted.answer and len(quoted.citations) == 2
    # a claim stating a record's value keeps its own words; the sentence beside it is only cited
    plain = assemble(q, [Claim("الجهة: قوات الجيش اليمني", [("d", 0, end)])], {"d": text}, backend="offline",
                     strict=False)
    assert "ألوية العمالقة" not in plain.answer


def test_a_perpetrator_passage_prefers_the_claim_and_reads_every_form_of_responsibility():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    text = ("وقالت الوكالة إن جماعة مسلحة شنت الهجومين على مقر الجيش في واغادوغو. "
            "وقالت الشرطة إن الوضع تحت السيطرة في المدينة. "
            "وأكدت جماعة نصرة الإسلام والمسلمين في بيان على الإنترنت مسؤوليتها عن الهجومين على مقر الجيش.")
    q = parse_question("من نفذ الهجومين على مقر الجيش في واغادوغو؟")
    claims = passage_claims(q, Evidence(docs={"d": Document(doc_id="d", title="هجوم", text=text)}), limit=1)
    assert claims and "نصرة الإسلام" in claims[0].text  # 'مسؤوليتها' is a claim as 'مسؤوليته' is
    from marsad.agent.qa.passages import _CUE
    from marsad.core.arabic import normalize

    for said in ("قتل جنديان بنيران قناص", "أعلنت الجماعة المسؤولية عن التفجير", "اتهمت الحكومة الحوثيين بالهجوم"):
        assert _CUE[q.intent].search(normalize(said)), said
