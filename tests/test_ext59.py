"""Pass 59 (ext59): sentences written for these tests, none from the corpus.

- ``attacks_events.RISE_CLAUSE``: a running total told in a clause of its own after an incident ("لتصل الحصيلة
  إلى ..."، "ليرتفع عدد ...") is the period's sum; the incident told before it stays an incident.
- ``attacks_records.OWN_FLYER``: an air strike with no doer whose own sentence names another state's aircraft takes
  no doer from the article's other air strikes.
- ``roles_targets.MEANS_OR_FLYER_HEAD``: a target that opens with the means ("ب" + a munition) or the aircraft that
  struck ("ل" + an aircraft word) is no target.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_events, attacks_records
from marsad.schemas import Attack

DAY = "2019-04-06"

HOUSE_STRUCK = ("وقتل خمسة مدنيين بسبب قصف للطيران الحربي على مخبز في قرية الكروم بريف السنابل صباح الجمعة، "
                "لتصل إلى 60 حصيلة المدنيين الذين قتلوا خلال يومين جراء نحو 300 ضربة جوية.")
MARKET_BOMB = ("وقتل خمسة أشخاص في انفجار سيارة مفخخة في سوق مدينة الرمال صباح الخميس، وبذلك يرتفع عدد القتلى "
               "في الهجمات منذ بداية العام إلى 400.")
YEAR_TOLL = "وقتل 40 جنديا منذ بداية العام في هجمات المسلحين، ليرتفع عدد القتلى إلى 300 منذ بدء التمرد."


def _tolls(offline_extract, text: str) -> list[tuple[str, int | None]]:
    return [(a.attack_type, a.killed) for a in offline_extract(text, published=DAY).attacks]


def test_an_incident_told_before_a_running_total_stays(offline_extract, monkeypatch):
    assert _tolls(offline_extract, HOUSE_STRUCK) == [("airstrike", 5)]
    assert _tolls(offline_extract, MARKET_BOMB) == [("car_bomb", 5)]
    monkeypatch.setattr(attacks_events, "RISE_CLAUSE", False)
    assert _tolls(offline_extract, HOUSE_STRUCK) == []
    assert _tolls(offline_extract, MARKET_BOMB) == []


def test_a_period_total_before_the_clause_is_still_a_total(offline_extract):
    assert _tolls(offline_extract, YEAR_TOLL) == []


# attacks_records.OWN_FLYER ------------------------------------------------------------------------------------------

REGIME_JETS = ("وقتل خمسة مدنيين جراء قصف جوي على منزل في قرية الكروم صباح أمس، وقال المرصد إن الغارة نفذتها "
               "طائرات نظام الأسد.")
REGIME_SPOKE = "وقتل خمسة مدنيين جراء قصف جوي على منزل في قرية الكروم صباح أمس، ونفى نظام الأسد أي دور له."


def _strike(perp: str | None) -> Attack:
    return Attack.model_construct(attack_type="airstrike", perpetrator=perp, perpetrator_en=None, target=None, flags=[])


def _flyers(text: str) -> set[str]:
    from marsad.agent.offline import OfflineExtractor
    from marsad.agent.offline.attacks_events import _events
    from marsad.agent.offline.context import build_context
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", text=text, published=DAY), OfflineExtractor()._gazetteer)
    return set().union(*(attacks_records.own_flyers(ctx, e) for e in _events(ctx, [])))


def test_a_strike_whose_sentence_names_other_aircraft_borrows_no_doer(monkeypatch):
    pairs = [(_strike("سلاح الجو الأردني"), True), (_strike(None), False)]
    own = [set(), {"الحكومة السورية"}]
    assert attacks_records._strike_doers(pairs, own)[1].perpetrator is None
    monkeypatch.setattr(attacks_records, "OWN_FLYER", False)
    assert attacks_records._strike_doers(pairs, own)[1].perpetrator == "سلاح الجو الأردني"


def test_a_strike_with_no_aircraft_named_or_the_lenders_own_still_borrows():
    pairs = [(_strike("سلاح الجو الأردني"), True), (_strike(None), False)]
    assert attacks_records._strike_doers(pairs, [set(), set()])[1].perpetrator == "سلاح الجو الأردني"
    assert attacks_records._strike_doers(pairs, [set(), {"سلاح الجو الأردني"}])[1].perpetrator == "سلاح الجو الأردني"


def test_own_flyers_are_states_named_after_an_aircraft_word():
    assert _flyers(REGIME_JETS) == {"الحكومة السورية"}
    assert _flyers(REGIME_SPOKE) == set()


# roles_targets.MEANS_OR_FLYER_HEAD ----------------------------------------------------------------------------------

BARRELS = "وقتل رجل وزوجته جراء قصف بالبراميل المتفجرة على مبنى في حي الزهور بمدينة الرمال ليل الخميس."
HOUSE = "وقتل خمسة مدنيين جراء قصف جوي على منزل في قرية الكروم بريف السنابل صباح الجمعة."


def _targets(offline_extract, text: str) -> list[str | None]:
    return [a.target for a in offline_extract(text, published=DAY).attacks]


def test_the_means_or_the_aircraft_is_no_target(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_targets

    assert _targets(offline_extract, HOUSE_STRUCK) == [None]
    assert _targets(offline_extract, BARRELS) == [None]
    monkeypatch.setattr(roles_targets, "MEANS_OR_FLYER_HEAD", False)
    assert _targets(offline_extract, HOUSE_STRUCK) == ["للطيران الحربي"]
    assert _targets(offline_extract, BARRELS) == ["بالبراميل المتفجرة"]


def test_what_was_struck_stays_the_target(offline_extract):
    assert _targets(offline_extract, HOUSE) == ["منزل"]
