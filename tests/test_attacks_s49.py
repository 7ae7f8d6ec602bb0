"""Pass 49 (split49): one report telling several incidents.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_events, attacks_places
from marsad.schemas import Document


def _places(body: str) -> list[str | None]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="معارك", text=body, published="2016-05-02"))
    return [a.location.name if a.location else None for a in rec.attacks]


# fighting with no toll told at two named places: one incident per place (D-21)
_BATTLE_LIST = "وذكر مصدر محلي أن المعارك تدور حاليا بين الطرفين بالرشاشات في مدينتي الرمادي والفلوجة."


def test_fighting_at_two_places_is_one_incident_per_place():
    assert {"الرمادي", "الفلوجة"} <= set(_places(_BATTLE_LIST))


def test_battle_listed_switch_off_keeps_one_battle(monkeypatch):
    monkeypatch.setattr(attacks_events, "BATTLE_LISTED", False)
    assert len(_places(_BATTLE_LIST)) == 1


# a second place told with its own "وفي" after the first place and its parent
_AGAIN = "قصفت الطائرات أمس مواقع للتنظيم في الرمادي بمحافظة الأنبار، وفي كركوك."


def test_a_second_place_told_with_its_own_in_is_its_own_incident():
    assert {"الرمادي", "كركوك"} <= set(_places(_AGAIN))


def test_locative_again_switch_off_keeps_one_strike(monkeypatch):
    monkeypatch.setattr(attacks_places, "LOCATIVE_AGAIN", False)
    assert len(_places(_AGAIN)) == 1
