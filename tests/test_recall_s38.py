"""Pass 38 (attack recall, tolls and kinds on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import casualties_counts, casualties_subjects, frames, frames_joins


def _attacks(offline_extract, text: str, published: str = "2019-04-10"):
    return offline_extract(text, published=published).attacks


# CAUSED_CONSEQUENCE (frames_joins) --------------------------------------------------------------------------------

CAUSED = "أغارت مقاتلات حربية فجر الأحد على معسكر للمسلحين قرب واحة جالو، ما تسبب في مقتل 11 مسلحا."


def test_a_toll_told_with_tasabbab_is_the_strikes(offline_extract):
    atts = _attacks(offline_extract, CAUSED)
    assert [(a.attack_type, a.killed) for a in atts] == [("airstrike", 11)]


def test_a_toll_told_with_tasabbabat_is_the_strikes(offline_extract):
    text = "قصفت المدفعية مخبأ للمتمردين شرق بلدة كيدال، ما تسببت في مقتل 8 متمردين، حسب الجيش."
    assert [a.killed for a in _attacks(offline_extract, text)] == [8]


def test_caused_consequence_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_joins, "CAUSED_CONSEQUENCE", False)
    assert [a.killed for a in _attacks(offline_extract, CAUSED)] != [11]


# OBJECT_TRADES (casualties_subjects) ------------------------------------------------------------------------------

SHEPHERDS = "قتل مسلحون مجهولون ثلاثة صيادين على شاطئ بلدة زليتن مساء الخميس."
SNIPER = "وقتل قناص متظاهرين اثنين عند دوار البلدية في مدينة درعا ظهر الجمعة."


def test_people_of_a_trade_counted_after_the_doers(offline_extract):
    assert [a.killed for a in _attacks(offline_extract, SHEPHERDS)] == [3]


@pytest.mark.parametrize("text, n", [
    ("قتل مسلحون ملثمون 5 مزارعين في حقل قرب قرية الحصن أمس.", 5),
    ("قتل مسلحون 4 مسافرين على طريق مدينة الكفرة صباح اليوم.", 4),
])
def test_more_trades_counted(offline_extract, text, n):
    assert [a.killed for a in _attacks(offline_extract, text)] == [n]


def test_object_trades_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_subjects, "OBJECT_TRADES", False)
    assert [a.killed for a in _attacks(offline_extract, SHEPHERDS)] != [3]


def test_a_soldier_told_alone_is_still_one_killed(offline_extract):
    text = "قتل جندي في هجوم على حاجز قرب بلدة الشرقاط صباح اليوم."
    assert [a.killed for a in _attacks(offline_extract, text)] == [1]


# SUBJECT_THEN_OBJECT (casualties_counts) --------------------------------------------------------------------------

GUNMAN = "قتل مسلح 4 حراس في هجوم على مصرف بمدينة الزاوية ليل الأربعاء."


def test_one_doer_then_his_victims_counted(offline_extract):
    assert [a.killed for a in _attacks(offline_extract, GUNMAN)] == [4]


def test_a_sniper_and_two_victims(offline_extract):
    atts = _attacks(offline_extract, SNIPER)
    assert [(a.attack_type, a.killed) for a in atts] == [("sniper", 2)]


def test_a_woman_and_her_child_stay_two(offline_extract):
    text = "قتلت سيدة ليبية مع ابنها، السبت، بانفجار لغم قديم قرب مزرعة في ضواحي مدينة سرت."
    assert [a.killed for a in _attacks(offline_extract, text)] == [2]


def test_subject_then_object_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_counts, "SUBJECT_THEN_OBJECT", False)
    assert [a.killed for a in _attacks(offline_extract, SNIPER)] != [2]


# DUAL_MEANS (frames) ----------------------------------------------------------------------------------------------

TRUCKS = "انفجرت شاحنتان مفخختان عند مدخل بلدة تلعفر صباح الأحد، فقتلتا 6 أشخاص."
BOMBERS = "حاول انتحاريان اقتحام مركز للشرطة في بلدة جمرود، ما أسفر عن مقتل شرطيين اثنين."


def test_two_car_bombs_are_a_car_bombing(offline_extract):
    assert [a.attack_type for a in _attacks(offline_extract, TRUCKS)] == ["car_bomb"]


def test_two_suicide_bombers_are_a_suicide_attack(offline_extract):
    atts = _attacks(offline_extract, BOMBERS)
    assert [(a.attack_type, a.killed) for a in atts] == [("suicide_attack", 2)]


TWIN_SUICIDE = "ونفذت عمليتان انتحاريتان متزامنتان على حاجزين للجيش في مدينة قندهار مساء الجمعة، وأسفرتا عن مقتل 9 جنود."


def test_two_suicide_operations_are_a_suicide_attack(offline_extract, monkeypatch):
    assert [a.attack_type for a in _attacks(offline_extract, TWIN_SUICIDE)] == ["suicide_attack"]
    monkeypatch.setattr(frames, "DUAL_MEANS", False)
    assert [a.attack_type for a in _attacks(offline_extract, TWIN_SUICIDE)] != ["suicide_attack"]


def test_dual_means_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "DUAL_MEANS", False)
    assert [a.attack_type for a in _attacks(offline_extract, TRUCKS)] != ["car_bomb"]
    assert [a.attack_type for a in _attacks(offline_extract, BOMBERS)] != ["suicide_attack"]


# FOILED_APART (frames_joins) --------------------------------------------------------------------------------------

FOILED = ("وأعلنت الشرطة إحباط محاولة للتنظيم كانت تستهدف مقر المحافظة في مدينة الحلة بسيارة مفخخة يقودها انتحاري، "
          "لافتة إلى مقتل 4 من عناصر التنظيم شمال قضاء المسيب.")


def test_a_foiled_plot_takes_no_toll_told_after_a_comma(offline_extract):
    atts = _attacks(offline_extract, FOILED)
    assert not any(a.attack_type in {"car_bomb", "suicide_attack"} and a.killed for a in atts)
    assert [a.location.name for a in atts if a.killed == 4] == ["شمال قضاء المسيب"]


def test_a_plot_with_its_killing_joined_by_wa_gives_no_record(offline_extract):
    text = "وقال الادعاء إن الشاب خطط لتفجير مبنى البلدية في 12 شارع الميناء وقتل موظفيه."
    assert [a for a in _attacks(offline_extract, text) if a.killed] == []


def test_foiled_apart_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_joins, "FOILED_APART", False)
    assert any(a.attack_type in {"car_bomb", "suicide_attack"} and a.killed == 4 for a in _attacks(offline_extract, FOILED))


# PRONOUN_KILLS (casualties_pronouns) ------------------------------------------------------------------------------

ONE_KILLED = "وشيع أهالي قرية المزرعة الفتى خالد الذي قتله جنود الدورية برصاصة مساء أمس قرب مدخل القرية الشرقي."
TWO_KILLED = "وطالبت النقابة بمحاسبة المسلحين على مقتل مصورين اللذين قتلهما قناص في حي الصاخور بحلب صباح الجمعة."


def test_a_victim_told_before_a_relative_kill_verb_is_one(offline_extract):
    assert [a.killed for a in _attacks(offline_extract, ONE_KILLED)] == [1]


def test_two_victims_told_by_a_dual_pronoun(offline_extract):
    atts = _attacks(offline_extract, TWO_KILLED)
    assert [(a.attack_type, a.killed) for a in atts] == [("sniper", 2)]


def test_pronoun_kills_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_pronouns

    monkeypatch.setattr(casualties_pronouns, "PRONOUN_KILLS", False)
    assert [a.killed for a in _attacks(offline_extract, ONE_KILLED)] != [1]
    assert [a.killed for a in _attacks(offline_extract, TWO_KILLED)] != [2]


# OCCURRED_DAY (attacks_occurred, attacks_dates) ------------------------------------------------------------------

CRIME_DAY = ("وقعت الحادثة مساء يوم الثلاثاء الماضي في بلدة العامرية غرب الفلوجة. وأعلنت الشرطة اليوم الأحد مقتل "
             "أربعة أشخاص بينهم طفلة برصاص مسلحين مجهولين.")


def test_the_day_the_incident_occurred_on_not_the_statements(offline_extract):
    atts = _attacks(offline_extract, CRIME_DAY, "2019-04-14")
    assert [(a.killed, a.date_text) for a in atts] == [(4, "مساء يوم الثلاثاء الماضي")]


def test_occurred_day_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_occurred

    monkeypatch.setattr(attacks_occurred, "OCCURRED_DAY", False)
    assert [a.date_text for a in _attacks(offline_extract, CRIME_DAY, "2019-04-14")] != ["مساء يوم الثلاثاء الماضي"]


def test_two_days_told_occurring_give_none(offline_extract):
    text = ("وقعت الحادثة الأولى يوم الاثنين ووقعت الحادثة الثانية يوم الأربعاء في البلدة نفسها. وأعلنت الشرطة "
            "اليوم الأحد مقتل أربعة أشخاص بينهم طفلة برصاص مسلحين مجهولين.")
    assert all(a.date_text != "يوم الاثنين" for a in _attacks(offline_extract, text, "2019-04-14") if a.killed == 4)


# ARMED_BAND (attacks_cues) ----------------------------------------------------------------------------------------

BAND = "قتلت عصابة مسلحة خمسة مزارعين في حقل قرب قرية الحصن مساء أمس."


def test_a_band_told_armed_makes_its_killing_violence(offline_extract):
    assert [a.killed for a in _attacks(offline_extract, BAND)] == [5]


def test_armed_band_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues

    monkeypatch.setattr(attacks_cues, "ARMED_BAND", False)
    assert _attacks(offline_extract, BAND) == []


def test_a_road_accident_told_with_no_band_stays_none(offline_extract):
    text = "لقي 3 أشخاص مصرعهم في حادث سير على طريق المطار أمس."
    assert _attacks(offline_extract, text) == []
