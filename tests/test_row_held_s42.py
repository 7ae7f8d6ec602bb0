"""Pass 42: the curated Yemeni district rows name their governorate, and an incident told at a district joins the
incident told at its governorate (or at a front of it) only when both are told as the same kind of attack by one doer
(attacks_clusters.ROW_HELD_KIND). The sentences are written for these tests."""

import marsad.agent.offline.attacks_clusters as clusters
from marsad.core.gazetteer import get_world_gazetteer

_KIDNAP = ("خطف مسلحو جماعة الحوثي، يوم الأحد، موظفا في مكتب الزراعة بمحافظة البيضاء اليمنية. وأفاد سكان بأن عناصر حوثية "
           "خطفوا الموظف في محافظة البيضاء ونقلوه إلى جهة غير معلومة. وتأتي الحادثة بعد ساعات قليلة من استهداف عناصر "
           "حوثية، سيارة تتبع فريق إغاثة، في مديرية ناطع، بمحافظة البيضاء، مما أدى إلى إصابة 4 من أفراد الفريق.")


def test_district_rows_name_their_governorate():
    world = get_world_gazetteer()
    assert [p.region for p in world.lookup("صرواح") if p.admin_level == "district"] == ["Marib"]
    assert [p.region for p in world.lookup("التحيتا") if p.admin_level == "district"] == ["Hodeidah"]


def test_front_of_a_governorate_and_its_district_one_incident(offline_extract):
    text = ("أحبطت وحدات الجيش، الجمعة، هجوما شنه الحوثيون في جبهة الساحل الغربي بالحديدة. وذكر مصدر "
            "ميداني أن الوحدات صدت هجوما للحوثيين على مواقع لها في مديرية التحيتا بالحديدة.")
    (attack,) = offline_extract(text).attacks
    assert attack.location.governorate == "Hodeidah"


def test_district_place_carries_its_governorate(offline_place):
    loc = offline_place("قتل ثلاثة جنود، الخميس، في هجوم شنه مسلحون على نقطة عسكرية في مديرية صرواح.")
    assert loc.governorate == "Marib"


def test_kidnapping_and_a_targeting_in_a_district_stay_apart(offline_extract):
    attacks = offline_extract(_KIDNAP).attacks
    assert len(attacks) == 2
    kidnap = next(a for a in attacks if a.attack_type == "kidnapping")
    assert kidnap.location.name == "محافظة البيضاء" and kidnap.injured is None
    assert any(a.location.name == "ناطع" and a.injured == 4 for a in attacks)


def test_switch_off_joins_them(offline_extract, monkeypatch):
    monkeypatch.setattr(clusters, "ROW_HELD_KIND", False)
    assert len(offline_extract(_KIDNAP).attacks) == 1


def test_place_within_a_district_is_a_place_of_its_own(offline_extract):
    text = ("شنت مقاتلات التحالف، السبت، غارات على مواقع للحوثيين في مديرية الحيمة غربي العاصمة. كما طالت "
            "الغارات آليات للحوثيين في منطقة الضبوعة بمديرية نهم.")
    places = sorted(a.location.name for a in offline_extract(text).attacks)
    assert places == ["الحيمة", "الضبوعة"]
