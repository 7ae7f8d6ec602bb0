"""Pass 60 (qasent60): which sentence of an article read answers the question.

A question whose slot only the general filler types read (a number, a day, a country, "which X") and whose quoted
sentence holds none is answered with the article's sentence that holds one and most of the question's content
(passages.FILLER_ANY); a long quote is shown from the clause holding the asked filler (passages.FILLER_SHOWN); an
English "which" noun with words of its own before the verb is read by its last word (sentence_pick.WHICH_HEAD).
Every sentence here is invented."""

import pytest

from marsad.agent.qa import fillers, passages, sentence_pick
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon

ARTICLE = ("وصل وفد من برلمان دولة الجبل إلى مدينة الساحل لبحث ملف المعابر الحدودية مع حكومة الإقليم. "
           "وقال رئيس الوفد إن المحادثات تناولت أوضاع المسافرين والتجار. "
           "ويبلغ عدد المعابر الحدودية في الإقليم 14 معبرا، يعمل منها 6 معابر فقط. "
           "واعترضت دولة الوادي، الجار الشمالي، على مشروع الاتفاق وقالت إنه يضر بتجارتها. "
           "وكان البرلمان قد أقر في 3 آذار الماضي قانونا جديدا لتنظيم المعابر.")


def _span_after(question: str):
    q = parse_question(question, get_lexicon())
    end = ARTICLE.index(". ") + 1
    span = passages._filler_after(q, ARTICLE, 0, end)
    return None if span is None else ARTICLE[span[0]:span[1]]


@pytest.mark.parametrize("question, told", [
    ("كم عدد المعابر الحدودية في الإقليم التي بحثها وفد برلمان دولة الجبل في مدينة الساحل؟", "14 معبرا"),
    ("متى أقر برلمان دولة الجبل قانون تنظيم المعابر الحدودية؟", "3 آذار"),
])
def test_the_article_sentence_holding_the_asked_filler_is_quoted_too(question, told, monkeypatch):
    found = _span_after(question)
    assert found is not None and told in found, found
    monkeypatch.setattr(passages, "FILLER_ANY", False)
    assert _span_after(question) is None


def test_a_quote_holding_a_filler_of_the_asked_type_takes_nothing_more():
    text = ("ويبلغ عدد المعابر الحدودية في الإقليم 14 معبرا، يعمل منها 6 معابر فقط. "
            "وكان البرلمان قد أقر في 3 آذار الماضي قانونا جديدا لتنظيم المعابر.")
    q = parse_question("كم عدد المعابر الحدودية في الإقليم؟", get_lexicon())
    assert passages._filler_after(q, text, 0, text.index(". ") + 1) is None


def test_a_sentence_sharing_too_little_of_the_question_is_not_taken(monkeypatch):
    # (a day is told in the last sentence, but of a law: nothing of a meeting's question is in it)
    monkeypatch.setattr(fillers, "FILLER_ANY_COVER", 0.9)
    monkeypatch.setattr(fillers, "FILLER_ADDS", False)  # (pass 61: the cover needed alone, not half of it)
    assert _span_after("متى أقر برلمان دولة الجبل قانون تنظيم المعابر الحدودية؟") is None


def test_a_question_asking_no_filler_type_takes_nothing():
    assert _span_after("ماذا بحث وفد برلمان دولة الجبل في مدينة الساحل؟") is None


LONG = ("وعقد الوزيران مؤتمرا صحفيا مشتركا في مدينة الساحل بعد لقاء مطول تناول أوضاع المعابر والتجارة والمسافرين، "
        "وتحدثا عن الخلافات القديمة بين البلدين وعن لجان المتابعة التي شكلت في العام الماضي لتسوية ملفات الحدود، "
        "وأشار الأول إلى أن بلاده تريد حلا دائما يرضي الطرفين ويحفظ حقوق السكان على جانبي الحدود، "
        "وقال الثاني إن الحل يجب أن يكون وفق القرار 4471 الصادر عن المجلس الإقليمي.")


def test_a_long_quote_is_shown_from_the_clause_holding_the_asked_noun(monkeypatch):
    q = parse_question("Which regional council resolution did the minister cite at the joint press conference?",
                       get_lexicon())
    assert len(LONG) > passages.SHOWN_CHARS
    shown = passages.shown(q, LONG)
    assert "4471" in shown and shown.startswith("…")
    monkeypatch.setattr(passages, "FILLER_SHOWN", False)
    assert "4471" not in passages.shown(q, LONG)


def test_a_long_quote_whose_start_holds_the_filler_is_shown_from_its_start():
    q = parse_question("Which regional council resolution did the minister cite at the joint press conference?",
                       get_lexicon())
    text = "وقال الوزير إن الحل يجب أن يكون وفق القرار 4471، " + LONG
    assert passages.shown(q, text).startswith("وقال الوزير")


@pytest.mark.parametrize("question, form", [
    ("Which UN Security Council resolution did the minister cite?", "قرار"),
    ("Which Russian company is building the reactor?", "شركه"),
    ("Which Syrian border crossing was closed?", "معبر"),
])
def test_an_english_which_noun_is_read_by_its_head(question, form, monkeypatch):
    # (on: the noun before the verb, a resolution/company/crossing; off: the first word after "which", an acronym or a
    # nationality, which asks no noun the reader knows)
    q = parse_question(question, get_lexicon())
    kind = sentence_pick.asked_type(q)
    assert kind is not None and kind[0] == "noun" and form in kind[1]
    monkeypatch.setattr(sentence_pick, "WHICH_HEAD", False)
    kind = sentence_pick.asked_type(q)
    assert kind is None or kind[0] != "noun" or form not in kind[1]


@pytest.mark.parametrize("question", [
    "What is the group that was blamed for the attack?",
    "What did the minister say was the reason?",
])
def test_an_auxiliary_is_no_which_head(question):
    assert sentence_pick._WHICH_HEAD_EN.search(question) is None


def test_the_resolution_asked_is_a_noun_filler_with_its_head():
    q = parse_question("Which UN Security Council resolution did the minister cite?", get_lexicon())
    kind = sentence_pick.asked_type(q)
    assert kind is not None and kind[0] == "noun" and any("قرار" in f for f in kind[1])


def test_the_dated_passage_reader_takes_no_general_filler():
    # (a day told anywhere in the article would let a quote that dates nothing answer before the records)
    q = parse_question("متى أقر برلمان دولة الجبل قانون تنظيم المعابر الحدودية؟", get_lexicon())
    end = ARTICLE.index(". ") + 1
    assert passages._filler_after(q, ARTICLE, 0, end) is not None
    assert passages._filler_after(q, ARTICLE, 0, end, general=False) is None
