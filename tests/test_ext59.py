"""Pass 59 (ext59): sentences written for these tests, none from the corpus.

- ``attacks_events.RISE_CLAUSE``: a running total told in a clause of its own after an incident ("لتصل الحصيلة
  إلى ..."، "ليرتفع عدد ...") is the period's sum; the incident told before it stays an incident. fix59a: only a verb
  followed by its total and outside a relative clause opens the clause (``RISE_TOLD``); undated plural attacks
  (``RISE_PLURAL_WHOLE``) and a toll broken down after it (``RISE_BREAKDOWN``) are read in the whole sentence.
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

    monkeypatch.setattr(roles_targets, "MEANS_THEN_ON", False)  # (pass 60: on, it reads the object after "على")
    assert _targets(offline_extract, HOUSE_STRUCK) == [None]
    assert _targets(offline_extract, BARRELS) == [None]
    monkeypatch.setattr(roles_targets, "MEANS_OR_FLYER_HEAD", False)
    assert _targets(offline_extract, HOUSE_STRUCK) == ["للطيران الحربي"]
    assert _targets(offline_extract, BARRELS) == ["بالبراميل المتفجرة"]


def test_what_was_struck_stays_the_target(offline_extract):
    assert _targets(offline_extract, HOUSE) == ["منزل"]


# attacks_events.RISE_TOLD / RISE_PLURAL_WHOLE (fix59a) ---------------------------------------------------------------

SHELLING_TREND = "وقتل 30 شخصا في القصف الذي يرتفع عدد ضحاياه منذ بداية العام على ريف مدينة الرمال."
SHELLING_PACE = "وقتل 30 شخصا في القصف المدفعي الذي ترتفع وتيرته منذ بداية العام على ريف مدينة الرمال."
PLURAL_BEFORE_RISE = "وقتل 250 مدنيا في هجمات المسلحين لتصل بذلك حصيلة القتلى منذ مطلع العام إلى 900."
PLURAL_DAY_BEFORE_RISE = ("وقتل 12 مدنيا في غارات على بلدة الوادي الأخضر صباح الخميس، لتصل حصيلة القتلى منذ بداية "
                          "الحملة إلى 200.")


def test_a_rise_verb_in_a_relative_clause_opens_no_running_total(offline_extract, monkeypatch):
    assert _tolls(offline_extract, SHELLING_TREND) == []
    assert _tolls(offline_extract, SHELLING_PACE) == []
    monkeypatch.setattr(attacks_events, "RISE_TOLD", False)
    assert _tolls(offline_extract, SHELLING_TREND) == [("shelling", 30)]
    assert _tolls(offline_extract, SHELLING_PACE) == [("shelling", 30)]


def _told(text: str, y: int) -> bool:
    from marsad.core.arabic import normalize

    return attacks_events._rise_told(normalize(text).split(), y)


def test_a_rise_verb_followed_by_its_total_still_opens_the_clause():
    assert _told("وقتل خمسة في القصف وبذلك يرتفع عدد القتلى إلى 40", 5)
    assert _told("قتل خمسة لتصل إلى 60 حصيلة اليومين", 2)
    assert not _told("قتل خمسة في الهجمات التي ترتفع وتيرتها منذ العام", 5)
    assert not _told("قتل خمسة فيما يرتفع التوتر في المدينة", 3)


def test_undated_plural_attacks_before_a_running_total_stay_a_statistic(offline_extract, monkeypatch):
    assert _tolls(offline_extract, PLURAL_BEFORE_RISE) == []
    monkeypatch.setattr(attacks_events, "RISE_PLURAL_WHOLE", False)
    assert _tolls(offline_extract, PLURAL_BEFORE_RISE) == [("other", 250)]


def test_dated_plural_strikes_before_a_running_total_stay_an_incident(offline_extract):
    assert _tolls(offline_extract, PLURAL_DAY_BEFORE_RISE) == [("airstrike", 12)]
    assert _tolls(offline_extract, MARKET_BOMB) == [("car_bomb", 5)]


BROKEN_DOWN = ("وأفاد ناشطون بمقتل تسعة مدنيين بسبب قصف جوي استهدف حيا في مدينة الرمال وقرية في ريف السنابل، حيث قتل "
               "أربعة مدنيين بقصف مروحي على بناية في حي النخيل بمدينة الرمال مساء الخميس، وقتل خمسة آخرون بقصف على "
               "منزل في قرية الكروم صباح الجمعة، ليرتفع إلى 37 عدد المدنيين القتلى في الساعات الـ24 الأخيرة جراء نحو "
               "150 غارة.")
ASIDE_BEFORE_RISE = ("وقتل خمسة أشخاص في انفجار سيارة مفخخة في سوق مدينة الرمال صباح الخميس حيث يتجمع الباعة، وبذلك "
                     "يرتفع عدد القتلى في الهجمات منذ بداية العام إلى 400.")


def test_a_toll_broken_down_before_a_running_total_is_no_incident(offline_extract, monkeypatch):
    assert _tolls(offline_extract, BROKEN_DOWN) == [("shelling", 5)]
    monkeypatch.setattr(attacks_events, "RISE_BREAKDOWN", False)
    assert _tolls(offline_extract, BROKEN_DOWN) == [("airstrike", 9), ("shelling", 5)]


def test_a_place_aside_with_no_deaths_breaks_nothing_down(offline_extract):
    assert _tolls(offline_extract, ASIDE_BEFORE_RISE) == [("car_bomb", 5)]
