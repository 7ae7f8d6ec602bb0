"""Session 15: duals in attack tolls (agent/offline/casualties*.py, data/casualties.json, data/vocab.json).

The dual of the martyr verb ("استشهدا") opens an incident and counts two, as "استشهدوا" opens one; the dual of
"قضى" (died) after a person noun counts two ("شابين قضيا"، "فلسطينيين اثنين قضيا"); the construct dual "ضابطي"
("مقتل ضابطي شرطة") is two officers (the plural is "ضباط"). A bare "مدنيين" stays a plural with no number: a nisba
noun in -يين is a dual only with "اثنين". "قضيا" before a span of time ("قضيا عامين") spends it: no death.
"""

import pytest


@pytest.mark.parametrize("text", [
    "قال مصدر طبي إن فلسطينيين اثنين استشهدا برصاص قوات الاحتلال قرب مخيم جنين فجر الاثنين.",
    "أفادت مصادر محلية بأن شابين استشهدا برصاص قناص قرب حاجز عسكري شمال مدينة نابلس.",
])
def test_dual_martyr_verb_opens_an_incident_of_two(offline_extract, text):
    attacks = offline_extract(text).attacks
    assert [a.killed for a in attacks] == [2]


@pytest.mark.parametrize("text", [
    "قالت مصادر محلية إن فلسطينيين اثنين قضيا في غارة جوية إسرائيلية على منزل في رفح.",
    "قالت مصادر محلية إن شابين قضيا في غارة جوية إسرائيلية على منزل في رفح.",
])
def test_dual_died_verb_counts_two(offline_extract, text):
    (attack,) = offline_extract(text).attacks
    assert attack.killed == 2


def test_construct_dual_of_officer_counts_two(offline_extract):
    (attack,) = offline_extract("أسفر الهجوم المسلح على الحاجز الأمني في بعقوبة عن مقتل ضابطي شرطة وإصابة "
                                "ثلاثة آخرين.").attacks
    assert (attack.killed, attack.injured) == (2, 3)


def test_bare_nisba_plural_is_no_dual(offline_extract):
    (attack,) = offline_extract("أسفر قصف مدفعي على بلدة كفرنبل بريف إدلب عن مقتل مدنيين وإصابة "
                                "آخرين.").attacks
    assert attack.killed is None


def test_dual_spend_verb_before_a_span_is_no_death(offline_extract):
    attacks = offline_extract("هاجم مسلحون حاجزا للشرطة في بعقوبة، وقال مصدر إن المهاجمين اثنين قضيا عامين في "
                              "السجن قبل الهجوم.").attacks
    assert all(a.killed is None for a in attacks)
