"""Pass 42: a place told as the border where an incident happened and a more specific town right after it ("قرب
الحدود مع إسرائيل شرق بلدة كذا"): the incident is at the town (attacks_places.BORDER_THEN_TOWN). The sentences are
written for these tests."""

import marsad.agent.offline.attacks_places as attacks_places

BORDER_THEN_TOWN = ("قالت وزارة الصحة في غزة إن شابا فلسطينيا قتل برصاص الجيش الإسرائيلي في المواجهات قرب "
                    "الحدود مع إسرائيل شرق رفح يوم الجمعة.")
# the same death told again at the town: one incident once the first telling is placed there too
TOLD_TWICE = BORDER_THEN_TOWN + " وقال المتحدث إن الشاب قتل برصاص الجيش الإسرائيلي شرق رفح أثناء المواجهات."
# a border with nothing after it stays the place
BORDER_ONLY = ("قالت وزارة الصحة في غزة إن شابا فلسطينيا قتل برصاص الجيش الإسرائيلي في المواجهات قرب "
               "الحدود مع إسرائيل يوم الجمعة.")


def test_town_after_border_is_the_place(offline_place):
    assert "رفح" in offline_place(BORDER_THEN_TOWN).name


def test_told_twice_one_incident(offline_extract):
    (attack,) = offline_extract(TOLD_TWICE).attacks
    assert "رفح" in attack.location.name


def test_switch_off_keeps_the_border_country(offline_place, monkeypatch):
    monkeypatch.setattr(attacks_places, "BORDER_THEN_TOWN", False)
    assert "رفح" not in offline_place(BORDER_THEN_TOWN).name


def test_border_alone_unchanged(offline_place):
    assert "رفح" not in offline_place(BORDER_ONLY).name
