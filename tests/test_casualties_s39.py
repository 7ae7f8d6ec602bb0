"""Pass 39b (casualty fields): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import casualties_updates as cu


def _tolls(offline_extract, text: str) -> list[tuple[int | None, int | None]]:
    attacks = offline_extract(text, published="2021-05-09").attacks
    return [(a.killed, a.injured) for a in attacks]


# NOBODY_HURT: "لم يصب أحد" (nobody was hurt) is an explicit zero of both counts (D-1) -------------------------------

NOBODY = "قال مسؤول محلي إن عبوة ناسفة انفجرت قرب مدرسة ابتدائية في ولاية قندهار صباح الأحد، لكن لم يصب أحد."
NO_PERSON = "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي دون أن يصاب أي شخص."
MISSED = "أطلق مسلحون صاروخا على معسكر للجيش في مدينة تكريت لكنه لم يصب الهدف."


def test_nobody_hurt_is_zero_of_both(offline_extract):
    assert _tolls(offline_extract, NOBODY) == [(0, 0)]


def test_no_person_hurt_is_zero_of_both(offline_extract):
    assert _tolls(offline_extract, NO_PERSON) == [(0, 0)]


def test_a_missed_target_is_no_zero(offline_extract):
    assert _tolls(offline_extract, MISSED) == [(None, None)]


def test_nobody_hurt_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(cu, "NOBODY_HURT", False)
    assert _tolls(offline_extract, NOBODY) == [(None, None)]


def test_nobody_of_one_side_is_no_toll(offline_extract):
    text = "هاجم مسلحون نقطة تفتيش في قضاء الحويجة فجر السبت ولم يصب أحد من عناصر الشرطة."
    assert all(t == (None, None) for t in _tolls(offline_extract, text))


def test_nobody_hurt_is_no_count_of_one(offline_extract):
    text = "أطلق رجلان النار عدة مرات على بوابة قنصلية في مدينة أوساكا فجر الخميس دون أن يصاب أحد بجروح."
    assert _tolls(offline_extract, text) == [(0, 0)]


def test_only_one_hurt_keeps_its_count(offline_extract):
    text = "أطلق رجلان النار على بوابة قنصلية في مدينة أوساكا فجر الخميس فأصيب حارس واحد بجروح."
    assert _tolls(offline_extract, text) == [(None, 1)]
