"""Pass 44 (attack recall on the fresh split): strike verbs the frames did not know. Sentences written for these
tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_events as ae
from marsad.agent.offline import frames as fr
from marsad.agent.offline import named_places as np_

POUNDED = "وقالت مصادر قبلية إن المدفعية دكت صباح أمس مواقع المسلحين في مديرية الظاهر."
POUNDING = "وأوضح القائد أن مدفعية اللواء بدأت تدك تحصينات المتمردين في منطقة مران."
AIR_POUNDED = "ودكت طائرات التحالف تجمعات الميليشيا في مديرية باقم فجر اليوم."


def test_pounding_verb_is_a_strike(offline_extract):
    (att,) = offline_extract(POUNDED).attacks
    assert att.attack_type == "shelling"
    assert "الظاهر" in att.location.name
    assert att.date == "2019-03-09"


def test_pounding_in_present_after_start_verb(offline_extract):
    (att,) = offline_extract(POUNDING).attacks
    assert att.attack_type == "shelling"


def test_pounding_from_the_air(offline_extract):
    (att,) = offline_extract(AIR_POUNDED).attacks
    assert att.attack_type == "airstrike"


def test_pounding_without_military_object_is_a_figure(offline_extract):
    # "دك" of no military target (walls of corruption) is a figure of speech
    text = "وقال النائب إن الشعب سيدك جدران الفساد في العاصمة قريبا."
    assert offline_extract(text).attacks == []


def test_striker_kind_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "STRIKER_KIND", False)
    (att,) = offline_extract(POUNDED).attacks
    assert att.attack_type != "shelling"


# REPELLED_TOLD (guidelines D-19) ---------------------------------------------------------------------------------

REPELLED = "وصدت قوات الجيش هجوما للمسلحين فجر الأربعاء على بلدة الخوخة وقتلت تسعة من المهاجمين."


def test_repelled_attack_with_attackers_killed_is_an_attack(offline_extract):
    (att,) = offline_extract(REPELLED).attacks
    assert att.killed is None  # the attackers' deaths are no victims
    assert att.location.canonical_name == "الخوخة"


def test_attackers_killed_alone_is_no_new_attack(offline_extract):
    text = "وقتلت قوات الأمن أربعة من المهاجمين في بلدة الخوخة فجر الأربعاء."
    assert offline_extract(text).attacks == []


def test_repelled_told_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ae, "REPELLED_TOLD", False)
    assert offline_extract(REPELLED).attacks == []


# MIXED_DUALS (guidelines D-21: one record per named place) ------------------------------------------------------

MIXED = "وشن مسلحون هجمات على مواقع حدودية فجر السبت في منطقتي باجور وزرقنديل، وأصيب جنديان."


def test_dual_place_noun_with_known_and_unknown_names_lists_both(offline_extract):
    atts = offline_extract(MIXED).attacks
    assert len(atts) == 2
    names = [a.location.name for a in atts]
    assert any("باجور" in n for n in names) and any("زرقنديل" in n for n in names)


def test_dual_place_noun_told_as_origin_lists_nothing(offline_extract):
    text = "ووقعت اشتباكات مع مسلحين في منطقة الحرور أمس كانوا في طريقهم من مديريتي باجور وزرقنديل."
    atts = offline_extract(text).attacks
    assert len(atts) <= 1


def test_mixed_duals_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(np_, "MIXED_DUALS", False)
    assert len(offline_extract(MIXED).attacks) == 1


# bound name heads: "الشيخ"، "سيدي" (locations.json) --------------------------------------------------------------

def test_sheikh_headed_quarter_is_one_name_and_the_list_goes_on(offline_extract):
    text = "وقالت مصادر محلية إن ثلاثة انفجارات هزت حي الشيخ حمدان، وشارع الجلاء وسط المدينة صباح أمس."
    names = sorted(a.location.name for a in offline_extract(text).attacks)
    assert len(names) == 2
    assert any("الشيخ حمدان" in n for n in names) and any("الجلاء" in n for n in names)


def test_sheikh_as_a_person_after_no_place_noun_is_no_place(offline_extract):
    text = "وقال الشيخ حمدان إن مسلحين هاجموا حاجزا للشرطة في مدينة الرمادي أمس."
    (att,) = offline_extract(text).attacks
    assert "الشيخ" not in att.location.name
