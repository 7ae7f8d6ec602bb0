"""Session 27 (frames27): tolls told as what fell after the event, months named alone, definite and dual event nouns.

Sentences written for these tests (same kind as the news, other words, places and numbers)."""

from __future__ import annotations

import datetime as dt

from marsad.agent import dates
from marsad.agent.offline import attacks_dates, frames, frames_bounds

FALLEN = ("قال مسؤول محلي إن انفجاراً وقع أمام مبنى البلدية في مدينة جلال آباد، اليوم الاثنين، مما أدى إلى سقوط 7 قتلى "
          "و22 مصاباً. وكان انفجار سيارة مفخخة في مدينة قندوز، الأحد، أسفر عن مقتل 19 شخصاً.")


def _one(offline_extract, text: str, place: str, published: str = "2019-03-10"):
    (a,) = [a for a in offline_extract(text, published=published).attacks if a.location and place in a.location.name]
    return a


# --- a toll told as what fell ("ما أدى إلى سقوط 7 قتلى") joins the event before it, with the event's own day


def test_fallen_toll_keeps_the_event_day(offline_extract):
    a = _one(offline_extract, FALLEN, "جلال")
    assert (a.date, a.killed, a.injured) == ("2019-03-04", 7, 22)


def test_fallen_toll_with_no_comma_is_counted(offline_extract):
    text = ("قال مسؤول إن انفجاراً وقع أمام مبنى المحافظة في مدينة قندوز الاثنين ما أدى إلى سقوط 5 قتلى. "
            "وكان هجوم على حاجز في مدينة هرات، أمس الأحد، أسفر عن مقتل 3 جنود.")
    a = _one(offline_extract, text, "قندوز")
    assert (a.date, a.killed) == ("2019-03-04", 5)


def test_fallen_toll_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_bounds, "FALLEN_TOLL", False)
    a = _one(offline_extract, FALLEN, "جلال")
    assert a.date != "2019-03-04"


# --- a month named alone is a date


def test_month_with_its_part_is_read():
    got = dict(dates.resolve_text("قتل شرطيان في هجوم مطلع أبريل", dt.date(2019, 3, 10)))
    assert got["مطلع ابريل"].iso == "2019-04"
    got = dict(dates.resolve_text("وقعت الاشتباكات في أواخر شهر آذار", dt.date(2019, 5, 10)))
    assert got["اواخر شهر اذار"].iso == "2019-03"


def test_month_in_both_calendars_is_read_and_a_later_month_is_last_year():
    got = dates.resolve_text("وفي تشرين الثاني/نوفمبر هاجم مسلحون قافلة", dt.date(2019, 2, 20))
    assert [(t, r.iso) for t, r in got] == [("تشرين الثاني/نوفمبر", "2018-11")]


def test_everyday_month_word_alone_is_not_a_date():
    assert dates.resolve_text("في مارس الرياضة يوميا", dt.date(2019, 2, 20)) == []
    assert dates.resolve_text("تحدث في آب عن ابنه", dt.date(2019, 2, 20)) == []


def test_bare_month_switch_off(monkeypatch):
    monkeypatch.setattr(dates, "BARE_MONTH", False)
    assert dates.resolve_text("قتل شرطيان في هجوم مطلع أبريل", dt.date(2019, 3, 10)) == []


def test_attack_of_an_earlier_month_is_dated_and_past(offline_extract):
    text = ("قتل 4 أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة في مدينة الرمادي اليوم. "
            "وكان مسلحون هاجموا في كانون الثاني/يناير مقرا للشرطة في مدينة سامراء، ما أسفر عن مقتل 6 أشخاص.")
    old = _one(offline_extract, text, "سامراء", published="2019-05-12")
    assert (old.date, old.killed, old.background) == ("2019-01", 6, True)


def test_month_far_on_in_a_relative_clause_dates_nothing(offline_extract, monkeypatch):
    text = ("وقد استهدف الهجوم تجمعا للشبان كانوا يريدون المشاركة في اعادة بناء مدينة منبج السورية التي دمرت في "
            "معارك عنيفة استمرت ثلاثة اشهر وانتصر فيها المقاتلون في شباط/فبراير على التنظيم.")
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-07-24"), get_gazetteer())
    (f,) = frames.find_frames(ctx, 0)
    assert attacks_dates._date(ctx, f) is None
    monkeypatch.setattr(attacks_dates, "BARE_MONTH_PAST", False)
    assert attacks_dates._date(ctx, f).resolved.iso == "2019-02"


# --- the blast of a landmine is an IED


MINE = "قُتل أربعة مدنيين بينهم طفل، الأحد، في انفجار لغم أرضي، زرعته جماعة مسلحة قبل انسحابها من بلدة المخا غرب اليمن."


def test_landmine_blast_is_an_ied(offline_extract):
    assert _one(offline_extract, MINE, "المخا").attack_type == "ied"
    a = _one(offline_extract, "أصيبت امرأتان بجروح طفيفة بانفجار لغم أرضي بجوار قرية الحصن في صعدة.", "الحصن")
    assert (a.attack_type, a.injured) == ("ied", 2)


def test_landmine_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "LANDMINE", False)
    assert _one(offline_extract, MINE, "المخا").attack_type != "ied"


# --- a toll and its cause set apart only by a day between commas; two casualty verbs sharing one figure


def test_toll_of_fighters_with_day_aside_joins_the_strike(offline_extract):
    text = "لقي 11 عنصرا من المسلحين، مصرعهم، الخميس، في قصف مدفعي على مواقعهم في قرية الحصن بمحافظة مأرب."
    a = _one(offline_extract, text, "الحصن")
    assert (a.killed, a.attack_type, a.date) == (11, "shelling", "2019-03-07")


def test_day_aside_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "DAY_ASIDE", False)
    text = "قتل 11 عنصرا من المسلحين، الخميس، في قصف مدفعي على مواقعهم في قرية الحصن بمحافظة مأرب."
    assert _one(offline_extract, text, "الحصن").killed is None


def test_two_casualty_verbs_share_one_figure(offline_extract, monkeypatch):
    from marsad.agent.offline import casualties_excluded

    text = "قُتل وأصيب 40 عنصرا من المسلحين، الثلاثاء، في مواجهات عنيفة مع الجيش شهدتها بلدة الحصن بمحافظة مأرب."
    a = _one(offline_extract, text, "الحصن")
    assert (a.killed, a.injured) == (None, None)
    monkeypatch.setattr(casualties_excluded, "PAIRED_VERBS", False)
    assert _one(offline_extract, text, "الحصن").injured == 40


def test_verb_after_its_subject_keeps_its_own_count(offline_extract):
    text = "وقالت رئاسة الأركان إن جنديا قتل وجرح اثنان آخران قرب بلدة الحصن في اشتباك مسلح مع متطرفين."
    a = _one(offline_extract, text, "الحصن")
    assert (a.killed, a.injured) == (1, 2)
