"""Session 12 QA answers: a count told for two places is not the asked place's toll, "N منهم" counts whom the words
before its verb name, and "أما" opens another scene. Every sentence is written for these tests (its numbers and
wording invented; the places are registry entries)."""

from marsad.agent.qa.counts import clause_fit, count_claims, role_counts, scenes
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


def _doc(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=title, text=text, published="2019-09-11")


def _best(question: str, *docs: Document) -> list[int]:
    ev = Evidence(docs={d.doc_id: d for d in docs})
    return count_claims(parse_question(question), ev)[0][1].numbers


def test_a_count_told_for_the_asked_place_and_another_is_a_sum_not_the_asked_toll():
    q = parse_question("كم مسلحا قتل في القصف على تكريت؟")
    both = "أعلنت الوزارة مقتل 31 مسلحا في قصف جوي على مدينة تكريت ومدينة الفلوجة."
    count = next(c for c in role_counts(both) if c.value == 31)
    assert clause_fit(q, both, count) < 0
    # one place locating the other is not a sum
    near = "قتل 12 مسلحا في قصف على قرية جنوب تكريت شرق الفلوجة."
    assert clause_fit(q, near, next(c for c in role_counts(near) if c.value == 12)) == 0
    # the asked place alone
    alone = "قتل 19 مسلحا في قصف جوي على مدينة تكريت."
    assert clause_fit(q, alone, next(c for c in role_counts(alone) if c.value == 19)) == 0


def test_the_asked_places_own_count_beats_the_sum_in_the_title_and_lead():
    # (the 24 also needs "منهم" read as the militants named before its verb)
    text = ("أعلنت الوزارة مقتل 31 مسلحا في قصف جوي على تكريت والفلوجة. "
            "وقال المتحدث إن الطائرات قصفت تجمعا لمسلحي التنظيم قرب جامعة تكريت، ما أدى إلى مقتل 24 منهم.")
    doc = _doc("d1", "مقتل 31 مسلحا بقصف على تكريت والفلوجة", text)
    assert _best("كم مسلحا قتل في القصف قرب جامعة تكريت؟", doc) == [24]


def test_a_clause_opened_by_amma_is_another_scene():
    q = parse_question("كم شخصا قتل في تفجير الموصل؟")
    said = ["قتل تسعة أشخاص في تفجير سيارة مفخخة في سوق بمدينة الموصل صباح الأحد.",
            "وقالت الشرطة إن السيارة كانت متوقفة قرب مدخل السوق.",
            "أما التفجير الثاني في منطقة السوق القديم فأسفر عن مقتل اثنين وإصابة ستة."]
    assert scenes(q, said)[2] == ""


# ---------------------------------------------------------------- what did X do / why


def _actor(question: str, name: str):
    return next(a for a in parse_question(question).actors if name in a.canonical)


def test_a_name_after_a_feminine_verbs_subject_is_its_object():
    from marsad.agent.qa.actions import subject_of

    abbas = _actor("لماذا استدعى الرئيس الفلسطيني محمود عباس سفيره؟", "عباس")
    assert not subject_of(abbas, "انتقدت أوتاوا الرئيس الفلسطيني محمود عباس في تصريح مقتضب.")
    assert not subject_of(abbas, "وكرموا خلال الحفل الرئيس محمود عباس بوسام رفيع.")
    # right after the verb, the name is its subject
    assert subject_of(abbas, "أدان الرئيس الفلسطيني محمود عباس القرار الأخير في خطاب مطول.")


def test_why_reads_the_reason_told_of_the_decision_in_a_later_sentence():
    from marsad.agent.qa.actions import action_claims

    text = ("قال مصدر رسمي إن الرئيس محمود عباس استدعى سفيره لدى كندا مساء الأحد. "
            "وأضاف المصدر أن السفير سيصل إلى رام الله خلال أيام. "
            "وذكر بيان للرئاسة أن القرار جاء \"ردا على تصويت كندا ضد قرار أممي\" الأسبوع الماضي.")
    q = parse_question("لماذا استدعى الرئيس محمود عباس سفيره لدى كندا؟")
    ev = Evidence(docs={"d1": _doc("d1", "عباس يستدعي سفيره", text)})
    claims = action_claims(q, ev)
    assert claims and "تصويت كندا" in claims[0].text
    assert len(claims[0].spans) == 2  # the reason is cited too


def test_an_english_answer_does_not_name_an_actor_the_question_did_not():
    from marsad.agent.qa.actions import action_claims

    q = parse_question("What did Riyad al-Maliki sign on Tuesday?")
    if not q.actors or any("riyad" in (a.name_en or "").lower() for a in q.actors):
        return  # the parser knows this minister: nothing to guard against
    text = "وذكر المتحدث أن وزير الخارجية رياض المالكي قد وقع الثلاثاء طلب الانضمام إلى ثلاث منظمات دولية."
    ev = Evidence(docs={"d1": _doc("d1", "المالكي يوقع", text)})
    for claim in action_claims(q, ev):
        assert not any((a.name_en or "#") in claim.text for a in q.actors if "riyad" not in (a.name_en or "").lower())


# ---------------------------------------------------------------- the name a claim states is in its citations


def test_the_doer_a_claim_names_is_cited_from_the_sentence_stating_it():
    from marsad.agent.qa.compose import Claim, _supported

    text = ("هاجم مسلح المصلين أمام كنيسة في بلدة جبلية الأحد. "
            "وذكرت الوكالات أن الهجوم وقع خلال قداس المساء. "
            "وتبنى تنظيم داعش الهجوم في بيان نشره أنصاره.")
    q = parse_question("Who carried out the attack on the church worshippers?")
    first = text.index("وذكرت")
    claim = Claim("The attack was carried out by Islamic State (ISIS)", [("d1", first, text.index("وتبنى") - 1)],
                  keys=["داعش"])
    cites = _supported(claim, q, {"d1": text})
    assert cites is not None and any("داعش" in c.quote for c in cites)
    # a doer no sentence near the citation states is not supported
    bare = Claim("The attack was carried out by the Taliban", [("d1", first, text.index("وتبنى") - 1)], keys=["طالبان"])
    assert _supported(bare, q, {"d1": text}) is None


# ---------------------------------------------------------------- the site a question names


def test_an_article_naming_no_site_the_question_names_tells_of_another_incident():
    from marsad.agent.qa.answerer import _at_site
    from marsad.agent.qa.counts import site_named
    from marsad.core.arabic import normalize

    q = parse_question("How many people were killed in the car bomb attack on the Danish embassy in Baghdad?")
    raid = normalize("قتلت القوات الأمنية أربعة مسلحين خلال مداهمة وكر لهم في بغداد، وفق بيان نقلته وكالة أنباء.")
    blast = normalize("انفجرت سيارة مفخخة قرب السفارة الدنماركية في بغداد ما أدى إلى مقتل ستة أشخاص.")
    assert not site_named(q, raid) and site_named(q, blast)
    assert _at_site(q, Evidence(docs={"d1": _doc("d1", "مداهمة في بغداد", raid), "d2": _doc("d2", "تفجير", blast)}))
    assert not _at_site(q, Evidence(docs={"d1": _doc("d1", "مداهمة في بغداد", raid)}))
    # a barracks is told as a military base
    q2 = parse_question("How many soldiers died in the shooting inside the barracks in Tunis?")
    assert site_named(q2, normalize("قتل ثلاثة جنود في إطلاق نار داخل ثكنة عسكرية في تونس العاصمة."))
    # a question naming no site keeps every article
    assert site_named(parse_question("How many people were killed in Baghdad on Monday?"), raid)


def test_a_site_told_as_an_indefinite_object_is_named():
    from marsad.agent.qa.counts import site_named
    from marsad.core.arabic import normalize

    q = parse_question("كم عدد القتلى في قصف معسكر للمسلحين قرب مأرب الشهر الماضي؟")
    assert site_named(q, normalize("وقصفت الطائرات معسكراً للمسلحين غرب مأرب وقتلت تسعة منهم."))
    assert not site_named(q, normalize("وقصفت الطائرات مخزنا للأسلحة غرب مأرب وقتلت تسعة من المسلحين."))


# ---------------------------------------------------------------- the seriously wounded


def test_a_question_about_the_seriously_wounded_takes_the_count_of_the_badly_hurt():
    from marsad.agent.qa.counts import asks_severe

    assert asks_severe(parse_question("How many policemen were seriously wounded in the blast?"))
    assert asks_severe(parse_question("كم شرطيا أصيب بجروح خطيرة في الانفجار؟"))
    assert not asks_severe(parse_question("كم شرطيا أصيب في الانفجار؟"))
    text = ("أصيب خمسة من عناصر الشرطة، اثنان منهم بحالة خطرة، في انفجار عبوة ناسفة قرب مركز للشرطة في مدينة الموصل. "
            "وقال مصدر طبي إن المصابين نقلوا إلى مستشفى المدينة.")
    doc = _doc("d1", "إصابة خمسة من الشرطة بانفجار في الموصل", text)
    assert _best("How many policemen were seriously wounded in the bomb blast in Mosul?", doc) == [2]
    assert _best("How many policemen were wounded in the bomb blast in Mosul?", doc) == [5]
