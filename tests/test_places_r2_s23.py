"""Session 23, second round (places of attacks): a mission's owner casts no vote for the article's country."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import context as context_mod
from marsad.schemas import Document


def _places(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="t-places-r2-s23", title=title, published="2018-03-03", text=text)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [((a.get("location") or {}).get("name"), (a.get("location") or {}).get("country")) for a in recs["attacks"]]


# an attack told with no place of its own, in an article that names France mostly as an embassy's owner
_EMBASSY = ("قالت الحكومة إن مسلحين هاجموا مقرا عسكريا صباح الجمعة وقتلوا ثمانية جنود.\n"
            "وقال شهود في بوركينا فاسو إن دخانا كثيفا تصاعد قرب سفارة فرنسا بعد الهجوم.\n"
            "وأغلقت السفارة الفرنسية أبوابها، ودعت سفارة فرنسا رعاياها إلى البقاء في منازلهم.\n"
            "كما أعلنت القنصلية الفرنسية تعليق أعمالها حتى إشعار آخر.\n")


def test_embassy_owner_casts_no_vote():
    assert [c for _, c in _places(_EMBASSY)] == ["BF"]


def test_embassy_owner_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_mod, "EMBASSY_OWNER", False)
    assert [c for _, c in _places(_EMBASSY)] != ["BF"]


# a small Saudi town named by an everyday word ("الوجه" the face / the manner) in Saudi news, told with no cue
_SMALL = ("أعلنت وزارة الداخلية في الرياض القبض على خلية إرهابية في الدمام يوم الأحد.\n"
          "وأكد المتحدث أن الأجهزة الأمنية أدت مهامها على الوجه المطلوب.\n")


def _resolved(text: str, word: str) -> list[str | None]:
    from marsad.agent.offline import locations as locations_mod
    from marsad.agent.offline.context import build_context
    from marsad.core.arabic import normalize

    doc = Document(doc_id="t-places-r2-s23", published="2018-03-03", text=text)
    ctx = build_context(doc, OfflineExtractor()._gazetteer)
    out = []
    for si, ms in enumerate(ctx.mentions):
        for m in ms:
            if m.kind == "places" and normalize(m.surface) == normalize(word):
                loc = locations_mod.place_at(ctx, si, m).location
                out.append(None if loc.geo_precision == "unresolved" else loc.country)
    return out


def test_small_everyday_town_is_the_word():
    assert _resolved(_SMALL, "الوجه") == [None]


def test_small_everyday_switch_off(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import locations as locations_mod

    monkeypatch.setattr(locations_mod, "SMALL_EVERYDAY", False)
    assert _resolved(_SMALL, "الوجه") == ["SA"]


def test_small_everyday_town_kept_with_its_country_near():
    text = "قالت الشرطة السعودية إن مسلحا أطلق النار على دورية في الوجه قرب تبوك يوم الأحد.\n"
    assert _resolved(text, "الوجه") == ["SA"]


# everyday words of common_words.json that name world towns: "آلام" (pains), "الحد من" (limiting)
_WORDS = ("نقل وزير لبناني إلى مستشفى في بيروت بعد أن شعر بآلام في الصدر.\n"
          "ودعت الحكومة إلى الحد من التجمعات في الأيام المقبلة.\n")


def test_everyday_words_are_no_towns():
    assert _resolved(_WORDS, "الام") == [None]
    assert _resolved(_WORDS, "الحد") == [None]


def test_everyday_words_without_them(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import locations as locations_mod

    monkeypatch.setattr(locations_mod, "_EVERYDAY", locations_mod._EVERYDAY - {"الام", "الحد"})
    assert _resolved(_WORDS, "الام") + _resolved(_WORDS, "الحد") != [None, None]
