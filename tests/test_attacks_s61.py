"""Pass 61 (dup61): one record per incident -- tellings of one incident the joining kept apart.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_clusters, attacks_dates, attacks_incidents
from marsad.schemas import Document


def _attacks(body: str) -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-10"))
    return [(a.attack_type, a.location.name if a.location else None, a.date, a.killed, a.injured) for a in rec.attacks]


# a front no gazetteer knows, told in the sentence that tells the province's strikes: where they fell
_WITHIN = ("شنت مقاتلات التحالف الاثنين غارات على مواقع المسلحين في محافظة حجة حيث استهدفت عشر غارات تجمعاتهم في "
           "جبهة الزهراوين العليا.")
# the same sentence telling a bombing by others at that unknown place: two incidents
_OTHER_KIND = ("شنت مقاتلات التحالف الاثنين غارات على مواقع المسلحين في محافظة حجة، فيما فجر مسلحون عبوة ناسفة في "
               "قرية الزهراوين العليا.")


def test_an_unknown_front_in_the_provinces_sentence_is_that_incident():
    assert len(_attacks(_WITHIN)) == 1


def test_unresolved_within_switch_off_keeps_two(monkeypatch):
    monkeypatch.setattr(attacks_clusters, "UNRESOLVED_WITHIN", False)
    assert len(_attacks(_WITHIN)) == 2


def test_another_kind_at_an_unknown_place_stays_apart():
    assert len(_attacks(_OTHER_KIND)) == 2


# the attacker's birth year is no day of the attack
_BORN = ("قالت الشرطة الأحد إن الرجل الذي نفذ هجوما بسكين في وسط مدينة ليون ولد في مدينة نيس عام 1994. وأضافت أن "
         "عائلته تقيم في المدينة منذ سنوات. وكان المهاجم قد طعن رجلا وأصاب ثلاثة آخرين مساء السبت قرب محطة القطار "
         "قبل أن تقتله الشرطة.")


def test_a_birth_year_does_not_date_the_attack():
    found = _attacks(_BORN)
    assert len(found) == 1 and found[0][2] == "2018-04-07"


def test_birth_day_switch_off_keeps_two(monkeypatch):
    monkeypatch.setattr(attacks_dates, "BIRTH_DAY", False)
    assert len(_attacks(_BORN)) == 2


def test_a_boy_killed_on_a_weekday_keeps_the_day():
    found = _attacks("قتل ولد في قصف على بلدة الحصن شمال مدينة حمص يوم الاثنين.")
    assert len(found) == 1 and found[0][2] == "2018-04-09"


# a toll told after reactions only, with no place of its own: the same incident's wounded
_LEAD = ("قتل تسعة محتجين برصاص الجنود خلال مواجهات اندلعت عند السياج يوم الجمعة. وقال المتحدث باسم الوزارة إن "
         "الحصيلة مرشحة للارتفاع. وطالب مندوب المنظمة الدولية بفتح تحقيق مستقل. وطالبت منظمات حقوقية بحماية "
         "المدنيين.")
_QUIET = _LEAD + " وأعلنت نقابة الصحافيين أن أربعة صحافيين أصيبوا بالرصاص الجمعة."


def test_a_toll_after_a_quiet_gap_is_the_incidents():
    found = _attacks(_QUIET)
    assert len(found) == 1 and found[0][3:] == (9, 4)


def test_quiet_gap_switch_off_keeps_two(monkeypatch):
    monkeypatch.setattr(attacks_incidents, "QUIET_GAP", False)
    assert len(_attacks(_QUIET)) == 2


def test_another_day_after_a_quiet_gap_stays_apart():
    assert len(_attacks(_LEAD + " وأعلنت نقابة الصحافيين أن أربعة صحافيين أصيبوا بالرصاص يوم الاثنين الماضي.")) == 2


def test_an_incident_told_between_keeps_the_gap():
    between = ("قتل تسعة محتجين برصاص الجنود خلال مواجهات اندلعت عند السياج يوم الجمعة. وقال المتحدث باسم الوزارة إن "
               "الحصيلة مرشحة للارتفاع. وقتل شرطي بانفجار عبوة ناسفة في مدينة الخليل الجمعة. وطالبت منظمات حقوقية "
               "بحماية المدنيين. وأعلنت نقابة الصحافيين أن أربعة صحافيين أصيبوا بالرصاص الجمعة.")
    assert len(_attacks(between)) == 3


def test_an_unknown_front_after_while_is_another_item():
    two = ("تصدت القوات لهجمات في جبهات الوادي شمالي محافظة مأرب وقتل فيها ستة من المسلحين، فيما قتل سبعة مسلحين "
           "في جبهة الزهراوين العليا إثر محاولتهم التسلل.")
    assert len(_attacks(two)) == 2


def test_a_front_named_between_keeps_the_gap():
    moved = ("قتل تسعة محتجين برصاص الجنود خلال مواجهات اندلعت عند السياج يوم الجمعة. وقال المتحدث باسم الوزارة إن "
             "الحصيلة مرشحة للارتفاع. وتقدمت القوات نحو بلدة بيت حانون فجر الجمعة. وطالبت منظمات حقوقية بحماية "
             "المدنيين. وأعلنت نقابة الصحافيين أن أربعة صحافيين أصيبوا بالرصاص الجمعة.")
    assert len(_attacks(moved)) == 2


def test_a_sentence_telling_another_incident_too_keeps_the_gap():
    two = _LEAD + " وأصيب أربعة صحافيين بالرصاص الجمعة، فيما قتلت القوات 12 مسلحا في اشتباكات عند معبر المنطار."
    assert len(_attacks(two)) >= 2


def test_another_item_opener_keeps_the_gap():
    turned = _LEAD + " من جانب آخر، أصيب أربعة صحافيين بالرصاص الجمعة."
    assert len(_attacks(turned)) == 2


def test_one_of_the_dead_at_a_front_of_the_province_is_the_battle():
    among = ("أسفرت معارك يوم الخميس بين القوات والمسلحين عن مقتل خمسة عشر مسلحا في جبهات محافظة حجة، بينهم قائد "
             "ميداني لقي مصرعه في جبهة الزهراوين العليا.")
    assert len(_attacks(among)) == 1


def test_a_toll_by_other_hands_after_a_quiet_gap_stays_apart():
    # the lead names soldiers; the later toll names settlers: another incident, not the lead's wounded
    found = _attacks(_LEAD + " وجرح أربعة رعاة بنيران مستوطنين.")
    assert len(found) == 2 and found[0][3:] == (9, None)


def test_the_leads_own_doer_named_again_after_a_quiet_gap_joins():
    found = _attacks(_LEAD + " وأعلنت نقابة الصحافيين أن أربعة صحافيين أصيبوا برصاص الجنود الجمعة.")
    assert len(found) == 1 and found[0][3:] == (9, 4)


def test_a_second_strike_with_its_own_verb_and_subject_stays_apart():
    # "و" + a finite attack verb + its own subject: a new clause, not where the province's strikes fell
    two = ("قصفت مقاتلات التحالف الثلاثاء مواقع المتمردين في محافظة صعدة وشنت طائرات مسيرة للمتمردين غارة على ثكنة "
           "في منطقة شعب القرن العليا.")
    assert len(_attacks(two)) == 2


def test_a_strike_told_after_where_is_the_provinces_strikes():
    one = ("قصفت مقاتلات التحالف الثلاثاء مواقع المتمردين في محافظة صعدة حيث شنت الطائرات أربع غارات على ثكنة في "
           "منطقة شعب القرن العليا.")
    assert len(_attacks(one)) == 1
