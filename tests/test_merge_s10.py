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
    r = offline_extract("قصفت مقاتلات التحالف العربي صباح الاثنين أهدافا في محافظة الحديدة. "
                        "وأفاد سكان أن مقاتلات التحالف قصفت مخزنا للذخيرة في منطقة الكثيب الأبيض.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].attack_type == "airstrike"


def test_a_haith_clause_details_the_strikes_once(offline_extract):
    # the first place told in detail joins the strikes; a second place told after it is a strike of its own
    r = offline_extract("أغارت مقاتلات التحالف العربي مساء السبت على مواقع عسكرية شمال مدينة صعدة. "
                        "حيث تم قصف معسكر كهلان الموالي للحوثيين. "
                        "كما قصفت المقاتلات مخزنا للسلاح في منطقة مران.")
    assert len(r.attacks) == 2, _kinds(r)


def test_a_groups_attack_detailed_by_where_it_advanced_keeps_its_place(offline_extract):
    # an armed group's attack: the place told after it is where its fighters went, not where it was
    r = offline_extract("وفي محافظة أبين قصفت المقاومة الشعبية يوم الخميس مواقع المسلحين بقذائف الهاون. "
                        "وقال مصدر في المقاومة إن القصف أدى إلى تقدم المقاومين نحو منطقة الحصن.")
    doers = [a for a in r.attacks if a.perpetrator]
    assert doers and all(a.location is not None and a.location.name == "أبين" for a in doers), _kinds(r)


def test_rockets_and_the_strikes_answering_them_are_two_incidents(offline_extract):
    r = offline_extract("قصفت طائرات الجيش الإسرائيلي ثلاثة أهداف في قطاع غزة فجر الأحد. "
                        "وتبنت حركة الجهاد الإسلامي إطلاق ست قذائف صاروخية على إسرائيل مساء السبت.",
                        published="2019-03-11")
    assert len(r.attacks) == 2, _kinds(r)
    rockets = next(a for a in r.attacks if a.attack_type == "shelling")
    assert rockets.location is not None and rockets.location.country == "IL"


def test_rockets_by_a_group_do_not_join_the_armys_attack_told_before(offline_extract):
    # the rockets name no place the gazetteer knows: only their doer tells them apart from the army's attack
    r = offline_extract("هاجم الجيش الإسرائيلي ثلاثة أهداف في قطاع غزة خلال الليل. "
                        "وتبنت حركة الجهاد الإسلامي إطلاق ست قذائف صاروخية على بلدات حدودية مساء السبت.",
                        published="2019-03-11")
    assert sorted(a.perpetrator or "" for a in r.attacks) == ["الجيش الإسرائيلي", "حركة الجهاد الإسلامي"], _kinds(r)


def test_a_second_account_of_the_toll_is_no_incident_of_its_own(offline_extract):
    r = offline_extract("قالت القيادة الأميركية في أفريقيا الاثنين إن غارة جوية نفذتها قتلت ثمانية مسلحين في جنوب الصومال. "
                        "غير أن شيوخ قبائل في المنطقة قالوا إن ثلاثة رعاة قتلوا في الغارة.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].killed == 8


def test_a_toll_told_by_its_cause_counts_an_uncounted_incident(offline_extract):
    r = offline_extract("انفجرت سيارة مفخخة قرب مبنى البلدية في مدينة بيداوة يوم الثلاثاء. "
                        "وقال ضابط في الشرطة إن 6 أشخاص قتلوا في الهجوم.")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].killed == 6


def test_the_day_a_named_speaker_spoke_is_not_the_day_of_the_attack(offline_extract):
    r = offline_extract("واجهت قوات الأمن الأفغانية هجوما كبيرا لمقاتلي طالبان على مدينة في شمال البلاد. "
                        "وقال حاكم ولاية هرات الجديد، الجنرال محمد نوري أحمدي، اليوم الخميس، إن 40 من المسلحين قتلوا "
                        "في المعارك. "
                        "وهاجم المقاتلون المدينة فجر الأربعاء من ثلاثة محاور، وقتل 12 من قوات الأمن.",
                        published="2019-03-14")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].date == "2019-03-13"


def test_strikes_detailed_at_two_places_are_two_dated_records(offline_extract):
    # the first place joins the strikes told on the city; the second is a strike of its own, of the same day (the
    # loose past mention after them, "وكان سلاح الجو قد استخدم في غاراته ...", does not make it past context)
    r = offline_extract("قصف سلاح الجو الليبي الخميس تمركزات للمسلحين في مدينة درنة. "
                        "وأوضح ضابط أن المقاتلات استهدفت مخازن للمسلحين في محور الفتائح وحي شيحا. "
                        "وكان سلاح الجو قد استخدم في غاراته السابقة قنابل موجهة.", published="2019-03-15")
    assert [(a.location.name, a.date) for a in r.attacks] == [("الفتائح", "2019-03-14"), ("شيحا", "2019-03-14")]


def test_a_toll_summed_over_fronts_told_after_its_frame_is_no_incident(offline_extract):
    # "في جبهات القتال" after the toll (the next frame began there): the sum of the incidents told apart
    r = offline_extract("سقط نحو 40 قتيلا وعشرات الجرحى في صفوف الميليشيات وحلفائها، في جبهات القتال "
                        "في اليمن، الأحد، بينما قضى 5 مدنيين وجرح 20 آخرون بقذائف سقطت على سوق في مدينة إب.",
                        published="2019-03-11")
    assert all(a.killed != 40 for a in r.attacks), _kinds(r)


def test_the_town_across_the_border_is_not_where_the_strike_fell(offline_extract):
    # "قرى سورية المقابلة لمدينة ...": the strike told in the lead on Syria, retold with the Turkish town it faces
    r = offline_extract("شن سلاح الجو التركي يوم الجمعة غارات على أوكار لتنظيم داعش في سوريا. "
                        "وقصفت أربع مقاتلات تركية مخابئ للتنظيم في قرى سورية المقابلة "
                        "لمدينة غازي عنتاب.", published="2019-03-16")
    assert len(r.attacks) == 1, _kinds(r)
    assert r.attacks[0].location is not None and r.attacks[0].location.country == "SY"


def test_a_lead_toll_that_sums_two_incidents_told_after_it_is_their_sum(offline_extract):
    r = offline_extract("قتل ثمانية جنود في اشتباكات مع مسلحين في مدينة سرت يوم الأحد بحسب مصادر عسكرية. "
                        "وأوضح ضابط أن خمسة جنود قتلوا وأصيب أربعة آخرون في كمين نصبه مسلحون قرب "
                        "مدخل المدينة. وأضاف أن ثلاثة جنود آخرين قتلوا بانفجار لغم أرضي.",
                        published="2019-03-18")
    assert sorted(a.killed for a in r.attacks) == [3, 5], _kinds(r)


def test_a_breakdown_in_one_sentence_stays_the_incidents_own(offline_extract):
    r = offline_extract("قتل ثمانية أشخاص في تفجير سيارة مفخخة في مدينة سرت يوم الأحد، بينهم خمسة جنود. "
                        "وقال مصدر طبي إن ثلاثة مدنيين آخرين قتلوا في التفجير.", published="2019-03-18")
    assert [a.killed for a in r.attacks] == [8], _kinds(r)


def test_a_toll_takes_the_place_of_the_strike_told_right_after_it(offline_extract):
    # the toll's frame names no place; the strike's clause after it does: not the strikes told before elsewhere
    r = offline_extract("ونفذت مقاتلات التحالف نحو 15 غارة على مواقع في محافظة حجة مساء الأحد. "
                        "وفي تطور آخر، قتل 9 مسلحين في غارات جوية، استهدفت آلياتهم قرب "
                        "مدخل مديرية صرواح.", published="2019-03-18")
    tolls = {a.location.name if a.location else None: a.killed for a in r.attacks}
    assert tolls.get("صرواح") == 9 and 9 not in [k for n, k in tolls.items() if n != "صرواح"], _kinds(r)
