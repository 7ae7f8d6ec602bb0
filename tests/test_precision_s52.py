"""Pass 52 (attack precision on unseen news, third audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


# BARE_WEAPON: a weapon named with nothing done with it is no attack ------------------------------------------------

BARE_WEAPONS = [
    "ويقام في بيروت معرض فني يضم قذائف مدفعية منحوتة وملونة تروي حكايات البلدان.",
    "ويظهر التسجيل المصور عتادا متنوعا تركه المسلحون خلفهم، منه دبابات وقذائف وذخائر مختلفة، قرب مدينة الحديدة.",
    "واعتبر محافظ الحديدة ألغام الجماعة البحرية جريمة ضد الإنسانية لا تقل خطرا عن الحرب نفسها.",
    "ولدى الجيش الفرنسي قاعدة جوية في مدينة غاو تخدم عملياته في الصحراء عبر طائرات مسيرة.",
]
WEAPONS_USED = [
    "وسقطت قذائف هاون على حي سكني في دمشق مساء الأحد.",
    "قذائف هاون على حي سكني في دمشق مساء الأحد.",
    "أطلقت الجماعة صواريخ باتجاه مدينة جازان مساء الأحد.",
    "وتعرضت البلدة لقذائف المدفعية أمس.",
    "قذائف الهاون تضرب أحياء دمشق.",
    "وذكر مسؤولون أن طائرات حربية أغرقت الأحد زورقا قبالة ميناء طرابلس.",
    "وأكد ضابط أمس أن طائرات حربية، تتبع القوات الجوية، قصفت زورقا في ميناء درنة.",
    "ويرقد الصبي في المستشفى وبه جروح بليغة من شظايا قذائف المسلحين في بلدة قعطبة.",
]


def test_a_bare_weapon_is_no_attack(offline_extract):
    for text in BARE_WEAPONS:
        assert _attacks(offline_extract, text) == [], text


def test_a_weapon_used_stays(offline_extract):
    for text in WEAPONS_USED:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_bare_weapon_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "BARE_WEAPON", False)
    assert [len(_attacks(offline_extract, text)) for text in BARE_WEAPONS] == [1, 1, 1, 1]


def test_bare_weapon_reads_the_instrument_and_the_aim():
    assert ac._bare_weapon(["معرض", "يضم", "قذايف", "منحوته"], 2)
    assert not ac._bare_weapon(["قصفت", "القوات", "البلده", "بقذايف", "الهاون"], 3)  # an instrument
    assert not ac._bare_weapon(["قذايف", "هاون", "علي", "الحي"], 0)  # aimed at a place
    assert not ac._bare_weapon(["صواريخ", "الجماعه", "باتجاه", "جازان"], 0)
    assert not ac._bare_weapon(["ودمرت", "الغارات", "مخازن", "الصواريخ"], 3)  # a strike told in its sentence
    assert ac._bare_weapon(["علي", "وقع", "التقدم", "تركت", "الجماعه", "قذايف"], 5)  # "على وقع": no fall


# SCHEDULED_DAY: a day told after a verb of a scheduled event is that event's, not the incident's -------------------

RETOLD_BY_MEETING = ("أطلقت الجماعة صواريخ على مدينة سديروت مساء الثلاثاء. وطلبت فرنسا عقد جلسة طارئة لمجلس الأمن بعد "
                     "سقوط صواريخ على مدينة سديروت، والجلسة ستعقد الخميس.")


def test_a_meeting_day_does_not_date_the_retold_strike(offline_extract):
    found = _attacks(offline_extract, RETOLD_BY_MEETING)
    assert [a.date for a in found] == ["2021-04-06"]


def test_scheduled_day_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_dates as ad

    monkeypatch.setattr(ad, "SCHEDULED_DAY", False)
    assert sorted(a.date for a in _attacks(offline_extract, RETOLD_BY_MEETING)) == ["2021-04-06", "2021-04-08"]


def test_scheduled_day_reads_the_verb_before_the_date():
    from marsad.agent.offline import attacks_dates as ad

    assert ad._scheduled_day(["والجلسه", "ستعقد", "بعد", "ظهر", "الخميس"], 4)
    assert ad._scheduled_day(["زياره", "الوزير", "المقرره", "الخميس"], 3)
    assert not ad._scheduled_day(["وقصفت", "الطايرات", "البلده", "الخميس"], 3)
