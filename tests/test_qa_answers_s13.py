"""Session 13 QA answers: which article and which sentence answer, and what is not an answer. Every sentence is
written for these tests (names of people invented or changed, numbers invented; places and officials are registry
entries)."""

from qa_claims import cite

from marsad.agent.qa import matching, records
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import role_cues
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.records import record_claims
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Actor, Document, DocumentRecords

# ---------------------------------------------------------------- who holds the office asked about

APPOINTED = ("عين الرئيس عبدربه منصور هادي اليوم سالم العتيبي محافظا لعدن خلفا للمحافظ السابق. "
             "ولفت الرئيس اليمني عبدربه منصور هادي لاحقا إلى أن القرار جاء بعد استعادة المدينة.")
ASK_APPOINTED = "من الشخص الذي عينه الرئيس عبدربه منصور هادي محافظاً لعدن؟"


def _appointment_evidence() -> Evidence:
    hadi = Actor(citations=[cite("a", APPOINTED, "الرئيس اليمني عبدربه منصور هادي")], name="عبدربه منصور هادي",
                 type="official", role="الرئيس اليمني")
    ev = Evidence()
    ev.docs = {"a": Document(doc_id="a", text=APPOINTED)}
    ev.records = {"a": DocumentRecords(doc_id="a", actors=[hadi])}
    return ev


def test_a_title_before_a_named_official_is_not_the_office_asked_about(monkeypatch):
    q = parse_question(ASK_APPOINTED)
    cues = role_cues(q)
    assert cues is not None and cues.search("محافظ") and not cues.search("رييس")
    # the spokesman of the president: the spokesman is asked, "الرئيس" is Hadi's title
    spokesman = role_cues(parse_question("من هو المتحدث باسم الرئيس هادي؟"))
    assert spokesman.search("المتحدث") and not spokesman.search("رييس")
    # the governor of a place is asked, whatever follows the word
    assert role_cues(parse_question("من هو محافظ نينوى؟")).search("محافظ")
    monkeypatch.setattr(matching, "TITLE_NOT_ASKED", False)
    assert role_cues(parse_question(ASK_APPOINTED)).search("رييس")


def test_the_named_officials_own_title_does_not_answer_who_was_appointed(monkeypatch):
    lex = get_lexicon()
    q = parse_question(ASK_APPOINTED)
    assert not any("هادي" in c.text for c in record_claims(q, _appointment_evidence(), lex))
    monkeypatch.setattr(matching, "TITLE_NOT_ASKED", False)
    assert any("هادي" in c.text for c in record_claims(q, _appointment_evidence(), lex))


def test_a_role_the_question_already_says_is_not_an_answer(monkeypatch):
    text = ("وكشفت الرسائل أن كبير المفاوضين، سفير قطر في العراق، طلب مزيدا من الأموال. "
            "وأضاف السفير حمد المري أن المفاوضات ستستمر.")
    q = parse_question("من هو السفير القطري في العراق الذي كان كبير المفاوضين؟")
    title_as_name = Actor(citations=[cite("b", text, "كبير المفاوضين، سفير قطر في العراق")], name="كبير المفاوضين",
                          type="official", role="سفير قطر في العراق")
    ev = Evidence()
    ev.docs = {"b": Document(doc_id="b", text=text)}
    ev.records = {"b": DocumentRecords(doc_id="b", actors=[title_as_name])}
    assert not any("كبير المفاوضين" in c.text for c in record_claims(q, ev, get_lexicon()))
    # "ما منصب X": the role is new to the question, so it answers
    named = Actor(citations=[cite("b", text, "كبير المفاوضين، سفير قطر في العراق")], name="كبير المفاوضين",
                  type="official", role="سفير قطر في العراق")
    ev.records = {"b": DocumentRecords(doc_id="b", actors=[named])}
    assert any("سفير" in c.text for c in record_claims(parse_question("ما منصب كبير المفاوضين؟"), ev, get_lexicon()))
    monkeypatch.setattr(records, "RESTATED_ROLE", False)
    ev.records = {"b": DocumentRecords(doc_id="b", actors=[title_as_name])}
    assert any("كبير المفاوضين" in c.text for c in record_claims(q, ev, get_lexicon()))


# ---------------------------------------------------------------- an article's lead sets its subject

def test_a_later_sentence_of_an_article_whose_lead_names_every_entity_answers(monkeypatch):
    from marsad.agent.qa import passages
    from marsad.agent.qa.passages import passage_claims

    text = ("قصفت طائرات إسرائيلية فجر الأحد موقعين لحركة حماس وسط قطاع غزة دون إصابات. "
            "وقال مصدر أمني إن الصاروخ الأول أصاب مبنى فارغا في الشمال. "
            "وأضاف المصدر أن سيارات الإطفاء وصلت إلى المكان بعد دقائق. "
            "وذكر سكان أن الغارة الثانية أصابت موقع تدريب قرب مخيم النصيرات وسط القطاع.")
    ev = Evidence(docs={"g": Document(doc_id="g", title="غارتان على القطاع", text=text)})
    q = parse_question("قرب أي مخيم استهدفت الغارة الإسرائيلية الثانية موقع تدريب لحماس في غزة؟")
    assert len(q.entities) >= 2
    claims = passage_claims(q, ev)
    assert claims and "النصيرات" in claims[0].text
    monkeypatch.setattr(passages, "LEAD_SUBJECT", False)
    assert not any("النصيرات" in c.text for c in passage_claims(q, ev))


# ---------------------------------------------------------------- a sentence dated to another year

def test_a_sentence_dated_to_the_asked_month_of_another_year_does_not_answer(monkeypatch):
    from marsad.agent.qa import domain
    from marsad.agent.qa.domain import constraints_of, span_fits

    c = constraints_of(parse_question("كم قتيلا سقط في تفجير السيارة المفخخة في صيدا في أبريل 2018؟"))
    text = ("تستعرض هذه الورقة تاريخ الجماعة. ونفذت الجماعة تفجيرا بسيارة مفخخة في صيدا في أبريل عام 1985، "
            "ما أدى إلى مقتل 41 شخصا. ")
    old = "ونفذت الجماعة تفجيرا بسيارة مفخخة في صيدا في أبريل عام 1985، ما أدى إلى مقتل 41 شخصا."
    assert not span_fits(c, old, text, "2018-09-20")
    # a span's start is not when the sentence's own event was
    since = "وقتل 12 شخصا في تفجير صيدا، وهو الأعنف في المدينة منذ نيسان/أبريل 2016."
    assert span_fits(c, since, since, "2018-04-12")
    # the asked year stated beside another one
    both = "وقتل 12 شخصا في صيدا في أبريل 2018، بعد تفجير مماثل في مارس 2016."
    assert span_fits(c, both, both, "2018-04-12")
    monkeypatch.setattr(domain, "OTHER_MONTH_YEAR", False)
    assert span_fits(c, old, text, "2018-09-20")
