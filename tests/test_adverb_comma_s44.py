"""Pass 44, frames ADVERB_AFTER_COMMA: a comma that opens the first event's place phrase is no split of the sentence.

"قتل أربعة بانفجار لغم، في طريق قرب بلدة كذا، بينما أصيب اثنان بانفجار عبوة أخرى": the place after the first comma
is the mine's; the sentence turns to the second event at "بينما". The split at the first comma gave the place to the
second event and left the first with the article's country (or joined the two).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.frames as frames_mod

_MINE = ("وقتل أربعة مزارعين بانفجار لغم أرضي، في طريق زراعية قرب بلدة حيس، "
         "بينما أصيب طفلان بانفجار عبوة ناسفة أخرى.")


def test_the_place_after_the_comma_is_the_first_events(offline_extract):
    attacks = offline_extract(_MINE).attacks
    mine = [a for a in attacks if a.killed == 4]
    assert mine and mine[0].location is not None and mine[0].location.name == "حيس"
    assert mine[0].injured is None


def test_the_target_stays_with_its_strike(offline_extract):
    text = ("واستهدفت غارة جوية سيارة تقل مسلحين، في منطقة صحراوية شرق مدينة مأرب، "
            "فيما قصفت المدفعية مواقع أخرى للمسلحين.")
    (attack,) = [a for a in offline_extract(text).attacks if a.attack_type == "airstrike"]
    assert attack.target == "سيارة تقل مسلحين"


def test_no_clause_opener_after_it_keeps_the_first_comma(offline_extract, monkeypatch):
    # negative: "في حين" opens a clause itself; no later opener, the split stays where it was
    text = ("وقتل أربعة مزارعين بانفجار لغم أرضي، في حين انفجرت عبوة ناسفة أخرى بسيارة مدنية "
            "في مديرية الخوخة، فيما لم تعلن أي جهة مسؤوليتها.")
    on = [(a.killed, a.location and a.location.name) for a in offline_extract(text).attacks]
    monkeypatch.setattr(frames_mod, "ADVERB_AFTER_COMMA", False)
    off = [(a.killed, a.location and a.location.name) for a in offline_extract(text).attacks]
    assert on == off


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_mod, "ADVERB_AFTER_COMMA", False)
    mine = [a for a in offline_extract(_MINE).attacks if a.killed == 4]
    assert not (mine and mine[0].location is not None and mine[0].location.name == "حيس" and mine[0].injured is None)
