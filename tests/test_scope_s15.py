"""Session 15: what is not an incident (agent/offline/scope.py), and a blamed capital (agent/offline/locations.py).

A death sentence a court passes or a crowd asks for ("أصدرت أحكاما بإعدام"، "طالبوا بإعدام") is no execution
carried out; an execution carried out stays. A bomb or mine found, seized or shown is no attack; one that went
off stays. A capital blamed for an attack or said responsible for it stands for its state, not the attack's place.
"""

from marsad.agent.offline import scope


def test_a_death_sentence_is_no_execution(offline_extract):
    attacks = offline_extract("أصدرت محكمة في مدينة الكرك أحكاما بإعدام أربعة متهمين بالانتماء إلى خلية "
                              "مسلحة يوم الأحد.").attacks
    assert attacks == []


def test_a_ruling_far_before_the_noun_is_a_death_sentence(offline_extract):
    attacks = offline_extract("وقضت محكمة الجنايات المنعقدة في العاصمة برئاسة قاض من الاستئناف يوم الخميس "
                              "بإعدام سبعة من المدانين.").attacks
    assert attacks == []


def test_a_demand_for_an_execution_is_no_execution(offline_extract):
    attacks = offline_extract("ودعا المحتجون إلى إعدام الضابط الذي أطلق النار على المتظاهرين.").attacks
    assert attacks == []


def test_an_execution_carried_out_stays(offline_extract):
    # the verb "أعدم" tells the act done, whoever passed judgment before
    attacks = offline_extract("أعدم مسلحو التنظيم 12 رجلا رميا بالرصاص في ساحة بلدة الميادين يوم الجمعة.").attacks
    assert len(attacks) == 1 and attacks[0].killed == 12


def test_sentenced_reads_the_noun_only():
    assert scope.sentenced(["اصدرت", "المحكمه", "احكاما", "باعدام", "اربعه"], 3)
    assert not scope.sentenced(["اعدم", "المسلحون", "اربعه", "رجال"], 0)
    assert not scope.sentenced(["نفذ", "المسلحون", "عمليه", "اعدام", "ميداني"], 3)


def test_devices_shown_are_no_attack(offline_extract):
    attacks = offline_extract("ونشر مركز بحثي في جنيف يوم الثلاثاء صورا لعبوات ناسفة مموهة على هيئة جذوع "
                              "أشجار في أفغانستان.").attacks
    assert attacks == []


def test_devices_found_far_after_the_verb_are_no_attack(offline_extract):
    attacks = offline_extract("وكشفت مصادر عسكرية عن العثور في قرى الساحل المحررة من المسلحين الأسبوع الماضي "
                              "على ألغام مموهة بشكل حجارة.").attacks
    assert attacks == []


def test_a_device_that_went_off_stays(offline_extract):
    attacks = offline_extract("قتل 3 جنود يوم الأحد بانفجار عبوة ناسفة زرعها مسلحون على طريق فرعي قرب بلدة "
                              "الخوخة.").attacks
    assert len(attacks) == 1 and attacks[0].killed == 3


def test_device_found_reads_the_opening_noun_only():
    assert scope.device_found(["ضبط", "عبوات", "ناسفه"], 1)
    assert not scope.device_found(["انفجار", "عبوه", "ناسفه"], 0)

# agent/offline/locations.py: a capital blamed for an attack stands for its state, not for the attack's place


def test_a_capital_blamed_for_an_attack_is_not_its_place(offline_extract):
    attacks = offline_extract("أدانت ثلاث دول أوروبية يوم الجمعة الهجوم بغاز سام على منشق سابق، وألقت باللوم "
                              "على طهران.").attacks
    assert all(a.location is None or a.location.canonical_name != "طهران" for a in attacks)


def test_a_capital_said_responsible_is_not_the_place(offline_extract):
    attacks = offline_extract("ورجح الوزير أن تكون دمشق مسؤولة عن الهجوم الكيماوي الذي وقع يوم السبت.").attacks
    assert all(a.location is None or a.location.canonical_name != "دمشق" for a in attacks)


def test_a_capital_where_an_attack_happened_stays(offline_extract):
    attacks = offline_extract("قتل 4 أشخاص في انفجار سيارة مفخخة وسط دمشق يوم السبت.").attacks
    assert len(attacks) == 1 and attacks[0].location.canonical_name == "دمشق"
