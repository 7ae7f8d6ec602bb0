"""Events across documents: the second pass of the matching rule (agent/events.py's docstring) on records
the team wrote — undated reports' window, no later day, recall ties, strike lists, month recalls of a country."""

from __future__ import annotations

from event_records import event_attack, event_doc

from marsad.agent.events import _words, build_events, mentions_of, pair_score
from marsad.schemas import DocumentRecords

_attack, _doc = event_attack, event_doc


def _together(events, a: str, b: str) -> bool:
    return any({a, b} <= {m.doc_id for m in e.mentions} for e in events)


def _mention(doc: DocumentRecords, index: int = 0):
    return mentions_of([doc])[index]


# ---------------------------------------------------------------- dates of undated reports
def test_an_undated_current_report_tells_of_its_publication_day_or_the_day_before():
    dated = _doc("a", "2018-03-05", _attack("a", date="2018-03-04"))
    same_news = _doc("b", "2018-03-05", _attack("b", date=None))   # window 4-5 March: the bombing of the 4th
    next_news = _doc("c", "2018-03-06", _attack("c", date=None))   # window 5-6 March: one day outside
    days_later = _doc("d", "2018-03-08", _attack("d", date=None))  # window 7-8 March: another bombing
    assert _together(build_events([dated, same_news]), "a", "b")
    assert not _together(build_events([dated, next_news]), "a", "c")
    assert pair_score(_mention(dated), _mention(days_later)) is None


def test_no_article_tells_of_a_day_after_its_publication():
    recall = _doc("r", "2018-03-01", _attack("r", date=None, killed=5, background=True))
    later = _doc("a", "2018-03-05", _attack("a", date="2018-03-04", killed=5))
    assert pair_score(_mention(later), _mention(recall)) is None
    assert not _together(build_events([recall, later]), "r", "a")


def test_two_undated_reports_published_days_apart_are_two_incidents():
    a = _doc("a", "2018-03-04", _attack("a", date=None))
    b = _doc("b", "2018-03-05", _attack("b", date=None))
    c = _doc("c", "2018-03-20", _attack("c", date=None))
    assert pair_score(_mention(a), _mention(b)) is not None
    assert pair_score(_mention(a), _mention(c)) is None
    assert not _together(build_events([a, c]), "a", "c")


def test_another_day_in_the_same_town_needs_a_tie_besides_the_place():
    fighting = _doc("a", "2015-07-25", _attack("a", date="2015-07-23", place="درعا", kind="other",
                                               perpetrator="جبهة النصرة"))
    shelling = _doc("b", "2015-07-25", _attack("b", date="2015-07-24", place="درعا", kind="shelling"))
    assert pair_score(_mention(fighting), _mention(shelling)) is None
    # the same day, or another day with the same type, perpetrator or a close toll: one incident can be told so
    same_day = _doc("c", "2015-07-25", _attack("c", date="2015-07-23", place="درعا", kind="shelling"))
    assert pair_score(_mention(fighting), _mention(same_day)) is not None
    toll_60 = _doc("d", "2018-05-15", _attack("d", date="2018-05-14", place="غزة", kind="other", killed=60))
    toll_62 = _doc("e", "2018-05-18", _attack("e", date="2018-05-15", place="غزة", kind="armed_assault", killed=62))
    toll_7 = _doc("f", "2018-05-18", _attack("f", date="2018-05-15", place="غزة", kind="armed_assault", killed=7))
    assert pair_score(_mention(toll_60), _mention(toll_62)) is not None
    assert pair_score(_mention(toll_60), _mention(toll_7)) is None


# ---------------------------------------------------------------- recalls
def test_an_undated_recall_of_a_busy_city_needs_its_actor_its_toll_or_the_same_days():
    incident = _doc("a", "2018-02-23", _attack("a", date="2018-02-22", place="مقديشو", kind="car_bomb",
                                               perpetrator="حركة الشباب"))
    # a month later: "a car bomb near a hotel in Mogadishu killed 14" — no actor, a toll the incident lacks
    untied = _doc("z", "2018-03-25", _attack("z", date=None, place="مقديشو", kind="car_bomb", killed=14,
                                             background=True))
    same_actor = _doc("y", "2018-03-25", _attack("y", date=None, place="مقديشو", kind="car_bomb",
                                                 perpetrator="حركة الشباب", background=True))
    same_days = _doc("x", "2018-02-24", _attack("x", date=None, place="مقديشو", kind="car_bomb", background=True))
    assert not _together(build_events([incident, untied]), "a", "z")
    assert _together(build_events([incident, same_actor]), "a", "y")
    assert _together(build_events([incident, same_days]), "a", "x")


def test_an_undated_recall_naming_only_a_country_needs_the_actor_and_the_same_days():
    first = _doc("a", "2018-07-23", _attack("a", date=None, place="الكويت", kind="other", perpetrator="داعش",
                                            background=True))
    retold = _doc("b", "2018-07-24", _attack("b", date=None, place="الكويت", kind="other", perpetrator="داعش",
                                             background=True))
    a_year_on = _doc("c", "2019-07-24", _attack("c", date=None, place="الكويت", kind="other", perpetrator="داعش",
                                                background=True))
    assert _together(build_events([first, retold]), "a", "b")
    assert not _together(build_events([first, a_year_on]), "a", "c")


def test_a_month_recall_of_a_country_joins_the_one_incident_that_fits_it():
    truck = _doc("a", "2017-10-15", _attack("a", date="2017-10-14", place="مقديشو", kind="car_bomb", killed=276))
    recall = _doc("r", "2018-03-25", _attack("r", date="2017-10", place="الصومال", kind="car_bomb", killed=512,
                                             background=True))
    assert _together(build_events([truck, recall]), "a", "r")
    # a second car bomb in Somalia that October: the recall cannot tell which and stays alone
    other = _doc("b", "2017-10-29", _attack("b", date="2017-10-28", place="مقديشو", kind="car_bomb", killed=23))
    events = build_events([truck, other, recall])
    assert not _together(events, "a", "r") and not _together(events, "b", "r")
    # a recall far below the incident's toll, or in another month, is another incident
    low = _doc("s", "2018-03-25", _attack("s", date="2017-10", place="الصومال", kind="car_bomb", killed=20,
                                          background=True))
    assert not _together(build_events([truck, low]), "a", "s")
    november = _doc("t", "2018-03-25", _attack("t", date="2017-11", place="الصومال", kind="car_bomb",
                                               background=True))
    assert not _together(build_events([truck, november]), "a", "t")


def test_an_undated_recall_of_a_country_is_not_given_to_the_only_incident_there():
    incident = _doc("a", "2015-06-27", _attack("a", date="2015-06-26", place="الموصل", kind="ied", killed=26))
    recall = _doc("r", "2015-07-23", _attack("r", date=None, place="العراق", kind="other", perpetrator="داعش",
                                             background=True))
    assert not _together(build_events([incident, recall]), "a", "r")


# ---------------------------------------------------------------- strike lists
def _statement(doc_id: str, published: str, date: str | None, places: list[str], target: str) -> DocumentRecords:
    return _doc(doc_id, published, *(_attack(doc_id, date=date, place=p, kind="airstrike", perpetrator="التحالف الدولي",
                                             target=target) for p in places))


def test_one_strike_statement_retold_merges_entry_by_entry():
    a = _statement("a", "2015-07-26", "2015-07-25", ["الرمادي", "طوز خورماتو", "عين العرب"], "وحدات تكتيكية ودبابات")
    b = _statement("b", "2015-07-26", "2015-07-25", ["الرمادي", "طوز خورماتو", "عين العرب"], "وحدات تكتيكية ودبابة")
    events = build_events([a, b])
    assert len(events) == 3 and all(len(e.mentions) == 2 for e in events)
    # the outlets dated the same statement one day apart: still one statement
    c = _statement("c", "2015-07-26", "2015-07-26", ["الرمادي", "طوز خورماتو", "عين العرب"], "وحدات تكتيكية")
    assert len(build_events([a, c])) == 3


def test_the_next_statement_on_the_same_front_stays_apart():
    a = _statement("a", "2015-07-26", "2015-07-25", ["الرمادي", "طوز خورماتو", "عين العرب"], "وحدات تكتيكية")
    other_places = _statement("b", "2015-07-25", None, ["بيجي", "الرمادي"], "وحدات تكتيكية")  # undated, of the 24th-25th
    assert not _together(build_events([a, other_places]), "a", "b")
    other_targets = _statement("c", "2015-07-27", "2015-07-26", ["الرمادي", "طوز خورماتو", "عين العرب"],
                               "مخزن أسلحة ومدفع هاون")
    assert not _together(build_events([a, other_targets]), "a", "c")


def test_a_list_entry_and_a_single_report_follow_the_other_rules():
    a = _statement("a", "2015-07-26", "2015-07-25", ["الرمادي", "طوز خورماتو", "عين العرب"], "وحدات تكتيكية")
    single = _doc("s", "2015-07-26", _attack("s", date="2015-07-25", place="الرمادي", kind="airstrike",
                                             perpetrator="التحالف الدولي", target="موضع دفاعي"))
    assert _together(build_events([a, single]), "a", "s")


def test_target_words_ignore_the_article_clitics_and_the_accusative_alif():
    assert _words("والمركز للتدريب") == _words("مركزا التدريب") == frozenset({"مركز", "تدريب"})
    assert _words(None) == frozenset()
