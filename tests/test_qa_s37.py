"""Thirty-seventh pass, English questions at archive scale: an office held by a woman is the same office ("المتحدثة
باسم" is a spokesman's office); the capitalised common words of a body's or an event's title are no names to look up;
"which country's envoy said X" asks for the speaker's state; everyday words of news said in Arabic."""

from __future__ import annotations

from qa_claims import passage_quotes

from marsad.agent.qa import question_intent, question_mentions, translit
from marsad.agent.qa.question import Intent, mentions, parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words
from marsad.core.lexicon import get_lexicon


def _concept(cid: str):
    return next(e for e in get_lexicon().entries if e.id == cid)


def test_a_woman_holding_an_office_names_the_office(monkeypatch):
    spokesman, minister = _concept("spokesman"), _concept("foreign_minister")
    assert mentions(spokesman, "وأكدت المتحدثة باسم الحكومة النرويجية أن الوفد وصل")
    assert mentions(spokesman, "قالت الناطقة الرسمية للشرطة إن الطريق أغلق")
    assert mentions(minister, "وصرحت وزيرة الخارجية الكندية للصحفيين")
    monkeypatch.setattr(question_mentions, "FEMININE_OFFICE", False)
    question_mentions._PATTERNS.clear()
    try:
        assert not mentions(spokesman, "وأكدت المتحدثة باسم الحكومة النرويجية أن الوفد وصل")
        assert not mentions(minister, "وصرحت وزيرة الخارجية الكندية للصحفيين")
    finally:
        question_mentions._PATTERNS.clear()


def test_a_province_is_no_woman_governor():
    # محافظة is a governorate: the governor's office is not named by it
    assert not mentions(_concept("governor"), "سقطت قذيفة في محافظة درعا")


def _finder() -> NameFinder:
    return NameFinder(["بالتار", "هاسان", "وقال"], {"بالتار": 3, "هاسان": 40, "وقال": 5000})


def test_title_words_are_no_required_names(monkeypatch):
    text = "Where did Hasan open the Baltar Harvest Summit in June 2016?"
    q = with_names(with_words(parse_question(text)), _finder())
    assert [e.name_en for e in q.names] == ["Hasan"]
    assert "baltar" not in q.uncovered and "بالتار" in q.expansion
    monkeypatch.setattr(translit, "TITLE_WORDS", False)
    q = with_names(with_words(parse_question(text)), _finder())
    assert "Baltar" in [e.name_en for e in q.names]


def test_a_title_needs_its_closing_noun():
    q = parse_question("Where did Hasan meet the Global Harvest envoy in June 2016?")
    assert translit._title_words(q) == set()
    q = parse_question("What did the Hasan Relief Commission build in June 2016?")
    assert translit._title_words(q) == {"hasan", "relief"}


def test_which_countrys_envoy_asks_for_the_speaker(monkeypatch):
    text = "Which country's deputy envoy to the UN said his country regretted the vote on the Oslo plan in May 2019?"
    assert parse_question(text).intent is Intent.role
    monkeypatch.setattr(question_intent, "WHOSE_OFFICE", False)
    assert parse_question(text).intent is not Intent.role


def test_news_words_are_said_in_arabic():
    q = with_words(parse_question("Who was the new housing minister of Oman in 2016?"))
    assert "housing" not in q.uncovered
    q = with_words(parse_question("What type of mine did the engineers find near Marib in 2016?"))
    assert "type" not in q.uncovered


def test_which_news_agency_quotes_the_sentence_naming_one(monkeypatch):
    from marsad.agent.qa import passages

    text = "Which news agency reported the bomb found near the court in Istanbul in May 2016?"
    article = ("عثرت الشرطة على عبوة ناسفة قرب مبنى المحكمة في إسطنبول صباح اليوم وأغلقت الشوارع المحيطة. "
               "وذكرت وكالة دوغان أن خبراء المتفجرات فككوا العبوة الناسفة قرب المحكمة في إسطنبول دون إصابات.")
    quoted = passage_quotes(text, article)
    assert quoted and "وكالة" in quoted[0]
    monkeypatch.setattr(passages, "SOURCE_ASKED", False)
    monkeypatch.setattr(passages, "FILLER_ANY", False)  # (pass 60: it would quote the agency's sentence after it)
    quoted = passage_quotes(text, article)
    assert not quoted or "وكالة" not in quoted[0]


def test_how_many_diplomats_counts_the_diplomats(monkeypatch):
    from marsad.agent.qa import counts_things

    q = parse_question("How many diplomats did Norway expel in May 2016?")
    assert counts_things.asked_things(q) == ("دبلوماسي",)


def _dated(text: str, published: str):
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    return Evidence(docs={"d0": Document(doc_id="d0", title="", text=text, published=published)})


def test_an_articles_sentence_fitting_the_month_asked_is_quoted(monkeypatch):
    from marsad.agent.qa import passages

    question = with_words(parse_question("What exploded at the checkpoint in Mosul in January 2016?"))
    article = ("وقع انفجار عبوة ناسفة عند حاجز أمني في الموصل صباح اليوم دون إصابات وفق الشرطة. "
               "وأغلقت قوات الأمن الطرق المؤدية إلى السوق القديم لساعات ثم أعادت فتحها أمام حركة السيارات والمارة "
               "بعد تفتيش المحال التجارية كلها بدقة وتدقيق هويات العاملين فيها وسط انتشار كثيف للدوريات الراجلة. "
               "وشهدت المدينة هجمات عدة خلال شهر يناير الماضي. "
               "ووقع يومها انفجار سيارة مفخخة عند حاجز أمني في الموصل أوقع قتلى.")
    ev = _dated(article, "2016-03-10")
    quoted = [c.text for c in passages.passage_claims(question, ev)]
    assert quoted and "يومها" in quoted[0]
    monkeypatch.setattr(passages, "PASSAGE_FITS", False)
    quoted = [c.text for c in passages.passage_claims(question, ev)]
    assert not quoted or "يومها" not in quoted[0]


def test_a_deputy_foreign_minister_is_asked_as_his_office():
    q = with_words(parse_question("Which deputy foreign minister called the vote in Oslo a provocation in May 2016?"))
    assert "deputy_foreign_minister" in {c.id for c in q.concepts}
    assert "provocation" not in q.uncovered
    assert mentions(_concept("deputy_foreign_minister"), "وقال نائب وزير الخارجية النرويجي للصحفيين")
