"""Pass 40: attacks told at a named sea, and "ضربة صاروخية" as a missile strike.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_incidents, attacks_records, frames, scope
from marsad.core.arabic import normalize
from marsad.schemas import Document


def _records(body: str) -> list:
    return OfflineExtractor().extract(Document(doc_id="t", title="ملاحة", text=body, published="2019-03-14")).attacks


_SEA = "وأعربت الوزارة عن قلقها من ضربة صاروخية للمتمردين على سفينة حبوب قرب ميناء الحديدة أمس ومن هجوم آخر على ناقلة غاز في بحر العرب."


def test_named_sea_after_a_locative_is_found():
    w = normalize("هجوم على زورق في البحر الأحمر").split()
    assert scope.named_sea(w, 0, len(w)) == [4]
    w = normalize("اقترب الأسطول من البحر الأحمر").split()
    assert scope.named_sea(w, 0, len(w)) == []  # no locative before it


def test_a_bare_attack_on_a_ship_at_a_named_sea_is_an_event():
    recs = _records("ووقع هجوم آخر على ناقلة غاز في بحر العرب.")
    assert len(recs) == 1 and recs[0].target


def test_attacks_on_ships_at_sea_in_general_are_no_event():
    assert _records("تتزايد المخاوف من هجمات على ناقلات النفط في البحر الأحمر.") == []


def test_another_attack_at_sea_is_apart_from_the_strike_before_it():
    recs = _records(_SEA)
    assert len(recs) == 2
    assert sorted(a.attack_type for a in recs) == ["other", "shelling"]


def test_sea_switches_off(monkeypatch):
    monkeypatch.setattr(attacks_records, "SEA_EVENT", False)
    assert _records("ووقع هجوم آخر على ناقلة غاز في بحر العرب.") == []
    monkeypatch.setattr(attacks_incidents, "ANOTHER_FLOATS", False)
    assert len(_records(_SEA)) == 1


def test_a_missile_blow_is_shelling_and_an_air_blow_an_airstrike():
    assert [a.attack_type for a in _records("نددت الحكومة بضربة المسلحين الصاروخية على مرفأ المكلا أمس.")] == ["shelling"]
    assert [a.attack_type for a in _records("نفذت المقاتلات ضربة جوية على مخزن أسلحة في مدينة سرت أمس.")] == ["airstrike"]


def test_missile_blow_switch_off(monkeypatch):
    monkeypatch.setattr(frames, "MISSILE_BLOW", False)
    assert [a.attack_type for a in _records("نددت الحكومة بضربة المسلحين الصاروخية على مرفأ المكلا أمس.")] != ["shelling"]


def test_shipping_at_large_or_a_purpose_at_sea_is_no_event():
    assert _records("ويستخدم المسلحون الجزيرة قاعدة لاستهداف السفن في البحر الأحمر.") == []
    assert _records("وقع هجوم على الملاحة الدولية في بحر العرب.") == []


def test_a_ship_undergoing_an_attack_at_sea_is_an_event():
    assert len(_records("وتعرضت سفينة شحن لهجوم في البحر الأحمر.")) == 1
