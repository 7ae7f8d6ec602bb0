"""Session 30 toll rules, on sentences written for the tests: a part of the victims added by a phrase that adds more
("إضافة إلى"، "بالإضافة إلى") is summed with the first part, as a part joined by و is (a casualty of the other kind,
damage, militants or attackers after that phrase are not); a definite title with others counted after it counts them
all; a battle's dead told side by side are no victims' count; a place after a preposition is no victim; a hedged
group joined by و before the verb ("ثلاثة جنود ونحو 20 مدنيا قتلوا") is summed with the groups before it."""

from __future__ import annotations

from marsad.agent.offline import (
    OfflineExtractor,
    casualties_counts,
    casualties_excluded,
    casualties_partial,
    casualties_subjects,
)
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


# A man told by a definite title right after the casualty word, with others counted after him: all are counted.

STRIKE = "وشنت طائرات التحالف غارة جوية على موقع قرب بلدة الحزم أمس أسفرت عن "


def test_title_with_others_after_a_masdar():
    assert _tolls(STRIKE + "مقتل القيادي مع 7 آخرين.") == [(8, None)]
    assert _tolls(STRIKE + "مقتل القائد مع 7 عناصر آخرين.") == [(8, None)]


def test_title_and_name_with_companions_after_a_passive_verb():
    text = "وشنت طائرات التحالف غارة جوية على موقع قرب بلدة الحزم أمس وقتل القيادي أبو سالم العدني و11 من مرافقيه."
    assert _tolls(text) == [(12, None)]


def test_title_with_companions_after_an_injure_verb():
    text = "وأصيب الضابط و4 من زملائه في هجوم على حاجز قرب مدينة النجف أمس."
    assert _tolls(text) == [(None, 5)]


def test_attacker_title_is_not_counted_with_others():
    text = "انفجرت سيارة مفخخة قرب حاجز في مدينة النجف أمس ما أدى إلى مقتل الانتحاري و4 آخرين."
    assert all(k != 5 for k, _ in _tolls(text))


def test_title_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_counts, "TITLE_OTHERS", False)
    assert _tolls(STRIKE + "مقتل القيادي مع 7 آخرين.") != [(8, None)]


# A battle's dead told side by side (militants and the other side) are per-side figures: no victims' count.


def test_battle_dead_of_both_sides_side_by_side():
    text = "ودارت اشتباكات عنيفة في ناحية الصقلاوية أمس أسفرت عن مقتل 30 من مسلحي داعش و6 من القوات الأمنية."
    assert _tolls(text) == [(None, None)]
    text = "ودارت اشتباكات عنيفة في ناحية الصقلاوية أمس أسفرت عن مقتل 6 من القوات الأمنية و30 من مسلحي داعش."
    assert _tolls(text) == [(None, None)]


def test_one_count_of_two_groups_fighting_each_other():
    text = "وفي ريف إدلب، قتل 17 عنصرا على الأقل من فصائل معارضة وهيئة تحرير الشام في اشتباكات بين الطرفين قرب بلدة سراقب."
    assert _tolls(text) == [(None, None)]


def test_attackers_named_as_such_are_left_out_as_before():
    text = "وهاجم مسلحو داعش نقطة تفتيش في ناحية الصقلاوية أمس ما أدى إلى مقتل 5 جنود و2 من المهاجمين."
    assert _tolls(text) == [(5, None)]


def test_no_battle_word_keeps_the_strike_toll():
    text = "ونفذت طائرات التحالف غارة على قرية البوعيثة مساء أمس أسفرت عن مقتل 12 من مسلحي داعش و3 مدنيين."
    assert _tolls(text) == [(12, None)]


def test_one_side_in_a_battle_keeps_its_count():
    text = "ودارت اشتباكات عنيفة في ناحية الصقلاوية أمس أسفرت عن مقتل 6 جنود و3 مدنيين."
    assert _tolls(text) == [(9, None)]


def test_battle_sides_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "BATTLE_SIDES", False)
    text = "ودارت اشتباكات عنيفة في ناحية الصقلاوية أمس أسفرت عن مقتل 30 من مسلحي داعش و6 من القوات الأمنية."
    assert _tolls(text) == [(30, None)]


# The word after a preposition is no person object: "قتل في تركيا" is killed in Turkey, not "killed a Turk".


def test_country_after_a_preposition_is_no_victim():
    assert _tolls("قتل في ليبيا أمس الخميس 8 جنود في هجوم على حاجز قرب مدينة سرت.") == [(8, None)]


def test_parts_after_the_object_are_summed():
    assert _tolls("قتل في تركيا أمس الخميس 4 شرطيين وجندي في هجوم على دورية قرب مدينة ماردين.") == [(5, None)]
    assert _tolls("قتلت غارة جوية 6 مدنيين وطفلا في قرية قرب مدينة حماة أمس.") == [(7, None)]


def test_place_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_subjects, "PLACE_NOT_OBJECT", False)
    assert _tolls("قتل في ليبيا أمس الخميس 8 جنود في هجوم على حاجز قرب مدينة سرت.") != [(8, None)]


# A group opened by a hedge with و before the verb is joined to the groups before it.


def test_hedged_second_group_before_the_verb():
    text = "وقال مسؤول محلي إن خمسة من رجال الإطفاء ونحو 12 مدنيا قتلوا في انفجار سيارة مفخخة قرب سوق في مدينة الديوانية."
    assert _tolls(text) == [(17, None)]
    text = "وقال مسؤول محلي إن خمسة جنود وقرابة 12 مدنيا قتلوا في انفجار سيارة مفخخة قرب سوق في مدينة الديوانية."
    assert _tolls(text) == [(17, None)]


def test_hedged_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_counts, "HEDGED_PART", False)
    text = "وقال مسؤول محلي إن خمسة جنود ونحو 12 مدنيا قتلوا في انفجار سيارة مفخخة قرب سوق في مدينة الديوانية."
    assert _tolls(text) == [(12, None)]
