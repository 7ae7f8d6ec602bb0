"""Pass 40 (attack precision on real news: one record per incident): sentences written for these tests, none from
the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_dates


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2016-09-11").attacks


def _rows(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.date, a.killed) for a in _attacks(offline_extract, text)]


# CONTROL_CLAUSE ------------------------------------------------------------------------------------------------

# the blame sentence retells the bombing; its year and country are those of the group's conquest
CONQUEST = ("ندد الرئيس بالهجوم الانتحاري الذي خلف أمس 27 قتيلا في بلدة أقجة قلعة التركية قرب الحدود. ورجحت "
            "مصادر أمنية في أنقرة أن يكون الهجوم الانتحاري من صنع التنظيم الذي سيطر على أراض شاسعة في العراق وسوريا "
            "السنة الماضية.")
# a battle's toll told beside the fall of a fort, months before
FELL = ("وسيطرت القوات أمس على مدينة تلعفر بعد معارك عنيفة. وقتل 9 من عناصر القوات في المعارك التي انتهت "
        "باقتحام القلعة التي سقطت بيد المسلحين في يناير الماضي.")


def test_control_clause_date_and_place_are_not_the_retold_attack(offline_extract):
    rows = _rows(offline_extract, CONQUEST)
    assert len(rows) == 1
    assert rows[0][0] == "أقجة قلعة" and rows[0][1] == "2016-09-10" and rows[0][2] == 27


def test_control_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "CONTROL_CLAUSE", False)
    assert len(_attacks(offline_extract, CONQUEST)) == 2


def test_fell_clause_month_is_not_the_battle(offline_extract):
    assert all(d != "2016-01" for _, d, _ in _rows(offline_extract, FELL))


def test_fell_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "CONTROL_CLAUSE", False)
    assert any(d == "2016-01" for _, d, _ in _rows(offline_extract, FELL))


def test_clause_of_the_event_itself_keeps_its_day(offline_extract):
    # the relative clause right after the event word tells the event: its day stays
    text = "وأسفر الهجوم الذي سيطر فيه المسلحون على قرية البوحياة في 3 أيلول عن مقتل 5 من الحراس."
    assert [d for _, d, _ in _rows(offline_extract, text)] == ["2016-09-03"]


def test_other_relative_clause_keeps_its_day(offline_extract):
    # a clause that is not of taking ground is untouched
    text = "وقتل 6 جنود في انفجار عبوة ناسفة بقرية الرشاد التي زارها الوزير يوم الجمعة."
    assert [d for _, d, _ in _rows(offline_extract, text)] == ["2016-09-09"]


def test_held_ground_clause_keeps_the_place(offline_extract):
    # a clause of the ground held by someone: its place is where the attacked ground lies
    text = "وذكرت الأمم المتحدة أن هجوما لتنظيم داعش على الأحياء التي يسيطر عليها الجيش في مدينة دير الزور أوقع 12 قتيلا."
    assert [(p, k) for p, _, k in _rows(offline_extract, text)] == [("دير الزور", 12)]


# PERMISSION ----------------------------------------------------------------------------------------------------

BASES = ("شنت مقاتلات أردنية الجمعة غارات على مواقع للتنظيم في سوريا. وقال ضابط أمريكي رفيع يوم الخميس إن الأردن "
         "سمح للولايات المتحدة باستخدام قواعد جوية أردنية، ولا سيما قاعدة الأزرق في شرق البلاد، في شن غارات على "
         "مواقع التنظيم الذي يسيطر على أجزاء من شمال العراق وشرق سوريا.")
ALONE = "وقال ضابط أمريكي رفيع يوم الخميس إن الأردن سمح للولايات المتحدة باستخدام قواعد جوية أردنية في شن غارات على التنظيم."


def test_strikes_a_state_allows_are_no_incident(offline_extract):
    assert len(_attacks(offline_extract, BASES)) == 1
    assert _attacks(offline_extract, ALONE) == []


def test_permission_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues
    monkeypatch.setattr(attacks_cues, "PERMISSION", False)
    assert len(_attacks(offline_extract, BASES)) == 2
    assert len(_attacks(offline_extract, ALONE)) == 1


def test_strikes_that_allowed_an_advance_stay(offline_extract):
    # "allowed" told of what the strikes did, with no use of bases: the strikes happened
    text = "وقصفت المقاتلات أمس مواقع للتنظيم في ريف حلب، ما سمح للقوات بالتقدم نحو بلدة الباب."
    assert len(_attacks(offline_extract, text)) == 1


# REPORT_REFERENCE ----------------------------------------------------------------------------------------------

# a statement's day before a bare "the attack on ...", and the attack's own day told later as past
STATEMENT = ("وأعلنت الهيئة الدولية الخميس أنها تؤكد نتائج التحقيق البريطاني بشأن السم الذي استخدم في الهجوم على "
             "المعارض الروسي في بريطانيا. ولم تسم الهيئة منفذ الهجوم الذي وقع في الثالث من آب وأدى "
             "إلى إصابة شرطي.")


def test_report_dated_reference_joins_the_dated_attack(offline_extract):
    assert [(d, i) for d, i in ((a.date, a.injured) for a in _attacks(offline_extract, STATEMENT))] == [("2016-08-03", 1)]


def test_report_reference_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters
    monkeypatch.setattr(attacks_clusters, "REPORT_REFERENCE", False)
    assert len(_attacks(offline_extract, STATEMENT)) == 2


def test_past_attack_with_its_own_place_stays_apart(offline_extract):
    # an earlier kidnapping recalled at a place of its own is another incident than the news
    text = ("قالت الحكومة الأحد إن 80 طالبا ما زالوا مفقودين بعد هجوم شنه مسلحون على مدرستهم في بلدة كاتسينا شمال "
            "البلاد. ويذكر ذلك بعملية خطف جماعي لنحو 200 طالبة في ولاية بورنو العام 2014.")
    assert sorted(a.date for a in _attacks(offline_extract, text)) == ["2014", "2016-09-11"]
