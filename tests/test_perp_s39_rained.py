"""Session 39: the doer of attacks, on sentences written for the tests (no corpus text).

- "أمطر"/"أمطرت"/"أمطروا" (rained shells or rockets on a place) is a verb of attacking: an armed group right after it,
  when it opens its clause, is the doer (``roles_subjects._VERB_FIRST_VERBS``); not when a subject stands before it.
- Men named by the group they call themselves ("مسلحون يطلقون على أنفسهم تنظيم داعش"، "عناصر تسمي نفسها ...") after a
  doer cue are that group's men, as "عناصر تنظيم داعش" are (``roles_cues.SELF_NAMED``).
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_cues as rc
from marsad.schemas import Document

DAY = "2016-03-14"

RAINED_HOUTHI = "أمطرت ميليشيا الحوثي أمس حي الجحملية في تعز بالقذائف، ما أدى إلى مقتل 5 مدنيين."
RAINED_ISIS = "وأمطر تنظيم داعش صباح اليوم قرية البو حمد بقذائف الهاون، ما أسفر عن مقتل 3 من سكانها."
RAINED_OBJECT = "وقال المصدر إن الجيش أمطر داعش بالقذائف قرب بيجي، ما أدى إلى مقتل 7 من عناصره."

SELF_NAMED_ISIS = "قتل 6 جنود أمس في هجوم نفذه عناصر يطلقون على أنفسهم داعش على حاجز قرب العريش."
SELF_NAMED_NUSRA = "قتل 4 من الحراس أمس في هجوم شنه مسلحون يسمون أنفسهم جبهة النصرة على حاجز في ريف حماة."
UNNAMED_GUNMEN = "قتل 3 شرطيين أمس في هجوم نفذه مسلحون مجهولون على دورية في الرمادي."
SELF_NAMED_DEAD = "قتلت قوات الأمن أمس 5 مسلحين يطلقون على أنفسهم تنظيم داعش في اشتباك قرب الرطبة."


def _perps(text: str) -> list[str | None]:
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s39r", title=None, text=text, published=DAY))
    return [a.perpetrator for a in r.attacks]


@pytest.mark.parametrize("text,doer", [(RAINED_HOUTHI, "الحوثيين"), (RAINED_ISIS, "داعش")])
def test_group_after_rained_is_the_doer(text, doer):
    assert _perps(text) == [doer]


def test_group_after_rained_with_a_subject_before_is_its_object():
    assert "داعش" not in _perps(RAINED_OBJECT)


@pytest.mark.parametrize("text,doer", [(SELF_NAMED_ISIS, "داعش"), (SELF_NAMED_NUSRA, "جبهة النصرة")])
def test_men_named_by_the_group_they_call_themselves(text, doer):
    assert _perps(text) == [doer]


def test_self_named_switch_off(monkeypatch):
    monkeypatch.setattr(rc, "SELF_NAMED", False)
    assert _perps(SELF_NAMED_ISIS) == [None]


def test_unnamed_gunmen_have_no_doer():
    assert _perps(UNNAMED_GUNMEN) == [None]


def test_self_named_dead_are_not_the_doer():
    assert "داعش" not in _perps(SELF_NAMED_DEAD)
