"""One record per incident, ninth pass: talk about an attack that tells no incident of its own.

Sentences written for these tests, none from the corpus.
"""

from __future__ import annotations


def _places(extract, text):
    return [a.location.name if a.location else None for a in extract(text, published="2018-05-30").attacks]


def test_a_condemnation_told_apart_is_no_incident_at_the_condemning_country(offline_extract):
    text = ("أطلقت فصائل فلسطينية صواريخ من قطاع غزة باتجاه إسرائيل أمس. "
            "كما دانت كل من ألمانيا وإيطاليا إطلاق تلك الصواريخ.")
    places = _places(offline_extract, text)
    assert len(places) == 1
    assert "ألمانيا" not in places


def test_a_rejection_told_at_the_capital_that_rejects_gives_the_incident_no_place(offline_extract):
    text = ("أطلقت فصائل فلسطينية صواريخ من قطاع غزة باتجاه إسرائيل أمس. "
            "وأعلنت الحكومة المصرية في القاهرة رفضها إطلاق الصواريخ.")
    places = _places(offline_extract, text)
    assert len(places) == 1
    assert "القاهرة" not in places


def test_a_condemnation_that_tells_the_attack_with_its_place_names_the_incident(offline_extract):
    text = "ندد وزير الخارجية السعودي بالهجوم الإرهابي الذي استهدف مسجدا في بلدة القديح بمحافظة القطيف أمس."
    assert len(offline_extract(text, published="2015-05-23").attacks) == 1


def test_a_condemnation_with_a_toll_names_the_incident(offline_extract):
    text = "ندد الرئيس التركي بالهجوم الانتحاري الذي خلف أمس 30 قتيلا في مدينة سوروتش."
    (attack,) = offline_extract(text, published="2015-07-21").attacks
    assert attack.killed == 30


def test_so_many_strikes_counted_in_one_sentence_are_a_tally(offline_extract):
    text = "ووثق المرصد شن مقاتلات النظام أكثر من 9870 غارة على بلدات في محافظتي حماة وإدلب."
    assert offline_extract(text, published="2015-07-21").attacks == []


def test_a_toll_of_thousands_on_an_agency_count_is_no_incident(offline_extract):
    text = "وقتل 2295 مدرسا على الأقل على أيدي مسلحي الجماعة في شمال شرق نيجيريا، وفق منظمة الأمم المتحدة للطفولة."
    assert offline_extract(text, published="2018-04-13").attacks == []


def test_a_toll_told_by_a_source_of_one_bombing_stays_an_incident(offline_extract):
    text = "وقتل 14 شخصا في تفجير سيارة مفخخة في سوق بمدينة كركوك أمس، وفق مصادر في الشرطة."
    (attack,) = offline_extract(text, published="2018-04-13").attacks
    assert attack.killed == 14


def test_heatstroke_is_no_strike(offline_extract):
    text = "وتوفي 12 شخصا جراء ضربات الشمس في طوكيو الأسبوع الماضي، وأصيب 30 آخرون بضربة شمس."
    assert offline_extract(text, published="2018-07-22").attacks == []


def test_a_counter_terrorism_operation_that_arrests_is_no_attack_at_its_city(offline_extract):
    text = ("أعلنت الشرطة التركية أنها اعتقلت زوجة قيادي في تنظيم داعش، الذي قتل قبل عامين، "
            "أثناء حملة لمكافحة الإرهاب في أنقرة الثلاثاء الماضي.")
    assert "أنقرة" not in _places(offline_extract, text)


def test_a_toll_counted_since_a_day_of_a_month_is_a_running_total(offline_extract):
    text = "وقتل 34 فلسطينيا برصاص الجيش الإسرائيلي منذ 30 مارس الماضي على حدود قطاع غزة."
    assert offline_extract(text, published="2018-04-15").attacks == []


def test_a_day_of_its_own_beside_a_span_since_a_day_stays_an_incident(offline_extract):
    text = "وقتل 3 فلسطينيين برصاص الجيش الإسرائيلي أمس في احتجاجات متواصلة منذ 30 مارس الماضي على حدود قطاع غزة."
    (attack,) = offline_extract(text, published="2018-04-15").attacks
    assert attack.killed == 3 and attack.date == "2018-04-14"


def test_a_toll_since_protests_began_on_a_day_is_a_running_total(offline_extract):
    text = "وتفيد وزارة الصحة بأن الجيش الإسرائيلي قتل أكثر من 58 متظاهرا منذ بدأت المسيرات في 30 مارس الماضي."
    assert offline_extract(text, published="2018-05-14").attacks == []


def test_the_worst_attack_since_the_war_began_stays_an_incident(offline_extract):
    text = "قتل أكثر من 40 شخصا في هجوم انتحاري هو الأكثر دموية منذ بدء الحرب في مدينة كابول أمس."
    (attack,) = offline_extract(text, published="2018-05-14").attacks
    assert attack.killed == 40


def test_what_a_report_says_its_monitors_documented_is_a_count_not_an_incident(offline_extract):
    text = "وأشار التقرير الشهري إلى أن فريق الرصد التابع للمركز وثق سقوط 6 قتلى مدنيين جراء قذائف متنوعة في محافظة الضالع خلال الشهر."
    assert offline_extract(text, published="2018-05-22").attacks == []


def test_a_monitor_telling_one_strike_names_an_incident(offline_extract):
    text = "ووثق المرصد السوري مقتل 5 مدنيين في غارة على بلدة سراقب أمس."
    (attack,) = offline_extract(text, published="2018-05-22").attacks
    assert attack.killed == 5


def test_an_offensive_told_by_the_flight_it_caused_is_no_incident_at_the_border(offline_extract):
    text = ("ودفع هجوم القوات الحكومية آلاف المدنيين نحو الحدود مع الأردن، "
            "وآلافا غيرهم نحو الحدود مع هضبة الجولان.")
    assert offline_extract(text, published="2018-06-29").attacks == []


def test_a_strike_with_a_toll_and_flight_stays_an_incident(offline_extract):
    text = "وأسفرت غارة على سوق مدينة دوما أمس عن مقتل 12 مدنيا ونزوح عشرات العائلات."
    (attack,) = offline_extract(text, published="2018-06-29").attacks
    assert attack.killed == 12


def test_fighters_killed_and_others_fleeing_is_a_battle_toll_not_flight(offline_extract):
    text = ("وأعلن قائد المحور أن وحداته سيطرت على الخط الرابط بين ميدي وحرض عقب مواجهات يوم الأحد، "
            "إضافة إلى مقتل 22 من الحوثيين وفرار آخرين.")
    assert len(offline_extract(text, published="2018-07-15").attacks) == 1


def test_a_days_toll_of_thousands_wounded_given_on_a_source_stays_an_incident(offline_extract):
    text = ("ودعت الكويت إلى تحقيق مستقل في مواجهات الجمعة على حدود قطاع غزة التي أسفرت عن مقتل 19 "
            "فلسطينيا وإصابة 1300 آخرين، بحسب وزارة الصحة.")
    (attack,) = offline_extract(text, published="2018-04-01").attacks
    assert attack.killed == 19


def test_a_condemned_kidnapping_told_with_its_victims_names_the_incident(offline_extract):
    text = ("ونددت وزارة حقوق الإنسان بإقدام مسلحين حوثيين على خطف ثلاثة عاملين في منظمة إغاثة دولية بمدينة ذمار، "
            "وفق ما أوردته وكالة سبأ.")
    (attack,) = offline_extract(text, published="2018-03-10").attacks
    assert attack.attack_type == "kidnapping"


def test_a_partys_condemnation_of_the_attack_keeps_the_articles_incident(offline_extract):
    text = ("نجا رئيس الوزراء ومدير المخابرات من تفجير طال موكبهما في غزة. "
            "واتهمت الرئاسة حماس بالوقوف وراء الانفجار الذي جرح فيه 8 من المرافقين. "
            "بدورها أدانت حركة حماس استهداف موكب رئيس الوزراء.")
    assert len(offline_extract(text, published="2018-03-13").attacks) == 1


def test_what_a_side_says_it_can_strike_is_no_attack(offline_extract):
    assert offline_extract("وأكد المتحدث أن الحوثيين قادرون على قصف مدينة جازان السعودية في أي وقت.",
                           published="2018-05-30").attacks == []
    assert offline_extract("وقالت الحركة أمس إنها قادرة على استهداف مدينة تل أبيب بالصواريخ.",
                           published="2018-05-30").attacks == []
