"""Pass 43 (agree43b): SIDES_BEFORE_ON, negotiating between two sides "على" an agreement. Own sentences, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_status


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in offline_extract(text, published="2021-04-03").agreements]


_TALKS = ("ويجري التفاوض بين الحكومة العراقية وحكومة إقليم كردستان على اتفاق أمني لنشر قوات مشتركة في "
          "كركوك.")
_SIGNED_AFTER = ("وبعد أسابيع من التفاوض بين الحكومة العراقية وحكومة إقليم كردستان وقع الطرفان على اتفاق أمني "
                 "لنشر قوات مشتركة في كركوك.")


def test_negotiating_between_sides_on_a_deal_is_proposed(offline_extract):
    assert _statuses(offline_extract, _TALKS) == ["proposed"]


def test_deal_signed_after_talks_is_agreed(offline_extract):
    assert _statuses(offline_extract, _SIGNED_AFTER) == ["agreed"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "SIDES_BEFORE_ON", False)
    assert _statuses(offline_extract, _TALKS) == ["agreed"]
