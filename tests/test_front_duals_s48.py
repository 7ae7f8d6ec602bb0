"""A front's dual names two places ("في جبهتي X وY"): pass 48, ``named_places.FRONT_DUALS``.

GUIDELINES D-21: one record per named place. Before, "جبهتي" was no place noun, so its two names were read as one
place or none. Sentences written for these tests (a first sentence sets the country).
"""

from marsad.agent.offline import named_places

_LEAD = "قال الجيش اليمني اليوم إن عملياته مستمرة في عدد من محافظات اليمن. "


def _places(result, kind=None):
    return sorted(a.location.name for a in result.attacks
                  if a.location is not None and (kind is None or a.attack_type == kind))


def test_strikes_on_two_fronts_are_two_records(offline_extract):
    text = _LEAD + "وأغارت مقاتلات التحالف ست مرات على تجمعات للحوثيين في جبهتي صرواح ونهم."
    assert _places(offline_extract(text), "airstrike") == ["صرواح", "نهم"]


def test_fighting_on_two_fronts_with_a_joint_toll(offline_extract):
    text = _LEAD + "وأوقعت المعارك التي شهدتها جبهتا الكدحة والمقاطرة جنوب تعز أمس 22 قتيلا من الحوثيين."
    result = offline_extract(text)
    assert _places(result) == ["الكدحة", "المقاطرة"]
    assert all(a.killed is None for a in result.attacks)  # a toll of both places together is neither's own


def test_a_second_name_shaped_like_an_adjective(offline_extract):
    text = _LEAD + "وأغارت مقاتلات التحالف على مخازن للحوثيين في جبهتي حرض وميدي."
    assert _places(offline_extract(text), "airstrike") == ["حرض", "ميدي"]


def test_a_front_group_name_is_no_place(offline_extract):
    text = "وهاجمت فصائل معارضة مواقع جبهة النصرة في ريف إدلب أمس."
    assert "النصرة" not in _places(offline_extract(text))


def test_switch_off(offline_extract, monkeypatch):
    text = _LEAD + "وأغارت مقاتلات التحالف ست مرات على تجمعات للحوثيين في جبهتي صرواح ونهم."
    monkeypatch.setattr(named_places, "FRONT_DUALS", False)
    assert _places(offline_extract(text), "airstrike") != ["صرواح", "نهم"]
