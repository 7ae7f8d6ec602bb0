"""Session 16: the kind of an attack told by a definite noun or by likeness (agent/offline/frames.py,
agent/offline/attacks_events.py).

"الهجوم الانتحاري"، "العملية الانتحارية" are suicide attacks as the indefinite "هجوم انتحاري" is; "الضربة الجوية"
is an air strike as "ضربة جوية" is; an incident told as like the one before ("وفي حادث مماثل"، "انفجار مماثل") has
that one's kind, and a death told so is an attack even with no violent word of its own. A round-up of air strikes
told on with bare "قصف" and no doer or ground means of its own is air strikes. A car bomb destroyed by a strike is
the strike's object, not its kind; a bomb told as planted ("قنبلة زرعها"، "قنبلة مزروعة") that went off is an IED.
"""


def test_the_definite_suicide_attack(offline_extract):
    attacks = offline_extract("لقي 14 شخصا حتفهم مساء الأحد في الهجوم الانتحاري الذي ضرب سوقا شعبية في مدينة "
                              "بعقوبة.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "suicide_attack" and attacks[0].killed == 14


def test_the_definite_suicide_operation(offline_extract):
    attacks = offline_extract("وأعلنت الشرطة أن العملية الانتحارية التي وقعت الجمعة قرب مركز للتجنيد في مدينة "
                              "الرمادي أودت بحياة تسعة متطوعين.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "suicide_attack"


def test_the_bomber_alone_is_no_kind():
    from marsad.agent.offline.frames import _suicide_told
    assert _suicide_told(["في", "الهجوم", "الانتحاري"], 2)
    assert _suicide_told(["التفجيرين", "الداميين", "الانتحاريين"], 2)
    assert not _suicide_told(["وقالت", "ان", "الانتحاري", "شاب"], 2)
    assert not _suicide_told(["والمسلحين", "الانتحاريين"], 1)


def test_the_definite_air_strike(offline_extract):
    attacks = offline_extract("وقال مسؤولون إن الضربة الجوية التي طالت فجر الثلاثاء قاعدة الشعيرات قرب حمص "
                              "أسفرت عن مقتل ستة عسكريين.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "airstrike" and attacks[0].killed == 6


def test_a_similar_incident_has_the_kind_told_before(offline_extract):
    attacks = offline_extract("قتل رجلان صباح أمس بانفجار عبوة ناسفة في حي الشعب شمالي بغداد. وفي حادث مماثل "
                              "قتل ثلاثة أشخاص في منطقة الدورة جنوبي العاصمة.").attacks
    assert [(a.attack_type, a.killed) for a in attacks] == [("ied", 2), ("ied", 3)]


def test_a_similar_blast_told_a_sentence_later(offline_extract):
    attacks = offline_extract("قتلت عبوة ناسفة زرعها مسلحون يوم الاثنين أربعة مزارعين قرب بلدة الميدان. وقال "
                              "مصدر محلي إن العبوة انفجرت بسيارتهم. ويأتي ذلك بعد يومين من انفجار مماثل أودى "
                              "بحياة طفلين في قرية السلام.").attacks
    assert [a.attack_type for a in attacks] == ["ied", "ied"]


def test_bare_shelling_told_on_in_a_round_up_of_air_strikes(offline_extract):
    attacks = offline_extract("وشنت طائرات التحالف مساء الأحد غارات على معسكر الصمع شمال صنعاء. كما قصفت مدرسة "
                              "قديمة حولها المسلحون إلى ثكنة في منطقة حزيز.").attacks
    assert [a.attack_type for a in attacks] == ["airstrike", "airstrike"]


def test_shelling_with_its_own_doer_or_means_stays(offline_extract):
    attacks = offline_extract("وشنت طائرات التحالف مساء الأحد غارات على معسكر الصمع شمال صنعاء. وقصف المسلحون "
                              "بقذائف الهاون أحياء سكنية في منطقة حزيز.").attacks
    assert [a.attack_type for a in attacks] == ["airstrike", "shelling"]


def test_a_car_bomb_destroyed_is_the_strikes_object(offline_extract):
    attacks = offline_extract("أعلنت وزارة الدفاع الخميس مقتل 17 عنصرا من التنظيم وتدمير سيارة مفخخة بقصف نفذه طيران "
                              "التحالف شرق مدينة هيت.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "airstrike" and attacks[0].killed == 17


def test_a_car_bomb_set_off_stays(offline_extract):
    attacks = offline_extract("قتل تسعة أشخاص الخميس بانفجار سيارة مفخخة قرب سوق مدينة هيت.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "car_bomb"


def test_a_planted_bomb_is_an_ied(offline_extract):
    attacks = offline_extract("وقال مصدر عسكري إن ثلاثة جنود قتلوا مساء السبت في انفجار قنبلة زرعها مسلحون داخل "
                              "مبنى مهجور بمدينة سرت.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "ied" and attacks[0].killed == 3


def test_a_bomb_hidden_in_a_car_is_a_car_bomb(offline_extract):
    attacks = offline_extract("وانفجرت قنبلة مخبأة داخل سيارة نقل صباح الأحد قرب حاجز للشرطة في مدينة قندهار، ما أسفر "
                              "عن مقتل أحد عشر مدنيا.").attacks
    assert len(attacks) == 1 and attacks[0].attack_type == "car_bomb"
