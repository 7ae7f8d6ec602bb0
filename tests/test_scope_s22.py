"""Session 22: a toll told over a span "since" a start is a running total, not one attack (agent/offline/scope.py).

A start noun with its owner's pronoun ("منذ سيطرته على المدينة"), a month named after منذ ("منذ مارس/آذار
الماضي") and a span of years after a mass object ("اختطفت الآلاف ... منذ ثلاثة أعوام") open such a span. A first
or a worst since a time, and an incident told with its own date beside another clause's since-phrase, stay.
"""

import pytest

from marsad.agent.offline import scope

LEAD = "قتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش في مدينة الرمادي صباح اليوم السبت. "


def _kinds(result):
    return sorted(str(a.attack_type) for a in result.attacks)


def test_thousands_kidnapped_over_years_is_no_incident(offline_extract):
    text = LEAD + ("واختطفت الجماعة المسلحة الآلاف من الناشطين والصحافيين المعارضين لها، منذ ثلاث سنوات، "
                   "حيث قتل عدد منهم تحت التعذيب.")
    assert not any("kidnap" in k for k in _kinds(offline_extract(text, published="2018-04-01")))


@pytest.mark.parametrize("flag", ["SINCE_LONG_MASS"])
def test_thousands_over_years_needs_the_switch(offline_extract, monkeypatch, flag):
    monkeypatch.setattr(scope, flag, False)
    text = LEAD + ("واختطفت الجماعة المسلحة الآلاف من الناشطين والصحافيين المعارضين لها، منذ ثلاث سنوات، "
                   "حيث قتل عدد منهم تحت التعذيب.")
    assert any("kidnap" in k for k in _kinds(offline_extract(text, published="2018-04-01")))


def test_owned_start_and_month_open_a_span():
    assert scope._owned_start("سيطرته")
    assert scope._owned_start("واجتياحهم")
    assert scope._owned_start("توليه")
    assert not scope._owned_start("بدايه")
    assert not scope._owned_start("ساعه")
    assert scope._month_word("مارس/اذار")
    assert not scope._month_word("الماضي")


def test_since_start_reads_the_new_starts(monkeypatch):
    owned = ["اعدم", "التنظيم", "اكثر", "من", "2000", "شخص", "منذ", "سيطرته", "علي", "المدينه"]
    month = ["قتلت", "القوات", "عشرات", "المحتجين", "منذ", "مارس/اذار", "الماضي"]
    years = ["اختطفت", "الجماعه", "الالاف", "من", "الناشطين", "منذ", "ثلاثه", "اعوام"]
    assert scope.since_start(owned, 0, len(owned), 0) == 6
    assert scope.since_start(month, 0, len(month), 0) == 4
    assert scope.since_start(years, 0, len(years), 0) == 5
    monkeypatch.setattr(scope, "SINCE_OWNED", False)
    monkeypatch.setattr(scope, "SINCE_MONTH", False)
    monkeypatch.setattr(scope, "SINCE_LONG_MASS", False)
    assert scope.since_start(owned, 0, len(owned), 0) is None
    assert scope.since_start(month, 0, len(month), 0) is None
    assert scope.since_start(years, 0, len(years), 0) is None


def test_one_killed_years_ago_is_no_running_total():
    words = ["قتل", "جندي", "في", "هجوم", "علي", "حاجز", "منذ", "ثلاثه", "اعوام"]
    assert scope.since_start(words, 0, len(words), 0) is None


def test_a_since_month_before_the_event_leaves_it(offline_extract):
    # the warrant runs since a month; the bombing it names is told with its own month after it
    text = LEAD + ("وكانت النيابة أصدرت مذكرة توقيف بحق القيادي منذ نوفمبر/تشرين الثاني 2016، بعد اتهامه "
                   "بالتورط في تفجير وقع في مدينة قونية في مارس/آذار 2016 وأوقع 12 قتيلا.")
    assert any(a.killed == 12 for a in offline_extract(text, published="2018-04-01").attacks)


MASS = LEAD + "وقال المسؤول إن قصف المتمردين على الأحياء السكنية خلف أكثر من 9 آلاف جريح في المدينة."


def test_thousands_wounded_by_shelling_is_no_attack(offline_extract):
    assert len(offline_extract(MASS, published="2018-04-01").attacks) == 1


def test_thousands_wounded_needs_the_switch(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "MASS_TOLL", False)
    assert len(offline_extract(MASS, published="2018-04-01").attacks) == 2


def test_mass_toll_reads_people_only(monkeypatch):
    from marsad.core.arabic import normalize
    assert scope._mass_toll(normalize("وخلفت هجمات المتمردين أكثر من 12 ألف جريح في المدينة").split())
    assert scope._mass_toll(normalize("وذهب قرابة 20 ألف قتيل في تلك السنوات").split())
    assert not scope._mass_toll(normalize("وأصيب آلاف الجرحى في مواجهات الجمعة").split())
    assert not scope._mass_toll(normalize("وفجروا عشرات الآلاف من أسطوانات الغاز").split())
    monkeypatch.setattr(scope, "MASS_TOLL", False)
    assert not scope.is_statistic(normalize("وذهب قرابة 20 ألف قتيل في تلك السنوات").split(), [])
