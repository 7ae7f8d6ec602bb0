"""Pass 43 (prec43): UNDATED_SAME_TOLL (attacks_clusters).

A telling with the incident's exact toll again, one of the two undated and told within two sentences of the other, is
that incident, though one reads as past context and the other as the news. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_clusters

_HOURS_BEFORE = ("اعتقل المسلحون الحوثيون، الأحد، مدير مدرسة في محافظة البيضاء. "
                 "وقال سكان إن المسلحين اقتادوه إلى جهة مجهولة. "
                 "ويأتي هذا بعد ساعات من استهداف المسلحين سيارة إسعاف في مديرية ناطع، ما أسفر عن إصابة 4 من المسعفين. "
                 "وقال مصدر محلي إن المسلحين أطلقوا، السبت، قذيفة هاون على سيارة الإسعاف ما أدى إلى إصابة 4 مسعفين.")


def test_same_toll_told_as_past_then_with_its_day_is_one_record(offline_extract):
    attacks = [a for a in offline_extract(_HOURS_BEFORE, published="2019-03-12").attacks if a.injured == 4]
    assert len(attacks) == 1
    assert attacks[0].date == "2019-03-09"
    assert attacks[0].location.name == "ناطع"
    assert not attacks[0].background


def test_same_toll_told_as_past_then_with_its_day_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_clusters, "UNDATED_SAME_TOLL", False)
    attacks = [a for a in offline_extract(_HOURS_BEFORE, published="2019-03-12").attacks if a.injured == 4]
    assert len(attacks) == 2


@pytest.mark.parametrize("gap", ["", "وتابع المصدر أن الأهالي نقلوا المصابين. وأشار إلى أن الطريق أغلق. "])
def test_same_toll_far_or_dated_apart_stays_apart(offline_extract, gap):
    text = ("أصيب 3 جنود بانفجار عبوة ناسفة في مدينة الرمادي اليوم الثلاثاء. " + gap +
            "وكان 3 جنود قد أصيبوا بانفجار عبوة ناسفة في مدينة الفلوجة الشهر الماضي.")
    attacks = offline_extract(text, published="2019-03-12").attacks
    assert len(attacks) == 2


def test_same_toll_undated_news_and_an_old_dated_one_stay_apart(offline_extract):
    text = ("أصيب 3 جنود بانفجار عبوة ناسفة في مدينة الرمادي. "
            "وكان 3 جنود قد أصيبوا بانفجار عبوة ناسفة في تموز 2017.")
    attacks = offline_extract(text, published="2019-03-12").attacks
    assert len(attacks) == 2
    assert sum(a.background for a in attacks) == 1
