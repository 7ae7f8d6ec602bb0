"""Pass 54 (agree54): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_find

# DATED_EARLIER: an indefinite agreement signed in an earlier year gives neither its status nor its date ---------------

_TWO_DEALS = ("وقع العراق وإيران اتفاقا أمنيا في بغداد يوم الأحد. وأعلن الوزير الشهر الماضي أن بلاده تلتزم "
              "ببنود اتفاق أمني أبرم بعد الحرب التي دارت من 1980 إلى 1988.")
_LONE_EARLIER_TRUCE = "وقال المتحدث إن الحوثيين خرقوا هدنة وقعت في 2016 مع الحكومة اليمنية."
_SIGNED_THIS_YEAR = ("وقع العراق وإيران اتفاقا أمنيا في بغداد يوم الأحد. وقال الوزير إن بلاده تلتزم ببنود اتفاق "
                     "أمني وقع في 2019 بين البلدين.")


def _records(offline_extract, text: str) -> list[tuple[str, str | None]]:
    return [(a.status, a.date) for a in offline_extract(text, published="2019-05-09").agreements]


def test_an_earlier_deal_gives_no_status_or_date_to_the_new_one(offline_extract):
    assert _records(offline_extract, _TWO_DEALS) == [("agreed", "2019-05-05")]


def test_an_earlier_truce_told_alone_keeps_its_status(offline_extract):
    assert [r[0] for r in _records(offline_extract, _LONE_EARLIER_TRUCE)] == ["implementing"]


def test_a_deal_signed_this_year_is_not_earlier(offline_extract):
    assert [r[0] for r in _records(offline_extract, _SIGNED_THIS_YEAR)] == ["implementing"]


def test_switched_off_the_earlier_deal_sets_status_and_date(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "DATED_EARLIER", False)
    assert _records(offline_extract, _TWO_DEALS) != [("agreed", "2019-05-05")]
