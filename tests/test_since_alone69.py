"""Review69 (merge69 finding 4): a month or year "since" which an incident is measured ("منذ آذار 2017") is never its
date, even as its sentence's only one: the record leaves it out and is not made background by it; it still keeps a
telling of another incident apart (attacks_dates.since_date).

Sentences written for these tests."""

from marsad.schemas import Document


def _dated(body: str) -> list[tuple[str | None, bool]]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2019-03-10"))
    return [(a.date, a.background) for a in rec.attacks]


def test_a_year_since_alone_is_no_date_and_no_past():
    assert _dated("شهدت مدينة دير الزور أعنف غارات جوية منذ عام 2016 أسفرت عن مقتل تسعة مدنيين.") == [(None, False)]


def test_a_month_since_alone_is_no_date_and_no_past():
    assert _dated("تعرض حي سكني في مدينة الموصل لأشد قصف منذ تموز 2017 ما أدى إلى مقتل ستة أشخاص.") == [(None, False)]


def test_the_event_year_still_dates_it():
    assert _dated("وفي عام 2016 قتل تسعة مدنيين في غارات جوية على مدينة دير الزور.")[0][0] == "2016"
