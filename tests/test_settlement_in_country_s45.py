"""Pass 45: a settlement no gazetteer knows, told by its unit noun before a country with a direction ("بمدينة كذا وسط
اليمن"), is one town of that country, not a part of the country that holds every province and town in it
(locations.SETTLEMENT_IN_COUNTRY): strikes told after it in another province are another incident. A direction part of
a country ("جنوب شرق تركيا") still holds its provinces. The sentences are written for these tests."""

import marsad.agent.offline.locations as locations

# strikes on an unknown town told within the country, then strikes on a front in another province
TOWN_THEN_FRONT = ('لقي عدد من المسلحين مصرعهم في ضربات لطيران التحالف بمدينة الشعيفة وسط اليمن. '
                   'وشنت المقاتلات غارتين على تجمعات للمسلحين في منطقة الحصون غربي مأرب.')
# the same town, then the strikes told again there (by its bare name, or with no place)
TOWN_RETOLD = ('لقي عدد من المسلحين مصرعهم في ضربات لطيران التحالف بمدينة الشعيفة وسط اليمن. '
               'وأفادت مصادر محلية بأن الغارات أصابت مخزنا للسلاح في الشعيفة.')
TOWN_NO_PLACE = ('لقي عدد من المسلحين مصرعهم في ضربات لطيران التحالف بمدينة الشعيفة وسط اليمن. '
                 'وأفادت مصادر محلية بأن الغارات أصابت مخزنا للسلاح.')
# a direction part of a country, then the province where it happened
COUNTRY_PART = 'قتل سبعة جنود في هجوم شنه مسلحون على قافلة في جنوب شرق تركيا الأحد. ووقع الهجوم في ولاية هكاري قرب الحدود.'


def test_town_in_country_and_front_in_province_two_incidents(offline_extract):
    names = sorted(a.location.name for a in offline_extract(TOWN_THEN_FRONT).attacks)
    assert len(names) == 2
    assert any("الشعيفة" in n for n in names) and any("الحصون" in n for n in names)


def test_switch_off_one_record(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "SETTLEMENT_IN_COUNTRY", False)
    assert len(offline_extract(TOWN_THEN_FRONT).attacks) == 1


def test_town_told_again_one_incident(offline_extract):
    for text in (TOWN_RETOLD, TOWN_NO_PLACE):
        (attack,) = offline_extract(text).attacks
        assert "الشعيفة" in attack.location.name


def test_direction_part_of_country_holds_its_province(offline_extract):
    (attack,) = offline_extract(COUNTRY_PART).attacks
    assert attack.killed == 7
    assert "هكاري" in attack.location.name
