"""Session 27 QA: a warrant's count is nobody arrested; "ما عدد X" / "what is the number of X" count X as "كم X"
does (pills and crates too); "which X ... suspended" asks for X, not for a status, also when a sentence of setting
comes first. Sentences written for these tests."""

import pytest

from marsad.agent.qa import counts_asked, counts_sentences, question_intent
from marsad.agent.qa.counts import count_claims, counted_noun
from marsad.agent.qa.counts_sentences import role_counts
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Intent, parse_question
from marsad.schemas import Document


def _tolls(sentence: str) -> list[tuple[int, str]]:
    return [(c.value, c.role) for c in role_counts(sentence)]


def test_a_warrant_count_is_no_arrest():
    assert _tolls("وكان القضاء قد أصدر مذكرات اعتقال بحق 14 شخصا يشتبه بصلتهم بالخلية.") == []
    assert _tolls("أصدرت النيابة قرارات توقيف بحق 22 متهما واعتقلت الشرطة 9 منهم.") == [(9, "arrested")]
    assert _tolls("وأوامر قبض بحق 6 مطلوبين لم تنفذ بعد.") == []
    # arrests themselves are still counted
    assert _tolls("اعتقلت قوات الأمن 8 أشخاص في مداهمات متزامنة.") == [(8, "arrested")]
    assert _tolls("ألقت الشرطة القبض على 3 من المطلوبين.") == [(3, "arrested")]


def test_the_warrant_switch_reads_them_as_arrests(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(counts_sentences, "WARRANTS", False)
    assert (14, "arrested") in _tolls("وكان القضاء قد أصدر مذكرات اعتقال بحق 14 شخصا يشتبه بصلتهم بالخلية.")


def test_the_arrest_count_of_an_article_with_warrants_is_the_arrests():
    text = ("داهمت الشرطة منازل في مدينتين فجر الخميس. وقالت مصادر أمنية إن المدعي العام أصدر مذكرات توقيف بحق 11 "
            "شخصا يشتبه بانتمائهم لخلية مسلحة، وإن الشرطة أوقفت 6 منهم.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="توقيف مشتبهين بالانتماء لخلية مسلحة", text=text,
                                      published="2018-03-08")})
    scored = count_claims(parse_question("How many suspects were detained in the raids?"), ev)
    assert scored and scored[0][1].numbers == [6]


def test_what_is_the_number_of_names_the_counted_noun(monkeypatch: pytest.MonkeyPatch):
    assert counted_noun(parse_question("ما عدد الصواريخ التي سقطت على القاعدة؟")) == "صواريخ"
    assert counted_noun(parse_question("كم عدد القذائف التي أطلقت على الحي؟")) == "قذايف"
    assert counted_noun(parse_question("What is the number of rockets fired at the base?")) == "rocket"
    assert counted_noun(parse_question("ما عدد القتلى في التفجير؟")) is None  # a role word: the casualty readers'
    monkeypatch.setattr(counts_asked, "NUMBER_OF", False)
    assert counted_noun(parse_question("ما عدد الصواريخ التي سقطت على القاعدة؟")) is None


def test_a_count_of_seized_pills_is_read_though_the_question_tells_of_a_wound():
    text = ("أصيب شرطي بجروح طفيفة أثناء توقيف سائق في مدينة الطائف، وعثر في سيارته على 340 حبة مخدرة، "
            "بحسب ما أفاد مصدر أمني.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="إصابة شرطي في الطائف", text=text, published="2015-08-02")})
    q = parse_question("أصيب شرطي أثناء توقيف سائق في الطائف. ما عدد الحبوب المخدرة التي عثر عليها في سيارته؟")
    from marsad.agent.qa.counts import thing_claims

    scored = thing_claims(q, ev)
    assert scored and scored[0][1].numbers == [340]


def test_which_thing_is_no_status_question(monkeypatch: pytest.MonkeyPatch):
    q = ("In June 2018 lawmakers proposed a halt to arms sales to Qatar. "
         "Which helicopter was named among the sales that would be suspended?")
    assert parse_question(q).intent is Intent.general
    assert parse_question("Is the agreement between the two tribes still implemented?").intent is Intent.status
    assert parse_question("What is the status of the truce in Daraa?").intent is Intent.status
    # (which agreement was suspended names the agreement: a status alone would not answer it)
    assert parse_question("Which agreement was suspended in May?").intent is not Intent.status
    monkeypatch.setattr(question_intent, "STATUS_NOT_WHICH", False)
    assert parse_question(q).intent is Intent.status


def test_a_which_question_after_a_sentence_of_setting(monkeypatch: pytest.MonkeyPatch):
    q = "A commander of the brigade was killed near Baiji in 2015. Which front did he lead before his death?"
    assert parse_question(q).intent is not Intent.killed
    monkeypatch.setattr(question_intent, "ASKED_LAST", False)
    assert parse_question(q).intent is Intent.killed


def test_names_told_in_hashtags_are_named(monkeypatch: pytest.MonkeyPatch):
    """Some outlets write names as hashtags ("#ميليشيات_الحوثي", "مارتن #غريفيث"): the article and its sentences
    still name them, for the ranking of articles and for the passages quoted."""
    from marsad.agent.qa import evidence, passages
    from marsad.agent.qa.evidence import question_fit
    from marsad.agent.qa.passages import passage_claims

    text = ("وصل المبعوث الأممي مارتن #غريفيث إلى العاصمة #صنعاء، الخميس، في زيارة استغرقت أربعة أيام اجتمع فيها "
            "بقادة من #ميليشيات_الحوثي. وقال إنه سيقدم إحاطة إلى مجلس الأمن.")
    doc = Document(doc_id="t", title="المبعوث الأممي في صنعاء", text=text, published="2018-06-21")
    q = parse_question("كم يوما استغرقت زيارة المبعوث الأممي مارتن غريفيث إلى صنعاء ولقاءاته مع الحوثيين؟")
    assert question_fit(q, doc)[0] == 1
    claims = passage_claims(q, Evidence(docs={"t": doc}))
    assert claims and "أربعة أيام" in claims[0].text
    monkeypatch.setattr(evidence, "HASHTAG_FIT", False)
    assert question_fit(q, doc)[0] == 0
    monkeypatch.setattr(passages, "HASHTAG_WORDS", False)
    assert not passage_claims(q, Evidence(docs={"t": doc}))


def test_everyday_words_of_media_and_trials_are_said_in_arabic():
    """"Radio", "tweets", "defendant", "acquittal", "told": ordinary words, not names to look up by their letters
    (a capitalised "Radio" had become a name every article had to contain)."""
    from marsad.agent.qa.translit import with_words

    for q in ("Which minister told Army Radio in May that the town would be retaken?",
              "Which defendant sought an acquittal before the tribunal in The Hague?",
              "What did the envoy say in a series of tweets on the talks?"):
        assert not {"radio", "told", "defendant", "acquittal", "sought", "tweets"} & set(with_words(parse_question(q)).uncovered), q


def test_a_protest_told_by_its_form_is_in_domain(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import domain
    from marsad.agent.qa.domain import in_domain

    for q in ("ما سبب الاعتصام الذي نفذه مئات المعلمين أمام مبنى المحافظة في حمص؟",
              "Why did thousands join the sit-in outside the parliament in Amman?",
              "متى بدأ الإضراب العام الذي دعت إليه النقابات في عمان؟"):
        assert in_domain(parse_question(q)), q
    assert not in_domain(parse_question("من فاز بكأس العالم لكرة القدم عام 2018؟"))
    monkeypatch.setattr(domain, "PROTEST_WORDS", False)
    assert not in_domain(parse_question("ما سبب الاعتصام الذي نفذه مئات المعلمين في الساحة؟"))


def test_titles_and_bodies_are_words_not_names():
    """Capitalised titles and the names of bodies ("Sergeant", "Speaker", "Authority", "Foundation") are said in
    Arabic; left unknown, each became a name every article had to contain."""
    from marsad.agent.qa.translit import with_words

    q = with_words(parse_question("What did the Speaker of the regional Authority tell Sergeant Kamal in the Gulf?"))
    assert not {"speaker", "authority", "sergeant", "gulf"} & set(q.uncovered)


def test_which_day_of_the_week_is_answered_by_the_weekday(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import passages
    from marsad.agent.qa.passages import dated_passage_claims

    text = ("أعلنت القيادة العامة للقوات المسلحة البحرينية الثلاثاء وفاة العريف سالم راشد الكعبي متأثرا بجروحه. "
            "وكان الكعبي قد أصيب في 12 مارس خلال مهمة على الحدود.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="وفاة عريف بحريني", text=text, published="2018-03-20")})
    q = parse_question("On which day of the week did the Bahraini armed forces announce the death of the corporal?")
    claims = dated_passage_claims(q, ev)
    assert claims and "الثلاثاء" in claims[0].text
    monkeypatch.setattr(passages, "WEEKDAY_ASKED", False)
    monkeypatch.setattr(passages, "TOP_WEEKDAY", False)  # (s41: the best article's weekday answers any "when")
    assert all("الثلاثاء" not in c.text for c in dated_passage_claims(q, ev))


def test_near_which_town_is_the_place_after_near(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import passages
    from marsad.agent.qa.passages import located_passage_claims
    from marsad.core.lexicon import get_lexicon

    text = ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في محافظة الحديدة فجر الأحد. "
            "وقالت مصادر محلية إن الغارات استهدفت رتلا عسكريا للحوثيين قرب مدينة الزهرة شمال الحديدة.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="غارات على رتل حوثي", text=text, published="2018-06-10")})
    q = parse_question("قرب أي مدينة استهدفت غارات التحالف رتلا عسكريا للحوثيين في الحديدة؟")
    claims = located_passage_claims(q, ev, get_lexicon())
    assert claims and "الزهرة" in claims[0].text
    monkeypatch.setattr(passages, "NEAR_ASKED", False)
    assert not located_passage_claims(q, ev, get_lexicon())  # (an attack question: the records answer)


def test_one_of_is_no_weekday():
    """"أحد" alone is "one (of)", not Sunday ("الأحد"): a sentence telling of one of the soldiers names no weekday."""
    from marsad.agent.qa.passages import dated_passage_claims

    text = ("أعلنت القيادة العامة للقوات المسلحة البحرينية وفاة أحد جنودها الأربعة الذين أصيبوا في 12 مارس خلال مهمة "
            "على الحدود.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="وفاة جندي بحريني", text=text, published="2018-03-20")})
    q = parse_question("On which day of the week did the Bahraini armed forces announce the death of the soldier?")
    assert not dated_passage_claims(q, ev)
