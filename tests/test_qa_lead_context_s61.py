"""Pass 61 (qamiss61): a later sentence of an article read with its lead (passages.LEAD_CONTEXT).

News tells the event in the lead ("the police of X broke up a gang in city Y") and adds its details in later sentences
that do not name X and Y again ("when the detectives raided their depot in district Z ..."); a question names the event
and asks the detail. When no sentence fits the question alone, the later sentence that fits read with its article's
lead -- the lead naming what it does not, the sentence holding words of the question the lead does not -- is quoted.
With it, the narrowings found on the same misses: the article's sentence holding the asked filler and content the quote
lacks (fillers.FILLER_ADDS), a dual asked noun, a teen written with the article, and the office reader skipping a man
the question names. Every sentence here is invented."""

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


# -- fillers.FILLER_ADDS: the article's sentence holding the asked filler and content the quote lacks

DEATHS = "أعلن الجيش في دولة الجبل، الثلاثاء، مقتل ثلاثة من جنوده في معركة استعادة مدينة الساحل من المسلحين."
CONDOLENCES = "وتقدمت القيادة بالتعازي إلى ذوي الجنود وتمنت الشفاء العاجل للجرحى."
NAMES = "وبحسب البيان، فإن القتلى هم النقيب سامر عبد الكريم والعريف فادي منصور والجندي رامي خليل."
RANK_QUESTION = "أي نقيب سماه البيان الرسمي بين الجنود الذين أعلن جيش دولة الجبل مقتلهم في معركة مدينة الساحل؟"


def _filler(monkeypatch, adds: bool, *sentences: str):
    from marsad.agent.qa import fillers
    from marsad.agent.qa.question import parse_question
    from marsad.core.lexicon import get_lexicon

    monkeypatch.setattr(fillers, "FILLER_ADDS", adds)
    text = " ".join([DEATHS, *sentences])
    span = fillers.filler_in_article(parse_question(RANK_QUESTION, get_lexicon()), text, 0, len(DEATHS))
    return None if span is None else text[span[0]:span[1]]


def test_a_sentence_naming_the_rank_asked_and_what_the_quote_lacks_is_taken(monkeypatch):
    assert _filler(monkeypatch, True, CONDOLENCES, NAMES) == NAMES
    assert _filler(monkeypatch, False, CONDOLENCES, NAMES) is None  # (a sixth of the question's words alone)


def test_a_sentence_adding_nothing_the_quote_lacks_is_not_taken(monkeypatch):
    names = "وكان من بين القتلى النقيب سامر عبد الكريم والعريف فادي منصور."  # ("القتلى": no word of the question)
    assert _filler(monkeypatch, True, CONDOLENCES, names) is None


# -- sentence_pick._noun_filler: a dual asked noun; question_words.stated_numbers: a teen written with the article

def test_a_dual_asked_noun_is_found_in_its_construct_form():
    from marsad.agent.qa import sentence_pick
    from marsad.core.arabic import normalize

    told = normalize("وحاول المسلحون التسلل إلى منطقتي الوادي الأخضر والتلال")
    assert sentence_pick._noun_filler(("منطقتين",), told, set())
    assert not sentence_pick._noun_filler(("منطقتين",), normalize("وحاول المسلحون التسلل إلى الطريق"), set())


def test_a_teen_written_with_the_article_is_read_whole():
    from marsad.agent.qa.question_words import stated_numbers
    from marsad.core.arabic import normalize

    assert stated_numbers(normalize("ما الذي قرره أعضاء اللجنة الخمسة عشر؟"), "ar") == (15,)
    assert stated_numbers(normalize("ما الذي قرره خمسة عشر عضوا؟"), "ar") == (15,)
    assert stated_numbers(normalize("ما الذي جرى في العشر الأواخر؟"), "ar") == ()


# -- offices: the office reader does not answer with a man the question itself names

MEETING = ("واجتمع وزير الخارجية عادل الجبير مع وزير الخارجية الإيطالي ماركو روسيني في قاعة المؤتمرات الكبرى "
           "لبحث ملف الموانئ.")


def _holder(question: str) -> str:
    from marsad.agent.qa.offices import office_claims
    from tests.qa_claims import evidence_of, read_question

    claims = office_claims(read_question(question), evidence_of(MEETING))
    return claims[0].text.split(" — ")[0] if claims else ""


def test_the_office_reader_skips_the_man_the_question_names():
    assert _holder("من وزير الخارجية الإيطالي الذي اجتمع مع وزير الخارجية عادل الجبير لبحث ملف الموانئ؟") == \
        "ماركو روسيني"


def test_a_question_naming_no_holder_gets_the_first_named():
    assert _holder("من وزير الخارجية الذي بحث ملف الموانئ في قاعة المؤتمرات الكبرى؟") == "عادل الجبير"


def test_sunday_before_ten_is_no_eleven():
    from marsad.agent.qa.question_words import stated_numbers
    from marsad.core.arabic import normalize

    # review61 finding 2: "الأحد" (Sunday) before "عشرة" was read as the definite teen 11
    assert stated_numbers(normalize("هل قتل الأحد عشرة جنود في الهجوم على الحاجز؟"), "ar") == (10,)
    assert stated_numbers(normalize("كم قتل يوم الأحد عشرة أم أكثر؟"), "ar") == (10,)
    assert stated_numbers(normalize("ما الذي قرره الأحد عشر لاعبا؟"), "ar") == (11,)
    assert stated_numbers(normalize("ما الذي قررته الإحدى عشرة دولة؟"), "ar") == (11,)


def test_a_later_sentence_telling_another_case_lends_nothing():
    # review61 finding 2b: a later sentence of another city's or a separate case's raid is no detail of the lead's
    for other in ("وفي مدينة مومباسا الساحلية، داهم محققون آخرون مستودع عصابة ثانية في حي نيالي وعثروا على أطنان "
                  "من الأنياب في صناديق الشاي.",
                  "وفي قضية منفصلة، داهم محققون مستودع عصابة ثانية في حي نيالي وعثروا على أطنان من الأنياب في "
                  "صناديق الشاي."):
        text = " ".join([LEAD, MIDDLE, MORE, other])
        assert not any("نيالي" in q for q in _quotes(QUESTION, text)), other
