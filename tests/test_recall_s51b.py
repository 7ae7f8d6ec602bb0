"""Pass 51 (recallb51): attack roles and recall, on sentences written for the tests (no corpus text).

- ``roles_launched.OWNER_OF_INTERCEPTOR``: the force named as the interceptor's owner ("واعترضته منظومة الباتريوت
  التابعة للتحالف") is no target of the missile it stopped.
"""

from marsad.agent.offline import OfflineExtractor, roles_launched
from marsad.schemas import Document

DAY = "2016-11-20"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="snn:t-s51b", title=None, text=text, published=DAY)
    return [(a.perpetrator, a.target) for a in OfflineExtractor().extract(doc).attacks]


# --- OWNER_OF_INTERCEPTOR ----------------------------------------------------------------------------------------

OWNER_NAMED = "أطلق الحوثيون أمس صاروخا باليستيا، واعترضته صواريخ الباتريوت التابعة للتحالف فوق مدينة نجران، دون خسائر."


def test_the_interceptors_owner_is_no_target(monkeypatch):
    assert _pairs(OWNER_NAMED) == [("الحوثيين", None)]
    monkeypatch.setattr(roles_launched, "OWNER_OF_INTERCEPTOR", False)
    assert [t for _, t in _pairs(OWNER_NAMED)] == ["التحالف العربي"]
