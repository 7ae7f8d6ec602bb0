"""Pass 44 (ext44a): a day told between an attack's doer and the "على" of what was hit is stepped over
(``roles_objects.DATES_BETWEEN``), as the object reader steps over a day after a verb. Before, only a dawn read as
the verb "فجر" bridged it, so "مساء أمس على مواقع" lost the object and a counted victim was taken instead.
Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import roles_objects

TEXT = ("ولقي تسعة من عناصر التنظيم حتفهم في الغارات التي نفذها طيران التحالف الدولي مساء الثلاثاء على مخابئ "
        "للتنظيم في ريف الرقة الشمالي.")


def test_what_the_strikes_hit_after_the_day(offline_extract):
    (attack,) = offline_extract(TEXT).attacks
    assert attack.target == "مخابئ للتنظيم"
    assert attack.perpetrator == "التحالف الدولي"


def test_switch_off_takes_the_counted_dead(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "DATES_BETWEEN", False)
    (attack,) = offline_extract(TEXT).attacks
    assert attack.target != "مخابئ للتنظيم"


def test_on_after_a_day_in_another_clause_is_no_object(offline_extract):
    text = ("قتل جنديان في هجوم شنه مسلحون على حاجز أمني قرب مدينة سامراء، وعثرت الشرطة صباح اليوم على سيارة "
            "استخدمها المهاجمون.")
    (attack,) = offline_extract(text).attacks
    assert attack.target == "حاجز أمني"
