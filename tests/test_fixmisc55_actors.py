"""Pass 55 (fixmisc55, review55 M3 and L1): sentences written for these tests, none from the corpus.

- ``actors_home.UNCODED_COUNTRY``: "قوات المعارضة" stays the Syrian opposition when the only Syrian body named is one
  the registry gives no country code (the FSA, Nusra/HTS).
- ``actors_home.FOREIGN_GENERIC`` and ``agreements_parties.GENERIC_ABROAD`` switch independently.
"""

from __future__ import annotations

from marsad.agent.offline import actors_home, agreements_parties

DAY = "2018-06-03"

# M3 ------------------------------------------------------------------------------------------------------------------

FSA = "واتهمت موسكو قوات المعارضة بقصف أحياء سكنية في المدينة، في حين نفى الجيش الحر أي قصف."
HTS = "وقالت هيئة تحرير الشام إن قوات المعارضة المسلحة انسحبت من البلدة بعد اشتباكات استمرت يومين."
VENEZUELA = "وقالت الحكومة الفنزويلية إن قوات المعارضة هاجمت ثكنة عسكرية في كراكاس."


def _opposition(offline_extract, text: str) -> list[str]:
    return [a.canonical_name for a in offline_extract(text, published=DAY).actors if "المعارض" in a.name]


def test_a_syrian_body_without_a_country_code_keeps_the_opposition_syrian(offline_extract, monkeypatch):
    for text in (FSA, HTS):
        assert _opposition(offline_extract, text) == ["المعارضة السورية"], text
    assert _opposition(offline_extract, VENEZUELA) == ["قوات المعارضة"]
    monkeypatch.setattr(actors_home, "UNCODED_COUNTRY", False)
    assert _opposition(offline_extract, FSA) == ["قوات المعارضة"]
    assert _opposition(offline_extract, HTS) == ["قوات المعارضة"]


# L1 ------------------------------------------------------------------------------------------------------------------

SOUTH_SUDAN = "وقعت حكومة جنوب السودان والمعارضة المسلحة اتفاقا لوقف إطلاق النار في الخرطوم يوم الأربعاء."


def test_the_actors_switch_leaves_the_agreements_rule_on(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_home, "FOREIGN_GENERIC", False)
    parties = [a.parties for a in offline_extract(SOUTH_SUDAN, published=DAY).agreements]
    assert parties == [["جنوب السودان", "المعارضة المسلحة"]], parties
    monkeypatch.setattr(agreements_parties, "GENERIC_ABROAD", False)
    parties = [a.parties for a in offline_extract(SOUTH_SUDAN, published=DAY).agreements]
    assert parties == [["جنوب السودان", "المعارضة السورية"]], parties


def test_the_agreements_switch_leaves_the_actors_rule_on(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "GENERIC_ABROAD", False)
    assert _opposition(offline_extract, VENEZUELA) == ["قوات المعارضة"]
