"""Session 39: the doer of attacks, on sentences written for the tests (no corpus text).

- "أمطر"/"أمطرت"/"أمطروا" (rained shells or rockets on a place) is a verb of attacking: an armed group right after it,
  when it opens its clause, is the doer (``roles_subjects._VERB_FIRST_VERBS``); not when a subject stands before it.
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document

DAY = "2016-03-14"

RAINED_HOUTHI = "أمطرت ميليشيا الحوثي أمس حي الجحملية في تعز بالقذائف، ما أدى إلى مقتل 5 مدنيين."
RAINED_ISIS = "وأمطر تنظيم داعش صباح اليوم قرية البو حمد بقذائف الهاون، ما أسفر عن مقتل 3 من سكانها."
RAINED_OBJECT = "وقال المصدر إن الجيش أمطر داعش بالقذائف قرب بيجي، ما أدى إلى مقتل 7 من عناصره."


def _perps(text: str) -> list[str | None]:
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s39r", title=None, text=text, published=DAY))
    return [a.perpetrator for a in r.attacks]


@pytest.mark.parametrize("text,doer", [(RAINED_HOUTHI, "الحوثيين"), (RAINED_ISIS, "داعش")])
def test_group_after_rained_is_the_doer(text, doer):
    assert _perps(text) == [doer]


def test_group_after_rained_with_a_subject_before_is_its_object():
    assert "داعش" not in _perps(RAINED_OBJECT)

