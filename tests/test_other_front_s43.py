"""Pass 43: strikes told "at the same time as that", and a battle told before the article turns to another front.

- merge aside_openers: "بالتزامن مع ذلك"، "تزامنا مع ذلك"، "بموازاة ذلك"، "في موازاة ذلك" (with or without "و") open a
  sentence that adds another item to the news, as "إلى ذلك" does. With a doer of its own, none of the incident's
  (attacks_incidents._floats_apart), a floating air strike told after it is not the army's operation told before: the
  coalition's strike keeps its own doer, and the army's record is no air strike.
- attacks_incidents.BATTLE_OTHER_FRONT: fighting told at a place of its own does not join an incident with no place
  that the article tells only after a sentence fronted by its place ("وفي شمال المحافظة، ..."): another front.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_incidents as incidents_mod

_OPERATION = ("أفاد مصدر في الجيش بأن قواته شنت صباح اليوم هجوما على مواقع في مديرية باقم بمحافظة صعدة، مضيفا أن "
              "12 مسلحا من الميليشيا على الأقل قتلوا. ")


def _pairs(offline_extract, text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((a.perpetrator, a.attack_type) for a in offline_extract(text).attacks), key=str)


def test_strike_at_the_same_time_is_the_coalitions_own(offline_extract):
    text = _OPERATION + "بالتزامن مع ذلك، أغارت مقاتلات التحالف على آليات للميليشيات قادمة من الشمال، فدمرت اثنتين منها."
    pairs = _pairs(offline_extract, text)
    assert ("التحالف العربي", "airstrike") in pairs
    assert ("الجيش اليمني", "airstrike") not in pairs  # the army's operation is no air strike


def test_alongside_opener_too(offline_extract):
    text = _OPERATION + "وبموازاة ذلك، استهدفت مقاتلات التحالف تعزيزات الميليشيات، ودمرت آليتين."
    assert ("التحالف العربي", "airstrike") in _pairs(offline_extract, text)


def test_same_time_opener_with_no_doer_of_its_own_adds_nothing_of_the_coalition(offline_extract):
    text = _OPERATION + "بالتزامن مع ذلك، قتل 3 مدنيين في قصف على الأحياء السكنية."
    assert all(p != "التحالف العربي" for p, _ in _pairs(offline_extract, text))


_ZAHIR = ("أعلن الجيش اليمني، الاثنين، أنه فتح جبهة قتال في مديرية الظاهر التابعة لمحافظة صعدة. وأوضح مصدر ميداني أن "
          "القوات استعادت مواقع عدة، فيما تخوض الآن معارك شرسة قرب مركز مديرية الظاهر. ")
_OTHER_FRONT = _ZAHIR + ("وفي شمال صعدة، استعادت قوات الجيش تلالا كانت الميليشيات تتحصن فيها في مديرية وادي الجنة. "
                         "وذكر قائد اللواء أن قواته قتلت 15 عنصرا من الميليشيا خلال العملية.")


def _places(offline_extract, text: str) -> list[str | None]:
    return sorted((a.location.name if a.location else None) or "" for a in offline_extract(text).attacks)


def test_fighting_before_another_front_is_its_own_record(offline_extract):
    records = offline_extract(_OTHER_FRONT).attacks
    assert "الظاهر" in [a.location.name for a in records if a.location]
    assert 15 in [a.killed for a in records]


def test_switch_off_loses_the_fighting(offline_extract, monkeypatch):
    monkeypatch.setattr(incidents_mod, "BATTLE_OTHER_FRONT", False)
    monkeypatch.setattr(incidents_mod, "FRONT_PLACE", False)  # (pass 56: else the toll told apart takes its place)
    assert "الظاهر" not in _places(offline_extract, _OTHER_FRONT)


def test_with_no_fronted_place_the_fighting_joins_the_toll(offline_extract):
    text = _ZAHIR + ("واستعادت قوات الجيش تلالا كانت الميليشيات تتحصن فيها. وذكر قائد اللواء أن قواته قتلت 15 عنصرا "
                     "من الميليشيا خلال العملية.")
    assert len(offline_extract(text).attacks) == 1
