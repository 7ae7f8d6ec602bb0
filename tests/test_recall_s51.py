"""Pass 51 (attack recall on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import frames_readers


def _attacks(offline_extract, text: str, published: str = "2020-02-12"):
    return offline_extract(text, published=published).attacks


# LAUNCH_PAST_DAY (frames_readers) ---------------------------------------------------------------------------------

# a launch told with the day set in between commas after its subject, the missile shot down on its way
DAY_BETWEEN = ("أطلقت الجماعة المسلحة، مساء الثلاثاء، صاروخا بعيد المدى نحو مدينة عتق، "
               "وأسقطته الدفاعات قبل أن يبلغ هدفه.")

# the same with a count in figures after a subject of two words
COUNT_BETWEEN = "وأطلقت الفصائل المسلحة 12 صاروخا، وسقط أحدها في بلدة الصومعة مساء الثلاثاء."

# a release from prison with the day set in: no projectile, no attack
RELEASE = "أطلقت السلطات، مساء الثلاثاء، سراح عشرة موقوفين في مدينة عتق."

# a test launch into a sea with the day set in: no attack
SEA_TEST = "أطلقت الدولة، صباح الأحد، صاروخين باليستيين باتجاه البحر."


def test_a_launch_with_the_day_between_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, DAY_BETWEEN)
    assert len(atts) == 1
    assert atts[0].attack_type == "shelling"
    assert atts[0].location is not None and "عتق" in atts[0].location.name


def test_a_launch_with_a_count_between_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, COUNT_BETWEEN)
    assert len(atts) == 1 and atts[0].attack_type == "shelling"


def test_a_release_with_the_day_between_is_none(offline_extract):
    assert _attacks(offline_extract, RELEASE) == []


def test_a_test_launch_into_a_sea_with_the_day_between_is_none(offline_extract):
    assert _attacks(offline_extract, SEA_TEST) == []


def test_launch_past_day_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_readers, "LAUNCH_PAST_DAY", False)
    assert _attacks(offline_extract, DAY_BETWEEN) == []
    assert _attacks(offline_extract, COUNT_BETWEEN) == []

