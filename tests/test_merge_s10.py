"""Session 10: one record per incident in the offline attacks (agent/offline/attacks.py).

- strikes told on a city or governorate, then in the next sentence where they fell (a source's account, a "حيث"
  clause) are one incident (``_elaborated``), once per incident and only for a state's or a coalition's strikes;
- rockets fired by an armed group and the strikes of a state's forces told beside them are two incidents
  (``_fire_exchanged``); rockets with no place of their own fell where they were fired at (``_fired_place``);
- a toll told with the incident as its cause ("قتلوا في الغارة") is another account of it (``_told_by_cause``);
- a day set off by commas after a named speaker, with what he said after it, is the day he spoke
  (``_is_report_date``); a loose past mention does not keep the lead's day from a round-up's item.
"""

def _kinds(result):
    return [(a.attack_type, a.location and a.location.name, a.killed, a.perpetrator) for a in result.attacks]


def test_strikes_told_then_detailed_by_a_source_are_one_incident(offline_extract):
    r = offline_extract("شنت مقاتلات التحالف العربي يوم الاثنين غارات على محافظة الحديدة. "
                        "وقال مصدر محلي إن مقاتلات التحالف شنت غارات على معسكر في منطقة الكثيب الأبيض.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].attack_type == "airstrike"


def test_a_haith_clause_details_the_strikes_once(offline_extract):
    # the first place told in detail joins the strikes; a second place told after it is a strike of its own
    r = offline_extract("أغار طيران التحالف العربي مساء السبت على معسكرات جنوب صنعاء. "
                        "حيث تم قصف معسكر الصمع الموالي للحوثيين. "
                        "كما قصف طيران التحالف مخزنا للسلاح في منطقة بني حشيش.")
    assert len(r.attacks) == 2, _kinds(r)


def test_a_groups_attack_detailed_by_where_it_advanced_keeps_its_place(offline_extract):
    # an armed group's attack: the place told after it is where its fighters went, not where it was
    r = offline_extract("وفي محافظة أبين قصفت المقاومة الشعبية يوم الخميس مواقع المسلحين بقذائف الهاون. "
                        "وقال مصدر في المقاومة إن القصف أدى إلى تقدم المقاومين نحو منطقة الحصن.")
    doers = [a for a in r.attacks if a.perpetrator]
    assert doers and all(a.location is not None and a.location.name == "أبين" for a in doers), _kinds(r)


def test_rockets_and_the_strikes_answering_them_are_two_incidents(offline_extract):
    r = offline_extract("هاجم الجيش الإسرائيلي عشرين موقعا في قطاع غزة خلال الليل. "
                        "وتبنت حركة الجهاد الإسلامي إطلاق عشرات القذائف الصاروخية على إسرائيل مساء السبت.",
                        published="2019-03-11")
    assert len(r.attacks) == 2, _kinds(r)
    rockets = next(a for a in r.attacks if a.attack_type == "shelling")
    assert rockets.location is not None and rockets.location.country == "IL"


def test_a_second_account_of_the_toll_is_no_incident_of_its_own(offline_extract):
    r = offline_extract("أعلن الجيش الأميركي يوم الاثنين أنه شن غارة جوية قتلت ثمانية مسلحين في جنوب الصومال. "
                        "لكن وسائل إعلام محلية ذكرت أن ثلاثة مدنيين قتلوا في الغارة الجوية.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].killed == 8


def test_a_toll_told_by_its_cause_counts_an_uncounted_incident(offline_extract):
    r = offline_extract("انفجرت سيارة مفخخة قرب مبنى البلدية في مدينة بيداوة يوم الثلاثاء. "
                        "ووفقا للشرطة فإن 6 أشخاص على الأقل قتلوا في الهجوم.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].killed == 6


def test_the_day_a_named_speaker_spoke_is_not_the_day_of_the_attack(offline_extract):
    r = offline_extract("صدت القوات الحكومية هجوما واسعا شنته حركة طالبان غرب البلاد. "
                        "وقال حاكم ولاية هرات الجديد، الجنرال محمد نوري أحمدي، اليوم الخميس، إن 40 من المسلحين قتلوا "
                        "في المعارك. "
                        "وشنت طالبان هجماتها من عدة اتجاهات فجر الأربعاء، وقتل 12 من قوات الأمن.",
                        published="2019-03-14")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].date == "2019-03-13"


def test_strikes_detailed_at_two_places_are_two_dated_records(offline_extract):
    # the first place joins the strikes told on the city; the second is a strike of its own, of the same day (the
    # loose past mention after them, "وبات سلاح الجو يستخدم في غاراته ...", does not make it past context)
    r = offline_extract("شنت طائرات سلاح الجو الليبي الخميس غارات على عدة محاور في مدينة درنة. "
                        "وقال مصدر عسكري إن الطائرات الحربية استهدفت مواقع المسلحين في محور الفتائح وحي شيحا. "
                        "وبات سلاح الجو يستخدم في غاراته قنابل موجهة لم تكن متوفرة في السابق.", published="2019-03-15")
    assert [(a.location.name, a.date) for a in r.attacks] == [("الفتائح", "2019-03-14"), ("شيحا", "2019-03-14")]


def test_a_toll_summed_over_fronts_told_after_its_frame_is_no_incident(offline_extract):
    # "في جبهات القتال" after the toll (the next frame began there): the sum of the incidents told apart
    r = offline_extract("قتل نحو 40 وأصيب العشرات من المسلحين الحوثيين وعناصر من القوات الموالية لهم، في جبهات القتال "
                        "في اليمن، الأحد، بينما لقي 5 مدنيين مصرعهم وأصيب 20 آخرون في قصف عشوائي على أحياء مدينة إب.",
                        published="2019-03-11")
    assert all(a.killed != 40 for a in r.attacks), _kinds(r)


def test_the_town_across_the_border_is_not_where_the_strike_fell(offline_extract):
    # "في سوريا المقابلة لمدينة ..." : the strike told in the lead on Syria, retold with the Turkish town it faces
    r = offline_extract("شن سلاح الجو التركي يوم الجمعة غارات على مواقع لتنظيم داعش في سوريا. "
                        "وقصفت أربع مقاتلات من سلاح الجو التركي مواقع للتنظيم في المنطقة الحدودية في سوريا المقابلة "
                        "لمدينة غازي عنتاب.", published="2019-03-16")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].location is not None and r.attacks[0].location.country == "SY"


def test_a_lead_toll_that_sums_two_incidents_told_after_it_is_their_sum(offline_extract):
    r = offline_extract("قال مسؤولون عسكريون إن ثمانية جنود قتلوا خلال قتال مع مسلحين في مدينة سرت يوم الأحد. "
                        "وقال متحدث عسكري إن خمسة جنود قتلوا وأصيب أربعة آخرون عندما تعرضوا لهجوم شنه مسلحون على "
                        "حاجز في المدينة. وذكر مصدر طبي أن ثلاثة جنود آخرين قتلوا في انفجار عبوة ناسفة.",
                        published="2019-03-18")
    assert sorted(a.killed for a in r.attacks) == [3, 5], _kinds(r)


def test_a_breakdown_in_one_sentence_stays_the_incidents_own(offline_extract):
    r = offline_extract("قتل ثمانية أشخاص في تفجير سيارة مفخخة في مدينة سرت يوم الأحد، بينهم خمسة جنود. "
                        "وقال مصدر طبي إن ثلاثة مدنيين آخرين قتلوا في التفجير.", published="2019-03-18")
    assert [a.killed for a in r.attacks] == [8], _kinds(r)


def test_a_toll_takes_the_place_of_the_strike_told_right_after_it(offline_extract):
    # the toll's frame names no place; the strike's clause after it does: not the strikes told before elsewhere
    r = offline_extract("شن طيران التحالف أكثر من 15 غارة جوية على محافظة حجة ليلة الأحد. "
                        "ومن جهة أخرى، قتل 9 عناصر من ميليشيات الحوثي في غارات لطيران التحالف، استهدفت تجمعاتهم على "
                        "أطراف مديرية صرواح.", published="2019-03-18")
    tolls = {a.location.name if a.location else None: a.killed for a in r.attacks}
    assert tolls.get("صرواح") == 9 and 9 not in [k for n, k in tolls.items() if n != "صرواح"], _kinds(r)
