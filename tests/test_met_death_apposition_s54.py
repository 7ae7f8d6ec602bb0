"""A victim of "لقي ... مصرعه" whose apposition is set off by commas, pass 54
(``roles_victims.MET_DEATH_APPOSITION``): "لقي القيادي فلان، قائد الكتيبة، مصرعه" -> "القيادي فلان"; "لقي مشرف
الجماعة في المديرية، المدعو فلان، مصرعه" -> "مشرف الجماعة في المديرية". A count ("لقي 15 عنصرا من ...، مصرعهم")
stays with the count readers.

Sentences written for these tests (names, places and numbers are made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_victims

_READ = [
    ("وفي جبهة صرواح لقي القيادي الحوثي سالم أحمد الكبسي، قائد الكتيبة الثالثة في المديرية، مصرعه بانفجار عبوة "
     "ناسفة ألصقت بسيارته.", "القيادي الحوثي سالم أحمد الكبسي"),
    ("وفي تطور آخر، لقي مشرف الجماعة في مديرية الخوخة، المدعو عادل منصور، مصرعه مع ثلاثة من حراسه بضربة جوية "
     "للتحالف شرق المديرية.", "مشرف الجماعة في مديرية الخوخة"),
    ("وعلى الجبهة نفسها، لقي القيادي الميداني للجماعة عبدالله يحيى الشامي، مصرعه بقذيفة مدفعية أطلقها الجيش "
     "في جبهة صرواح.", "القيادي الميداني للجماعة عبدالله يحيى الشامي"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_the_victim_before_the_apposition_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_victims, "MET_DEATH_APPOSITION", on)
    monkeypatch.setattr(roles_victims, "COUNTED_NOUN_VICTIM", False)
    (a,) = offline_extract(text).attacks
    if on:
        assert a.target == victim
    else:
        assert a.target != victim


def test_a_count_stays_with_the_count_readers(offline_extract):
    (a,) = offline_extract("وفي الأثناء، لقي 12 عنصرا من ميليشيا الحوثي، مصرعهم، السبت، في قصف مدفعي للجيش غرب "
                           "مأرب.").attacks
    assert a.target == "الحوثيين"


def test_the_plain_form_still_reads(offline_extract):
    (a,) = offline_extract("وفي جبهة صرواح لقي القيادي الحوثي سالم أحمد الكبسي مصرعه بانفجار عبوة ناسفة.").attacks
    assert a.target == "القيادي الحوثي سالم أحمد الكبسي"
