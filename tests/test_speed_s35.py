"""Speed helpers of the thirty-fifth pass: each gives what the slower path gives."""

from __future__ import annotations

import pytest

from marsad.agent import dates as d_mod
from marsad.core.arabic import normalize

# sentences written for these tests: dates in many forms, and words that hold a month's or a weekday's name inside
_SENTENCES = [
    "وصل الوفد إلى الموصل في 12 آب 2019 بعد رحلة طويلة",
    "عقد المجلس جلسته يوم الأحد الماضي في أربيل",
    "أعلن الإرهاب حربه على الأحداث في البلاد",
    "قال أبو محمد إن الاجتماع سيعقد في الثالث من الشهر المقبل",
    "وقعت الحادثة في 2021/9/5 قرب الحدود",
    "نشر التقرير بتاريخ 27 / 12 / 2011م في الصحيفة",
    "زار الوزير بغداد أمس الاثنين والتقى المسؤولين",
    "يعود الفريق غداً إلى كركوك بعد غياب",
    "جرى ذلك أواخر نيسان/أبريل 2016 بحسب الشهود",
    "افتتح المعرض مطلع تشرين الأول في البصرة",
    "ممارسة الرياضة مفيدة قبل 3 أيام من السباق",
    "في منتصف شهر آب سافر الأطباء إلى الخارج",
    "عاد الآباء إلى منازلهم منذ عام 2015 بعد النزوح",
    "وكانت الانتخابات قد جرت في الخامس عشر من أيار 2018",
    "حدث الانفجار فجر اليوم الجمعة في السوق",
    "الأسبوع الماضي شهد هدوءا حذرا في المدينة",
    "قبل يومين وصلت قافلة المساعدات",
    "اعتمدت الخطة في مارس ممارسة جديدة للعمل",
    "ستجرى القرعة يوم غد الأحد في القاهرة",
    "في كانون الثاني/يناير 2017 انتهت العمليات",
    "بلغ عدد السكان 1.5 مليون نسمة عام 1990",
    "اجتمعوا في ايلولسبتمبر الماضي",
]


def _unfiltered(norm: str) -> list:
    """find_dates with every pattern run on every text (no word or core test)."""
    saved = d_mod._may_match, d_mod._CORES
    d_mod._may_match, d_mod._CORES = (lambda *a, **k: True), {}
    try:
        return d_mod.find_dates(norm)
    finally:
        d_mod._may_match, d_mod._CORES = saved


@pytest.mark.parametrize("text", _SENTENCES)
def test_find_dates_is_the_unfiltered_reading(text):
    norm = normalize(text)
    assert d_mod.find_dates(norm) == _unfiltered(norm)


def test_the_sentences_hold_dates_of_many_kinds():
    kinds = {m.kind for t in _SENTENCES for m in d_mod.find_dates(normalize(t))}
    assert {"numeric", "dmy", "my", "ord", "y", "period", "ago", "rel", "wd"} <= kinds


def test_month_inside_a_word_is_no_month():
    assert not d_mod._month_word_in(normalize("أعلن الإرهاب حربه"))  # "اب" inside a word
    assert not d_mod._month_word_in(normalize("قال أبو محمد"))  # "اب" opening a longer word
    assert not d_mod._month_word_in(normalize("ممارسة الرياضة"))
    assert d_mod._month_word_in(normalize("في 12 آب 2019"))
    assert d_mod._month_word_in(normalize("في نيسان/أبريل"))
    assert d_mod._month_word_in(normalize("اجتمعوا في ايلولسبتمبر"))  # a month glued to the next month's name
    assert d_mod._month_word_in(normalize("مطلع تشرين الأول"))


def test_weekday_inside_a_word_is_no_weekday():
    assert not d_mod._word_in(normalize("على الأحداث"), d_mod._WEEKDAY_WORDS)
    assert d_mod._word_in(normalize("يوم الأحد، في"), d_mod._WEEKDAY_WORDS)
    assert d_mod._word_in(normalize("يوم الأحد"), d_mod._WEEKDAY_WORDS)


def test_every_match_holds_its_core():
    for text in _SENTENCES:
        norm = normalize(text)
        for kind, pattern in d_mod._patterns():
            core = d_mod._CORES.get(kind)
            for m in pattern.finditer(norm):
                if core is not None:
                    assert core.search(m.group()) is not None, (kind, m.group())


def test_group_answers_are_shared_between_patterns():
    seen: dict[int, bool] = {}
    norm = normalize("في 12 آب 2019")
    assert d_mod._may_match("dmy", norm, True, seen)
    assert seen[id(d_mod._MONTH_WORDS)] is True
    seen[id(d_mod._MONTH_WORDS)] = False  # the remembered answer is what the next pattern reads
    assert not d_mod._may_match("my_bare", norm, True, seen)


def test_match_at_with_the_callers_starts_is_the_same():
    from marsad.agent.offline.mentions import Gazetteer
    from marsad.agent.offline.text import split_document

    gazetteer = Gazetteer()
    for sentence in split_document("وقال وزير الداخلية العراقي إن قوات الأمن دخلت مدينة الموصل وسط محافظة نينوى"):
        words = sentence.words
        for i, w in enumerate(words):
            plain = gazetteer._match_at(words, i, "main")
            starts = gazetteer._phrase_starts(w, "main")
            assert gazetteer._match_at(words, i, "main", starts) == plain
            assert gazetteer._match_at(words, i, "main", ()) is None  # no reading begins a phrase: no match
    assert any(gazetteer._match_at(s.words, i, "main") for s in split_document("دخلت قوات الأمن مدينة الموصل")
               for i in range(len(s.words)))
