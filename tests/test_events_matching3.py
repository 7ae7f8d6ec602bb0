"""Events across documents: the third pass of the matching rule (agent/events.py's docstring) on records the
team wrote — places named only by their country, place hierarchy by distance and by name, type and actor
families, updated tolls, two days apart, recalls told to the day or with their final toll."""

from __future__ import annotations

from event_records import event_attack, event_doc

from marsad.agent.events import MERGE_AT, build_events, mentions_of, pair_score
from marsad.schemas import DocumentRecords
from marsad.schemas.records import Location

_attack, _doc = event_attack, event_doc


def _together(docs, a: str, b: str) -> bool:
    return any({a, b} <= {m.doc_id for m in e.mentions} for e in build_events(docs))


def _score(a: DocumentRecords, b: DocumentRecords) -> float | None:
    return pair_score(mentions_of([a])[0], mentions_of([b])[0])


# ---------------------------------------------------------------- a country only
def test_two_reports_naming_only_a_country_need_a_tie_besides_date_and_type():
    a = _doc("a", "2018-03-05", _attack("a", place="اليمن", kind="airstrike"))
    b = _doc("b", "2018-03-05", _attack("b", place="اليمن", kind="airstrike"))
    assert _score(a, b) is None  # a country sees many airstrikes a day
    same_actor = [_doc(d, "2018-03-05", _attack(d, place="اليمن", kind="airstrike", perpetrator="الحوثيين"))
                  for d in ("a", "b")]
    assert _together(same_actor, "a", "b")
    same_toll = [_doc(d, "2018-03-05", _attack(d, place="اليمن", kind="other", killed=14)) for d in ("a", "b")]
    assert _together(same_toll, "a", "b")


def test_a_country_holding_a_town_is_weaker_evidence_than_the_town_itself():
    town = _doc("a", "2018-03-05", _attack("a", place="عدن", kind="airstrike", perpetrator="الحوثيين"))
    same_town = _doc("b", "2018-03-05", _attack("b", place="عدن", kind="airstrike", perpetrator="الحوثيين"))
    country = _doc("c", "2018-03-05", _attack("c", place="اليمن", kind="airstrike", perpetrator="الحوثيين"))
    assert _score(town, country) < _score(town, same_town)
    # on the next day only the toll ties a country-wide mention to the town
    next_day = _doc("d", "2018-03-06", _attack("d", date="2018-03-05", place="اليمن", kind="airstrike",
                                             perpetrator="الحوثيين"))
    assert _score(town, next_day) is None


def test_two_recalls_stating_the_same_day_of_one_country_are_one_incident():
    a = _doc("a", "2018-03-26", _attack("a", place="الكويت", kind="other", background=True))
    b = _doc("b", "2018-04-13", _attack("b", place="الكويت", kind="other", background=True))
    assert _together([a, b], "a", "b")  # "the attack of 4 March", weeks later
    current = [_doc(d, "2018-03-05", _attack(d, place="الكويت", kind="other")) for d in ("a", "b")]
    assert not _together(current, "a", "b")


# ---------------------------------------------------------------- place hierarchy
def test_a_place_named_in_the_others_written_place_is_inside_it():
    spot = Location(name="رصيف ميناء الحيمة في مديرية التحيتا", canonical_name="الحيمة", country="YE")
    district = Location(name="مديرية التحيتا", canonical_name="التحيتا", country="YE")
    other = Location(name="مديرية الخوخة", canonical_name="الخوخة", country="YE")
    a = _doc("a", "2018-03-05", _attack("a", place=spot, kind="airstrike"))
    b = _doc("b", "2018-03-05", _attack("b", place=district, kind="airstrike"))
    c = _doc("c", "2018-03-05", _attack("c", place=other, kind="airstrike"))
    assert _together([a, b], "a", "b")
    assert _score(a, c) is None


def test_aliases_name_the_place_around_the_spot():
    spot = Location(name="قرب الميناء", canonical_name="الحيمة", country="YE", aliases=["التحيتا"])
    district = Location(name="مديرية التحيتا", canonical_name="التحيتا", country="YE")
    assert _score(_doc("a", "2018-03-05", _attack("a", place=spot)),
                  _doc("b", "2018-03-05", _attack("b", place=district))) is not None


def test_one_english_name_at_one_level_is_one_place_spelled_two_ways():
    a = _doc("a", "2015-07-21", _attack("a", date="2015-07-20", kind="suicide_attack",
                                        place=Location(name="سروج", canonical_name="سروج", name_en="Suruc")))
    b = _doc("b", "2015-07-21", _attack("b", date="2015-07-20", kind="suicide_attack",
                                        place=Location(name="سوروتش", canonical_name="سوروتش", name_en="Suruç")))
    c = _doc("c", "2015-07-21", _attack("c", date="2015-07-20", kind="suicide_attack",
                                        place=Location(name="ديار بكر", canonical_name="ديار بكر", name_en="Diyarbakir")))
    assert _together([a, b], "a", "b")
    assert _score(a, c) is None


def test_a_neighbourhood_at_its_citys_coordinates_lies_in_it():
    city = Location(name="بلدة الفرات القديمة", canonical_name="بلدة الفرات القديمة", lat=33.0, lon=44.0,
                    admin_level="city", country="IQ")
    quarter = Location(name="حي الزهرة الجديدة", canonical_name="حي الزهرة الجديدة", lat=33.0, lon=44.0,
                       admin_level="area", country="IQ")
    far_quarter = Location(name="حي النخيل البعيد", canonical_name="حي النخيل البعيد", lat=33.5, lon=44.0,
                           admin_level="area", country="IQ")  # 55 km away
    a = _doc("a", "2018-03-05", _attack("a", place=city, killed=5))
    b = _doc("b", "2018-03-05", _attack("b", place=quarter, killed=5))
    c = _doc("c", "2018-03-05", _attack("c", place=far_quarter, killed=5))
    assert _together([a, b], "a", "b")
    assert _score(a, c) is None


def test_one_city_resolved_two_ways_is_one_place():
    a = Location(name="ديار بكر", canonical_name="ديار بكر", lat=37.91, lon=40.22, admin_level="city", country="TR")
    b = Location(name="دياربكر", canonical_name="دياربكر", lat=37.92, lon=40.23, admin_level="city", country="TR")
    assert _together([_doc("a", "2015-07-23", _attack("a", date="2015-07-22", place=a, kind="armed_assault")),
                      _doc("b", "2015-07-23", _attack("b", date="2015-07-22", place=b, kind="armed_assault"))], "a", "b")


# ---------------------------------------------------------------- types and actors
def test_a_bombing_told_as_an_ied_and_as_a_suicide_attack_is_one_incident():
    a = _doc("a", "2018-03-05", _attack("a", kind="ied"))
    b = _doc("b", "2018-03-05", _attack("b", kind="suicide_attack"))
    shelling = _doc("c", "2018-03-05", _attack("c", kind="shelling"))
    next_day = _doc("d", "2018-03-06", _attack("d", date="2018-03-05", kind="suicide_attack"))
    assert _together([a, b], "a", "b")
    assert _score(a, next_day) is None  # one family is no tie for another day
    assert _score(a, b) > _score(a, shelling)  # one family 0, two kinds -2


def test_a_group_and_its_parent_do_not_veto_each_other():
    affiliate = _doc("a", "2018-03-05", _attack("a", perpetrator="ولاية سيناء", killed=7))
    parent = _doc("b", "2018-03-05", _attack("b", perpetrator="داعش", killed=7))
    rival = _doc("c", "2018-03-05", _attack("c", perpetrator="حزب العمال الكردستاني", killed=7))
    assert mentions_of([affiliate])[0].perpetrator_key == "sinai_province"
    assert _together([affiliate, parent], "a", "b")
    assert _score(parent, rival) is None


# ---------------------------------------------------------------- tolls and dates
def test_small_equal_tolls_count_less_than_large_ones():
    one = [_doc(d, "2018-03-05", _attack(d, killed=1)) for d in ("a", "b")]
    many = [_doc(d, "2018-03-05", _attack(d, killed=12)) for d in ("a", "b")]
    assert _score(*one) < _score(*many)


def test_an_updated_toll_told_days_later_without_its_day_joins_the_incident():
    first = _doc("a", "2015-08-11", _attack("a", date="2015-08-10", killed=24, kind="car_bomb"))
    update = _doc("b", "2015-08-13", _attack("b", date=None, killed=40, kind="car_bomb"))  # two days on
    no_update = _doc("c", "2015-08-13", _attack("c", date=None, killed=24, kind="car_bomb"))
    assert _together([first, update], "a", "b")
    assert _score(first, no_update) is None  # the same toll three days on: another bombing
    too_late = _doc("d", "2015-08-16", _attack("d", date=None, killed=40, kind="car_bomb"))
    assert _score(first, too_late) is None


def test_two_days_apart_only_the_toll_ties_one_town():
    a = _doc("a", "2015-07-23", _attack("a", date="2015-07-22", kind="airstrike", perpetrator="الحوثيين", killed=12))
    b = _doc("b", "2015-07-25", _attack("b", date="2015-07-24", kind="airstrike", perpetrator="الحوثيين", killed=28))
    c = _doc("c", "2015-07-25", _attack("c", date="2015-07-24", kind="airstrike", killed=13))
    assert _score(a, b) is None
    assert _score(a, c) is not None


# ---------------------------------------------------------------- recalls
def test_an_undated_recall_with_the_final_toll_joins_its_incident():
    event = _doc("a", "2015-07-21", _attack("a", date="2015-07-20", kind="suicide_attack", killed=30))
    recall = _doc("b", "2015-08-20", _attack("b", date=None, kind="suicide_attack", killed=32, background=True))
    other_toll = _doc("c", "2015-08-20", _attack("c", date=None, kind="suicide_attack", killed=5, background=True))
    assert _together([event, recall], "a", "b")
    assert not _together([event, other_toll], "a", "c")


def test_a_recall_told_to_the_day_may_name_the_country_of_the_incident():
    event = _doc("a", "2015-06-27", _attack("a", date="2015-06-26", kind="ied", killed=26, place=Location(
        name="مسجد الإمام الصادق", canonical_name="الصوابر", country="KW")))
    recall = _doc("b", "2015-07-23", _attack("b", date="2015-06-26", kind="suicide_attack", killed=27,
                                             place="الكويت", background=True))
    other_day = _doc("c", "2015-07-23", _attack("c", date="2015-06-25", kind="suicide_attack", killed=27,
                                                place="الكويت", background=True))
    no_tie = _doc("d", "2015-07-23", _attack("d", date="2015-06-26", kind="suicide_attack", place="الكويت",
                                             background=True))
    assert _together([event, recall], "a", "b")
    assert _score(event, other_day) is None
    assert _score(event, no_tie) is None


def test_merge_threshold_is_the_documented_one():
    assert MERGE_AT == 4.0


# ---------------------------------------------------------------- which events a mention is compared with
def test_a_report_told_only_to_the_month_is_compared_with_the_days_of_that_month():
    day = _doc("a", "2018-03-05", _attack("a", date="2018-03-04", killed=12))
    month = _doc("b", "2018-03-20", _attack("b", date="2018-03", killed=12))
    other_month = _doc("c", "2018-04-20", _attack("c", date="2018-04", killed=12))
    assert _score(day, month) is not None
    assert _together([day, month], "a", "b")
    assert not _together([day, other_month], "a", "c")


def test_an_undated_recall_finds_its_incident_under_the_places_other_spelling():
    event = _doc("a", "2015-07-21", _attack("a", date="2015-07-20", kind="suicide_attack", perpetrator="داعش",
                                            place=Location(name="سروج", canonical_name="سروج", name_en="Suruc")))
    recall = _doc("b", "2015-08-20", _attack("b", date=None, kind="suicide_attack", perpetrator="داعش", background=True,
                                             place=Location(name="سوروتش", canonical_name="سوروتش", name_en="Suruç")))
    assert _together([event, recall], "a", "b")


def test_an_undated_current_report_is_not_of_another_months_report():
    undated = _doc("a", "2018-02-21", _attack("a", date=None, kind="airstrike"))
    march = _doc("b", "2018-04-05", _attack("b", date="2018-03", kind="airstrike"))
    february = _doc("c", "2018-03-01", _attack("c", date="2018-02", kind="airstrike"))
    campaign = _doc("d", "2018-02-22", _attack("d", date="2018-01", kind="airstrike", background=True))
    assert _score(undated, march) is None  # it tells of 20-21 February
    assert _score(undated, february) is not None
    assert _score(undated, campaign) is not None  # a recall of the month an offensive began


def test_tolls_ten_times_apart_weigh_more_against_one_incident():
    small = _doc("a", "2018-05-01", _attack("a", killed=2))
    update = _doc("b", "2018-05-01", _attack("b", killed=5))   # within an update's range: +0.5
    far = _doc("d", "2018-05-01", _attack("d", killed=10))     # five times: -1
    total = _doc("c", "2018-05-01", _attack("c", killed=714))  # a running total, not the incident: -2
    assert _score(small, update) - _score(small, far) == 1.5
    assert _score(small, far) - _score(small, total) == 1.0


def test_naming_only_a_country_close_tolls_of_two_current_reports_are_no_tie():
    a = _doc("a", "2018-05-11", _attack("a", date="2018-05-11", place="اليمن", kind="other", killed=40))
    b = _doc("b", "2018-05-11", _attack("b", date="2018-05-11", place="اليمن", kind="other", killed=35))
    assert _score(a, b) is None  # two battles of one day in a country at war


def test_a_months_tally_matches_one_days_report_only_with_its_actor_or_toll():
    day = _doc("a", "2018-06-04", _attack("a", date="2018-06-03", place="عدن", kind="shelling"))
    tally = _doc("b", "2018-07-11", _attack("b", date="2018-06", place="عدن", kind="shelling", perpetrator="الحوثيين",
                                            killed=40))
    assert _score(day, tally) is None  # "40 civilians killed in Aden in June"
    same_actor = _doc("c", "2018-06-04", _attack("c", date="2018-06-03", place="عدن", kind="shelling",
                                                 perpetrator="الحوثيين"))
    assert _score(same_actor, tally) is not None


def test_naming_only_a_country_one_actor_ties_only_with_a_type_of_one_family():
    town = _doc("a", "2018-06-09", _attack("a", date="2018-06-08", place="عدن", kind="airstrike", perpetrator="الحوثيين"))
    tally = _doc("b", "2018-06-09", _attack("b", date="2018-06-08", place="اليمن", kind="other", perpetrator="الحوثيين",
                                            killed=6))
    strike = _doc("c", "2018-06-09", _attack("c", date="2018-06-08", place="اليمن", kind="shelling",
                                             perpetrator="الحوثيين"))
    assert _score(town, tally) is None
    assert _score(town, strike) is not None
