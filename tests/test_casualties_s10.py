"""Session 10: tolls as Arabic news states them (agent/offline/casualties.py).

One victim named as the object after a long subject ("قتلت ألغام زرعها ... مزارعا"، "قتل لغم ... المواطن فلان"), the
genitive singular counted noun after hundreds ("و200 مصاب"), the active wounding verb ("وجرحت نحو 300 آخرين"),
attackers never summed into the victims ("9 أشخاص و3 مهاجمين" = 9), and a death that only dates the event
("بعد ثلاثة أيام من مقتله") is no toll of it.
"""


def _one(result):
    assert len(result.attacks) == 1, [(a.attack_type, a.killed, a.injured) for a in result.attacks]
    return result.attacks[0]


def test_one_object_after_a_long_subject_is_one_killed(offline_extract):
    a = _one(offline_extract("وفي السياق، قتلت عبوات زرعها المسلحون في الطرق الزراعية بالمحافظة مزارعا وأصابت امرأة "
                             "مع ابنها في قرية الحصن."))
    assert (a.killed, a.injured) == (1, 2)


def test_a_definite_victim_with_a_name_after_the_subject_is_one_killed(offline_extract):
    a = _one(offline_extract("كما قتل لغم آخر بمنطقة الوادي في مديرية الشعيب المواطن أحمد علي الصالحي."))
    assert a.killed == 1


def test_a_militant_object_is_not_read_as_a_victim(offline_extract):
    # a gunman killed by the forces is an operation's result (no attack), a passer-by is one victim
    assert not offline_extract("وقتلت قوات الأمن في حي الشهداء بالمدينة مسلحا كان يطلق النار على المارة.").attacks
    a = _one(offline_extract("وقتلت قوات الأمن في حي الشهداء بالمدينة مواطنا كان يمر قرب الحاجز."))
    assert a.killed == 1


def test_hundreds_with_the_genitive_singular_count_the_injured(offline_extract):
    a = _one(offline_extract("وكان هجوم انتحاري استهدف سوقا شعبية في المدينة الشهر الماضي قد خلف "
                             "35 قتيلا وأكثر من 100 مصاب."))
    assert (a.killed, a.injured) == (35, 100)


def test_the_active_wounding_verb_counts_the_injured(offline_extract):
    a = _one(offline_extract("وقتلت قوات الاحتلال 9 فلسطينيين وجرحت نحو 300 آخرين قرب الحدود الجمعة."))
    assert (a.killed, a.injured) == (9, 300)


def test_attackers_are_not_summed_into_the_victims(offline_extract):
    a = _one(offline_extract("أسفر تفجير انتحاري استهدف كنيسة في مدينة الحلة الأحد عن مقتل 9 أشخاص و3 مهاجمين."))
    assert a.killed == 9


def test_a_second_group_of_victims_is_still_summed(offline_extract):
    a = _one(offline_extract("أسفر تفجير انتحاري استهدف كنيسة في مدينة الحلة الأحد عن مقتل 9 أشخاص و3 جنود."))
    assert a.killed == 12


def test_a_death_that_dates_the_event_is_no_toll_of_it(offline_extract):
    a = _one(offline_extract("وتجددت الاشتباكات الخميس بين المسلحين وأبناء القبيلة في بلدة الحصن، بعد ثلاثة أيام من "
                             "مقتله على أيدي المسلحين."))
    assert a.killed is None


def test_an_earlier_death_told_with_its_own_event_keeps_its_toll(offline_extract):
    a = _one(offline_extract("ووقع الهجوم بعد يومين من مقتل 6 جنود وإصابة 4 آخرين في انفجار عبوة ناسفة قرب سوق "
                             "المدينة."))
    assert a.killed == 6


def test_a_named_victim_after_a_title_is_one_killed(offline_extract):
    a = _one(offline_extract("أعلنت الجماعة، الخميس، مقتل القيادي البارز خالد سعيد العمري في غارة جوية طالته في "
                             "أطراف مديرية صرواح."))
    assert a.killed == 1


def test_a_titled_victim_with_a_vague_escort_keeps_no_count(offline_extract):
    # D-20: a named casualty plus "a number of his escorts" leaves the count out, however the title reads
    a = _one(offline_extract("وفي جبهة الوادي، لقي القيادي أبو خالد السعدي مصرعه مع عدد من حراسه بغارة للتحالف "
                             "استهدفت موكبه."))
    assert a.killed is None


def test_an_attacker_shot_dead_is_no_victim(offline_extract):
    r = offline_extract("قالت الشرطة إن مستوطنا تعرض للطعن قرب باب العامود في القدس، اليوم الأحد، وإن عناصرها أطلقوا "
                        "النار على المهاجم فأردوه قتيلا.")
    assert [a.killed for a in r.attacks] == [None]


def test_a_victim_shot_dead_keeps_the_count(offline_extract):
    r = offline_extract("وأطلق مسلحون النار على سيارة التاجر في سوق المدينة مساء الأحد، لتصيب الرصاصات شقيقه وترديه "
                        "قتيلا.")
    assert 1 in [a.killed for a in r.attacks]


def test_an_attempt_on_a_life_kills_no_one():
    from marsad.agent.offline.casualties import KILLED, casualties
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    text = "وتصاعد التوتر بين البلدين بسبب محاولة قتل ضابط سابق بالسم في مدينة ساحلية الشهر الماضي."
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
    reads = [casualties(ctx, f, KILLED)[0] for f in find_frames(ctx, 0)]
    assert all(q is None or q.value is None for q in reads)
