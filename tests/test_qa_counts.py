"""Casualty counts read from sentences: role binding, who is counted, totals over parts."""

from marsad.agent.qa.counts import role_counts, victim_category
from marsad.agent.qa.question import mentions, parse_question
from marsad.core.lexicon import get_lexicon


def test_numbers_bind_to_their_nearest_role_word():
    got = {(c.value, c.role) for c in role_counts("قتل 13 شخصا وأصيب 20 آخرون في الانفجار.")}
    assert got == {(13, "killed"), (20, "injured")}
    got = {(c.value, c.role) for c in role_counts("لقي سبعة مدنيين مصرعهم وأصيب 54 آخرون")}
    assert (7, "killed") in got and (54, "injured") in got


def test_years_are_not_tolls():
    assert role_counts("سجلت البلاد أسوأ حصيلة قتلى في النصف الأول من 2018.") == []


def test_who_a_question_counts():
    assert victim_category(parse_question("كم مدنيا قتلوا في القصف؟")) == "civilians"
    assert victim_category(parse_question("كم جنديا قتلوا في الهجوم؟")) == "soldiers"
    assert victim_category(parse_question("How many Taliban fighters were killed in the battle?")) == "militants"
    assert victim_category(parse_question("How many people were killed in the blast?")) is None


def test_transliterated_place_names_tolerate_long_vowels():
    lexicon = get_lexicon()
    farah = lexicon.get("places", "farah")  # registered as فراه, often written فاراه
    assert mentions(farah, "حاكم ولاية فاراه") and mentions(farah, "مدينة فراه")
    kirkuk = lexicon.get("places", "kirkuk")
    assert not mentions(kirkuk, "الكركوكي")  # still a whole word


def test_shares_and_durations_are_not_tolls():
    assert role_counts("طالبان مسؤولة عن 40% من المدنيين القتلى.") == []
    assert role_counts("قتل 5 أشخاص في هجوم استمر 3 ساعات.")[0].value == 5


def test_a_vowel_is_never_dropped_so_a_clitic_cannot_make_another_name():
    # "فراه" must not read as "ف" + a vowel-dropped "راوه" (Rawa)
    assert [e.id for e in parse_question("كم عنصرا قتلوا في معركة مدينة فراه؟").places] == ["farah"]


def test_a_counter_word_counts_whom_its_complement_names():
    from marsad.agent.qa.counts_fit import _category_fit

    assert victim_category(parse_question("كم عنصرا من قوات الأمن قتلوا في المعركة؟")) == "security"
    assert victim_category(parse_question("كم عنصرا قتلوا في المعركة؟")) == "militants"
    # a count of others is worse than a count that names no one
    assert _category_fit("security", "ان اكثر من 270 من مسلحي طالبان") < _category_fit("security", "قتل 12 شخصا")
    assert _category_fit("security", "ان 23 من قوات الامن قتلوا") > 0


def test_a_sentence_keeps_the_place_of_its_scene_until_a_transition():
    from marsad.agent.qa.counts import scenes

    q = parse_question("كم شرطيا قتل في هجوم كركوك؟")
    sents = ["هاجم مسلحون نقطة تفتيش للشرطة جنوب كركوك فجر اليوم بالأسلحة الخفيفة.",
             "وأضاف المصدر أن 13 شرطيا قتلوا في الهجوم.",
             "من ناحية أخرى، قتل ثلاثة من عناصر الشرطة في البصرة.",
             "وأصيب اثنان آخران في الحادث نفسه."]
    got = scenes(q, sents)
    assert got[1] == sents[0] and got[2] == "" and got[3] == ""


def test_the_counted_noun_prefers_the_part_the_question_asks_about():
    from marsad.agent.qa.counts import count_claims, counted_noun
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    q = parse_question("كم إيرانيا قتل في قصف قاعدة التيفور؟")
    assert counted_noun(q) == "ايران"
    text = "أدى قصف قاعدة التيفور إلى مقتل 16 عسكريا بينهم سبعة إيرانيين."
    ev = Evidence()
    ev.docs = {"d": Document(doc_id="d", text=text, title="قصف قاعدة التيفور")}
    best = count_claims(q, ev)[0][1]
    assert best.numbers == [7]


def _best_count(question: str, docs: dict[str, tuple[str, str]]) -> list[int]:
    from marsad.agent.qa.counts import count_claims
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    ev = Evidence()
    ev.docs = {d: Document(doc_id=d, title=title, text=text) for d, (title, text) in docs.items()}
    return count_claims(parse_question(question), ev)[0][1].numbers


def test_a_count_told_of_another_kind_of_incident_loses_to_the_asked_kind():
    # clashes asked: the car bomb's toll (first article, told in its title too) is another incident
    docs = {
        "bomb": ("تسعة قتلى بانفجار سيارة مفخخة في بنغازي",
                 "قتل تسعة أشخاص بانفجار سيارة مفخخة قرب سوق في بنغازي الخميس."),
        "clash": ("اشتباكات في بنغازي",
                  "قالت مصادر طبية إن ثلاثة أشخاص قتلوا في اشتباكات وسط مدينة بنغازي الخميس."),
    }
    assert _best_count("كم شخصا قتل في اشتباكات وسط بنغازي يوم الخميس؟", docs)[0] == 3
    # and the same texts answer the bombing question with the bombing's toll
    assert _best_count("كم شخصا قتل في انفجار السيارة المفخخة في بنغازي؟", docs)[0] == 9


def test_a_count_whose_clause_names_another_place_is_not_the_asked_places_toll():
    docs = {"d": ("موجة تفجيرات تضرب بغداد ومقتل 27 من المسلحين",
                  "ضربت موجة تفجيرات جديدة العاصمة بغداد، وفيما قتل 27 من المسلحين في الرمادي، "
                  "قالت مصادر إن انفجار سيارة مفخخة في بغداد أدى إلى مقتل 12 شخصا.")}
    assert _best_count("كم شخصا قتل في تفجير بغداد؟", docs)[0] == 12


def test_a_place_in_the_same_governorate_is_not_another_place():
    from marsad.agent.qa.counts import clause_fit
    from marsad.agent.qa.counts_sentences import _Count

    q = parse_question("كم شخصا قتل في هجوم كركوك؟")
    assert clause_fit(q, "قتل خمسة أشخاص في الحويجة", _Count(5, "killed", 1)) == 0.0  # Hawija is in Kirkuk
    assert clause_fit(q, "قتل خمسة أشخاص في الرمادي", _Count(5, "killed", 1)) < 0.0
    assert clause_fit(q, "قتل خمسة أشخاص في هجوم", _Count(5, "killed", 1)) == 0.0  # no place: nothing to judge


def test_a_count_of_people_reaches_back_to_its_verb_across_who_did_it():
    counts = role_counts("قتل لغم أرضي خلفته الميليشيات المتمردة في المزرعة، الأربعاء، أربعة أطفال، شمال المديرية")
    assert [(c.value, c.role) for c in counts] == [(4, "killed")]
    # a number that counts no people does not reach so far
    assert role_counts("قتل شخص في الهجوم الذي وقع في المدينة بعد أن استهدف مسلحون خمسة منازل") == []


def test_killed_and_injured_counted_together_are_neither_toll():
    assert role_counts("وقالت البعثة إن 500 شخص سقطوا خلال هذه الفترة بين قتيل وجريح.") == []
    assert role_counts("حصيلة اليوم 17 قتيلا وجريحا في حوادث متفرقة") == []
    assert role_counts("The blasts left 40 people killed or injured") == []
    # two clauses, each with its verb, are two tolls
    got = role_counts("أفاد مسعفون بأن ثلاثة رجال قتلوا وأصيب سبعة بجروح")
    assert [(c.value, c.role) for c in got] == [(3, "killed"), (7, "injured")]


def test_a_role_word_may_carry_two_clitics():
    assert [(c.value, c.role) for c in role_counts("وبمقتل 900 مدني خلال ستة أشهر تكون الحصيلة الأعلى")] == [(900, "killed")]


def test_cities_of_one_country_are_other_places_to_each_other():
    from marsad.agent.qa.counts import clause_fit
    from marsad.agent.qa.counts_sentences import _Count

    q = parse_question("كم مدنيا قتل في قصف تعز؟")
    assert clause_fit(q, "قتل 57 مدنيا في عدن", _Count(57, "killed", 1)) < 0.0


def test_a_day_of_a_month_is_not_a_toll():
    got = role_counts("وشكل الهجوم الذي وقع في سروج في 20 يوليو وأوقع 32 قتيلا شرارة العنف")
    assert [(c.value, c.role) for c in got] == [(32, "killed")]


def test_a_count_of_several_attacks_is_a_round_up_for_a_question_about_one():
    from marsad.agent.qa.counts import several_incidents
    from marsad.core.arabic import tokenize

    one = parse_question("كم شرطيا قتل في انفجار العبوة الناسفة في شرناق؟")
    sentence = "قتل 5 شرطيين وجندي خلال هجمات في تركيا أمس الاثنين حمل حزب العمال الكردستاني مسؤوليتها."
    count = next(c for c in role_counts(sentence) if c.value == 5)
    assert several_incidents(one, tokenize(sentence), count)
    single = "قتل أربعة شرطيين في انفجار عبوة ناسفة على جانب الطريق في شرناق."
    assert not several_incidents(one, tokenize(single), next(c for c in role_counts(single) if c.value == 4))
    several = parse_question("كم شرطيا قتل في هجمات حزب العمال الكردستاني أمس؟")
    assert not several_incidents(several, tokenize(sentence), count)
    english = parse_question("How many police were killed in the roadside bomb in Sirnak?")
    told = "5 policemen were killed in attacks blamed on the PKK on Monday."
    assert several_incidents(english, tokenize(told), next(c for c in role_counts(told) if c.value == 5))


def _toll_evidence(later: str, published: str):
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    ev = Evidence()
    ev.docs = {
        "a": Document(doc_id="a", published="2015-08-03", title="تحطم طائرة حربية في إدلب",
                      text="قتل 27 شخصا على الأقل عندما تحطمت طائرة حربية في سوق مدينة إدلب المزدحم.\n"
                           "وقال شهود إن الطائرة سقطت على سوق شعبي في المدينة."),
        "b": Document(doc_id="b", published=published, title="تطورات ميدانية",
                      text="في سياق آخر، التقى وزير الخارجية نظيره في العاصمة لبحث الأوضاع في البلاد.\n" + later),
    }
    return ev


def test_a_later_report_of_the_updated_toll_gives_the_incident_total():
    from marsad.agent.qa.counts import count_claims

    q = parse_question("كم شخصا قتل في تحطم الطائرة الحربية في سوق إدلب؟")
    update = "وبحسب المرصد، ارتفعت حصيلة تحطم طائرة حربية فوق مدينة إدلب إلى 37 قتيلا على الأقل."
    best = count_claims(q, _toll_evidence(update, "2015-08-06"))[0][1]
    assert best.numbers == [37] and best.spans[0][0] == "b"
    # months later it is another incident's toll, and a plain later count is no update
    assert count_claims(q, _toll_evidence(update, "2015-10-20"))[0][1].numbers == [27]
    plain = "وبحسب المرصد، قتل 37 شخصا في تحطم طائرة حربية فوق مدينة إدلب."
    assert count_claims(q, _toll_evidence(plain, "2015-08-06"))[0][1].numbers == [27]


def test_munitions_and_vehicles_beside_a_toll_are_no_count_of_people():
    from marsad.agent.qa.counts import role_counts

    counts = role_counts("وقال المرصد إن القريتين استهدفتا بنحو 140 قذيفة، ما أدى إلى مقتل سبعة أشخاص")
    assert [(c.value, c.role) for c in counts] == [(7, "killed")]
    assert [(c.value, c.role) for c in role_counts("قتل خمسة أشخاص في ثلاث غارات على المدينة")] == [(5, "killed")]
    assert [(c.value, c.role) for c in role_counts("Four rockets hit the base and 12 soldiers were wounded")] \
        == [(12, "injured")]


def test_prisoners_taken_in_battle_are_counted_and_asked_about_like_arrests() -> None:
    from marsad.agent.qa.counts import count_role, role_counts
    from marsad.agent.qa.question import parse_question

    said = role_counts("وقتل ما يزيد على 190 مسلحا، علاوة على وقوع 64 آخرين أسرى في أيدي القوات")
    assert (64, "arrested") in [(c.value, c.role) for c in said]
    assert role_counts("زار الوزير 30 أسرة نازحة في المخيم") == []  # families, not captives
    assert count_role(parse_question("How many Houthi fighters were taken prisoner at Hodeidah airport?")) == "arrested"
    assert count_role(parse_question("كم أسيرا وقع في قبضة الجيش في معركة المطار؟")) == "arrested"


def test_minutes_and_weeks_are_no_count_of_people() -> None:
    from marsad.agent.qa.counts import role_counts

    assert role_counts("ونشر التنظيم فيديو إعدام تبلغ مدته سبع دقائق ونصف") == []
    assert [(c.value, c.role) for c in role_counts("أعدم التنظيم 16 شخصا بعد ثلاثة أسابيع من اعتقالهم")] == [(16, "killed")]


def test_the_attacking_groups_own_dead_are_not_the_toll_of_its_attack() -> None:
    from marsad.agent.qa.counts_asked import _attackers
    from marsad.agent.qa.question import parse_question

    said = _attackers(parse_question("كم عدد قتلى هجوم داعش على مقر الفوج الثالث في الرمادي؟"))
    assert said is not None and said.search("قتل 18 عنصرا من الدواعش") and not said.search("مقتل ثلاثة جنود")
    assert _attackers(parse_question("How many soldiers were killed in the attack by ISIS on the base?")) is not None
    # a question counting the group's members, or naming no attacker, sets no such rule
    assert _attackers(parse_question("كم عنصرا من داعش قتل في الغارة؟")) is None
    assert _attackers(parse_question("كم شخصا قتل في تفجير الكرادة؟")) is None
