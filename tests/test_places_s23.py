"""Session 23 (places of attacks): ambiguous names resolved by context."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import locations as locations_mod
from marsad.schemas import Document


def _places(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="t-places-s23", title=title, published="2018-05-06", text=text)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [((a.get("location") or {}).get("name"), (a.get("location") or {}).get("country")) for a in recs["attacks"]]


# a Yemeni area named like an Egyptian town, told with the Yemeni district that holds it
_PARENT = ("أفاد سكان في اليمن بأن أربعة مسلحين حوثيين قتلوا الجمعة بغارة جوية على منطقة الحسينية التابعة لمديرية بيت الفقيه.\n"
           "وأضافت المصادر أن الغارة دمرت عربة عسكرية كانت تقل المسلحين.\n"
           "وفي سياق آخر، دعت مصر إلى استئناف المحادثات بين الأطراف اليمنية.\n")


def test_parent_district_places_the_town():
    assert [c for _, c in _places(_PARENT)] == ["YE"]


def test_parent_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(locations_mod, "PARENT_STATED", False)
    assert [c for _, c in _places(_PARENT)] == ["EG"]


# "وجده" (found him) is no Jeddah; "حديثه" (his talk) is no Haditha
_HIS = ("قال مسؤول في الشرطة التركية إن مسلحا قتل ثلاثة موظفين في مصرف بمدينة قونية صباح الأحد.\n"
        "وأضاف أن المسلح دخل مكتب المدير فلما وجده مغلقا أطلق النار على الموظفين في القاعة.\n")


def test_his_noun_is_no_place():
    assert [c for _, c in _places(_HIS)] == ["TR"]


def test_his_noun_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(locations_mod, "HIS_NOUN", False)
    assert sorted(c for _, c in _places(_HIS)) == ["SA", "TR"]


def test_his_noun_keeps_cued_place():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    text = "قتل شخصان في انفجار عبوة ناسفة في مدينة حديثه غرب العراق.\n"
    doc = Document(doc_id="t-his-cued", published="2018-05-06", text=text)
    ctx = build_context(doc, get_gazetteer())
    m = next(m for m in ctx.mentions[0] if m.kind == "places" and "حديث" in m.surface)
    assert locations_mod.place_at(ctx, 0, m).location.country == "IQ"


# a round-up of several countries: "بالشهداء" (as martyrs) is no Egyptian town because Egypt is named far away
_ROUNDUP = ("أعلنت وزارة الداخلية العراقية أن قواتها قتلت خمسة مسلحين في هجوم على قرية قرب كركوك.\n"
            "وقال المتحدث إن القوات فككت عبوات ناسفة في القرية.\n"
            "وأضاف أن المسلحين كانوا يخططون لهجمات في بغداد.\n"
            "ونشر أنصار التنظيم رسائل وصفوا فيها القتلى بالشهداء على مواقع التواصل.\n"
            "وفي سياق آخر، أعلنت الحكومة الأردنية زيادة الرقابة على حدودها.\n"
            "كما ناقش وزير الخارجية مع نظيره اللبناني الأوضاع في المنطقة.\n"
            "وحث الوزيران على توسيع التنسيق ضد الجماعات المتطرفة.\n"
            "واتفقا على عقد لقاء جديد خلال الأشهر المقبلة.\n"
            "وكانت مصر قد استضافت اجتماعا لوزراء الداخلية العرب الشهر الماضي.\n")


def _martyrs_country() -> str | None:
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    doc = Document(doc_id="t-roundup", published="2018-05-06", text=_ROUNDUP)
    ctx = build_context(doc, get_gazetteer())
    si, m = next((si, m) for si, ms in enumerate(ctx.mentions) for m in ms if m.kind == "places" and "الشهداء" in m.surface)
    return locations_mod.place_at(ctx, si, m).location.country


def test_everyday_word_far_from_its_country():
    assert _martyrs_country() is None


def test_everyday_near_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(locations_mod, "EVERYDAY_NEAR", False)
    assert _martyrs_country() == "EG"


# an unknown quarter told by its bearing from a city lies in that city's country, not in the other one named
_BEARING = ("أعلنت إسرائيل أن قذيفة أطلقت من غزة سقطت في أرض مفتوحة داخل إسرائيل دون إصابات.\n"
            "وقال شهود إن الطيران الإسرائيلي قصف أرضا زراعية شرق منطقة الزهيرات، شرق مدينة غزة، وقصف موقعا قرب معبر إسرائيلي.\n"
            "وقالت إسرائيل إنها ستواصل الرد على أي هجوم.\n")


def _bearing_countries() -> set[str | None]:
    return {c for _, c in _places(_BEARING)}


def test_bearing_places_unknown_quarter():
    assert _bearing_countries() == {"PS"}


def test_bearing_switch_off(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import named_places as named_mod
    monkeypatch.setattr(named_mod, "TOLD_AFTER", False)
    assert "IL" in _bearing_countries()


# "حماة الوطن" (the homeland's protectors) in an article that names no Syria is no Hama
_PROTECTORS = ("قال مسؤول أمني في الرياض إن انتحاريا فجر نفسه عند نقطة تفتيش أمنية سعيا إلى قتل جنود من حماة الوطن مساء الخميس.\n"
               "وأضاف أن الهجوم لم يسفر عن إصابات بين رجال الأمن.\n")


def test_common_noun_town_is_no_place():
    assert "SY" not in {c for _, c in _places(_PROTECTORS)}


def test_common_noun_town_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(locations_mod, "NOUN_TOWNS", False)
    assert "SY" in {c for _, c in _places(_PROTECTORS)}
