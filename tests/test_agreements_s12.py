"""Agreements in real phrasing, twelfth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 660-669) and on every out-of-set
development article a rule changes (record dumps of the whole slice, rule off vs on).
"""

from __future__ import annotations

import pytest


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, sorted(a.parties)) for a in extract(text, **kw).agreements]


# --- halting launches of rockets is not a ceasefire -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الضربات الجوية أدت إلى وقف إطلاق الصواريخ على مدينة جازان منذ أسبوع.",
    "وأعلن الجيش السوداني وقف إطلاق القذائف على مواقع المتمردين بعد انسحابهم من البلدة.",
])
def test_halting_launches_of_rockets_is_no_truce(offline_extract, text):
    assert _agreements(offline_extract, text) == []


def test_a_ceasefire_is_still_a_truce(offline_extract):
    text = "وأعلنت الحكومة السودانية والمتمردون وقف إطلاق النار في ولاية النيل الأزرق لمدة شهر."
    [(kind, _status, _parties)] = _agreements(offline_extract, text)
    assert kind == "ceasefire"


# --- a refused or negated handover is no handover --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال رئيس الوزراء إن بلاده لن تسلم أمن المعابر الحدودية لأي طرف آخر.",
    "ورفض المحافظ تسليم الملف الأمني في المدينة إلى قوات الحشد الشعبي.",
])
def test_a_refused_handover_is_no_record(offline_extract, text):
    assert _agreements(offline_extract, text) == []


def test_a_handover_under_way_is_still_one(offline_extract):
    text = "وبدأت قوات الجيش تسلم الملف الأمني في قضاء سنجار من قوات البيشمركة."
    [(kind, _status, _parties)] = _agreements(offline_extract, text)
    assert kind == "security_handover"


# --- one sentence naming its truce several times tells one truce -----------------------------------------------

def test_a_truce_named_again_in_its_sentence_is_one_record(offline_extract):
    text = ("وأدانت الحكومة اليمنية خرق المتمردين الحوثيين للهدنة الإنسانية عبر قصف مواقع في محافظة تعز منذ دخول "
            "الهدنة حيز التنفيذ مساء الأحد، مشيدة بالتزام قيادة التحالف بالهدنة.")
    records = _agreements(offline_extract, text)
    assert len(records) == 1
    assert records[0][0] == "ceasefire"


def test_two_truces_in_two_sentences_stay_two(offline_extract):
    text = ("وأعلنت حركة طالبان وقف إطلاق النار مع الحكومة الأفغانية لمدة ثلاثة أيام. "
            "وفي سوريا اتفقت روسيا وتركيا على هدنة في مدينة إدلب.")
    assert len(_agreements(offline_extract, text)) == 2


# --- negation with its subject between, or after "و" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ولم تتوصل الأطراف الليبية المتنازعة إلى اتفاق لوقف القتال في العاصمة.",
    "ولم يتم التوصل إلى اتفاق لوقف القتال في المدينة حتى مساء أمس.",
    "ولم يتفق الجانبان على هدنة جديدة في ريف المحافظة.",
])
def test_a_negated_reaching_concludes_nothing(offline_extract, text):
    assert _agreements(offline_extract, text) == []


def test_a_reaching_not_negated_concludes(offline_extract):
    text = "وتوصلت الأطراف الليبية المتنازعة إلى اتفاق لوقف القتال في العاصمة طرابلس."
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert kind == "ceasefire"
    assert status == "agreed"


# --- possibility and expectation are not a concluded agreement ------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأبدى المبعوث الأممي تفاؤله بإمكانية التوصل قريبا إلى اتفاق هدنة بين الحكومة اليمنية والحوثيين.",
    "وتوقعت مصادر دبلوماسية أن توقع تركيا والعراق اتفاقا أمنيا خلال الشهر المقبل.",
])
def test_a_possible_or_expected_agreement_is_proposed(offline_extract, text):
    [(_kind, status, _parties)] = _agreements(offline_extract, text)
    assert status == "proposed"

