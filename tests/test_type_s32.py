"""Session 32 (type32b), on sentences written for the tests: the feminine and dual "هاجمت"/"هاجما"/"هاجمتا" tell an
attack as "هاجم" does (a minister or paper attacking a policy in words tells none)."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document

_EX = OfflineExtractor()


def _records(text: str, published: str = "2019-03-14") -> list:
    return _EX.extract(Document(doc_id="t", title=None, text=text, published=published)).attacks


def test_feminine_attack_verb_with_a_named_group():
    recs = _records("هاجمت حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى الصومالي فجر الخميس.")
    assert [(r.perpetrator, r.location.name if r.location else None) for r in recs] == [("حركة الشباب", "شبيلي السفلى")]


def test_dual_attack_verbs():
    assert len(_records("وقالت الشرطة إن مسلحين اثنين هاجما نقطة تفتيش في مدينة رفح أمس وأصابا جنديين.")) == 1
    assert len(_records("أفاد مصدر أمني بأن طائرتين مسيرتين هاجمتا مطار مدينة أبها الثلاثاء.")) == 1


def test_attacking_in_words_is_no_attack():
    assert _records("هاجمت وزيرة الخارجية السويدية في تصريح الأربعاء سياسة الحكومة المجرية تجاه اللاجئين.") == []
    assert _records("هاجمت صحيفة بريطانية رئيس الوزراء أمس بسبب تصريحاته في البرلمان.") == []
