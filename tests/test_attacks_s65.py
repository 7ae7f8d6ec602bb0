"""Pass 65 (merge65, mended by fixmerge65): an incident's own day and place -- "بعد يوم واحد من" and "يأتي الهجوم غداة" count back to the
earlier incident's day; a history incident told again with its place is one record; a place of the event an
incident coincided with, and an adjective after a place noun, are not the incident's place.

Sentences written for these tests."""

from marsad.agent.offline import attacks_clusters, attacks_dates, attacks_records
from marsad.schemas import Document


def _records(body: str, published: str) -> list[tuple]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.attack_type, a.location.name if a.location else None, a.date, a.killed, a.background)
            for a in rec.attacks]


# two incidents in one sentence, "a single day" apart
_ONE_DAY = ("أصيب ثلاثة جنود في انفجار عبوة ناسفة بمدينة الرمادي الثلاثاء، وذلك بعد يوم واحد من مقتل خمسة أشخاص "
            "في هجوم على سوق شعبي في مدينة الفلوجة.")


def test_one_day_span_dates_the_earlier_incident():
    records = _records(_ONE_DAY, "2018-05-16")
    assert sorted((r[1], r[2]) for r in records) == [("مدينة الرمادي", "2018-05-15"), ("مدينة الفلوجة", "2018-05-14")]


def test_one_day_span_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_ONE", False)
    records = _records(_ONE_DAY, "2018-05-16")
    assert [r[2] for r in records if r[1] == "مدينة الفلوجة"] == [None]


# "the attack comes a day after" another killing: the day before the attack's day told before
_ATTACK_COMES = ("قتل شرطي برصاص مسلحين مجهولين في أحد أحياء مدينة كركوك الخميس. "
                 "ويأتي الهجوم غداة مقتل جنديين في انفجار لغم أرضي قرب بلدة طوزخورماتو.")
# a meeting, not the attack, "comes a day after": no incident's day to count back from
_MEETING_COMES = ("عقد المجلس المحلي في مدينة كركوك اجتماعا طارئا الخميس لبحث الوضع الأمني. "
                  "ويأتي الاجتماع غداة مقتل جنديين في انفجار لغم أرضي قرب بلدة طوزخورماتو.")


def test_attack_comes_a_day_after():
    records = _records(_ATTACK_COMES, "2015-07-24")
    assert sorted((r[1], r[2]) for r in records) == [("بلدة طوزخورماتو", "2015-07-22"), ("مدينة كركوك", "2015-07-23")]


def test_meeting_comes_is_not_counted_back():
    records = _records(_MEETING_COMES, "2015-07-24")
    assert len(records) == 1 and records[0][1] == "بلدة طوزخورماتو" and records[0][2] != "2015-07-22"


# a round-up of attacks on two days: which one "the attack" names is not read, so the killing stays undated
_ROUND_UP_COMES = ("قتل شرطي برصاص مسلحين مجهولين في أحد أحياء مدينة كركوك الخميس. "
                   "وفي مدينة الموصل انفجرت عبوة ناسفة الأربعاء دون وقوع إصابات. "
                   "ويأتي الهجوم غداة مقتل جنديين في انفجار لغم أرضي قرب بلدة طوزخورماتو.")
# the same round-up with both attacks told on one day: counted back from that day
_ONE_DAY_COMES = _ROUND_UP_COMES.replace("الأربعاء", "الخميس أيضا")


def test_round_up_of_two_days_is_not_counted_back():
    records = _records(_ROUND_UP_COMES, "2015-07-24")
    assert [r[2] for r in records if r[1] == "بلدة طوزخورماتو"] == [None]


def test_round_up_of_one_day_is_counted_back():
    records = _records(_ONE_DAY_COMES, "2015-07-24")
    assert [r[2] for r in records if r[1] == "بلدة طوزخورماتو"] == ["2015-07-22"]


def test_attack_comes_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "COMES_NAMED", False)
    records = _records(_ATTACK_COMES, "2015-07-24")
    assert [r[2] for r in records if r[1] == "بلدة طوزخورماتو"] == [None]


# a history incident named by a relative clause with its year and dead, then with its day and place
_HISTORY = ("أصدرت المحكمة الدولية الأربعاء حكمها في قضية التفجير الذي أودى بحياة الوزير السابق عام 2005. "
            "وقال القضاة إن الأدلة المقدمة كافية لإدانة المتهمين الأربعة. "
            "واغتيل الوزير السابق بانفجار سيارة مفخخة في العاشر من آذار 2005 في بيروت.")
# the later telling has other dead: another incident of that year
_HISTORY_OTHER = _HISTORY.replace("واغتيل الوزير السابق بانفجار سيارة مفخخة",
                                  "وقتل ستة أشخاص بانفجار سيارة مفخخة")


def test_history_retold_with_its_place_is_one_record():
    records = _records(_HISTORY, "2018-03-07")
    assert [(r[1], r[2], r[3]) for r in records] == [("بيروت", "2005-03-10", 1)]


def test_history_with_other_dead_stays_apart():
    records = _records(_HISTORY_OTHER, "2018-03-07")
    assert len(records) == 2


# a list of the year's killings, no relative clause naming a known incident: two records
_HISTORY_LIST = _HISTORY.replace("في قضية التفجير الذي أودى بحياة الوزير السابق عام 2005",
                                 "في قضايا عدة. واغتيل النائب السابق عام 2005")


def test_history_listed_without_relative_clause_stays_apart():
    records = _records(_HISTORY_LIST, "2018-03-07")
    assert len(records) == 2


# another man killed in that year, told with his day and place: his own record, the minister's killing kept
_HISTORY_ANOTHER_MAN = _HISTORY.replace("واغتيل الوزير السابق بانفجار سيارة مفخخة في العاشر من آذار 2005 في بيروت",
                                        "واغتيل النائب كريم السعدي بانفجار عبوة في سيارته في الخامس من أيار 2005 "
                                        "في طرابلس")
# the same man named again by his name's head noun: one record
_HISTORY_SAME_MAN = _HISTORY.replace("واغتيل الوزير السابق", "واغتيل الوزير")


def test_history_of_another_man_stays_apart():
    records = _records(_HISTORY_ANOTHER_MAN, "2018-03-07")
    assert sorted((r[2], r[3]) for r in records) == [("2005", 1), ("2005-05-05", 1)]


def test_history_of_the_same_man_is_one_record():
    records = _records(_HISTORY_SAME_MAN, "2018-03-07")
    assert [(r[1], r[2], r[3]) for r in records] == [("بيروت", "2005-03-10", 1)]


def test_history_retold_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_clusters, "HISTORY_RETOLD", False)
    records = _records(_HISTORY, "2018-03-07")
    assert len(records) == 2


# the place of the event the protests coincided with is not where the protesters were killed
_COINCIDED = "قتل 30 محتجا على الأقل برصاص قوات الأمن في تظاهرات تزامنت مع افتتاح مؤتمر دولي في القاهرة."
_PLACED = "قتل 30 محتجا على الأقل برصاص قوات الأمن في تظاهرات في القاهرة."


def test_coincided_event_place_is_not_the_incidents():
    records = _records(_COINCIDED, "2018-05-16")
    assert len(records) == 1 and records[0][1] != "القاهرة" and records[0][3] == 30  # (the country at most)


def test_protests_placed_keep_their_place():
    assert [r[1] for r in _records(_PLACED, "2018-05-16")] == ["القاهرة"]


# "open areas": an adjective after a place noun, no place's name
def test_open_areas_are_no_place():
    records = _records("أطلق مسلحون خمسة صواريخ من قطاع غزة سقطت في مناطق مفتوحة دون وقوع إصابات.", "2018-05-29")
    assert all(r[1] != "مفتوحة" for r in records)


# the news is a response to an attack named loosely; the attack's own day is three weeks before: past context
_RESPONSE = ("قررت الحكومة النرويجية طرد ثلاثة دبلوماسيين الاثنين ردا على هجوم بمادة سامة استهدف معارضا سابقا "
             "على أراضي الدنمارك. وقال وزير الخارجية إن القرار يعكس خطورة الهجوم على أمن القارة. "
             "وأوضح أن المادة المستخدمة في هجوم الخامس من مارس على المعارض في مدينة أودنسه كانت من صنع مختبر عسكري.")
# the attack two days before the news day: it stays the news
_RESPONSE_RECENT = _RESPONSE.replace("الخامس من مارس", "الرابع والعشرين من مارس")


def test_response_to_an_attack_weeks_before_is_background():
    records = _records(_RESPONSE, "2018-03-27")
    assert [(r[1], r[2], r[4]) for r in records] == [("أودنسه", "2018-03-05", True)]


def test_response_to_a_recent_attack_stays_the_news():
    records = _records(_RESPONSE_RECENT, "2018-03-27")
    assert [(r[1], r[2], r[4]) for r in records] == [("أودنسه", "2018-03-24", False)]


# no news day of the article's own (its news may be the attack's inquiry): left as it was
_RESPONSE_NO_DAY = _RESPONSE.replace(" الاثنين ردا على", " ردا على")


def test_response_with_no_news_day_is_left_alone():
    records = _records(_RESPONSE_NO_DAY, "2018-03-27")
    assert [(r[2], r[4]) for r in records] == [("2018-03-05", False)]


def test_response_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_records, "LOOSE_NEWS_PAST", False)
    records = _records(_RESPONSE, "2018-03-27")
    assert [r[4] for r in records] == [False]
