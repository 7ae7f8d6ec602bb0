"""Pass 59 (ext59): sentences written for these tests, none from the corpus.

- ``attacks_events.RISE_CLAUSE``: a running total told in a clause of its own after an incident ("لتصل الحصيلة
  إلى ..."، "ليرتفع عدد ...") is the period's sum; the incident told before it stays an incident.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_events

DAY = "2019-04-06"

HOUSE_STRUCK = ("وقتل خمسة مدنيين بسبب قصف للطيران الحربي على مخبز في قرية الكروم بريف السنابل صباح الجمعة، "
                "لتصل إلى 60 حصيلة المدنيين الذين قتلوا خلال يومين جراء نحو 300 ضربة جوية.")
YEAR_TOLL = "وقتل 40 جنديا منذ بداية العام في هجمات المسلحين، ليرتفع عدد القتلى إلى 300 منذ بدء التمرد."


def _tolls(offline_extract, text: str) -> list[tuple[str, int | None]]:
    return [(a.attack_type, a.killed) for a in offline_extract(text, published=DAY).attacks]


def test_an_incident_told_before_a_running_total_stays(offline_extract, monkeypatch):
    assert _tolls(offline_extract, HOUSE_STRUCK) == [("airstrike", 5)]
    monkeypatch.setattr(attacks_events, "RISE_CLAUSE", False)
    assert _tolls(offline_extract, HOUSE_STRUCK) == []


def test_a_period_total_before_the_clause_is_still_a_total(offline_extract):
    assert _tolls(offline_extract, YEAR_TOLL) == []

