"""Pass 39 (fields of attack records): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_records as ar
from marsad.agent.offline import frames as fr


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2020-03-11").attacks


# PRONOUN_BLOW: "بضربه" (beating him) is no strike ("ضربة") ---------------------------------------------------------

BEATEN = "ذكرت عائلة الشاب أن دورية اعتقلته مساء أمس قرب قلقيلية وانهالت عليه بضربه على ظهره ويديه."
STRUCK = "قال مصدر محلي إن ثلاثة مسلحين قتلوا في ضربة نفذتها طائرة مسيرة قرب بلدة الميادين أمس."


def test_beating_him_is_no_air_strike(offline_extract):
    assert all(a.attack_type != "airstrike" for a in _attacks(offline_extract, BEATEN))


def test_a_strike_with_ta_marbuta_stays_an_air_strike(offline_extract):
    kinds = [a.attack_type for a in _attacks(offline_extract, STRUCK)]
    assert kinds == ["airstrike"]


def test_beating_him_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "PRONOUN_BLOW", False)
    assert any(a.attack_type == "airstrike" for a in _attacks(offline_extract, BEATEN))


def test_writer_without_ta_marbuta_keeps_the_strike(offline_extract):
    # a sentence with no "ة" at all: "ضربه" may be the writer's spelling of "ضربة"
    text = "قتل اربعه مسلحين في ضربه نفذتها طائرات التحالف قرب الميادين امس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["airstrike"]


# POLICE_RAID: "غارة" of a police force is a raid on the ground ---------------------------------------------------

RAID = "لقي خمسة أشخاص حتفهم في غارة للشرطة على مخبأ لعصابة تهريب في أطراف المدينة الليلة الماضية."


def test_police_raid_is_no_air_strike(offline_extract):
    recs = _attacks(offline_extract, RAID)
    assert recs and recs[0].attack_type == "armed_assault"


def test_coalition_raid_stays_an_air_strike(offline_extract):
    text = "قتل ستة مسلحين في غارة لطائرات التحالف على مخزن للأسلحة قرب تلعفر أمس."
    recs = _attacks(offline_extract, text)
    assert recs and recs[0].attack_type == "airstrike"


def test_police_raid_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "POLICE_RAID", False)
    recs = _attacks(offline_extract, RAID)
    assert recs and recs[0].attack_type == "airstrike"


# SNIPER_VICTIM: a sniper told as the one killed is no sniper fire --------------------------------------------------


def test_sniper_killed_by_troops_is_no_sniper_fire(offline_extract):
    text = "وأفاد بيان عسكري بأن وحدة من الجيش قتلت قناصا للتنظيم قرب جسر الصوفية صباح أمس."
    assert all(a.attack_type != "sniper" for a in _attacks(offline_extract, text))


def test_death_of_a_sniper_is_no_sniper_fire(offline_extract):
    text = "أعلنت قيادة الشرطة مقتل قناص من التنظيم في حي العسكري بمدينة الموصل مساء أمس."
    assert all(a.attack_type != "sniper" for a in _attacks(offline_extract, text))


def test_sniper_fire_stays(offline_extract):
    text = "قتل شرطي برصاص قناص قرب مبنى المحافظة في مدينة الرمادي صباح أمس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["sniper"]


def test_sniper_as_subject_stays(offline_extract):
    text = "قتل قناص شرطيا قرب مبنى المحافظة في مدينة الرمادي صباح أمس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["sniper"]


def test_sniper_victim_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(fr, "SNIPER_VICTIM", False)
    text = "وأفاد بيان عسكري بأن وحدة من الجيش قتلت قناصا للتنظيم قرب جسر الصوفية صباح أمس."
    assert any(a.attack_type == "sniper" for a in _attacks(offline_extract, text))


# air cues: helicopters are aircraft -------------------------------------------------------------------------------


def test_helicopter_shelling_is_an_air_strike(offline_extract):
    text = "قصفت مروحيات الجيش مخابئ للمسلحين في وادي الشاي جنوب كركوك أمس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["airstrike"]


def test_helicopter_missiles_are_an_air_strike(offline_extract):
    text = "أطلقت مروحية عسكرية صاروخين على شاحنة تقل مسلحين قرب بلدة منبج مساء أمس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["airstrike"]


def test_artillery_stays_shelling(offline_extract):
    text = "قصفت مدفعية الجيش مخابئ للمسلحين في وادي الشاي جنوب كركوك أمس."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["shelling"]


# RAMADAN: a weekday counted within Ramadan, or ten days of it --------------------------------------------------------


def _dates(text: str, published):
    import datetime as dt

    from marsad.agent.dates import resolve_text

    return [(r.iso, r.precision) for _, r in resolve_text(text, dt.date.fromisoformat(published))]


def test_second_friday_of_ramadan_is_its_day():
    # Ramadan 1436 began on Thursday 18 June 2015: its Fridays were 19 and 26 June, 3 and 10 July
    assert _dates("هاجم مسلح مصلين في الجمعة الثانية من شهر رمضان", "2015-07-24") == [("2015-06-26", "day")]


def test_first_friday_with_the_hijri_year():
    assert _dates("وقع الانفجار يوم الجمعة الأولى من رمضان 1439هـ", "2018-07-02") == [("2018-05-18", "day")]


def test_last_ten_days_are_a_month():
    assert _dates("قتل الرجل في العشر الأواخر من رمضان", "2015-07-24") == [("2015-07", "month")]


def test_last_friday_unsure_by_a_day_is_the_month():
    # a month of 29 or 30 days ending on 16 or 17 July 2015: the last Friday is 10 or 17 July
    assert _dates("في الجمعة الأخيرة من رمضان", "2015-07-24") == [("2015-07", "month")]


def test_last_friday_told_on_that_friday_is_the_day():
    # Ramadan 1439 began on 16 May 2018 (or a day either side): its last Friday was 8 June, or 15 June with a late
    # start and 30 days; told on 8 June, the later reading is a week after the news
    assert _dates("وأدى المصلون صلاة الجمعة الأخيرة من رمضان في المسجد", "2018-06-08") == [("2018-06-08", "day")]
    assert _dates("وأدى المصلون صلاة الجمعة الأخيرة من رمضان في المسجد", "2018-06-20") == [("2018-06", "month")]


def test_ramadan_not_yet_begun_is_last_years():
    assert _dates("في الجمعة الثانية من رمضان", "2016-03-01") == [("2015-06-26", "day")]


def test_plain_weekday_stays_the_latest():
    assert _dates("قتل ثلاثة يوم الجمعة الماضي", "2015-07-24") == [("2015-07-17", "day")]


def test_ramadan_switch_off(monkeypatch):
    from marsad.agent import dates

    monkeypatch.setattr(dates, "RAMADAN", False)
    assert _dates("في الجمعة الثانية من رمضان", "2015-07-24") == [("2015-07-24", "day")]


def test_ramadan_weekday_dates_the_attack(offline_extract):
    text = "وكان انتحاري قد فجر حزاما ناسفا داخل مسجد في مدينة الخبر في الجمعة الثانية من رمضان فقتل ثلاثة مصلين."
    recs = offline_extract(text, published="2015-07-24").attacks
    assert [a.date for a in recs] == ["2015-06-26"]


# BODY_SEAT: the seat of a body told as the news' source is not where it happened ---------------------------------------

SEAT = ("أكد متحدث عسكري لتحالف دعم الشرعية في اليمن ليل الأحد أن مقذوفا أطلقته الميليشيات من صعدة سقط قرب منطقة "
        "الخوبة الحدودية وجرح ثلاثة مقيمين.")


def _place_names(offline_extract, text):
    return [a.location.name if a.location else None for a in _attacks(offline_extract, text)]


def test_coalition_seat_is_not_the_place(offline_extract):
    assert "اليمن" not in _place_names(offline_extract, SEAT)


def test_ministry_seat_is_not_the_place(offline_extract):
    text = "أعلنت وزارة الصحة في رام الله مقتل شاب برصاص الجنود الإسرائيليين على مدخل مخيم الفوار مساء أمس."
    assert "رام الله" not in _place_names(offline_extract, text)


def test_body_hit_keeps_its_city(offline_extract):
    text = "قتل أربعة حراس في هجوم على مقر وزارة العدل في كابول صباح أمس."
    assert _place_names(offline_extract, text) == ["كابول"]


def test_body_seat_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_places as ap

    monkeypatch.setattr(ap, "BODY_SEAT", False)
    text = "أعلنت وزارة الصحة في رام الله مقتل شاب برصاص الجنود الإسرائيليين على مدخل مخيم الفوار مساء أمس."
    assert "رام الله" in _place_names(offline_extract, text)


# glossary: the accusative "تفجيراً انتحارياً" / "هجوماً انتحارياً" is a suicide attack, as "تفجير انتحاري" is -------

def test_accusative_suicide_bombing_is_a_suicide_attack(offline_extract):
    text = "أدان الرئيس تفجيراً انتحارياً قرب خيمة اجتمع فيها شيوخ عشائر في مدينة جلال آباد يوم الأحد."
    assert [a.attack_type for a in _attacks(offline_extract, text)] == ["suicide_attack"]


def test_accusative_bombing_without_suicide_stays_open(offline_extract):
    text = "أدان الرئيس تفجيراً قرب خيمة اجتمع فيها شيوخ عشائر في مدينة جلال آباد يوم الأحد."
    assert all(a.attack_type != "suicide_attack" for a in _attacks(offline_extract, text))
