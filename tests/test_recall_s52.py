"""Pass 52 (recall52): attack recall rules.

- ``attacks_events.PARTS_DAY``: a salvo told part by part after "منها" with no date of its own takes the day of the
  sentence before it, which tells the launch or interception it continues.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events
from marsad.schemas import Document

DAY = "2016-11-21"  # a Monday


def _dated(text: str) -> list[tuple[str, str | None]]:
    doc = Document(doc_id="snn:t-s52", title=None, text=text, published=DAY)
    return sorted((a.location.canonical_name if a.location else "", a.date) for a in OfflineExtractor().extract(doc).attacks)


# --- PARTS_DAY ---------------------------------------------------------------------------------------------------

LEAD = "قصفت الجماعة، اليوم الاثنين، بلدة حدودية بقذائف الهاون دون إصابات. "
SALVO_DAY_BEFORE = (LEAD + "وفجر السبت أسقطت الدفاعات الجوية خمسة صواريخ باليستية أطلقتها الجماعة من محافظة صعدة. "
                    "وكانت ثلاثة منها باتجاه العاصمة الرياض وواحد باتجاه نجران وواحد باتجاه جازان، وتم اعتراضها جميعا.")
SALVO_OWN_DAY = (LEAD + "وفجر السبت أسقطت الدفاعات الجوية خمسة صواريخ باليستية أطلقتها الجماعة من محافظة صعدة. "
                 "وكانت ثلاثة منها باتجاه العاصمة الرياض وواحد باتجاه نجران مساء الأحد، وتم اعتراضها جميعا.")


def test_the_parts_take_the_day_of_the_salvo_they_continue(monkeypatch):
    dated = _dated(SALVO_DAY_BEFORE)
    assert {p for p, _ in dated} >= {"الرياض", "نجران", "جازان"}, dated
    assert {d for p, d in dated if p in {"الرياض", "نجران", "جازان"}} == {"2016-11-19"}, dated
    monkeypatch.setattr(attacks_events, "PARTS_DAY", False)
    assert "2016-11-21" in {d for p, d in _dated(SALVO_DAY_BEFORE) if p in {"نجران", "جازان"}}


def test_a_part_with_a_day_of_its_own_keeps_it():
    assert "2016-11-20" in {d for _, d in _dated(SALVO_OWN_DAY)}
