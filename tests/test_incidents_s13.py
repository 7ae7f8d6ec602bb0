"""Session 13 (incidents): how attack mentions group into incident records.

- A campaign told going on ("تواصل المقاتلات غاراتها ... بشكل متواصل"): an imperfective verb of going on with an
  adverb of continuity in its clause tells strikes that go on, not one strike; such a sentence is no incident and
  joins no incident told next to it (before, it made a ground attack an air strike). A past verb with the adverb
  ("قصفت المدفعية البلدة بشكل متواصل طوال الليل") still tells one night's shelling.
- Attacks counted with a number word after the digits ("أكثر من 14 ألف غارة") are counted as written (digits
  times the word), so a tally of thousands of strikes is a statistic, as "12053 غارة" already was.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_events as attacks_events
import marsad.agent.offline.scope as scope_mod

attacks = partial(headline_attacks, published="2019-04-02")


_GROUND = ("مقتل مسلحين في هجوم للجيش قرب حيس\n"
           "شنت وحدات من الجيش الوطني، الثلاثاء، هجوما على مواقع المسلحين غرب مدينة حيس، "
           "وأسفر الهجوم عن مقتل سبعة من المسلحين.\n"
           "من جانبها، تواصل طائرات التحالف غاراتها بشكل متواصل على مواقع المسلحين في جبهتي حيس والخوخة.")

_NIGHT = ("قصف مدفعي على بلدة في ريف إدلب\n"
          "قصفت المدفعية بلدة كفرنبل بشكل متواصل طوال ليل الاثنين، وأسفر القصف عن مقتل ثلاثة مدنيين.")


def test_going_on_campaign_is_no_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _GROUND)
    assert len(got) == 1 and got[0].attack_type != "airstrike"
    monkeypatch.setattr(attacks_events, "CONTINUING", False)
    # (off, the campaign makes strike records: one per front of the dual, named_places.FRONT_DUALS)
    strikes = [a for a in attacks(offline_extract, _GROUND) if a.attack_type == "airstrike"]
    assert sorted(a.location.name for a in strikes) == ["الخوخة", "حيس"]


def test_past_verb_with_adverb_keeps_its_incident(offline_extract):
    got = attacks(offline_extract, _NIGHT)
    assert any(a.attack_type == "shelling" and a.location is not None and a.location.name == "كفرنبل" for a in got)


_TALLY = ("حصيلة عام من الحرب على التنظيم\n"
          "وبعد أكثر من عام على بدء الحملة، نفذت طائرات التحالف الدولي أكثر من 14 ألف غارة جوية على أهداف "
          "للتنظيم في البلدين، دون أن تنجح في إضعافه.")


def test_thousands_of_strikes_counted_are_a_tally(offline_extract, monkeypatch):
    assert attacks(offline_extract, _TALLY) == []
    monkeypatch.setattr(scope_mod, "MULTIPLIED", False)
    assert [a.attack_type for a in attacks(offline_extract, _TALLY)] == ["airstrike"]
