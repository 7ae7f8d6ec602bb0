"""Session 12b: registry entries for Palestinian, Lebanese and Syrian bodies, Gulf regional police, "مجهولون".

Fatah has no registry entry yet: both it and Hamas would be armed groups, and the agreement reader takes
all armed groups for one side, so a Fatah-Hamas reconciliation would lose its record (tests/test_agreements_s11.py).
"""
from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.schemas.document import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _actors(ex: OfflineExtractor, text: str) -> dict[str, str]:
    doc = Document(doc_id="t", title=None, source=None, published="2018-05-02", text=text)
    return {a.canonical_name: a.type for a in ex.extract(doc).actors}


def test_bare_fath_verb_is_no_party(ex):
    got = _actors(ex, "غزة - فتح الجيش الإسرائيلي النار على صيادين قرب الشاطئ وفتح تحقيقا في الحادث.")
    assert "حركة فتح" not in got


def test_gulen_full_name_not_fatah(ex):
    got = _actors(ex, "أنقرة - أوقفت الشرطة التركية أربعة معلمين يشتبه بانتمائهم إلى حركة فتح الله غولن.")
    assert "حركة فتح" not in got
    assert "جماعة غولن" in got


def test_palestinian_authority_and_plo(ex):
    got = _actors(ex, "رام الله - رفضت السلطة الفلسطينية ومنظمة التحرير الفلسطينية الخطة الأميركية الأربعاء.")
    assert got.get("السلطة الفلسطينية") == "government_body"
    assert got.get("منظمة التحرير الفلسطينية") == "government_body"


def test_saudi_regional_police(ex):
    got = _actors(ex, "أبها - أوضح المتحدث الإعلامي بشرطة منطقة عسير أن دوريات الأمن قبضت على مطلق النار في المحافظة.")
    assert got.get("الشرطة السعودية") == "police"


def test_saudi_governorate_police(ex):
    got = _actors(ex, "جدة - باشرت شرطة محافظة جدة التحقيق في سرقة متجر بحي الصفا فجر الخميس.")
    assert got.get("الشرطة السعودية") == "police"


def test_bahrain_capital_police(ex):
    got = _actors(ex, "المنامة - أعلنت مديرية شرطة محافظة العاصمة القبض على شخصين بعد مشاجرة في سوق المنامة.")
    assert got.get("الشرطة البحرينية") == "police"


def test_unknown_gunmen_nominative_stay_unknown(ex):
    doc = Document(doc_id="t", title=None, source=None, published="2017-03-02",
                   text="بعقوبة - أطلق مجهولون النار على سيارة موظف في ناحية كنعان شرق بعقوبة، ما أدى إلى مقتله.")
    res = ex.extract(doc)
    assert all(a.perpetrator is None for a in res.attacks)
    assert all(a.canonical_name != "مسلحون مجهولون" for a in res.actors)


def test_registry_knows_majhuloon():
    from marsad.core.lexicon import get_lexicon
    e = get_lexicon().by_id[("actors", "gunmen")]
    assert "مجهولون" in e.ar
