"""Pass 50 (history and habitual talk on unseen news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import attacks_records as ar
from marsad.core.arabic import normalize


def _attacks(offline_extract, text: str, published: str = "2018-04-10"):
    return offline_extract(text, published=published).attacks


# HABITUAL_WAGING: "هجمات يشنها ..." tells what a side keeps doing, no incident -------------------------------------

HABITUAL = [
    "وتواجه الحكومة المحلية هجمات يشنها تنظيم الدولة على مواقعها في شرق أفغانستان قرب الحدود.",
    "ووصل الوزير مساء الخميس إلى نيروبي تحت حراسة كثيفة، في بلد يعاني منذ زمن من هجمات تشنّها حركة الشباب.",
]
WAGED = [
    "وشن مسلحون أمس هجمات تستهدف مواقع الجيش في بلدة الحويجة جنوب كركوك.",
    "وتعرضت بلدة الحويجة أمس لغارات جوية تستهدف مواقع المسلحين.",
]


def test_attacks_a_side_keeps_waging_are_no_incident(offline_extract):
    for text in HABITUAL:
        assert _attacks(offline_extract, text) == [], text


def test_attacks_waged_or_undergone_stay(offline_extract):
    for text in WAGED:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_habitual_waging_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "HABITUAL_WAGING", False)
    for text in HABITUAL:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_habitual_waging_reads_the_noun_and_the_verb_after_it():
    def words(text: str) -> list[str]:
        return [normalize(w) for w in text.split()]

    assert ac.habitual_waging(words("تواجه هجمات يشنها التنظيم"), 0, 1, 4)
    assert ac.habitual_waging(words("في سلسلة اعتداءات متطرفة تستهدف البلاد"), 0, 2, 6)  # one adjective between
    assert ac.habitual_waging(words("يعاني من هجمات تشنّها الحركة"), 0, 2, 5)  # shadda normalised
    assert not ac.habitual_waging(words("تواجه الهجمات التي يشنها التنظيم"), 0, 1, 5)  # definite: RELATIVE_HABIT's
    assert not ac.habitual_waging(words("وشن المسلحون هجمات تستهدف الجيش"), 0, 2, 5)  # waged: they took place
    assert not ac.habitual_waging(words("هجمات الحوثيين تستهدف السفن"), 0, 0, 4)  # the doer between, no adjective


# DATED_BACK_PAST: an incident dated well before publication by its own words is background -------------------------

SHAYRAT = ("وقال المتحدث إن الرد سيتخطى ما شهدناه عند قصف مطار الشعيرات قرب حمص العام الماضي. "
           "وتناقش الإدارة خيارات الرد على قصف دوما.")
SINCE = ("أعلن رئيس الوزراء الأربعاء أن الجيش سدد أعنف ضربة منذ سنوات للفصائل في غزة، في أخطر مواجهة منذ "
         "حرب العام 2014. وقال إن الجيش يرد بقوة بهجمات على عشرات الأهداف.")


def test_last_years_strike_joined_by_a_news_mention_is_background(offline_extract):
    [a] = _attacks(offline_extract, SHAYRAT, "2018-04-10")
    assert a.background is True
    assert a.date == "2017"


def test_dated_back_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "DATED_BACK_PAST", False)
    [a] = _attacks(offline_extract, SHAYRAT, "2018-04-10")
    assert a.background is False


def test_a_year_after_since_is_no_day_of_the_incident(offline_extract):
    assert [a.background for a in _attacks(offline_extract, SINCE, "2018-05-30")] == [False]


# BLAME_CAST / ACCUSED_DAY_AFTER: an attack told only as what a side is blamed for takes no accusation's day --------

BLAMED = ("وتلقي الحكومة باللوم على الحزب في الهجوم على مخفر للشرطة بمدينة كركوك، حيث اتهم وزير الداخلية الحزب "
          "الخميس بالتخطيط له.")


def test_an_attack_blamed_on_a_side_takes_no_accusation_day(offline_extract):
    assert [a.date for a in _attacks(offline_extract, BLAMED, "2018-07-08")] == []  # undated, placed only: no event


def test_blame_cast_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "BLAME_CAST", False)
    assert [a.date for a in _attacks(offline_extract, BLAMED, "2018-07-08")] == ["2018-07-05"]


def test_accused_day_after_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "ACCUSED_DAY_AFTER", False)
    assert [a.date for a in _attacks(offline_extract, BLAMED, "2018-07-08")] == ["2018-07-05"]
