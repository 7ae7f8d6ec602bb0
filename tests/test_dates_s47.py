"""Pass 47: the days/hours/weeks-back count ("قبل ست ساعات"، "قبل ثماني أيام") takes its number words from the same
table as the years-back count (numbers' word table, 3..10, both genders), not a short list of its own."""
import datetime as dt

import pytest

from marsad.agent.dates import resolve_text

PUB = dt.date(2019, 3, 10)


@pytest.mark.parametrize("text, iso", [
    ("انفجرت عبوة قرب المدرسة قبل ثلاثة أيام", "2019-03-07"),
    ("اقتحم المسلحون القرية قبل ثماني أيام", "2019-03-02"),
    ("سقطت القذيفة على السوق قبل تسعة أيام", "2019-03-01"),
    ("أعلن الجيش قبل خمسة أيام سيطرته على التل", "2019-03-05"),
])
def test_days_back_counted_in_words(text, iso):
    got = [(t, r.iso) for t, r in resolve_text(text, PUB)]
    assert len(got) == 1 and got[0][1] == iso


@pytest.mark.parametrize("text", [
    "قبل ست ساعات من الموعد المحدد",  # hours back: no day of its own beyond the publication day
    "قبل ثلاث ساعات",
])
def test_hours_back_counted_in_words_are_read(text):
    got = resolve_text(text, PUB)
    assert len(got) == 1


def test_count_words_without_a_unit_are_no_date():
    assert resolve_text("قبل خمس مباريات من نهاية الدوري", PUB) == []
