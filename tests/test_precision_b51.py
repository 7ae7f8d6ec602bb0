"""Pass 51b (leads of the attack precision audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import datetime as dt

from marsad.agent import dates
from marsad.agent.dates import find_dates

SAT = dt.date(2021, 4, 10)  # a Saturday

# NEXT_DAY_EDITION: "اليوم الجمعة" in a Saturday edition: the text was written on Friday ------------------------------

EDITION = ("قصفت مدفعية الجيش مواقع للمسلحين قرب الحدود الشمالية اليوم الجمعة، بحسب مصادر أمنية.\n"
           "وقال مسؤول عسكري إن قصف اليوم أدى إلى مقتل 6 مسلحين وتدمير مخزن للسلاح في القرية.")


def _mentions(text: str):
    from marsad.core.arabic import normalize

    return find_dates(normalize(text))


def test_writing_day_is_the_named_weekday():
    assert dates.writing_day(_mentions("قال الوزير اليوم الجمعة إن ..."), SAT) == dt.date(2021, 4, 9)
    assert dates.writing_day(_mentions("وصل الوفد أمس الخميس إلى ..."), SAT) == dt.date(2021, 4, 9)
    assert dates.writing_day(_mentions("قال الوزير اليوم السبت إن ..."), SAT) == SAT


def test_writing_day_keeps_publication_when_the_text_opens_with_a_bare_day_or_disagrees():
    assert dates.writing_day(_mentions("توعد الرئيس، الثلاثاء، الجماعة. وقال بيان صدر اليوم الأحد إن ..."), SAT) == SAT
    assert dates.writing_day(_mentions("قال الوزير اليوم الجمعة إن ... وقال آخر اليوم الخميس"), SAT) == SAT
    assert dates.writing_day(_mentions("قال الوزير اليوم إن ..."), SAT) == SAT


def _today_hits(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title=None, text=text, published=SAT.isoformat()), get_gazetteer())
    return [h.resolved.iso for hs in ctx.dates for h in hs if h.mention.parts.get("rel_days") == 0]


def test_bare_today_counts_from_the_writing_day():
    assert _today_hits(EDITION) == ["2021-04-09", "2021-04-09"]


def test_next_day_edition_switch_off(monkeypatch):
    monkeypatch.setattr(dates, "NEXT_DAY_EDITION", False)
    assert _today_hits(EDITION) == ["2021-04-09", "2021-04-10"]
