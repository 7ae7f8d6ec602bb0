"""Pass 39 (attack precision on real news: no record for what is not an incident): sentences written for these
tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import (
    attacks_dates,
    attacks_events,
    attacks_places,
    casualties_frame,
    scope_totals,
)


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2016-09-11").attacks


def _tolls(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.killed) for a in _attacks(offline_extract, text)]


# SO_FAR --------------------------------------------------------------------------------------------------------

# a campaign's toll up to the day of writing, told of plural strikes with "so far"
CAMPAIGN = ("وقالت مصادر محلية إن الغارات الجوية على معاقل المتمردين في جبال قنديل أوقعت حتى الآن أكثر من 250 "
            "قتيلا.")
# the same, with the day the ministry spoke (a report's day, not the strikes')
REPORTED = ("أعلنت وزارة الدفاع، اليوم الأحد، نشر ست طائرات جديدة في القاعدة، في حين أوقعت الغارات الجوية على معاقل "
            "المتمردين في جبال قنديل حتى الآن أكثر من 250 قتيلا.")


def test_so_far_campaign_toll_is_no_attack(offline_extract):
    assert _attacks(offline_extract, CAMPAIGN) == []
    assert _attacks(offline_extract, REPORTED) == []


def test_so_far_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_totals, "SO_FAR", False)
    assert _attacks(offline_extract, REPORTED) != []


def test_so_far_negated_keeps_the_strike(offline_extract):
    text = "وأسفرت الغارات على بلدة الشدادي عن مقتل 6 مدنيين، ولم تعرف حتى الآن الجهة التي نفذتها."
    assert [k for _, k in _tolls(offline_extract, text)] == [6]


def test_so_far_one_attack_keeps_its_toll(offline_extract):
    text = "وأوقع الهجوم على سوق الخضار في مدينة الرمادي حتى الآن 23 قتيلا."
    assert [k for _, k in _tolls(offline_extract, text)] == [23]


# PERCENT -------------------------------------------------------------------------------------------------------

# a share of the dead in a statistic: "نسبة 40%" is no toll
SHARE = "في حين يمثل مجموع ضحايا الإرهاب في تشاد ومالي نسبة 40% من ضحايا القارة."


def test_percentage_is_no_toll(offline_extract):
    assert [k for _, k in _tolls(offline_extract, SHARE)] in ([], [None])


def test_percentage_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_frame, "PERCENT", False)
    assert 40 in [k for _, k in _tolls(offline_extract, SHARE)]


def test_percent_sign_after_count(offline_extract):
    text = "وقال مسؤول في المستشفى إن 30٪ من جرحى التفجير الذي وقع أمس في مدينة كركوك من النساء."
    assert all(a.injured != 30 for a in _attacks(offline_extract, text))


def test_plain_count_kept(offline_extract):
    text = "قتل 14 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق مدينة كركوك أمس."
    assert [(a.killed, a.injured) for a in _attacks(offline_extract, text)] == [(14, 30)]


# DISTANCE_FROM -------------------------------------------------------------------------------------------------

# the town the blast hit, told with how far it lies from a known city: the city is only a landmark
FAR_FROM = ("انفجرت عبوة ناسفة أمس في سوق بلدة تل السمر التي تبعد نحو 25 كيلومترا عن مدينة الفلوجة، ما أدى إلى "
            "مقتل 3 أشخاص.")


def test_distance_landmark_is_not_the_place(offline_extract):
    assert [p for p, _ in _tolls(offline_extract, FAR_FROM)] == ["تل السمر"]


def test_distance_landmark_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_places, "DISTANCE_FROM", False)
    assert [p for p, _ in _tolls(offline_extract, FAR_FROM)] == ["مدينة الفلوجة"]


def test_distance_without_a_place_before_keeps_the_city(offline_extract):
    text = "وقتل جندي في هجوم على حاجز للجيش على بعد 10 كم من مدينة الرمادي أمس."
    assert [p for p, _ in _tolls(offline_extract, text)] == ["مدينة الرمادي"]


# REPORT_FULL_DATE ----------------------------------------------------------------------------------------------

# a drone strike told with its day, then confirmed by a ministry on a full date: one incident
CONFIRMED = ("أعلن الجيش الأمريكي، الخميس، أن إحدى طائراته شنت ضربة جوية على قيادي بارز في حركة طالبان في ولاية هلمند جنوب "
             "أفغانستان.\nوقال متحدث عسكري إن الغارة نفذتها طائرة مسيرة قرب بلدة موسى قلعة.\n"
             "ولم تعلق الحركة على الضربة حتى مساء الخميس.\n"
             "وأكدت وزارة الدفاع الأفغانية يوم الجمعة 13 يوليو 2018 مقتل القيادي إثر هجوم نفذته طائرة أمريكية بدون "
             "طيار في ولاية هلمند.")


def _dated(offline_extract, text: str) -> list[str | None]:
    return [a.date for a in offline_extract(text, published="2018-07-13").attacks]


def test_full_date_of_a_statement_is_no_other_incident(offline_extract):
    assert _dated(offline_extract, CONFIRMED) == ["2018-07-12"]


def test_full_date_of_a_statement_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "REPORT_FULL_DATE", False)
    assert len(_dated(offline_extract, CONFIRMED)) == 2


def test_full_date_of_the_event_is_kept(offline_extract):
    text = "قتل 4 جنود في هجوم على حاجز للجيش في مدينة الرمادي يوم الثلاثاء 10 يوليو 2018."
    assert _dated(offline_extract, text) == ["2018-07-10"]


# TORTURE_TALLY -------------------------------------------------------------------------------------------------

# a rights group's count of detainees who died in custody: no attack
CUSTODY = ("وقالت منظمة حقوقية إن 62 معتقلا لقوا حتفهم تحت التعذيب في سجون الجماعة المسلحة بمدينة الحديدة منذ "
           "سيطرتها عليها.")
# (the abductee noun after the count opens a kidnapping frame of its own)
CUSTODY_UNDATED = "ولفت البيان كذلك إلى وفاة أكثر 60 مختطف تحت التعذيب في معتقلات الجماعة بصنعاء."


def test_torture_tally_is_no_attack(offline_extract):
    assert _attacks(offline_extract, CUSTODY) == []
    assert _attacks(offline_extract, CUSTODY_UNDATED) == []


def test_torture_tally_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "TORTURE_TALLY", False)
    assert _attacks(offline_extract, CUSTODY_UNDATED) != []


def test_killing_without_torture_kept(offline_extract):
    text = "وقتل 5 مدنيين في قصف مدفعي استهدف سوقا شعبيا في مدينة ذمار أمس."
    assert [k for _, k in _tolls(offline_extract, text)] == [5]


def _torture_words(text: str) -> list[str]:
    from marsad.core.arabic import normalize
    return normalize(text).split()


@pytest.mark.parametrize("text", [
    "وأحصت الهيئة 35 سجينا ماتوا تحت التعذيب خلال ثلاث سنوات",
    "وأحصت الهيئة 35 سجينا ماتوا في الزنازين وتحت التعذيب خلال ثلاث سنوات",  # the phrase with "و" on its first word
    "ووثق المرصد وفاة 35 محتجزا في السجن المركزي وبسبب التعذيب وسوء المعاملة",
])
def test_torture_phrase_read_with_clitics(text):
    # the shared phrase reader (scope_phrases.has_phrase) reads the first word of a phrase behind a clitic too
    assert attacks_events._torture_tally(_torture_words(text), [35])


@pytest.mark.parametrize("text,counts", [
    ("وأحصت الهيئة 35 سجينا ماتوا تحت الأنقاض خلال ثلاث سنوات", [35]),  # no torture phrase
    ("وتوفي سجين واحد تحت التعذيب في الزنزانة", [1]),  # one death: left to the other rules
    ("وأحصت الهيئة 35 سجينا ماتوا في الزنازين", []),
])
def test_torture_phrase_not_read(text, counts):
    assert not attacks_events._torture_tally(_torture_words(text), counts)
