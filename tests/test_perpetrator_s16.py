"""Session 16: who carried out an attack (offline extractor, agent/offline/roles_*.py). Sentences written for
these tests."""

import pytest

import marsad.agent.offline.roles_perpetrator as roles_perpetrator


def _by_type(result, kind):
    return [a for a in result.attacks if a.attack_type == kind]


@pytest.mark.parametrize("on", [True, False])
def test_a_retold_suicide_attack_takes_no_doer_from_the_air_strikes_before_it(offline_extract, monkeypatch, on):
    # "الهجوم الانتحاري" refers back to a suicide attack, not to the jets' strikes told in the sentence before
    monkeypatch.setattr(roles_perpetrator, "TYPED_BACK", on)
    text = ("قامت أربع مقاتلات من سلاح الجو التركي فجر الجمعة بقصف مواقع للمتشددين في شمال سوريا.\n"
            "وتأتي هذه الضربات بعد خمسة أيام من الهجوم الانتحاري الذي قتل 27 شخصا في بلدة سوروتش جنوب تركيا.")
    result = offline_extract(text, title="غارات تركية في سوريا")
    (strike,) = _by_type(result, "airstrike")
    assert strike.perpetrator == "سلاح الجو التركي"
    (bombing,) = _by_type(result, "suicide_attack")
    if on:
        assert bombing.perpetrator is None
    else:
        assert bombing.perpetrator == "سلاح الجو التركي"  # the rule off: the strikes' doer (the error it fixes)


@pytest.mark.parametrize("on", [True, False])
def test_a_clash_with_no_dead_told_by_one_side_names_no_doer_after_with(offline_extract, monkeypatch, on):
    # the army announces the storming "after clashes with" the militia: the militia did not carry it out
    import marsad.agent.offline.roles_sides as roles_sides

    monkeypatch.setattr(roles_sides, "CLASH_TOLL", on)
    monkeypatch.setattr(roles_sides, "AFTER_BATTLE_DOER", False)  # pass 46's rule also drops the side after "مع": off,
    # so this test measures CLASH_TOLL alone
    text = "أعلن الجيش اليمني، صباح الخميس، اقتحام مبنى إدارة المديرية في منطقة الملاحيظ عقب اشتباكات عنيفة مع ميليشيا الحوثي."
    (attack,) = offline_extract(text, title="تقدم في صعدة").attacks
    assert (attack.perpetrator is None) if on else attack.perpetrator == "الحوثيين"


def test_a_clash_whose_dead_are_counted_keeps_the_side_after_with(offline_extract):
    text = "قتل 9 عناصر من ميليشيا الحوثي، صباح الخميس، في منطقة الملاحيظ في اشتباكات عنيفة مع الجيش اليمني."
    (attack,) = offline_extract(text, title="تقدم في صعدة").attacks
    assert attack.perpetrator == "الجيش اليمني"


@pytest.mark.parametrize("on", [True, False])
def test_who_used_a_building_by_min_qibal_is_not_who_struck_it(offline_extract, monkeypatch, on):
    # "لاستغلاله ... من قبل الميليشيا": the militia used the building; the coalition's jets struck it
    import marsad.agent.offline.roles_cues as roles_cues

    monkeypatch.setattr(roles_cues, "WIDE_PASSIVE_HEADS", on)
    text = ("وبين المتحدث أن قوات التحالف الجوية قامت فجر الثاني من مارس 2016 بقصف مبنى المصنع في مدينة صنعاء "
            "الذي فقد حمايته القانونية لاستغلاله للأغراض الحربية من قبل ميليشيات الحوثي المسلحة.")
    (attack,) = offline_extract(text, title="تقرير").attacks
    assert (attack.perpetrator != "الحوثيين") if on else attack.perpetrator == "الحوثيين"


def test_our_forces_in_a_forces_own_statement_are_that_force(offline_extract):
    # "قواتنا" (our forces) after the spokesman of a force and "إن": the force itself struck
    text = ("وقال المتحدث باسم الجيش الوطني اليمني العميد فلان إن قواتنا قصفت مواقع الميليشيات الحوثية "
            "في مديرية نهم وقتلت 12 مسلحا.")
    (attack,) = offline_extract(text, title="قصف في نهم").attacks
    assert attack.perpetrator == "الجيش اليمني"
