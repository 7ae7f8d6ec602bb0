"""Session 30 toll rules, on sentences written for the tests: a part of the victims added by a phrase that adds more
("إضافة إلى"، "بالإضافة إلى") is summed with the first part, as a part joined by و is; a casualty of the other kind,
damage, militants or attackers after that phrase are not."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor, casualties_partial
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


BLAST = "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الكوت أمس ما أدى إلى "


def test_part_added_after_a_partitive():
    text = "وأسفر الهجوم على ثكنة في مدينة سامراء عن استشهاد ستة من الجنود إضافة إلى اثنين من المدنيين وإصابة أربعة آخرين."
    assert _tolls(text) == [(8, 4)]


def test_part_added_after_a_counted_noun():
    assert _tolls(BLAST + "مقتل 9 أشخاص بالإضافة إلى 4 من رجال الشرطة.") == [(13, None)]


def test_partitive_then_added_plain_noun():
    assert _tolls(BLAST + "مقتل خمسة من عناصر الشرطة إضافة إلى ثلاثة مدنيين.") == [(8, None)]


def test_one_person_added():
    assert _tolls(BLAST + "مقتل 6 أشخاص إضافة إلى شرطي.") == [(7, None)]


def test_other_kind_after_the_phrase_is_not_added():
    assert _tolls(BLAST + "مقتل 6 أشخاص إضافة إلى 15 جريحا.") == [(6, 15)]
    assert _tolls(BLAST + "مقتل 6 أشخاص بالإضافة إلى إصابة 11 آخرين.") == [(6, 11)]


def test_damage_after_the_phrase_is_not_added():
    assert _tolls(BLAST + "مقتل 6 أشخاص بالإضافة إلى تدمير 4 سيارات.") == [(6, None)]


def test_attackers_after_the_phrase_are_not_added():
    assert _tolls(BLAST + "مقتل 6 أشخاص إضافة إلى 2 من المهاجمين.") == [(6, None)]
    assert _tolls(BLAST + "مقتل 6 أشخاص إضافة إلى اثنين من الانتحاريين.") == [(6, None)]
    assert _tolls(BLAST + "مقتل 6 مدنيين إضافة إلى الانتحاري.") == [(6, None)]


def test_switch_off_keeps_the_first_part(monkeypatch):
    monkeypatch.setattr(casualties_partial, "ALSO_SUM", False)
    assert _tolls(BLAST + "مقتل 9 أشخاص بالإضافة إلى 4 من رجال الشرطة.") == [(9, None)]
