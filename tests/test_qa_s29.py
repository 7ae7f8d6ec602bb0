"""Session 29: English role questions told with the event their office holder is known by, and "ch" written تش."""

from marsad.agent.qa import passages, translit
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import arabic_skeleton, english_pattern
from marsad.schemas import Document

# my own wording: the cleric of a shrine city urges the prime minister to fight waste; the next sentence is the
# reaction, the third the setting of the sermon
_TEXT = ("ودعا خطيب الجمعة وممثل المرجعية الدينية في النجف الشيخ حسن الموسوي رئيس الوزراء حيدر العبادي إلى محاسبة "
         "المقصرين في ملف الكهرباء. "
         "ورحبت كتل نيابية عدة بالدعوة وطالبت بجدول زمني لتنفيذها. "
         "وجاء ذلك في خطبة ألقاها في الصحن الحسيني وسط حضور كبير من المصلين. ")


def _question():
    return parse_question("Which representative of the Shiite religious authority used his Friday sermon in Najaf "
                          "to urge PM Abadi to hold negligent officials to account over the power cuts?")


def test_the_office_of_an_english_role_question_is_told_apart_from_what_its_holder_did():
    q = _question()
    concepts = tuple(c for c in q.concepts if not passages.framing(c, q.text))
    office, split = passages._office_en(q, concepts)
    assert split
    roles = {c.id for c in concepts if c.get("category") == "role"}
    # the religious authority is the office; the prime minister and the officials are the event's
    assert office & roles and roles - office


def test_a_sentence_naming_the_office_and_every_entity_answers_though_the_event_is_told_in_other_words(monkeypatch):
    ev = Evidence(docs={"g": Document(doc_id="g", title="خطبة الجمعة", text=_TEXT)})
    q = _question()
    claims = passage_claims(q, ev)
    assert claims and "حسن الموسوي" in claims[0].text
    monkeypatch.setattr(passages, "OFFICE_PART", False)
    assert not any("حسن الموسوي" in c.text for c in passage_claims(q, ev))


def test_the_office_itself_must_be_in_the_sentence():
    text = _TEXT.replace("وممثل المرجعية الدينية", "ونائب المحافظ")
    ev = Evidence(docs={"g": Document(doc_id="g", title="خطبة الجمعة", text=text)})
    assert not any("حسن الموسوي" in c.text for c in passage_claims(_question(), ev))


def test_a_role_question_without_an_event_clause_is_not_split():
    q = parse_question("Who is the governor of Nineveh?")
    concepts = tuple(c for c in q.concepts if not passages.framing(c, q.text))
    assert passages._office_en(q, concepts) == (set(), False)


def test_english_ch_may_be_written_with_ta_and_shin(monkeypatch):
    pattern, _, _ = english_pattern("Chapman")
    assert pattern.fullmatch(arabic_skeleton("تشابمان"))
    assert pattern.fullmatch(arabic_skeleton("شابمان"))
    assert pattern.fullmatch(arabic_skeleton("كابمان"))
    monkeypatch.setattr(translit, "TSH_CH", False)
    pattern, _, _ = english_pattern("Chapman")
    assert not pattern.fullmatch(arabic_skeleton("تشابمان"))


# my own wording: two people of one story, each with an age
_AGES = ("وقال المحقق إن الضابط المتقاعد بيتر هولم البالغ من العمر 71 عاما نقل إلى المستشفى. "
         "وأضاف أن جارته ماري ويلز تبلغ الثامنة والخمسين من العمر وقد فارقت الحياة مساء الأحد. ")


def _age_question():
    from marsad.agent.qa.translit import with_names

    q = parse_question("How old was Mary Wills, the neighbour who died after the poisoning?")
    finder = translit.NameFinder(["ماري", "ويلز", "بيتر", "هولم", "الضابط", "جارته"])
    return with_names(q, finder, lambda _w: ())


def test_the_age_read_is_the_named_persons_not_anothers_in_the_article(monkeypatch):
    from marsad.agent.qa import counts_ages
    from marsad.agent.qa.counts_ages import age_claims

    ev = Evidence(docs={"g": Document(doc_id="g", title="وفاة امرأة", text=_AGES)})
    q = _age_question()
    claims = age_claims(q, ev)
    assert claims and "58" in claims[0].text and "الثامنة والخمسين من العمر»" in claims[0].text
    assert not any("71" in c.text for c in claims)
    monkeypatch.setattr(counts_ages, "AGE_OF_NAMED", False)
    assert any("71" in c.text for c in age_claims(q, ev))


def test_an_age_question_about_someone_unnamed_reads_any_age_told():
    from marsad.agent.qa.counts_ages import _whose
    from marsad.agent.qa.translit import with_names

    finder = translit.NameFinder(["برقين", "بيتر", "هولم"])
    q = with_names(parse_question("How old was the young farmer shot near the village of Burqin?"), finder,
                   lambda _w: ())
    assert _whose(q) == []
    assert "Mary" in [e.name_en for e in _whose(_age_question())]


# my own wording: the first sentence tells the operation by the province only, the second names the district
_STORM = ("واصلت القوات الحكومية تقدمها في محافظة تعز وسط معارك عنيفة مع المتمردين منذ أيام. "
          "وقال مصدر عسكري إن القوات الحكومية بدأت صباح الأحد اقتحام مديرية الزاهر في محافظة تعز. ")


def test_a_which_district_question_reads_the_sentence_naming_a_district_by_its_kind(monkeypatch):
    from marsad.agent.qa.passages import kind_passage_claims

    ev = Evidence(docs={"g": Document(doc_id="g", title="معارك في تعز", text=_STORM)})
    q = parse_question("Which district of Taiz province did government forces start to storm?")
    claims = kind_passage_claims(q, ev)
    assert claims and "مديرية الزاهر" in claims[0].text
    assert "تقدمها" not in claims[0].text
    monkeypatch.setattr(passages, "KIND_NAMED", False)
    assert kind_passage_claims(q, ev) == []
    # the kind with its article names no place ("the military district")
    ev2 = Evidence(docs={"g": Document(doc_id="g", title="معارك في تعز",
                                       text=_STORM.replace("مديرية الزاهر", "المديرية العسكرية"))})
    monkeypatch.setattr(passages, "KIND_NAMED", True)
    assert kind_passage_claims(q, ev2) == []


def test_a_state_does_not_answer_which_province_or_town(monkeypatch):
    from marsad.agent.qa import records
    from marsad.agent.qa.records import record_claims
    from marsad.core.lexicon import get_lexicon
    from marsad.schemas import Attack, Citation, DocumentRecords, Location

    # my own wording: an execution told with the state only
    text = "نفذت السلطات حكم الإعدام في مدان بقتل جاره بعد خلاف على أرض زراعية، بحسب بيان رسمي صدر أمس."
    state = Location(name="السعودية", canonical_name="السعودية", name_en="Saudi Arabia", admin_level="country",
                     country="SA", country_name="Saudi Arabia")
    quote = text[:-1]
    attack = Attack(citations=[Citation(doc_id="x", start=0, end=len(quote), quote=quote)], location=state,
                    attack_type="other", killed=1)
    ev = Evidence()
    ev.docs = {"x": Document(doc_id="x", title="تنفيذ حكم", text=text, published="2015-07-22")}
    ev.records = {"x": DocumentRecords(doc_id="x", attacks=[attack])}
    q = parse_question("في أي محافظة نفذ حكم الإعدام في المدان بقتل جاره؟")
    assert not any("السعودية" in c.text for c in record_claims(q, ev, get_lexicon()))
    monkeypatch.setattr(records, "FINER_ASKED", False)
    assert any("السعودية" in c.text for c in record_claims(q, ev, get_lexicon()))
