"""Pass 42 (recall42): fighting told "since" a time of the same day is that day's one battle.

"منذ" opening on a time of the last day or two ("منذ فجر السبت"، "منذ منتصف ليل الاثنين"، "منذ ساعات الصباح") tells
when a battle began, not the war's fighting in general; "منذ أسابيع"، "منذ منتصف العام" still do. Sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import frames, scope_totals
from marsad.agent.offline.scope_totals import since_today
from marsad.core.arabic import normalize


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize("text", ["منذ فجر الجمعة", "ومنذ منتصف ليل السبت", "منذ منتصف الليل", "منذ ساعات الظهر",
                                  "منذ مساء أمس"])
def test_since_today_reads_times_of_one_day(text):
    assert since_today(_words(text), 0)


@pytest.mark.parametrize("text", ["منذ منتصف العام", "منذ أسابيع", "منذ بداية الهجوم", "منذ منتصف تموز"])
def test_since_today_leaves_spans(text):
    assert not since_today(_words(text), 0)


def test_battle_since_dawn_of_a_weekday_is_one_record(offline_extract):
    text = ("قال قائد ميداني إن اشتباكات عنيفة تدور منذ فجر الجمعة بين القوات الحكومية ومسلحي الحوثي "
            "في مديرية حيس جنوب الحديدة.")
    (attack,) = offline_extract(text, published="2019-06-08").attacks
    assert attack.attack_type == "armed_assault"
    assert attack.date == "2019-06-07"


def test_battle_since_midnight_of_a_weekday_is_one_record(offline_extract):
    text = ("وأوضحت مصادر في الجيش أن معارك ضارية دارت منذ منتصف ليل الأحد بين وحدات الجيش والحوثيين "
            "في مديرية التحيتا بمحافظة الحديدة.")
    (attack,) = offline_extract(text, published="2019-06-11").attacks
    assert attack.attack_type == "armed_assault"
    assert attack.date == "2019-06-09"


@pytest.mark.parametrize("since", ["منذ أشهر", "منذ منتصف العام"])
def test_battle_since_a_span_is_no_record(offline_extract, since):
    text = f"وتدور معارك متقطعة {since} بين القوات الحكومية ومسلحي الحوثي في مديرية حيس جنوب الحديدة."
    assert offline_extract(text, published="2019-06-08").attacks == []


def test_switches_off_lose_the_battle(offline_extract, monkeypatch):
    text = ("وأوضحت مصادر في الجيش أن معارك ضارية دارت منذ منتصف ليل الأحد بين وحدات الجيش والحوثيين "
            "في مديرية التحيتا بمحافظة الحديدة.")
    monkeypatch.setattr(frames, "SINCE_TODAY", False)
    monkeypatch.setattr(scope_totals, "SINCE_MIDNIGHT", False)
    assert offline_extract(text, published="2019-06-11").attacks == []
