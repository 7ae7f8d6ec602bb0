"""Pass 51 (recallb51): attack roles and recall, on sentences written for the tests (no corpus text).

- ``roles_launched.OWNER_OF_INTERCEPTOR``: the force named as the interceptor's owner ("واعترضته منظومة الباتريوت
  التابعة للتحالف") is no target of the missile it stopped.
- ``frames_readers.COUNTED_PARTS``: a salvo told part by part ("وكانت ثلاثة منها باتجاه مدينة X وواحد باتجاه Y") gives
  one record per place aimed at; a count of other things split by where they went gives none.
"""

from marsad.agent.offline import OfflineExtractor, frames_readers, roles_launched
from marsad.schemas import Document

DAY = "2016-11-20"


def _places(text: str) -> list[str | None]:
    doc = Document(doc_id="snn:t-s51b", title=None, text=text, published=DAY)
    return sorted(a.location.canonical_name if a.location else "" for a in OfflineExtractor().extract(doc).attacks)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="snn:t-s51b", title=None, text=text, published=DAY)
    return [(a.perpetrator, a.target) for a in OfflineExtractor().extract(doc).attacks]


# --- OWNER_OF_INTERCEPTOR ----------------------------------------------------------------------------------------

OWNER_NAMED = "أطلق الحوثيون أمس صاروخا باليستيا، واعترضته صواريخ الباتريوت التابعة للتحالف فوق مدينة نجران، دون خسائر."


def test_the_interceptors_owner_is_no_target(monkeypatch):
    assert _pairs(OWNER_NAMED) == [("الحوثيين", None)]
    monkeypatch.setattr(roles_launched, "OWNER_OF_INTERCEPTOR", False)
    assert [t for _, t in _pairs(OWNER_NAMED)] == ["التحالف العربي"]


# --- COUNTED_PARTS -----------------------------------------------------------------------------------------------

SALVO_PARTS = ("أطلقت الجماعة فجر السبت خمسة صواريخ باليستية باتجاه أراضي المملكة. وكانت ثلاثة منها باتجاه العاصمة"
               " الرياض وواحد باتجاه نجران وواحد باتجاه جازان، وتم اعتراضها جميعا.")
TRUCKS_PARTS = "وصلت إلى الميناء عشر شاحنات، وكانت ثلاثة منها باتجاه العاصمة الرياض وواحدة باتجاه جدة."


def test_a_salvo_told_part_by_part_is_one_record_per_place(monkeypatch):
    assert _places(SALVO_PARTS) == ["الرياض", "جازان", "نجران"]
    assert _places(TRUCKS_PARTS) == []
    monkeypatch.setattr(frames_readers, "COUNTED_PARTS", False)
    assert len(_places(SALVO_PARTS)) == 1
