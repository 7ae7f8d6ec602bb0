"""Pass 34 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import agreements_cues as ac
from marsad.agent.offline import agreements_status as ast
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _agreements(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t34", text=text, published="2016-03-10")).agreements


def _rooms(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t34", text=text, published="2016-03-10")).joint_rooms


# PURPOSE_AFTER: "مذكرة تفاهم لتأمين الحدود" is what the memo is for, not an effort to reach one ---------------

MEMO = "وقعت مصر والسودان مذكرة تفاهم لتأمين الحدود المشتركة ومكافحة التهريب."
EXTEND = "ووقع الطرفان في الخرطوم اتفاقا لضمان انسحاب المسلحين من البلدة."


def test_memo_purpose_is_agreed(ex):
    ags = _agreements(ex, MEMO)
    assert len(ags) == 1
    assert ags[0].status == "agreed"
    assert set(ags[0].parties) == {"مصر", "السودان"}


def test_memo_purpose_switch_off(ex, monkeypatch):
    monkeypatch.setattr(ast, "PURPOSE_AFTER", False)
    assert _agreements(ex, MEMO)[0].status == "proposed"


def test_effort_to_reach_stays_proposed(ex):
    ags = _agreements(ex, "وتبذل قطر مساعي للتوصل إلى اتفاق لوقف إطلاق النار بين الطرفين في دارفور.")
    assert all(a.status == "proposed" for a in ags)


# QUESTION_TALKS: an agreement asked about or under talks is not concluded ----------------------------------------

ASKED = "وتساءل الكاتب: هل توقع أنقرة اتفاقا أمنيا جديدا مع بغداد؟"
TALKS = "ويجري الجانبان الروسي والتركي محادثات حول اتفاق لوقف القتال في إدلب."


def test_question_is_proposed(ex):
    ags = _agreements(ex, ASKED)
    assert ags and all(a.status == "proposed" for a in ags)


def test_talks_about_agreement_proposed(ex):
    ags = _agreements(ex, TALKS)
    assert len(ags) == 1
    assert ags[0].status == "proposed"
    assert set(ags[0].parties) == {"روسيا", "تركيا"}


def test_question_talks_switch_off(ex, monkeypatch):
    monkeypatch.setattr(ast, "QUESTION_TALKS", False)
    assert _agreements(ex, TALKS)[0].status == "agreed"


def test_talks_that_reached_agreement_stay_agreed(ex):
    ags = _agreements(ex, "وبعد مفاوضات استمرت أسبوعين وقعت عمان وأنقرة اتفاقية للتعاون العسكري.")
    assert len(ags) == 1 and ags[0].status == "agreed"


# SIDES_OWN: "اتفاقهما" opens a mention --------------------------------------------------------------------------

OWN = "استقبل الملك عبدالله الثاني الرئيس التونسي في عمان، وأكد البلدان اتفاقهما على تعزيز التعاون الأمني."


def test_sides_own_agreement(ex):
    ags = _agreements(ex, OWN)
    assert len(ags) == 1
    assert ags[0].status == "agreed"
    assert set(ags[0].parties) == {"الأردن", "تونس"}


def test_sides_own_switch_off(ex, monkeypatch):
    monkeypatch.setattr(ac, "SIDES_OWN", False)
    assert _agreements(ex, OWN) == []
