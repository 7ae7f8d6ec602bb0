"""Session 11 perpetrator rules (agent/offline/roles.py), on sentences written for these tests.

Families: the coalition a "التحالف" doer is said to be led by ("الذي تقوده المملكة" -> the Saudi-led
coalition, "بقيادة الولايات المتحدة" -> the US-led one); state adjectives of more of the region's states after
an attack noun or an aircraft word ("قصف مدفعي تركي"، "طائرات حربية مصرية"), the ambiguous ones only after
another adjective."""

from __future__ import annotations


def _perps(records) -> list:
    return [a.perpetrator for a in records.attacks]


# --- the coalition a doer is led by ----------------------------------------------------------------------

def test_coalition_led_by_the_kingdom_is_the_arab_coalition(offline_extract):
    text = "قتل ستة مدنيين بغارة لطيران التحالف الدولي الذي تقوده المملكة استهدفت سوقا في مديرية باقم."
    assert _perps(offline_extract(text)) == ["التحالف العربي"]


def test_coalition_led_by_riyadh_after_a_comma(offline_extract):
    text = "وشنت طائرات التحالف، بقيادة الرياض، ثلاث غارات على مواقع للمتمردين في مدينة صعدة أسفرت عن مقتل ستة مسلحين."
    assert _perps(offline_extract(text)) == ["التحالف العربي"]


def test_coalition_led_by_the_united_states_stays_the_international_coalition(offline_extract):
    text = "قتل تسعة مدنيين في غارات للتحالف الذي تقوده الولايات المتحدة على بلدة هجين شرق سوريا."
    assert _perps(offline_extract(text)) == ["التحالف الدولي"]


def test_arab_coalition_said_to_be_us_led_is_not_changed_by_an_unrelated_leader_word(offline_extract):
    text = "وقتل خمسة مسلحين حوثيين في غارة لطيران التحالف العربي بقيادة قائد القوات المشتركة على موقع في حجة."
    assert _perps(offline_extract(text)) == ["التحالف العربي"]


# --- state adjectives ------------------------------------------------------------------------------------

def test_indefinite_artillery_adjective_before_the_state(frame_doers):
    doers = frame_doers("قتل ثلاثة قرويين في قصف مدفعي تركي على قرية قرب بلدة راجو.")
    assert "القوات التركية" in doers


def test_egyptian_warplanes_after_a_relative_verb(frame_doers):
    doers = frame_doers("قتل 14 مسلحا في غارات شنتها طائرات حربية مصرية على مخابئ قرب مدينة رفح المصرية.")
    assert "الجيش المصري" in doers


def test_definite_syrian_adjective_after_an_attack_noun(frame_doers):
    doers = frame_doers("قتل عشرة مدنيين في القصف السوري على بلدة كفرزيتا.")
    assert "قوات النظام السوري" in doers


def test_syrian_adjective_after_an_aircraft_word(frame_doers):
    doers = frame_doers("قتل سبعة أشخاص بغارات لطائرات حربية سورية على بلدة سراقب.")
    assert "قوات النظام السوري" in doers


def test_syrian_adjective_after_a_manner_adjective(frame_doers):
    doers = frame_doers("قتل خمسة مدنيين في قصف جوي سوري على بلدة اللطامنة.")
    assert "قوات النظام السوري" in doers


def test_a_country_written_after_an_attack_noun_is_what_was_struck(frame_doers):
    doers = frame_doers("قالت واشنطن إن قصف سورية بصواريخ كروز أدى إلى مقتل ستة جنود في مطار قرب حمص.")
    assert "قوات النظام السوري" not in doers


def test_a_person_of_a_nationality_is_the_victim_not_the_state(frame_doers):
    doers = frame_doers("أعلنت الشرطة اغتيال إيراني يعمل في شركة نفط بإطلاق النار عليه في مدينة البصرة.")
    assert "الحرس الثوري الإيراني" not in doers


# --- registry spellings ----------------------------------------------------------------------------------

def test_boko_haram_written_as_one_word(frame_doers):
    doers = frame_doers("هاجم مسلحون من جماعة بوكوحرام بلدة في ولاية يوبي وقتلوا تسعة قرويين.")
    assert "بوكو حرام" in doers


def test_coup_militias_spelled_with_one_ya_are_the_houthis(frame_doers):
    doers = frame_doers("وقال المجلس المحلي إن المليشيات الانقلابية قصفت محطة كهرباء شمال مدينة تعز بقذائف الهاون.")
    assert "الحوثيين" in doers


# --- sources in a force say it struck --------------------------------------------------------------------

def test_sources_in_a_force_saying_it_killed_name_the_force(frame_doers):
    doers = frame_doers("وقالت مصادر في المقاومة الشعبية بشبوة إنها قتلت 11 من عناصر ميليشيا الحوثي في هجوم قرب بيحان.")
    assert "المقاومة الشعبية" in doers


def test_a_source_in_a_force_saying_it_was_hit_names_no_doer(frame_doers):
    doers = frame_doers("وقال مصدر في الجيش اليمني إنه أصيب في القصف الذي استهدف موقعه قرب مدينة حرض.")
    assert "الجيش اليمني" not in doers


# --- a force's guns, resumed attacks, bullets with a state's adjective, announced fire ------------------

def test_artillery_of_a_force_after_the_verb_is_the_force(frame_doers):
    doers = frame_doers("وقصفت مدفعية الجيش اليمني تجمعات للمسلحين في منطقة الصفراء ما أسفر عن مقتل سبعة منهم.")
    assert "الجيش اليمني" in doers


def test_a_group_resuming_its_own_shelling_is_the_doer(frame_doers):
    doers = frame_doers("عاودت ميليشيا الحوثي، مساء الخميس، قصفها المدفعي على الأحياء السكنية في مدينة التحيتا ما أدى إلى مقتل طفل.")
    assert "الحوثيين" in doers


def test_a_group_resumed_against_is_not_the_doer(frame_doers):
    doers = frame_doers("واصلت طائرات التحالف غاراتها على مواقع ميليشيا الحوثي في مديرية كتاف وقتلت 9 مسلحين.")
    assert "الحوثيين" not in doers


def test_bullets_with_a_state_adjective(frame_doers):
    doers = frame_doers("قتل شاب فلسطيني برصاص إسرائيلي قرب بلدة بيت أمر شمال الخليل.")
    assert "الجيش الإسرائيلي" in doers


def test_a_force_announcing_it_opened_fire(frame_doers):
    doers = frame_doers("وأعلنت الشرطة الإسرائيلية مساء السبت إطلاق النار على شاب قالت إنه حاول دهس جنود قرب جنين.")
    assert "الشرطة الإسرائيلية" in doers


def test_an_announced_ceasefire_is_no_fire(frame_doers):
    doers = frame_doers("أعلنت حركة حماس وقف إطلاق النار بعد مقتل أربعة فلسطينيين في قصف على خان يونس.")
    assert "حركة حماس" not in doers


def test_a_group_that_had_executed_captives(frame_doers):
    doers = frame_doers("وكان داعش قد أعدم العشرات من أبناء عشيرة في بلدة قرب مدينة البوكمال.")
    assert "داعش" in doers


# --- a verb with its object pronoun, then its subject ---------------------------------------------------

def test_relative_clause_verb_with_object_pronoun_takes_the_actor_after_it(frame_doers):
    doers = frame_doers("وشيع سكان البلدة الشبان الأربعة الذين قتلهم جيش الاحتلال الإسرائيلي قرب السياج شرق دير البلح.")
    assert "الجيش الإسرائيلي" in doers


def test_a_verbal_noun_with_a_pronoun_is_no_such_verb(frame_doers):
    doers = frame_doers("وطالب الأهالي بمحاسبة المسلحين على قتلهم جنود الجيش اليمني في كمين قرب مأرب.")
    assert "الجيش اليمني" not in doers


# --- an attack listed among a doer's attacks ------------------------------------------------------------

def test_an_attack_listed_among_a_groups_attacks_takes_its_doer(offline_extract):
    text = ("ونفذت حركة الشباب هجمات عديدة في كينيا خلال الأعوام الماضية، من بينها هجوم على مركز تسوق في نيروبي "
            "راح ضحيته 67 شخصا.")
    assert "حركة الشباب" in _perps(offline_extract(text))

