"""Session 31 frame and date rules, on sentences written for the tests: an event told after a span mark that follows
another event of its sentence ("ويأتي الهجوم بعد أربعة أشهر من هجوم ..."، "غداة تفجير ...") is an earlier event, a frame
of its own and past context, so the news keeps its own toll and doer; "بعد يومين على هجوم" in a follow-up lead points at
the article's own incident, not a past one; a counted span of years ago dates an event back; revised tolls of the
wounded, and tolls reached with "بلغت" and no "إلى", are read as revised tolls."""

from __future__ import annotations

import pytest

from marsad.agent import dates
from marsad.agent.offline import OfflineExtractor, attacks_dates, casualties_updates, frames
from marsad.agent.offline.casualties_updates import _updated_total
from marsad.agent.offline.context import build_context
from marsad.core.arabic import normalize
from marsad.schemas import Document

_EX = OfflineExtractor()


def _records(text: str, published: str = "2019-03-11") -> list:
    return _EX.extract(Document(doc_id="t", title=None, text=text, published=published)).attacks


def _words(text: str) -> list[str]:
    return normalize(text).replace("،", " ").replace(".", " ").split()


NEWS = "قتل ثلاثة جنود في هجوم مسلح على ثكنة في مدينة القصرين اليوم الاثنين. "
EARLIER = "ويأتي الهجوم بعد أربعة أشهر من هجوم على فندق في مدينة سوسة قتل فيه 30 سائحا. "


def test_span_mark_parts_two_events_of_a_sentence():
    ctx = build_context(Document(doc_id="t", title=None, text=EARLIER, published="2019-03-11"), _EX._gazetteer)
    fs = frames.find_frames(ctx, 0)
    assert fs and fs[-1].after_mark >= 0
    assert all(f.hi <= fs[-1].after_mark for f in fs[:-1])


def test_earlier_event_keeps_its_own_toll_and_is_past():
    recs = _records(NEWS + EARLIER)
    news = [r for r in recs if not r.background]
    past = [r for r in recs if r.background]
    assert [(r.killed, r.date) for r in news] == [(3, "2019-03-11")]
    assert [r.killed for r in past] == [30]


def test_switch_off_joins_the_two(monkeypatch):
    monkeypatch.setattr(frames, "SPAN_MARK", False)
    recs = _records(NEWS + EARLIER)
    assert any(r.killed == 30 and not r.background for r in recs)


def test_claim_after_the_earlier_event_is_its_own():
    recs = _records(NEWS + EARLIER + "وتبنى تنظيم داعش الهجوم.")
    news = [r for r in recs if not r.background]
    past = [r for r in recs if r.background]
    assert [r.perpetrator for r in news] == [None]
    assert [r.perpetrator for r in past] == ["داعش"]


def test_day_after_mark_dates_the_earlier_event_back():
    text = "قتل تسعة أشخاص في تفجير سيارة مفخخة في سوق بمدينة الخالص اليوم الاثنين غداة هجوم انتحاري على مسجد في بلدة المقدادية أوقع 12 قتيلا."
    recs = sorted(_records(text), key=lambda r: r.background)
    assert [(r.killed, r.background) for r in recs] == [(9, False), (12, True)]
    assert recs[1].date == "2019-03-10"


def test_span_of_minutes_parts_nothing():
    text = "انفجرت سيارة مفخخة ثانية بعد دقائق من انفجار الأولى قرب سوق في مدينة الحلة اليوم الاثنين، ما أسفر عن مقتل سبعة أشخاص."
    assert [(r.killed, r.background) for r in _records(text)] == [(7, False)]


def test_follow_up_lead_points_at_its_own_incident():
    text = ("طالب رئيس الوزراء اليوم السبت السكان بالهدوء بعد يوم من هجوم انتحاري على مركز للشرطة في مدينة مايدوغوري "
            "أسفر عن مقتل 11 شخصا.")
    recs = _records(text, published="2019-03-09")
    assert [(r.killed, r.background, r.date) for r in recs] == [(11, False, "2019-03-08")]
    text = "ما زال مصير عشرات العمال مجهولا بعد يومين على هجوم شنه مسلحون على منجم في ولاية زمفارا شمال غرب نيجيريا."
    assert [r.background for r in _records(text)] == [False]


def test_follow_up_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_OWN", False)
    text = "ما زال مصير عشرات العمال مجهولا بعد يومين على هجوم شنه مسلحون على منجم في ولاية زمفارا شمال غرب نيجيريا."
    assert [r.background for r in _records(text)] == [True]


@pytest.mark.parametrize("tail", [
    "وجاء ذلك بعد يومين من انفجار مشابه قتل فيه صبي في مدينة يريم.",
    "ووقع الهجوم بعد عامين تقريبا على تفجير في ملعب بمدينة أخرى قتل فيه ثمانية أشخاص.",
])
def test_span_after_an_incident_is_still_past(tail):
    lead = "قتل خمسة مدنيين بانفجار لغم أرضي زرعه مسلحون قرب مدينة الحديدة اليوم الاثنين. "
    recs = _records(lead + tail)
    assert [r.killed for r in recs if not r.background] == [5]
    assert len([r for r in recs if r.background]) == 1


YEARS_AGO = NEWS + "وأغلق السكان المدارس خوفا من تكرار ما حدث في هجوم على مدرسة في البلدة نفسها قبل 5 سنوات قتل فيه معلم."


def test_counted_years_ago_are_past():
    assert [(r.killed, r.background) for r in _records(YEARS_AGO)] == [(3, False), (1, True)]


def test_counted_years_ago_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "YEARS_AGO_COUNTED", False)
    monkeypatch.setattr(dates, "YEARS_AGO", False)  # (pass 46: the date reader reads the count as a year too)
    assert [(r.killed, r.background) for r in _records(YEARS_AGO)] == [(3, False), (1, False)]


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("وارتفع عدد الجرحى إلى 45 بحسب مصادر طبية", None, 45),
    ("وارتفعت حصيلة المصابين إلى 40 شخصا", None, 40),
    ("وأفادت إذاعة محلية بأن عدد المصابين قد ارتفع إلى 6", None, 6),
    ("ولاحقا ارتفعت حصيلة القتلى إلى 8 والجرحى إلى 19", 8, 19),
    ("وبلغت حصيلة الجرحى 14 شخصا", None, 14),
    ("وقال مسؤول إن حصيلة القتلى بلغت 25", 25, None),
    ("وارتفعت الحصيلة إلى 9 قتلى و31 جريحا", 9, None),
    ("وارتفع عدد جرحى قوات الأمن منذ مطلع الشهر إلى 210", None, None),
    ("وارتفع عدد الإصابات بالمرض إلى 300", None, None),
    ("وبلغت حصيلة القتلى في المحافظة 335 شخصا", None, None),
])
def test_revised_tolls(text, killed, wounded):
    w = _words(text)
    k = _updated_total(w, 0, len(w))
    i = _updated_total(w, 0, len(w), wounded=True)
    assert (k.value if k else None, i.value if i else None) == (killed, wounded)


def test_wounded_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_updates, "WOUNDED_UPDATE", False)
    w = _words("وارتفع عدد الجرحى إلى 45")
    assert _updated_total(w, 0, len(w), wounded=True) is None


def test_wounded_update_opens_a_toll_frame():
    text = "انفجرت سيارة مفخخة قرب سوق في مدينة الحلة اليوم الاثنين. وارتفع عدد الجرحى إلى 45 بحسب مصادر طبية."
    ctx = build_context(Document(doc_id="t", title=None, text=text, published="2019-03-11"), _EX._gazetteer)
    fs = frames.find_frames(ctx, 1)
    assert [f.toll_only for f in fs] == [True]


def test_reached_death_toll_revises_the_incident():
    text = "قتل 10 أشخاص في تفجير انتحاري استهدف سوقا في مدينة الرمادي اليوم الاثنين. وقال مسؤول في المحافظة إن حصيلة القتلى بلغت 25."
    assert [r.killed for r in _records(text)] == [25]
