"""Session 9: a toll told again with an incident's definite name ("وأسفر الهجوم أيضا عن إصابة 22") fills the field
the incident's record left empty -- only near it, with no place of its own, of the same standing, and agreeing with
the count the record already has (agent/offline/attacks_clusters.py ``_told_again``)."""

LEAD = "قتل خمسة جنود في تفجير سيارة مفخخة استهدف نقطة تفتيش في مدينة الرمادي يوم السبت."


def _one(result):
    assert len(result.attacks) == 1, [(a.attack_type, a.killed, a.injured) for a in result.attacks]
    return result.attacks[0]


def test_injured_told_again_fills_the_empty_field(offline_extract):
    a = _one(offline_extract(LEAD + " وقال مصدر أمني إن التفجير أسفر كذلك عن إصابة 22 آخرين."))
    assert (a.killed, a.injured) == (5, 22)


def test_killed_told_again_fills_the_empty_field(offline_extract):
    a = _one(offline_extract("أصيب عشرة أشخاص في هجوم بعبوة ناسفة في مدينة كركوك يوم الأحد. "
                             "وقالت الشرطة إن الهجوم أدى أيضا إلى مقتل ثلاثة أشخاص آخرين."))
    assert (a.killed, a.injured) == (3, 10)


def test_a_telling_with_a_different_toll_fills_nothing(offline_extract):
    # seven dead against the record's five: another source's figures (or a part), not this incident's injured
    a = _one(offline_extract(LEAD + " وقال مصدر إن الهجوم أسفر عن مقتل سبعة وإصابة 10 آخرين."))
    assert (a.killed, a.injured) == (5, None)


def test_a_telling_far_after_the_incident_fills_nothing(offline_extract):
    text = LEAD + (" وتشهد المدينة توترا منذ أشهر. ونشرت القوات تعزيزات في الأحياء الشرقية."
                   " وأغلقت الشرطة الطرق المؤدية إلى السوق. وقال مصدر إن الهجوم أسفر عن إصابة 22 شخصا.")
    a = _one(offline_extract(text))
    assert (a.killed, a.injured) == (5, None)


def test_a_past_attack_toll_does_not_fill_todays_incident(offline_extract):
    r = offline_extract(LEAD + " وكان الهجوم الذي استهدف المدينة في عام 2014 قد أسفر عن إصابة 40 شخصا.")
    today = [a for a in r.attacks if not a.background]
    assert len(today) == 1
    assert (today[0].killed, today[0].injured) == (5, None)
