"""Pass 66: an attack's target. Sentences written for these tests.

* the active participle "مستهدفا"/"مستهدفة" told after its clause has its doer before it: the group named right
  after it is what was aimed at, not a subject to step over (``roles_objects.object_participles``);
* "الهجوم الذي تعرض له X": what came under the attack is told after the pronoun that takes the relative back to the
  attack noun (``roles_targets._exposed``); "X التي تعرضت مع ... للتسميم" tells it before the relative, so nothing
  after the verb is read as the target.
"""

from __future__ import annotations


def _one(offline_extract, text: str):
    (attack,) = offline_extract(text).attacks
    return attack


def test_a_participle_takes_the_group_after_it(offline_extract):
    text = "وجدد الجيش الإسرائيلي غاراته مستهدفا حركة حماس في غزة بعد ظهر الأحد."
    assert _one(offline_extract, text).target == "حركة حماس"


def test_a_participle_still_takes_a_site(offline_extract):
    text = "شنت طائرات التحالف غارات عنيفة مستهدفة تجمعات للمسلحين في مديرية صرواح."
    assert _one(offline_extract, text).target == "تجمعات للمسلحين"


def test_the_person_after_the_relative_pronoun_came_under_the_killing(offline_extract):
    text = "وأدان الوزير الاغتيال الذي تعرض له رئيس البلدية بعبوة ناسفة في مدينة الموصل الشهر الماضي."
    assert _one(offline_extract, text).target == "رئيس البلدية"


def test_the_building_after_the_relative_pronoun_came_under_the_attack(offline_extract):
    text = "ونددت الخارجية بالاعتداء الذي تعرضت له السفارة في العاصمة بغداد فجر الأحد."
    assert _one(offline_extract, text).target == "السفارة"


def test_a_blast_the_site_came_under(offline_extract):
    assert _one(offline_extract, "وتعرض مقر الحزب لتفجير في مدينة الموصل الشهر الماضي.").target == "مقر الحزب"


def test_whom_a_relative_names_before_the_verb_is_not_read_after_it(offline_extract):
    text = "وقالت الشرطة إن الفتاة التي تعرضت مع والدها لهجوم في مدينة الموصل تتعافى."
    for attack in offline_extract(text).attacks:
        assert not (attack.target or "").startswith("مع")
