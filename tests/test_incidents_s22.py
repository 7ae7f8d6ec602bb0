"""Attacks and casualties, session 22: the victims an active kill verb names after its subject -- a feminine person
noun (no accusative alif), a person named with no title, or persons listed after "كل من". Sentences written for the
tests (names, places, days and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_events, casualties_subjects, casualties_words

_CASES = [
    ("كما قتلت الميليشيات امرأة بشظايا قذيفة هاون أطلقتها على حي سكني في مدينة تعز.", 1),
    ("قتلت قوات الاحتلال فجر أمس خالد منصور من سكان بلدة عنبتا شرق طولكرم خلال مواجهات في البلدة.", 1),
    ("وأقدم مواطن على قتل كل من سامي وفادي ابني جاره بإطلاق النار عليهما في محافظة حفر الباطن أمس.", 2),
]


def _killed(offline_extract, text):
    found = offline_extract(text, published="2016-03-10")
    return [a.killed for a in found.attacks]


@pytest.mark.parametrize("text,n", _CASES)
def test_object_victims_counted(offline_extract, text, n):
    assert _killed(offline_extract, text) == [n]


@pytest.mark.parametrize("text,n", _CASES)
def test_switch_off_leaves_them_uncounted(offline_extract, monkeypatch, text, n):
    monkeypatch.setattr(casualties_subjects, "OBJECT_FEMININE_NAME", False)
    assert _killed(offline_extract, text) == [None]


def test_far_feminine_noun_is_no_object(offline_extract):
    text = "وتحدث التقرير عن استمرار قتل المدنيين في الجنوب حيث تظهر الصور طفلة تبكي أمام منزلها المدمر."
    assert 1 not in _killed(offline_extract, text)


def test_name_in_a_title_subject_is_no_second_victim():
    words = ["كذلك", "قتل", "القيادي", "الميداني", "سالم", "محمد", "العمري", "في", "المعارك"]
    assert casualties_subjects._object_after_subject(words, 2, len(words), set()) is None


# A toll told over a run of protests (or a month), after the article's opening: a period total, not one incident.
_OPENING = "أصيب شاب فلسطيني برصاص الجيش الإسرائيلي شرق مدينة رفح أمس الجمعة."
_SPAN_TOTALS = [
    "وكان أكثر من 70 فلسطينيا قد قتلوا برصاص الجيش الإسرائيلي خلال مسيرات انطلقت في 30 مارس.",
    "وقتلت القوات الإسرائيلية 52 فلسطينيا خلال المسيرات التي يفترض أن تنتهي يوم 15 مايو.",
]


def _tolls(offline_extract, text):
    return sorted((a.killed or 0) for a in offline_extract(text, published="2018-04-07").attacks)


@pytest.mark.parametrize("total", _SPAN_TOTALS)
def test_span_total_makes_no_record(offline_extract, total):
    assert 70 not in _tolls(offline_extract, _OPENING + " " + total)
    assert 52 not in _tolls(offline_extract, _OPENING + " " + total)


@pytest.mark.parametrize("total", _SPAN_TOTALS)
def test_span_switch_off_keeps_the_total(offline_extract, monkeypatch, total):
    monkeypatch.setattr(attacks_events, "SPAN_OF_PROTESTS", False)
    assert {70, 52} & set(_tolls(offline_extract, _OPENING + " " + total))


def test_protest_day_of_its_own_is_kept(offline_extract):
    text = _OPENING + " " + "وقتل 9 متظاهرين برصاص الجنود خلال مظاهرات خرجت يوم الجمعة شرق مدينة غزة."
    assert 9 in _tolls(offline_extract, text)


# A seizure word whose object is a thing or a result, not people: no kidnapping.
_SEIZED = [
    "وأدان المحافظ قيام الميليشيا باختطاف المساعدات الغذائية في مدينة تعز الثلاثاء.",
    "وخطف الفريق فوزا صعبا من مضيفه في العاصمة القبرصية أمس.",
]


@pytest.mark.parametrize("text", _SEIZED)
def test_seized_thing_is_no_kidnapping(offline_extract, text):
    assert not offline_extract(text, published="2018-05-20").attacks


@pytest.mark.parametrize("text", _SEIZED)
def test_seizure_switch_off_keeps_it(offline_extract, monkeypatch, text):
    monkeypatch.setattr(attacks_events, "FIGURATIVE_SEIZURE", False)
    assert any(a.attack_type == "kidnapping" for a in offline_extract(text, published="2018-05-20").attacks)


def test_people_seized_stay_a_kidnapping(offline_extract):
    found = offline_extract("واختطف مسلحون أمس ثلاثة مهندسين أتراك في مدينة سرت الليبية.", published="2018-05-20")
    assert [a.attack_type for a in found.attacks] == ["kidnapping"]


def test_feminine_person_noun_counts_one(offline_extract, monkeypatch):
    text = "كما قتلت ممرضة في تبادل لإطلاق النار بين الشرطة ومسلحين في أحد أحياء مدينة أضنة أمس."
    assert [a.killed for a in offline_extract(text, published="2015-07-25").attacks] == [1]
    monkeypatch.setattr(casualties_words, "FEMININE_PERSONS", False)
    assert [a.killed for a in offline_extract(text, published="2015-07-25").attacks] == [None]


def test_feminine_ending_of_a_thing_is_no_person():
    assert not casualties_words._one_person("مدرسه")
    assert not casualties_words._one_person("منطقه")
