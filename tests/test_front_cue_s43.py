"""A front word ("جبهة"، "جبهات") cues the world name after it as "في" does (pass 43, mentions.FRONT_CUE)."""

import pytest

from marsad.agent.offline import mentions


@pytest.mark.parametrize(("opening", "name"), [
    ("وفي جبهة صرواح، ", "صرواح"),
    ("وفي جبهة حرض ", "حرض"),
    ("وفي جبهة نهم ", "نهم"),
])
def test_fronted_front_names_place(offline_place, opening, name):
    text = opening + "لقي سبعة من مسلحي الحوثي مصرعهم بنيران وحدات الجيش الوطني خلال هجوم فاشل على مواقعه."
    place = offline_place(text)
    assert place is not None and place.name == name and place.country == "YE"


def test_unknown_front_name_stays_unplaced(offline_extract):
    # a front named after no known place gives no world place from the front word alone
    rec = offline_extract("وفي جبهة الصمود، لقي سبعة من مسلحي الحوثي مصرعهم بنيران وحدات الجيش الوطني خلال هجوم فاشل.")
    for attack in rec.attacks:
        assert attack.location is None or attack.location.name != "الصمود"


def test_front_group_name_not_place(offline_extract):
    # "جبهة النصرة" is a group: its name is no place
    rec = offline_extract("هاجم مسلحو جبهة النصرة حاجزا لقوات النظام في ريف إدلب وقتلوا أربعة جنود.")
    assert all(a.location is None or "النصرة" not in a.location.name for a in rec.attacks)


def test_switch_off(monkeypatch):
    monkeypatch.setattr(mentions, "FRONT_CUE", False)
    from marsad.agent.offline.mentions import Gazetteer, get_gazetteer
    from marsad.agent.offline.text import split_document
    shared = get_gazetteer()
    gz = Gazetteer(shared.lexicon, shared.world)
    (s,) = split_document("وفي جبهة صرواح، سقط ستة من مسلحي الحوثي قتلى.")
    assert not [m for m in gz.find(s) if m.entry.kind == "places"]
    monkeypatch.setattr(mentions, "FRONT_CUE", True)
    assert [m.surface for m in Gazetteer(shared.lexicon, shared.world).find(s) if m.entry.kind == "places"] == ["صرواح"]
