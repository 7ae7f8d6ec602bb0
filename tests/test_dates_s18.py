"""Session 18: attack dates and the dateline of a newspaper named with "اليوم".

Some papers carry "اليوم" in their name ("عين اليوم"، "المصري اليوم") and open each article with it as a dateline
("عين اليوم – عدن"). Read as "today", that bare word dated every undated incident of the article on the publication
day. A bare "اليوم" right after such a name dates nothing; "اليوم" elsewhere, or with its weekday, still does.
"""

from marsad.agent.offline import context

_DATELINE = ("عين اليوم – تعز\n"
             "قتل 5 مدنيين في قصف مدفعي شنه مسلحون على حي سكني في مدينة تعز جنوبي اليمن.")


def _dates(offline_extract, text, published="2019-03-10"):
    return [a.date for a in offline_extract(text, published=published).attacks]


def test_paper_dateline_dates_nothing(offline_extract):
    assert _dates(offline_extract, _DATELINE) == [None]


def test_switch_off_reads_the_dateline_as_today(offline_extract, monkeypatch):
    monkeypatch.setattr(context, "TODAY_PAPERS", False)
    assert _dates(offline_extract, _DATELINE) == ["2019-03-10"]


def test_signed_dateline_dates_nothing(offline_extract):
    text = ("سالم الحربي - عين اليوم\n"
            "قتل 3 جنود في هجوم شنه مسلحون على نقطة تفتيش قرب مدينة العريش شمالي سيناء.")
    assert _dates(offline_extract, text) == [None]


def test_today_in_the_story_still_dates_the_attack(offline_extract):
    text = ("عين اليوم – تعز\n"
            "قتل 5 مدنيين اليوم في قصف مدفعي شنه مسلحون على حي سكني في مدينة تعز جنوبي اليمن.")
    assert _dates(offline_extract, text) == ["2019-03-10"]


def test_dateline_then_weekday_dates_the_attack(offline_extract):
    text = ("عين اليوم – تعز\n"
            "قتل 5 مدنيين، الجمعة، في قصف مدفعي شنه مسلحون على حي سكني في مدينة تعز جنوبي اليمن.")
    assert _dates(offline_extract, text) == ["2019-03-08"]


# A day after publication is never the news day an undated incident inherits.
_COMING = ("يعقد مجلس الأمن غدا الجمعة جلسة طارئة بشأن الصومال.\n"
           "وقتل مسلحون من حركة الشباب 14 جنديا في هجوم على قاعدة عسكرية في مدينة مركا.")


def test_a_coming_day_does_not_date_an_undated_attack(offline_extract):
    assert _dates(offline_extract, _COMING, published="2019-03-07") == [None]


def test_switch_off_a_coming_day_dates_it(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records

    monkeypatch.setattr(attacks_records, "NO_FUTURE_DAY", False)
    assert _dates(offline_extract, _COMING, published="2019-03-07") == ["2019-03-08"]
