"""A person with appositions set off by commas, written as the subject before "لقي مصرعه" or a passive verb of
death, is the target, pass 54 (``roles_victims.APPOSED_SUBJECT``). The active verb with its object gives none.

Sentences written for these tests (names, places and numbers are made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_victims

_READ = [
    ("وذكر المصدر أن القيادي في الجماعة حمود الشريف المكنى أبو حسين، أحد أبرز قادتها في جبهة البيضاء، لقي حتفه "
     "في غارة للتحالف.", "القيادي في الجماعة حمود الشريف المكنى أبو حسين، أحد أبرز قادتها في جبهة البيضاء"),
    ("أفادت مصادر قبلية في محافظة الجوف أن القيادي الحوثي، مهدي صالح العزي، قتل مع عدد من مرافقيه في مواجهات "
     "مع القوات الحكومية.", "القيادي الحوثي، مهدي صالح العزي"),
    ("وأكدت مصادر محلية أن قائد كتيبة المدفعية الحوثية في قطاع الحديدة، المدعو ناصر بن علي الكبسي، قتل مع ستة "
     "مسلحين من رفاقه بغارة للتحالف.", "قائد كتيبة المدفعية الحوثية في قطاع الحديدة، المدعو ناصر بن علي "
     "الكبسي"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_the_apposed_subject_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_victims, "APPOSED_SUBJECT", on)
    (a,) = offline_extract(text).attacks
    if on:
        assert a.target == victim
    else:
        assert a.target != victim


def test_the_active_verb_gives_none(offline_extract):
    text = "وقالت المصادر إن القيادي الحوثي، مهدي صالح العزي، قتل ثلاثة من الجنود في كمين بمديرية نهم."
    for a in offline_extract(text).attacks:
        assert a.target != "القيادي الحوثي، مهدي صالح العزي"
