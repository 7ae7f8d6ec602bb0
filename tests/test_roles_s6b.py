"""Issue 12 item 3, fourth pass: the Syrian regime by its other names, a unit named with the group it
belongs to, a state force before a strike verb, a claim told in a relative clause and a strike that
aimed at a group.

Every sentence here is written for these tests (none is taken from the corpus).
"""

from __future__ import annotations


def perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, title=text.split("\n")[0]).attacks]


# -- the Syrian regime by the names news gives it ------------------------------------------------------

def test_assad_aircraft_are_the_syrian_regime(offline_extract):
    text = "وقصف طيران الأسد بلدة كفرنبل جنوب إدلب مما أسفر عن مقتل خمسة مدنيين."
    assert perps(offline_extract, text) == ["قوات النظام السوري"]


def test_regime_aircraft_after_a_doer_cue(offline_extract):
    text = "وقتل أربعة مدنيين بغارات شنها طيران النظام على مدينة سراقب في ريف إدلب."
    assert perps(offline_extract, text) == ["قوات النظام السوري"]


def test_the_syrian_regime_as_the_subject_of_a_strike(offline_extract):
    text = "وقصف النظام السوري أحياء مدينة درعا بالبراميل المتفجرة مما أسفر عن مقتل ستة مدنيين."
    assert perps(offline_extract, text) == ["قوات النظام السوري"]


def test_the_syrian_regime_accused_is_no_doer(offline_extract):
    text = "واتهمت المعارضة النظام السوري بقصف مدينة درعا مما أسفر عن مقتل ستة مدنيين."
    assert perps(offline_extract, text) == [None]

# -- a unit named with the group it belongs to ---------------------------------------------------------

def test_a_unit_affiliated_to_a_group_acts_for_it(offline_extract):
    text = ("وقصفت الفرقة الثالثة التابعة للجيش السوري الحر مواقع قوات النظام في ريف حماة "
            "مما أسفر عن مقتل أربعة جنود.")
    assert perps(offline_extract, text) == ["الجيش السوري الحر"]


def test_an_attack_launched_by_a_loyal_battalion(offline_extract):
    text = "وقتل ثلاثة جنود في هجوم شنته كتيبة موالية للجيش السوري الحر على حاجز قرب مدينة حماة."
    assert perps(offline_extract, text) == ["الجيش السوري الحر"]


def test_a_unit_that_was_hit_is_no_doer(offline_extract):
    text = ("وقصفت الطائرات مواقع الفرقة الثالثة التابعة للجيش السوري الحر في ريف حماة "
            "مما أسفر عن مقتل أربعة مقاتلين.")
    assert perps(offline_extract, text) == [None]


def test_a_unit_counted_dead_is_no_doer(offline_extract):
    text = "وقتل خمسة من عناصر الفرقة الثالثة التابعة للجيش السوري الحر في قصف على ريف حماة."
    assert perps(offline_extract, text) == [None]

# -- a country's security forces before a strike verb -------------------------------------------------

def test_saudi_security_forces_before_killed(offline_extract):
    text = ("الرياض: أعلنت وزارة الداخلية السعودية أن قوات الأمن قتلت مطلوبا في تبادل لإطلاق النار "
            "بمحافظة القطيف.")
    assert perps(offline_extract, text) == ["الشرطة السعودية"]

# -- a claim told in a relative clause ----------------------------------------------------------------

def test_a_claim_in_a_relative_clause_names_the_doer(offline_extract):
    text = ("وقالت الشرطة إن التفجير الانتحاري، الجمعة، الذي تبناه تنظيم داعش أوقع 12 قتيلا على الأقل "
            "في سوق بمدينة الرمادي.")
    assert perps(offline_extract, text) == ["داعش"]

# -- a strike that aimed at a group -------------------------------------------------------------------

def test_a_group_after_aimed_at_is_the_target(offline_extract):
    text = ("وذكر البيان أن الولايات المتحدة وحلفاءها شنوا أمس 17 ضربة جوية استهدفت تنظيم "
            "الدولة الإسلامية قرب الموصل.")
    assert perps(offline_extract, text) == ["التحالف الدولي"]


def test_a_group_that_aimed_is_still_the_doer(offline_extract):
    text = "وقال مصدر أمني إن مسلحي حركة الشباب هاجموا قاعدة عسكرية في مدينة كيسمايو وقتلوا خمسة جنود."
    assert perps(offline_extract, text) == ["حركة الشباب"]


# -- a force that kills the attacker answered the attack ----------------------------------------------

def test_police_that_killed_the_attacker_did_not_carry_out_the_attack(offline_extract):
    text = "وقالت السلطات الفرنسية إن شخصين قتلا في الهجوم قبل أن تتمكن الشرطة من قتل المهاجم."
    assert perps(offline_extract, text) == [None]


def test_a_force_that_managed_to_kill_gunmen_still_fought(offline_extract):
    text = "وقال البيان إن قيادة عمليات بغداد تمكنت من قتل سبعة من عناصر داعش في هجوم على قضاء الكرمة."
    assert perps(offline_extract, text) == ["قيادة عمليات بغداد"]
