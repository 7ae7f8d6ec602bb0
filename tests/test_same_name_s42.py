"""Pass 42: a place no gazetteer knows, told again with its unit noun or beside another reference place, is the same
place (locations.SAME_NAME): its two tellings are one incident. The sentences are written for these tests."""

import marsad.agent.offline.locations as locations

# strikes on a territory, then an eyewitness naming an unknown quarter twice in one account
ONE_QUARTER = ('أغارت مقاتلات إسرائيلية، السبت، على مواقع متفرقة في القطاع المحاصر. وروى سكان أن الطيران الإسرائيلي قصف "بصاروخين '
               'حقلا شرق منطقة أبو صفية، شرق مدينة غزة، ثم قصف بصواريخ أخرى نقطة قرب معبر '
               'كيسوفيم جنوبا".')
# the same account naming two different unknown quarters
TWO_QUARTERS = ('أغارت مقاتلات إسرائيلية، السبت، على مواقع متفرقة في القطاع المحاصر. وروى سكان أن الطيران الإسرائيلي قصف "بصاروخين '
                'حقلا شرق منطقة أبو صفية، شرق مدينة غزة، ثم قصف بصواريخ أخرى حقلا آخر شرق '
                'منطقة أبو حمدان، جنوب مدينة غزة".')


def test_one_unknown_place_told_twice_one_incident(offline_extract):
    (attack,) = offline_extract(ONE_QUARTER).attacks
    assert "أبو صفية" in attack.location.name


def test_switch_off_two_records(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "SAME_NAME", False)
    assert len(offline_extract(ONE_QUARTER).attacks) == 2


def test_two_unknown_places_stay_apart(offline_extract):
    names = sorted(a.location.name for a in offline_extract(TWO_QUARTERS).attacks)
    assert len(names) == 2
    assert any("أبو حمدان" in n for n in names) and any("أبو صفية" in n for n in names)
