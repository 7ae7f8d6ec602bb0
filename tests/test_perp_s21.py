"""Session 21 perpetrator rules: a joined verb shares the doer of the act before it; a weapon's owner by adjective."""

import pytest
from frame_doers import frame_doers

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_perpetrator as rp
from marsad.schemas.document import Document


def _perps(text: str) -> list:
    doc = Document(doc_id="t-perp-s21", text=text, published="2021-03-10")
    return [a.perpetrator for a in OfflineExtractor().extract(doc).attacks]


MINE = "قتل لغم حوثي آخر أمس في منطقة الحبيل بمديرية حيس مزارعا كان يرعى أغنامه."
SNIPER = "وكان المزارع قد قتل برصاصة من قناص إسرائيلي يوم الثلاثاء قرب السياج شرق بلدة خزاعة."
ANNEXED = "وقالت مصادر محلية إن ألغام الحوثيين أودت بحياة ثلاثة مزارعين في قرية الجبلية بمديرية التحيتا يوم الأحد."
JOINED = ("وقال شهود إن الطيران الإسرائيلي قصف بالصواريخ موقعا زراعيا شرق بلدة بيت حانون، "
          "وقصف بقذائف عدة مخزنا مهجورا قرب معبر كرم أبو سالم جنوب القطاع يوم الأحد.")


@pytest.mark.parametrize("text,doer", [(MINE, "الحوثيين"), (SNIPER, "الجيش الإسرائيلي"), (ANNEXED, "الحوثيين")])
def test_weapon_owner(text, doer):
    assert doer in _perps(text)


@pytest.mark.parametrize("text", [MINE, SNIPER, ANNEXED])
def test_weapon_owner_off(monkeypatch, text):
    monkeypatch.setattr(rp, "WEAPON_OWNER", False)
    assert not any(_perps(text))


def test_weapon_made_elsewhere_is_no_doer():
    assert not any(_perps("وقتل ثلاثة مدنيين بقذائف روسية الصنع سقطت على سوق بلدة سراقب يوم الخميس."))


def _frame_doers(text: str) -> list:
    return frame_doers(text, "2021-03-10")


def test_shared_subject():
    assert _frame_doers(JOINED) == ["israeli_army", "israeli_army"]


def test_shared_subject_new_subject():
    text = "قصف الطيران الإسرائيلي موقعا شرق بلدة بيت حانون يوم الأحد، وفجر مسلحون مجهولون عبوة قرب مخفر في مدينة رفح."
    assert _frame_doers(text)[-1] is None


def test_shared_subject_off(monkeypatch):
    monkeypatch.setattr(rp, "SHARED_SUBJECT", False)
    assert _frame_doers(JOINED) == ["israeli_army", None]
