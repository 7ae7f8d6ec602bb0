"""Session 26: a toll told in its own sentence after the incident (extraction).

News often tells the incident first with no count ("انفجرت سيارة مفخخة قرب مقر الشرطة") and its toll in a later
sentence: the toll of the attack named again ("وأعلنت الوزارة أن حصيلة الهجوم مقتل ثلاثة جنود") or a revised toll
with no incident word at all ("وارتفعت حصيلة القتلى إلى تسعة"). Both are the incident's toll, never a record of
their own; a running total over a period is neither.
"""

from __future__ import annotations

LEAD = "انفجرت سيارة مفخخة قرب مقر للشرطة في مدينة المكلا يوم السبت. "


def _one(offline_extract, text: str):
    attacks = offline_extract(text).attacks
    assert len(attacks) == 1, [(a.killed, a.injured, a.citations[0].quote) for a in attacks]
    return attacks[0]


def test_the_toll_of_the_attack_named_again(offline_extract):
    a = _one(offline_extract, LEAD + "وأعلنت وزارة الداخلية أن حصيلة الهجوم مقتل ثلاثة جنود وإصابة نحو 20 آخرين.")
    assert (a.killed, a.injured) == (3, 20)


def test_an_initial_toll_of_the_blast(offline_extract):
    a = _one(offline_extract, LEAD + "وقالت الوزارة إن الحصيلة الأولية للانفجار بلغت أربعة قتلى و11 جريحا.")
    assert (a.killed, a.injured) == (4, 11)


def test_a_revised_toll_with_no_incident_word(offline_extract):
    a = _one(offline_extract, LEAD + "وقال مسؤول محلي إن خمسة أشخاص قتلوا في الانفجار. ثم ارتفعت حصيلة القتلى إلى تسعة.")
    assert a.killed == 9


def test_a_revised_toll_of_an_incident_first_told_uncounted(offline_extract):
    a = _one(offline_extract, LEAD + "وأشارت مصادر طبية إلى ارتفاع حصيلة قتلى التفجير إلى سبعة أشخاص.")
    assert a.killed == 7


def test_a_running_total_is_not_the_incident_toll(offline_extract):
    a = _one(offline_extract, LEAD + "وارتفعت حصيلة القتلى في المدينة منذ مطلع الشهر إلى 40.")
    assert a.killed is None
