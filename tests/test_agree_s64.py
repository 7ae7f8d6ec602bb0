"""Pass 64 (agree64): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_cues


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


def _parties(offline_extract, text: str) -> list[set[str]]:
    return [set(a.parties) for a in _agreements(offline_extract, text)]


# MOVEMENT_SIDES: a country's political movement is a side ------------------------------------------------------------

_TWO_MOVEMENTS = "وتوصلت حركة أمل وحزب الله مساء الأحد إلى اتفاق لوقف إطلاق النار في أحياء المدينة الجنوبية."
_WITH_MOVEMENT = "وأعلنت الحكومة اليمنية توقيع اتفاق أمني مع المجلس الانتقالي الجنوبي لتوحيد القوات العسكرية في مدينة عدن."


def test_a_movement_written_first_is_a_side(offline_extract):
    assert _parties(offline_extract, _TWO_MOVEMENTS) == [{"حركة أمل", "حزب الله"}]


def test_a_movement_after_with_is_a_side(offline_extract):
    parties = _parties(offline_extract, _WITH_MOVEMENT)
    assert len(parties) == 1 and "المجلس الانتقالي الجنوبي" in parties[0] and len(parties[0]) == 2


def test_a_body_of_no_country_stays_no_side(offline_extract):
    parties = _parties(offline_extract, "وتوصلت الأمم المتحدة وحركة طالبان إلى اتفاق لوقف إطلاق النار خلال أيام العيد.")
    assert all("الأمم المتحدة" not in p for p in parties)


def test_movement_sides_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_cues, "MOVEMENT_SIDES", False)
    assert _parties(offline_extract, _TWO_MOVEMENTS) == [{"حزب الله"}]
