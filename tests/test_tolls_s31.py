"""Session 31 toll rules, on sentences written for the tests: one man and his men counted after him ("و7 من
مرافقيه"، "مع ثلاثة من حراسه") are one toll, the man one more than his men (after a leader's title and its
complement, after a passive verb's subject, and as an active verb's far object); in a sentence of clashes, the dead
of one side and the wounded of the other are per-side figures, neither kept; a militia's men ("من ميليشيات ...")
are one side of a battle, as militants are; the dual verbs "أوديا"، "أودتا" read a count as "أودى" does; a "كل من" list ends at
"وذلك"; "بينهم مطلق النار" is a figure holding the attacker; "أحد" with "مع عدد من مرافقيه" told after a parenthesis is no
count; a revised toll of the wounded is the injured count."""

from __future__ import annotations

import pytest

from marsad.agent.offline import (
    OfflineExtractor,
    casualties_companions,
    casualties_counts,
    casualties_excluded,
    casualties_subjects,
    casualties_updates,
)
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


@pytest.fixture
def men_off():
    casualties_companions.MEN_OF_ONE = False
    yield
    casualties_companions.MEN_OF_ONE = True


LEADER = "أعلن مصدر أمني مقتل قيادي في الجماعة و5 من مرافقيه في غارة جوية على بلدة الشرقاط فجر اليوم."
PASSIVE = "وكان أمير الجماعة قد قتل في غارة استهدفت سيارته مع أربعة من حراسه قرب بلدة الحويجة أمس."
FAR = "وقتلت الضربة التي شنتها مقاتلات التحالف غرب مدينة هيت مساء الاثنين القيادي أبو سالم و8 من مرافقيه."


def test_leader_title_and_his_men():
    assert _tolls(LEADER) == [(6, None)]


def test_leader_men_in_one_word():
    text = "أعلن مصدر أمني مقتل قائد ميداني في الجماعة وثلاثة من حراسه في غارة جوية على بلدة الشرقاط فجر اليوم."
    assert _tolls(text) == [(4, None)]


def test_passive_subject_with_his_men():
    assert _tolls(PASSIVE) == [(5, None)]


def test_far_object_and_his_men():
    assert _tolls(FAR) == [(9, None)]


def test_switch_off_reads_as_before(men_off):
    assert _tolls(LEADER) == [(None, None)]
    assert _tolls(PASSIVE) == [(4, None)]


def test_a_groups_men_are_not_one_more():
    text = "وقتلت الضربة التي شنتها مقاتلات التحالف غرب مدينة هيت مساء الاثنين القادة الثلاثة و8 من مرافقيهم."
    assert _tolls(text) != [(9, None)]


def test_clash_partner_after_with_is_no_companion():
    text = "قتل جندي في اشتباك مع خمسة من المسلحين قرب بلدة بيجي أمس."
    assert _tolls(text) != [(6, None)]


def test_men_told_alone_keep_their_count():
    text = "قتلت غارة جوية 6 من مرافقي القيادي قرب بلدة الشرقاط أمس."
    assert _tolls(text) == [(6, None)]


def test_indefinite_leader_with_others():
    text = "أعلن مصدر أمني مقتل قيادي في الجماعة مع 4 آخرين في غارة جوية على بلدة الشرقاط فجر اليوم."
    assert _tolls(text) == [(5, None)]


# In a sentence of clashes, the dead of one side and the wounded of the other are per-side figures: neither is kept.

CLASH = "أفادت مصادر محلية بأن نحو 14 من ميليشيات الحوثي قتلوا وأصيب أربعة من أفراد الجيش الوطني في مواجهات عنيفة" \
    " في مديرية صرواح أمس."


def test_militia_dead_and_other_side_wounded_in_clashes():
    assert _tolls(CLASH) == [(None, None)]


def test_militants_dead_and_police_wounded_in_clashes():
    text = "قتل 11 من مسلحي التنظيم وأصيب 6 من أفراد الشرطة في اشتباكات شمال مدينة تكريت أمس."
    assert _tolls(text) == [(None, None)]


def test_one_side_both_kinds_kept():
    text = "انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة سامراء أمس ما أدى إلى مقتل 5 من المدنيين وإصابة 7 من أفراد الشرطة."
    assert _tolls(text) == [(5, 7)]


def test_attackers_wounded_leave_the_victims_dead():
    text = "هاجم مسلحون ثكنة للجيش في بلدة الضلوعية أمس واندلعت اشتباكات أسفرت عن مقتل 4 من الجنود وإصابة 3 من المهاجمين."
    assert [k for k, _ in _tolls(text)] == [4]


def test_kinds_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "BATTLE_KINDS", False)
    assert _tolls(CLASH) == [(14, 4)]


# A militia's men counted beside the other side's dead in clashes are one side's figure (as militants' are).

MILITIA = "واندلعت مواجهات عنيفة في مديرية حريب أمس أسفرت عن مقتل 19 من ميليشيات الحوثي و3 من أفراد الجيش الوطني."


def test_militia_dead_beside_the_armys_dead():
    assert _tolls(MILITIA) == [(None, None)]


def test_armys_dead_beside_the_militias_dead():
    text = "واندلعت مواجهات عنيفة في مديرية حريب أمس أسفرت عن مقتل 3 من أفراد الجيش الوطني و19 من ميليشيات الحوثي."
    assert _tolls(text) == [(None, None)]


def test_militia_men_beside_a_plural_person_noun():
    text = "واندلعت مواجهات عنيفة في مديرية حريب أمس أسفرت عن مقتل 19 من عناصر الميليشيا و3 جنود."
    assert _tolls(text) == [(None, None)]


def test_one_sided_parts_still_summed():
    text = "انفجرت عبوة ناسفة قرب مدرسة في مدينة حيس أمس ما أسفر عن مقتل 3 من الطلاب و2 من المعلمين."
    assert _tolls(text) == [(5, None)]


def test_militia_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "MILITIA_SIDE", False)
    assert _tolls(MILITIA) != [(None, None)]


# The dual of the "took the lives of" verb reads its count as the singular does.


def test_dual_verb_of_taking_lives():
    assert _tolls("هاجم مسلحان نقطة تفتيش في مدينة الديوانية أمس، وأوديا بحياة أربعة جنود.") == [(4, None)]


def test_feminine_dual_verb_of_taking_lives():
    assert _tolls("انفجرت سيارة مفخخة وعبوة ناسفة في سوق بمدينة الكوت أمس، وأودتا بحياة 11 شخصا.") == [(11, None)]


# A "كل من" list ends where a particle or a pronoun opened by و starts a new clause.

LISTED = "أطلق رجل النار في استراحة بحي الروضة أمس، وأقدم على قتل كل من خالد وعادل ابني سالم الحربي \"سعوديي الجنسية\"، وذلك" \
    " بإطلاق الرصاص عليهما بعد مشادة."


def test_list_ends_before_a_new_clause():
    assert _tolls(LISTED) == [(2, None)]


def test_list_stop_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_subjects, "LIST_STOP", False)
    assert _tolls(LISTED) == [(3, None)]


# "مطلق النار" (the shooter) among the dead makes a figure that holds the attacker: no victims' count.

SHOOTER = "قتل 6 أشخاص بينهم مطلق النار في هجوم على مطعم في مدينة المنستير اليوم."


def test_shooter_among_the_dead():
    assert _tolls(SHOOTER) == [(None, None)]
    text = "أسفر الهجوم على مطعم في مدينة المنستير اليوم عن مقتل 6 أشخاص بمن فيهم مطلق النار."
    assert _tolls(text) == [(None, None)]


def test_fire_opened_on_the_dead_is_no_shooter():
    text = "قتل 6 أشخاص بينهم طفلان عندما أطلق مسلح النار على مطعم في مدينة المنستير اليوم."
    assert _tolls(text) == [(6, None)]


def test_shooter_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "SHOOTER_MIXED", False)
    assert _tolls(SHOOTER) == [(6, None)]


# One victim ("أحد قادتها") with a vague company told after a parenthesis is no count (D-20).

ONE_AND_SOME = "اعترفت الجماعة أمس بمقتل أحد قادتها الميدانيين في جبهة مديرية باقم (شمال المحافظة)، مع عدد من حراسه، في" \
    " ضربة جوية للتحالف."


def test_one_of_them_with_a_vague_company_later():
    assert _tolls(ONE_AND_SOME) == [(None, None)]


def test_one_of_them_alone_is_one():
    assert _tolls("اعترفت الجماعة أمس بمقتل أحد قادتها الميدانيين في غارة جوية للتحالف على مديرية باقم.") == [(1, None)]


def test_vague_company_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_counts, "VAGUE_COMPANY_LATER", False)
    assert _tolls(ONE_AND_SOME) == [(1, None)]


# The revised toll of the wounded ("وارتفع عدد الجرحى إلى 31") is the record's injured count, as a revised death toll is.

WOUNDED_REVISED = "انفجرت سيارة مفخخة قرب سوق في مدينة بعقوبة أمس ما أدى إلى مقتل 6 أشخاص وإصابة 18 آخرين، وارتفع عدد" \
    " الجرحى لاحقا إلى 31."


def test_revised_wounded_toll():
    assert _tolls(WOUNDED_REVISED) == [(6, 31)]


def test_revised_wounded_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_updates, "WOUNDED_UPDATE", False)
    assert _tolls(WOUNDED_REVISED) == [(6, 18)]
