"""Pass 44, attacks_events ADMITTED_SIDE and attacks_incidents OWN_LOSSES_APART: a side's admitted losses are no
toll of that side's own shelling.

"اعترفت الميليشيا بمقتل ثلاثة من قادتها في المحافظة، وقصفت قرى المدنيين" tells two things: the side lost men, and the
same side shelled villages. The shelling frame has no place of its own and went on with the toll before it: one
shelling record counted the side's own dead as its victims. The toll is now told of the admitting side ("قادتها"
after a verb of admitting), so that side's remote fire is an incident apart.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_events as events_mod
import marsad.agent.offline.attacks_incidents as incidents_mod

_ADMIT_SHELL = ("أقرت ميليشيات الحوثي، السبت، بمصرع أربعة من قادتها الميدانيين في مديرية نهم، "
                "وقصفت بالمدفعية منازل المواطنين في البلدة.")


def _tolls(attacks) -> list[tuple[str, int | None]]:
    return sorted((a.attack_type or "", a.killed) for a in attacks)


def test_the_shelling_does_not_take_the_admitted_toll(offline_extract):
    attacks = offline_extract(_ADMIT_SHELL).attacks
    shelling = [a for a in attacks if a.attack_type == "shelling"]
    assert shelling and all(a.killed is None for a in shelling)
    assert any(a.killed == 4 and a.perpetrator is None for a in attacks)


def test_plural_pronoun_of_the_side(offline_extract):
    text = "اعترف الحوثيون بمقتل ستة من عناصرهم في الجوف، وشنوا قصفا عشوائيا على الأحياء السكنية في المدينة."
    attacks = offline_extract(text).attacks
    assert all(a.killed is None for a in attacks if a.attack_type == "shelling")
    assert any(a.killed == 6 for a in attacks)


def test_the_shelling_of_others_keeps_its_toll(offline_extract):
    # negative: the dead are the villagers the side shelled, not its own men
    text = "قصفت ميليشيات الحوثي بالمدفعية قرى المدنيين في مديرية صرواح، ما أدى إلى مقتل خمسة من سكانها."
    (attack,) = offline_extract(text).attacks
    assert (attack.attack_type, attack.killed) == ("shelling", 5)


def test_a_strike_on_the_admitting_side_keeps_its_toll(offline_extract):
    # negative: the losses were caused by the other side's strike, told as their cause
    text = "أقرت حركة طالبان بمقتل سبعة من مقاتليها في غارة أمريكية على ولاية قندوز."
    (attack,) = offline_extract(text).attacks
    assert (attack.attack_type, attack.killed) == ("airstrike", 7)


def test_switches_off(offline_extract, monkeypatch):
    monkeypatch.setattr(events_mod, "ADMITTED_SIDE", False)
    monkeypatch.setattr(incidents_mod, "OWN_LOSSES_APART", False)
    assert _tolls(offline_extract(_ADMIT_SHELL).attacks) == [("shelling", 4)]


def test_sniping_with_the_shelling_is_remote_fire_too(offline_extract, monkeypatch):
    import marsad.agent.offline.attacks_clusters as clusters_mod

    text = ("أقرت ميليشيات الحوثي، الاثنين، بمصرع ثلاثة من قادتها في محافظة الضالع. "
            "وارتكب الحوثيون جرائم بحق المدنيين في محافظة الضالع، الاثنين، شملت القصف العشوائي وقنص الأطفال.")
    attacks = offline_extract(text).attacks
    assert not any(a.killed == 3 and a.perpetrator == "الحوثيين" for a in attacks)
    monkeypatch.setattr(clusters_mod, "SNIPED_REMOTE", False)
    assert any(a.killed == 3 and a.perpetrator == "الحوثيين" for a in offline_extract(text).attacks)
