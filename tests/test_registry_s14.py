"""World actor registry, session 14: South Sudan's leaders and armed opposition. Sentences written for the tests."""

from __future__ import annotations


def test_south_sudan_leaders_resolve_to_the_registry(offline_extract):
    r = offline_extract("والتقى رئيس جنوب السودان سلفا كير في أديس أبابا زعيم المتمردين رياك مشار لبحث وقف إطلاق النار.")
    english = {a.name_en for a in r.actors}
    assert "Salva Kiir Mayardit" in english
    assert "Riek Machar" in english


def test_south_sudan_armed_opposition_is_an_armed_group(offline_extract):
    r = offline_extract("واتهمت جوبا الحركة الشعبية لتحرير السودان في المعارضة بمهاجمة قاعدة للجيش قرب ملكال.")
    assert any(a.name_en == "SPLM-IO" and a.type == "armed_group" for a in r.actors)
