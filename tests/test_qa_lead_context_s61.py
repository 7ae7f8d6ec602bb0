"""Pass 61 (qamiss61): a later sentence of an article read with its lead (passages.LEAD_CONTEXT).

News tells the event in the lead ("the police of X broke up a gang in city Y") and adds its details in later sentences
that do not name X and Y again ("when the detectives raided their depot in district Z ..."); a question names the event
and asks the detail. When no sentence fits the question alone, the later sentence that fits read with its article's
lead -- the lead naming what it does not, the sentence holding words of the question the lead does not -- is quoted.
Every sentence here is invented."""

from marsad.agent.qa import passages
from tests.qa_claims import article_claims

TITLE = "الشرطة الكينية تفكك عصابة لتهريب العاج في نيروبي"
LEAD = "أعلنت الشرطة الكينية، الاثنين، أنها فككت عصابة لتهريب العاج مؤلفة من أربعة رجال في العاصمة نيروبي."
MIDDLE = "وقال متحدث باسم الجهاز إن التحقيقات استمرت ثلاثة أشهر قبل الإيقاع بأفرادها."
MORE = "وأشار المتحدث إلى أن القضية ستحال إلى المحكمة خلال الأسبوع الجاري."
DETAIL = "وعندما داهم المحققون مستودع الرجال في حي كيبيرا، عثروا على أطنان من الأنياب المخبأة في صناديق الشاي."
TEXT = " ".join([LEAD, MIDDLE, MORE, DETAIL])
QUESTION = ("في أي حي داهم المحققون مستودع الرجال وعثروا على أطنان من الأنياب في صناديق الشاي، بعد تفكيك الشرطة "
            "الكينية عصابة تهريب العاج في نيروبي؟")


def _quotes(question: str, text: str = TEXT, title: str = TITLE) -> list[str]:
    return [c.text for c in article_claims(question, text, title, "2019-03-04")]


def test_a_later_sentence_is_read_with_its_article_lead(monkeypatch):
    quotes = _quotes(QUESTION)
    assert quotes and "حي كيبيرا" in quotes[0], quotes
    monkeypatch.setattr(passages, "LEAD_CONTEXT", False)
    assert not any("كيبيرا" in q for q in _quotes(QUESTION))


def test_a_lead_telling_another_event_lends_nothing():
    # (the lead tells of a flood: the raid's sentence names neither the police nor the city asked about)
    lead = "غمرت مياه الأمطار عشرات المنازل في بلدة ساحلية صغيرة، الاثنين، وأجبرت السكان على مغادرتها."
    text = " ".join([lead, MIDDLE, MORE, DETAIL])
    assert not any("كيبيرا" in q for q in _quotes(QUESTION, text, "أمطار غزيرة تغمر بلدة ساحلية"))


def test_a_sentence_adding_no_word_of_the_question_is_not_taken():
    from marsad.agent.qa.question import content_terms

    lead = passages._Lead([], "", frozenset(content_terms(TITLE + " " + LEAD)))
    terms = ["داهم", "محقق", "عصاب", "نيروب", "شرط"]
    # (with the lead, 3 of 5 words are held: "العصابة" and "نيروبي" again add nothing; "داهم" does)
    assert not lead.adds_terms(terms, set(content_terms("وكانت العصابة تنشط منذ سنوات في نيروبي.")), 0.5)
    assert lead.adds_terms(terms, set(content_terms("وداهم رجال الأمن المكان ليلا.")), 0.5)


def test_a_sentence_fitting_alone_is_quoted_before_any_read_with_the_lead():
    alone = "وداهم المحققون مستودع العصابة في حي ماثاري بنيروبي بعد تحقيقات الشرطة الكينية في تهريب العاج."
    text = " ".join([LEAD, alone, MIDDLE, MORE, DETAIL])
    quotes = _quotes(QUESTION, text)
    assert quotes and "ماثاري" in quotes[0] and not any("كيبيرا" in q for q in quotes), quotes
