"""Pass 66 (issue 13.2): a deadline asked by its noun, a coming day written in the current month, and a
document dated by its participle."""

from __future__ import annotations

from marsad.agent.qa.domain import _dated_elsewhen, constraints_of, span_fits
from marsad.agent.qa.sentence_pick import asked_type, has_filler
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question


def test_deadline_noun_asks_a_day():
    assert asked_type(read_question("ما الموعد الذي حدده البرلمان العراقي لإقرار قانون الموازنة في مارس 2018؟")) \
        == ("date", ("day",))
    q = read_question("ما المهلة التي منحتها الحكومة اليمنية للمسلحين في يوليو 2015؟")
    assert asked_type(q) == ("date", ("day",))
    kind = asked_type(q)
    # (a deadline is a day of a month, not "last week")
    assert has_filler(q, kind, "", normalize("وأمام المسلحين حتى 20 أغسطس لتسليم السلاح."), get_lexicon())
    assert not has_filler(q, kind, "", normalize("وكانت الحكومة أعلنت الأسبوع الماضي خطة للتفاوض."), get_lexicon())


TEXT = ("أعلن المتحدث باسم الجامعة العربية أن الأمين العام سيتوجه غدا 25 الجاري إلى بروكسل برفقة وزراء الخارجية. "
        "وقال إن اللقاء يبحث الأزمة.")


def test_coming_day_of_the_current_month_is_stated():
    q = read_question("إلى أي مدينة سيتوجه الأمين العام لجامعة الدول العربية في 25 فبراير 2018؟")
    cons = constraints_of(q)
    quote = TEXT.split(". ")[0]
    assert span_fits(cons, quote, TEXT, "2018-02-24", "")
    other = TEXT.replace("25 الجاري", "الأسبوع المقبل")
    assert not span_fits(cons, other.split(". ")[0], other, "2018-02-24", "")


def test_another_day_of_the_current_month_is_not_the_day():
    q = read_question("إلى أي مدينة سيتوجه الأمين العام لجامعة الدول العربية في 25 فبراير 2018؟")
    other = TEXT.replace("25 الجاري", "15 الجاري")
    assert not span_fits(constraints_of(q), other.split(". ")[0], other, "2018-02-10", "")


DEAL = ("احتجزت السلطات في مقديشو طائرة تحمل أموالا. وقالت أبوظبي إن المبلغ يغطي رواتب الجنود وفق الاتفاقية العسكرية "
        "الموقعة مع الحكومة الصومالية في مارس 2013 لتدريب القوات.")


def test_document_dated_by_its_participle_is_no_other_event():
    q = read_question("متى وقعت الاتفاقية العسكرية بين الإمارات والصومال التي ذكرتها أبوظبي في أبريل 2018؟")
    quote = DEAL.split(". ")[1]
    assert span_fits(constraints_of(q), quote, DEAL, "2018-04-10", "")


def test_a_site_is_no_document():
    # "الموقع" is also "the site": a strike on a site in another year is that year's event, not a dated document
    cons = constraints_of(read_question("كم غارة شنتها الطائرات على المواقع الحدودية في مارس 2018؟"))
    for s in ("وكانت المقاتلات قد دمرت الموقع العسكري المحاذي للحدود في نوفمبر 2014.",
              "وحجبت الهيئة الموقع الإلكتروني للصحيفة المعارضة في مارس 2015.",
              "وسقط جنديان في هجوم على موقع للجيش قرب الوادي في يونيو 2015."):
        assert _dated_elsewhen(cons, s, "2018-03-10")
    # a document named before its participle still dates only itself
    assert not _dated_elsewhen(cons, "وبموجب المذكرة الأمنية الموقعة بين البلدين في مايو 2016 تتبادل الأجهزة "
                                     "المعلومات.", "2018-03-10")


def test_history_is_no_deadline():
    # "تاريخ" is also "history": no deadline noun asking a day of a month
    assert asked_type(read_question("ما تاريخ الخلاف الحدودي بين البلدين الجارين؟")) != ("date", ("day",))
