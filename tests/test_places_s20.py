"""Session 20 (where and when): the title of a document, kept outside its text, names the incident's country."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import context as context_mod
from marsad.schemas import Document

_TITLE = "الفلبين تحقق في هجوم على دورية للجيش"
_TEXT = ("أعلن الجيش الفلبيني الأحد أن مسلحين قتلوا ثلاثة جنود وأصابوا اثنين في هجوم على دورية عسكرية.\n"
         "وقال متحدث عسكري إن الجنود كانوا في مهمة تفتيش روتينية عند وقوع الهجوم على الطريق.\n"
         "ولم تتبن أي جماعة الهجوم حتى مساء الأحد بحسب المتحدث.\n"
         "وكان القائد العسكري قد عاد الأسبوع الماضي من زيارة إلى ماليزيا ثم إلى إندونيسيا لبحث التعاون الأمني.\n")


def _countries(title: str | None) -> list[str | None]:
    doc = Document(doc_id="t-title-country", title=title, published="2018-05-06", text=_TEXT)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [(a.get("location") or {}).get("country") for a in recs["attacks"]]


def test_title_country_places_an_incident_told_without_place():
    assert _countries(_TITLE) == ["PH"]


def test_no_title_no_country():
    assert _countries(None) == [None]


def test_switch_off_keeps_old_reading(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_mod, "TITLE_COUNTRY", False)
    assert _countries(_TITLE) == [None]


_NISBA_TITLE = "مقتل ثلاثة جنود في هجوم على دورية والخبير الروسي ينجو"


def test_title_nisba_is_no_place():
    # "الخبير الروسي": an adjective of origin in the title names no country
    assert _countries(_NISBA_TITLE) == [None]


def test_title_nisba_would_place_it(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_mod, "_nisba", lambda surface, canonical: False)
    assert _countries(_NISBA_TITLE) == ["RU"]


def test_title_repeated_in_text_counts_once():
    doc = Document(doc_id="t-title-twice", title=_TITLE, published="2018-05-06", text=_TITLE + "\n" + _TEXT)
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    ctx = build_context(doc, get_gazetteer())
    assert ctx.title_countries == frozenset()



_EVERYDAY_TEXT = "أعلنت الشرطة أنها تعرفت على هوية منفذ الهجوم الانتحاري الذي قتل 12 شخصا الأحد.\n"


def _places(text: str) -> list[str | None]:
    doc = Document(doc_id="t-everyday-town", title=None, published="2015-07-20", text=text)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [(a.get("location") or {}).get("name") for a in recs["attacks"]]


def test_everyday_word_is_no_world_town():
    # "هوية" (identity) is also the name of a town abroad: without a place cue or its country it is a word
    assert _places(_EVERYDAY_TEXT) == [None]


def test_everyday_word_town_switch_off(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.offline import locations
    monkeypatch.setattr(locations, "EVERYDAY_TOWNS", False)
    assert _places(_EVERYDAY_TEXT) == ["هوية"]
