"""Session 12: the toll of an incident (agent/offline/casualties.py).

- a death of wounds ("توفي ... متأثرا بجروح أصيب بها") counts the dead it tells: the dying verb alone is no
  casualty word, "متأثرا" after it makes it one (``casualties_frame._died_of_wounds``);
- a stated count told after a vague one in the same frame ("سقوط عدة قتلى ... ما أدى إلى مقتل ثلاثة") is the toll,
  unless it is a part ("بينهم") or a single victim (``casualties_frame._counted_later``).
"""


from marsad.agent.offline import casualties_frame


def _tolls(result):
    return [(a.location and a.location.name, a.killed, a.injured) for a in result.attacks]




def test_a_young_man_died_of_his_wounds_is_one_killed(offline_extract):
    r = offline_extract("توفي مساء الخميس شاب عراقي متأثراً بجروح أصيب بها برصاص مسلحين مجهولين قرب مدينة بعقوبة.")
    assert [a.killed for a in r.attacks] == [1], _tolls(r)


def test_a_named_man_martyred_of_his_wounds_is_one_killed(offline_extract):
    r = offline_extract("وقال مصدر طبي: استشهد محمد خليل متأثراً بجروح أصيب بها برصاص مسلحين "
                        "في هجوم على حاجز في مدينة الرمادي أمس.")
    assert [a.killed for a in r.attacks] == [1], _tolls(r)


def test_one_of_the_two_wounded_dying_later_is_one_killed(offline_extract):
    r = offline_extract("أصيب شرطيان بجروح خطيرة بانفجار عبوة ناسفة في مدينة الموصل أمس، وتوفي أحدهما لاحقا متأثرا بإصابته.")
    assert [(a.killed, a.injured) for a in r.attacks] == [(1, 2)], _tolls(r)


def test_died_without_wounds_is_no_toll(offline_extract):
    r = offline_extract("توفي الشيخ أحمد سالم صباح الخميس بعد مرض، وكان مسلحون قد هاجموا منزله في مدينة بعقوبة العام الماضي.")
    assert all(a.killed is None for a in r.attacks), _tolls(r)


def test_a_stated_count_after_a_vague_one_is_the_toll(offline_extract):
    r = offline_extract("قالت الشرطة إن تفجيرين انتحاريين وقعا بمسجدين وأسفرا عن سقوط عدة قتلى في كراتشي، "
                        "ما أدى إلى مقتل ثلاثة أشخاص على الأقل.")
    assert [a.killed for a in r.attacks] == [3], _tolls(r)


def test_a_part_after_a_vague_toll_is_no_toll(offline_extract):
    r = offline_extract("قتل عدد من الجنود في هجوم على ثكنة في مدينة الموصل أمس، بينهم ضابطان قتلا بالرصاص.")
    assert [a.killed for a in r.attacks] == [None], _tolls(r)


def test_the_rules_are_what_makes_the_counts(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_frame, "DIED_OF_WOUNDS", False)
    monkeypatch.setattr(casualties_frame, "VAGUE_THEN_COUNT", False)
    r = offline_extract("توفي مساء الخميس شاب عراقي متأثراً بجروح أصيب بها برصاص مسلحين مجهولين قرب مدينة بعقوبة.")
    assert [a.killed for a in r.attacks] == [None]
    r = offline_extract("قالت الشرطة إن تفجيرين انتحاريين وقعا بمسجدين وأسفرا عن سقوط عدة قتلى في كراتشي، "
                        "ما أدى إلى مقتل ثلاثة أشخاص على الأقل.")
    assert [a.killed for a in r.attacks] == [None]


def test_a_toll_update_naming_the_bombing_updates_it(offline_extract):
    r = offline_extract("قتل 14 شخصا وأصيب 33 آخرون بتفجير سيارة مفخخة وسط سوق شعبي في الحلة صباح الثلاثاء. "
                        "وارتفعت حصيلة ضحايا التفجير إلى 27 قتيلا بحسب مصادر طبية.")
    assert [(a.killed, a.injured) for a in r.attacks] == [(27, 33)], _tolls(r)


def test_a_toll_update_with_the_toll_noun_first_updates_it(offline_extract):
    r = offline_extract("قتل 14 شخصا بتفجير سيارة مفخخة وسط سوق شعبي في الحلة صباح الثلاثاء. "
                        "وقالت مصادر طبية إن حصيلة قتلى الهجوم ارتفعت إلى 27.")
    assert [a.killed for a in r.attacks] == [27], _tolls(r)


def test_an_update_of_both_kinds_together_is_no_killed_count(offline_extract):
    r = offline_extract("قتل 14 شخصا بتفجير سيارة مفخخة وسط سوق شعبي في الحلة صباح الثلاثاء. "
                        "وارتفعت حصيلة ضحايا الهجوم إلى 45 شخصا بين جريح وقتيل.")
    assert [a.killed for a in r.attacks] == [14], _tolls(r)


def test_the_update_rules_are_what_makes_the_update(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_cues

    monkeypatch.setattr(attacks_cues, "DEFINITE_VIOLENCE", False)
    monkeypatch.setattr(attacks_cues, "UPDATE_NOUN_BACK3", False)
    r = offline_extract("قتل 14 شخصا وأصيب 33 آخرون بتفجير سيارة مفخخة وسط سوق شعبي في الحلة صباح الثلاثاء. "
                        "وارتفعت حصيلة ضحايا التفجير إلى 27 قتيلا بحسب مصادر طبية.")
    assert [a.killed for a in r.attacks] == [14]
    r = offline_extract("قتل 14 شخصا بتفجير سيارة مفخخة وسط سوق شعبي في الحلة صباح الثلاثاء. "
                        "وقالت مصادر طبية إن حصيلة قتلى الهجوم ارتفعت إلى 27.")
    assert len(r.attacks) == 2
