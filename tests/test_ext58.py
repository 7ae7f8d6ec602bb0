"""Pass 58 (ext58): sentences written for these tests, none from the corpus.

- ``frames.AIRCRAFT_FLIGHT``: a sentence whose only event word is an aircraft noun told with a verb of flight,
  approach, interception or downing tells aircraft flying, not a strike.
"""

from __future__ import annotations

from marsad.agent.offline import frames

DAY = "2019-04-06"

INTERCEPTED_AIRLINERS = ("وذكرت الوزارة أن الطيران الحربي للدولة المجاورة اعترض الشهر الماضي طائرتين مدنيتين "
                         "خلال رحلة اعتيادية فوق البحر.")
DRONE_DOWNED = "وأسقطت وحدات الدفاع في محافظة الوادي الأخضر، الجمعة، طائرة مسيرة تابعة للمتمردين."
FLEW_OVER = "وحلقت طائرات حربية على علو منخفض فوق بلدة السنابل طوال ليل الخميس."
DRONE_STRIKE = "وقتل ثلاثة مسلحين بطائرة مسيرة استهدفت سيارتهم قرب بلدة السنابل، الخميس."
WARPLANES_STRUCK = "وحلقت طائرات حربية فوق بلدة السنابل ثم قصفت مخزنا للذخيرة فيها، الخميس."


def _kinds(offline_extract, text: str) -> list[str]:
    return [a.attack_type for a in offline_extract(text, published=DAY).attacks]


def test_aircraft_flying_intercepting_or_downed_is_no_strike(offline_extract, monkeypatch):
    for text in (INTERCEPTED_AIRLINERS, DRONE_DOWNED, FLEW_OVER):
        assert _kinds(offline_extract, text) == [], text
    monkeypatch.setattr(frames, "AIRCRAFT_FLIGHT", False)
    for text in (DRONE_DOWNED, FLEW_OVER):
        assert _kinds(offline_extract, text) == ["airstrike"], text


def test_aircraft_with_a_strike_or_a_toll_stays_a_strike(offline_extract):
    assert _kinds(offline_extract, DRONE_STRIKE) == ["airstrike"]
    assert _kinds(offline_extract, WARPLANES_STRUCK) == ["airstrike"]


# roles_waged.WAGED_INDEFINITE -----------------------------------------------------------------------------------------

WAGED_BATTLE = ("وتقدم المقاتلون نحو تلال الريحان خلال معركة طاحنة بدأها الجيش الوطني فجر الخميس في مديرية "
                "المنارة، وأسفرت عن سقوط قتلى في صفوف المسلحين.")
DEAD_BEFORE = ("وقتل خمسة جنود في مديرية المنارة، الخميس، خلال معركة طاحنة بدأها الجيش الوطني على مواقع "
               "المسلحين.")


def _doers(offline_extract, text: str) -> list[str | None]:
    return [a.perpetrator for a in offline_extract(text, published=DAY).attacks]


def test_an_indefinite_battle_names_the_side_that_waged_it(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_waged

    assert _doers(offline_extract, WAGED_BATTLE) == ["الجيش اليمني"]
    monkeypatch.setattr(roles_waged, "WAGED_INDEFINITE", False)
    assert _doers(offline_extract, WAGED_BATTLE) == [None]


def test_dead_counted_before_the_battle_leave_its_side_unsaid(offline_extract):
    assert _doers(offline_extract, DEAD_BEFORE) != ["الجيش اليمني"]


def test_a_drone_that_struck_then_crashed_stays_a_strike(offline_extract):
    text = "وهاجمت طائرة مسيرة مفخخة مطار مدينة السنابل، الخميس، ثم تحطمت قرب المدرج."
    assert _kinds(offline_extract, text) == ["airstrike"]
