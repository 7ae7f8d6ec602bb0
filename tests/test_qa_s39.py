"""Thirty-ninth pass, answers at archive scale: a span of days in a question ("ليلة 14 إلى 15 أيار") is a date, not a
count its article must state."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import question_words
from marsad.agent.qa.counts import thing_claims
from marsad.core.arabic import normalize


def test_a_span_of_days_is_a_date_not_a_count():
    for text, lang in [("كم غارة شنتها الطائرات على مواقع المسلحين ليلة 14 إلى 15 أيار 2017؟", "ar"),
                       ("كم قذيفة سقطت على البلدة بين 3 و4 نيسان 2016؟", "ar"),
                       ("How many rockets hit the town on April 3-4 2016?", "en"),
                       ("How many rockets hit the town between 3 and 4 April 2016?", "en")]:
        assert question_words.stated_numbers(normalize(text), lang) == (), text
    # a count the question states is still one
    assert question_words.stated_numbers(normalize("من بين 23 غارة في 5 تموز، كم غارة استهدفت الموصل؟"), "ar") == (23,)


def test_a_count_of_strikes_over_a_night_reads_the_article_that_does_not_repeat_the_days():
    article = ("قالت مصادر محلية إن طائرات التحالف شنت 11 غارة على مواقع المسلحين في محافظة مأرب منذ منتصف الليلة الماضية. "
               "وأضافت المصادر أن الغارات أصابت مخازن للأسلحة.")
    q = read_question("كم غارة شنتها طائرات التحالف على مواقع المسلحين في مأرب ليلة 14 إلى 15 أيار 2017؟")
    got = thing_claims(q, evidence_of(article, published="2017-05-15"))
    assert got and "11" in got[0][1].text
