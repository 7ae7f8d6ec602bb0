"""Session 19: the date that opens a sentence dates each event of it with no date of its own (agent/offline/attacks_dates).

"وفي نهاية يناير قتل قناص مصورا، كما قتل قصف صاروخي مصورا آخر في ذات الشهر": the sentence is told at the time
it opens with, so the second killing is of January too, not of the day the news tells (before, the second event
had no date in its frame and took the article's news day). A word that moves the time on or back ("ثم"، "منذ"،
"بعد") between the date and the event keeps it out. The sentences below are written for the tests (published on a
Sunday, 2019-03-10).
"""

from marsad.agent.offline import attacks_dates

_NEWS = "قتل مسلحون مجهولون شرطيا في مدينة الفاو اليوم الأحد."
_FRONTED = ("وفي أواخر يناير الماضي قتل قناص تابع للجماعة المسلحة المدرس سالم الحربي في بلدة العين، كما قتل قصف "
            "صاروخي للجماعة المزارع خالد الصافي في ذات الشهر.")
_MOVED_ON = ("وفي أواخر يناير الماضي قتل قناص تابع للجماعة المسلحة المدرس سالم الحربي في بلدة العين، ثم قتل قصف "
             "صاروخي للجماعة المزارع خالد الصافي في قرية أخرى.")


def _dates(offline_extract, text):
    return sorted(a.date or "" for a in offline_extract(text).attacks)


def test_second_event_takes_the_sentence_opening_month(offline_extract):
    dates = _dates(offline_extract, _NEWS + " " + _FRONTED)
    assert dates == ["2019-01", "2019-01", "2019-03-10"]


def test_switch_off_gives_the_second_event_the_news_day(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "FRONTED", False)
    dates = _dates(offline_extract, _NEWS + " " + _FRONTED)
    assert dates.count("2019-01") == 1


def test_time_moved_on_keeps_the_opening_date_away(offline_extract):
    assert _dates(offline_extract, _NEWS + " " + _MOVED_ON).count("2019-01") == 1
