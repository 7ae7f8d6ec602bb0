"""Pass 61 (qaen61): English questions said in Arabic -- the everyday words of security and political news the
question tables lacked (``qa_words.json`` ``qa_news_words_more``, switch ``rules.MORE_NEWS_WORDS``), and an answer
that only repeats whom the question names (``named_answers.ASKED_NOT_NAMED``). The sentences are written for these
tests."""

import pytest

from marsad.agent.qa import rules, translit
from marsad.agent.qa.question import content_terms, parse_question, unmapped
from marsad.agent.qa.translit import with_words


@pytest.fixture
def fresh_words():
    translit._qa_words.cache_clear()
    yield
    translit._qa_words.cache_clear()


# (question, English word, an Arabic stem its gloss adds)
_WORDS = [
    ("How many settlements did the ministry count in the valley last winter?", "settlements", "مستوطنات"),
    ("How many holes did the men make in the water tank near the coast?", "holes", "ثقوب"),
    ("What share of the revenue goes to the neighbouring state?", "revenue", "عائدات"),
    ("What is the minimum prison term for insulting the prophets under the new law?", "minimum", "أدنى"),
    ("How many settlers entered the village with the soldiers?", "settlers", "مستوطنين"),
    ("How many undercover agents entered the campus to seize the student?", "undercover", "متخفين"),
    ("Inside what were the narcotic pills hidden at the crossing?", "pills", "حبوب"),
    ("Which minister rejected the apology of the opposition leader?", "apology", "اعتذار"),
]


@pytest.mark.parametrize("text,word,stem", _WORDS)
def test_news_words_are_said_in_arabic(text, word, stem, fresh_words, monkeypatch):
    q = with_words(parse_question(text))
    assert word not in q.uncovered
    assert set(content_terms(stem)) & set(q.expansion)
    monkeypatch.setattr(rules, "MORE_NEWS_WORDS", False)
    translit._qa_words.cache_clear()
    q = with_words(parse_question(text))
    assert word in q.uncovered or not set(content_terms(stem)) & set(q.expansion)


def test_a_question_of_everyday_words_is_no_longer_unmapped(fresh_words, monkeypatch):
    text = "How many beneficiaries graduated from the counselling courses in the capital last year?"
    assert not unmapped(with_words(parse_question(text)))
    monkeypatch.setattr(rules, "MORE_NEWS_WORDS", False)
    translit._qa_words.cache_clear()
    assert unmapped(with_words(parse_question(text)))


def test_the_new_words_are_not_required_of_a_passage():
    # (said in Arabic for the question's coverage and the evidence's rank; a passage need not share them)
    assert "apology" in rules.more_news_words() and "apology" not in rules.qa_words()


def test_the_new_words_are_not_the_glossarys_nor_the_other_tables():
    # (a word the glossary or another table says keeps its own Arabic: the new table adds, never overrides)
    from marsad.core.lexicon import get_lexicon

    lexicon = get_lexicon()
    more = rules.table("qa_words", "qa_news_words_more")
    other = {**rules.table("qa_words", "qa_words"), **rules.table("qa_words", "qa_news_words"),
             **rules.table("qa_words", "qa_search_words")}
    assert more and not set(more) & set(other)
    assert not [w for w in more if lexicon.find_english(w)]


# --- named_answers.ASKED_NOT_NAMED: an answer that only repeats whom the question names
from marsad.agent.qa import named_answers  # noqa: E402
from marsad.agent.qa.compose import Claim  # noqa: E402
from marsad.agent.qa.named_answers import asks_someone, not_named  # noqa: E402

_MINISTER_Q = "Which Italian foreign minister met Saudi Foreign Minister Adel al-Jubeir in Rome last summer?"


def _claim(key):
    return Claim(f"{key} — said", [("doc", 0, 5)], keys=[key])


def test_an_answer_naming_only_the_questions_person_is_dropped(monkeypatch):
    q = parse_question(_MINISTER_Q)
    assert asks_someone(q)
    own, other = _claim("عادل بن أحمد الجبير"), _claim("ماريو روسيني")
    assert not_named(q, [own, other]) == [other]
    monkeypatch.setattr(named_answers, "ASKED_NOT_NAMED", False)
    assert not_named(q, [own, other]) == [own, other]


def test_who_did_x_name_asks_the_object_not_x():
    q = parse_question("Who did Yemeni President Hadi name commander of the eastern region?")
    assert asks_someone(q)
    assert not_named(q, [_claim("عبد ربه منصور هادي")]) == []


@pytest.mark.parametrize("text", ["Who is Adel al-Jubeir?", "من هو عادل الجبير؟",
                                  "What did Adel al-Jubeir announce in Rome last summer?"])
def test_questions_about_the_named_one_keep_him(text):
    q = parse_question(text)
    assert not asks_someone(q)
    assert not_named(q, [_claim("عادل الجبير")]) == [_claim("عادل الجبير")]


def test_another_man_of_the_same_given_name_is_kept():
    q = parse_question(_MINISTER_Q)
    assert not_named(q, [_claim("عادل المرزوقي")]) == [_claim("عادل المرزوقي")]


@pytest.mark.parametrize("text", ["Which group claimed the Mogadishu attack, al-Shabaab or ISIS?",
                                  "من الذي تبنى هجوم مقديشو، حركة الشباب أم تنظيم داعش؟",
                                  "من المسؤول عن هجوم حزب الله على الدورية قرب الحدود؟"])
def test_a_question_offering_its_candidates_or_naming_the_doer_keeps_them(text):
    # review61 finding 2c: a choice question lost every answer; a doer the question names is its own telling
    q = parse_question(text)
    assert not asks_someone(q)
    claims = [_claim("حركة الشباب"), _claim("داعش"), _claim("حزب الله")]
    assert not_named(q, claims) == claims
