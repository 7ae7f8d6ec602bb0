"""Agreements in real phrasing, thirteenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 900-904) and on every development
article a rule changes (record dumps of the whole slice, rule off vs on).
"""

from __future__ import annotations


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, sorted(a.parties)) for a in extract(text, **kw).agreements]


# --- a bare institution word is the article's country's, not Iraq's ---------------------------------------------

def test_a_bare_parliament_in_a_foreign_story_is_that_state(offline_extract):
    text = ("صادق البرلمان الأردني على الاتفاقية الجديدة. وقالت مصادر في عمان إن البرلمان وفرنسا اتفقا على تعزيز "
            "التعاون العسكري لمكافحة الإرهاب في الأردن.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["الأردن", "فرنسا"]


def test_the_iraqi_parliament_named_as_such_stays_iraqi(offline_extract):
    text = ("وقالت مصادر في عمان إن البرلمان العراقي والأردن اتفقا على تعزيز التعاون العسكري لمكافحة الإرهاب "
            "على الحدود بين البلدين في الأردن.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert "مجلس النواب العراقي" in parties


def test_a_bare_parliament_in_an_iraqi_story_stays_iraqi(offline_extract):
    text = ("وقالت مصادر في بغداد إن البرلمان وحكومة إقليم كردستان اتفقا على تشكيل لواءين مشتركين في كركوك "
            "لحماية المناطق المتنازع عليها في العراق.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert "مجلس النواب العراقي" in parties


# --- a truce that "lost its meaning" is stalled ---------------------------------------------------------------

def test_a_truce_that_lost_its_meaning_is_stalled(offline_extract):
    text = "وقال المتحدث باسم الحركة إن الهدنة مع الحكومة الكولومبية فقدت معناها بعد الغارات الأخيرة على معسكراتها."
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("ceasefire", "stalled")


def test_a_truce_said_to_keep_its_meaning_is_not_stalled(offline_extract):
    text = "وأعلنت الحكومة الكولومبية والحركة التوصل إلى هدنة لمدة شهر في المناطق الجبلية."
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert status != "stalled"


# --- a truce broken by one side still stands: implementing -----------------------------------------------------

def test_a_truce_the_rebels_keep_breaking_is_implementing(offline_extract):
    text = "وأعلنت الحكومة السودانية والمتمردون هدنة في ولاية كسلا، لكن الحركة انتهكت الهدنة بعد ساعات بقصف القرى."
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("ceasefire", "implementing")


# --- the sides after "بين": a bloc of states is one, and the list ends where no "و" joins it -----------------------

def test_the_european_union_is_a_side_after_between(offline_extract):
    text = "وأعلنت بروكسل توقيع اتفاق أمني بين الاتحاد الأوروبي وحلف شمال الأطلسي لتبادل المعلومات عن الإرهاب."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["الاتحاد الأوروبي", "حلف شمال الأطلسي"]


def test_the_sides_after_between_end_where_the_list_ends(offline_extract):
    text = "وأكد المتحدث أن الاتفاق الموقع بين أنقرة وواشنطن يسمح للتحالف الدولي باستخدام قاعدة إنجرليك لضرب مواقع داعش."
    found = _agreements(offline_extract, text)
    assert ["الولايات المتحدة", "تركيا"] in [parties for _kind, _status, parties in found]
