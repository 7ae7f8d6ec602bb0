"""Agreements in real phrasing, tenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 470-477 of /work/dbg/agrooms_s10.py).
"""

from __future__ import annotations

import pytest


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, a.parties) for a in extract(text, **kw).agreements]


@pytest.mark.parametrize("subject", ["واتفق البلدان الصديقان", "واتفقت الدولتان الجارتان"])
def test_the_two_states_as_subject_of_agreeing_are_its_parties(offline_extract, subject):
    text = ("وترتبط فرنسا والمغرب بمعاهدة دفاعية، وتتخذ القوات الفرنسية من الرباط مقرا لها. "
            f"{subject} في عام 2001 على إعادة تمركز الوحدات الفرنسية في قاعدة القنيطرة.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["فرنسا", "المغرب"])


def test_the_two_states_subject_needs_two_states_told(offline_extract):
    text = "واتفق البلدان على نقل المقر العسكري إلى قاعدة جديدة."
    assert _agreements(offline_extract, text) == []


def test_each_of_names_the_sides_not_where_from(offline_extract):
    text = "وفي عام 2016 وقعت كل من الدوحة وباريس اتفاقاً يسمح لفرنسا بإنشاء قاعدة عسكرية في قطر."
    [(kind, _status, parties)] = _agreements(offline_extract, text)
    assert kind == "security_agreement"
    assert sorted(parties) == sorted(["قطر", "فرنسا"])


@pytest.mark.parametrize(("text", "status"), [
    # the sides accepting a truce have agreed to it
    ("وقال الوسيط الدولي إن الطرفين وافقا على هدنة مدتها 48 ساعة في مدينة تعز.", "agreed"),
    # a truce that fell or whose end was announced no longer holds
    ("وسقط وقف إطلاق النار في ريف حماة بعد هجوم قوات النظام على مواقع الفصائل.", "stalled"),
    ("وأعلن الجيش السوري انتهاء العمل بالتهدئة في ريف اللاذقية واستئناف عملياته.", "stalled"),
    # extended is in force; a call to extend it is a proposal
    ("وتم تمديد الهدنة بين الحكومة والفصائل في درعا أسبوعا إضافيا.", "implementing"),
    ("ودعا المبعوث الأممي إلى تمديد الهدنة بين الحكومة والفصائل في درعا.", "proposed"),
])
def test_truce_status_words(offline_extract, text, status):
    [(kind, got, _parties)] = _agreements(offline_extract, text)
    assert (kind, got) == ("ceasefire", status)


def test_signed_by_two_ministers_is_agreed(offline_extract):
    text = "وأفادت وكالة الأنباء الرسمية أن وزيري الدفاع في الأردن والإمارات وقعا مذكرة تفاهم للتعاون العسكري."
    [(_kind, status, _parties)] = _agreements(offline_extract, text)
    assert status == "agreed"


def test_the_sponsor_of_a_truce_is_no_party(offline_extract):
    text = "واتهمت حركة حماس إسرائيل بخرق التهدئة التي رعتها قطر في قطاع غزة."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert "قطر" not in parties


@pytest.mark.parametrize("text", [
    "ورغم ترحيب باريس وبرلين بوقف إطلاق النار في الحديدة، تبقى الهدنة هشة.",
    "ورحبت فرنسا وألمانيا باتفاق وقف إطلاق النار في الحديدة.",
])
def test_who_welcomed_an_agreement_is_no_party(offline_extract, text):
    for _kind, _status, parties in _agreements(offline_extract, text):
        assert "فرنسا" not in parties and "ألمانيا" not in parties


def test_history_told_then_does_not_take_the_bare_agreement_before_it(offline_extract):
    # the bare "الاتفاق" is the deal the column is about; the treaty told as history ("آنذاك") is another one
    text = ("ويتيح الاتفاق لفرق التحقق دخول المعسكرات، غير أن نصوصه بقيت مبهمة.\n"
            "وكانت اتفاقية للحد من الصواريخ بين واشنطن والاتحاد السوفييتي قد عدتها موسكو آنذاك مكسبا لها.")
    assert _agreements(offline_extract, text) == []


def test_what_comes_before_a_step_is_not_under_way(offline_extract):
    # "قبل البدء" says the political process has not begun; the ceasefire is only thought unlikely
    text = ("ورأى الباحث أن هدنة دائمة في الإقليم قبل بدء المرحلة الانتقالية تبدو احتمالا ضعيفا، "
            "وأن محاولة الوصول إلى هدنات محلية في القرى أقرب إلى الواقع.")
    assert [status for _kind, status, _parties in _agreements(offline_extract, text)] == ["proposed"]


def test_a_peace_deal_only_promised_is_no_record(offline_extract):
    text = "وكان الرئيس الفرنسي قد تعهد بدعم اتفاق بين الإسرائيليين والفلسطينيين قال إنه سيكون عادلا."
    assert _agreements(offline_extract, text) == []


def test_a_truce_agreed_on_makes_a_ceasefire(offline_extract):
    # the truce word right after "اتفقوا على" opens no mention of its own: the agreement is the truce
    text = "وقال المتحدث باسم الخارجية البريطانية إن الحكومة الأفغانية وحركة طالبان اتفقتا على هدنة في ولاية قندوز."
    [(kind, status, parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("ceasefire", "agreed")
    assert sorted(parties) == sorted(["الحكومة الأفغانية", "حركة طالبان"])


def test_calming_agreed_on_is_no_truce(offline_extract):
    text = "ووقعت تركيا وقطر اتفاقا أمنيا يرمي إلى تهدئة المخاوف على الحدود الجنوبية."
    assert [kind for kind, _status, _parties in _agreements(offline_extract, text)] == ["security_agreement"]


def test_states_that_announce_it_far_before_are_its_sides(offline_extract):
    text = "وأعلنت روسيا والولايات المتحدة الأسبوع الماضي التوصل إلى اتفاق لوقف الأعمال القتالية في سوريا."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["روسيا", "الولايات المتحدة"])


def test_a_ministers_counterpart_is_the_other_side(offline_extract):
    text = "وذكرت الوكالة الرسمية أن وزير الدفاع الأردني ونظيره الفرنسي وقعا مذكرة تفاهم للتعاون العسكري."
    [(_kind, status, parties)] = _agreements(offline_extract, text)
    assert status == "agreed"
    assert sorted(parties) == sorted(["الأردن", "فرنسا"])


def test_the_month_told_with_the_agreement_is_its_date_not_the_news_day(offline_extract):
    text = ("وتسلمت عمان أول دفعة من المدرعات من باريس، وكان البلدان قد وقعا اتفاقا عسكريا في مارس الماضي لتزويد "
            "الجيش الأردني بالمدرعات الفرنسية الحديثة التي وصلت أولى دفعاتها إلى ميناء العقبة يوم الأحد.")
    [a] = offline_extract(text, published="2019-06-10").agreements
    assert a.date == "2019-03"
