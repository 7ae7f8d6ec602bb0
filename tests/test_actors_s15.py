"""Session 15 actor rules, on sentences written for the tests."""

from __future__ import annotations

import pytest

import marsad.agent.offline.actors_build as actors_build
from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


def _actors(text: str) -> dict[str, list[str]]:
    doc = Document(doc_id="t-s15", text=text)
    return {a.name: a.aliases for a in OfflineExtractor().extract(doc).actors}


def test_glued_preposition_left_out_of_a_body_name() -> None:
    names = _actors("وقدمت الإمارات دعما جويا للجيش اليمني قرب الحديدة، وقال الجيش اليمني إنه تقدم شمالا.")
    assert "الجيش اليمني" in names
    assert "للجيش اليمني" not in names
    assert "للجيش اليمني" not in names["الجيش اليمني"]


def test_open_quotation_mark_left_out_of_a_name() -> None:
    names = _actors('وأفادت وكالة "فرانس برس" بأن تنظيم "داعش" تبنى تفجير السيارة في المدينة أمس.')
    assert not any(c in n for n in names for c in '"«»')


def test_balanced_marks_and_hashtags_stay() -> None:
    names = _actors("وأعلن تنظيم #داعش أنه يقف وراء الهجوم على حاجز للشرطة في الموصل.")
    assert any("#" in n for n in names)


def test_rule_off_keeps_the_mention_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actors_build, "CLEAN_NAMES", False)
    names = _actors("وقدمت الإمارات دعما جويا للجيش اليمني قرب الحديدة، وقال الجيش اليمني إنه تقدم شمالا.")
    assert "للجيش اليمني" in names or "للجيش اليمني" in sum(names.values(), [])


def test_clean_name_needs_a_known_name() -> None:
    known = frozenset({"الجيش اليمني"})
    assert actors_build._clean_name("للجيش اليمني", known) == "الجيش اليمني"
    assert actors_build._clean_name("لالش", frozenset({"لالش"})) == "لالش"  # letters of the name, not a preposition
    assert actors_build._clean_name('تنظيم "داعش" الإرهابي', known) == 'تنظيم "داعش" الإرهابي'
    assert actors_build._clean_name("قناة «العربية", known) == "قناة العربية"
