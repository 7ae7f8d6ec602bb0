"""Pass 61 (agree61): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_duals, agreements_parties, agreements_status, rooms_mentions, rooms_records


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").joint_rooms


# SEAT_BARE: a room's seat told with no "في" ---------------------------------------------------------------------------

_SEAT = "وأعلن التحالف تشكيل قيادة عسكرية مشتركة مقرها الرياض لملاحقة المهربين."


def test_a_seat_told_with_no_fi_is_the_rooms_place(offline_extract):
    (r,) = _rooms(offline_extract, _SEAT)
    assert r.location is not None and r.location.name == "الرياض"


def test_a_seat_told_after_a_town_noun_is_the_rooms_place(offline_extract):
    text = "وتدير العملية غرفة عمليات مشتركة تضم الجيش والحشد الشعبي ومقرها مدينة سامراء."
    (r,) = _rooms(offline_extract, text)
    assert r.location is not None and "سامراء" in r.location.name


def test_a_seat_word_followed_by_no_place_gives_no_place(offline_extract):
    text = "وأعلن التحالف تشكيل قيادة عسكرية مشتركة مقرها الرئيسي غير معلن حتى الآن."
    (r,) = _rooms(offline_extract, text)
    assert r.location is None


def test_switched_off_a_bare_seat_gives_no_place(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_records, "SEAT_BARE", False)
    (r,) = _rooms(offline_extract, _SEAT)
    assert r.location is None


# DUAL_BETWEEN_UNTOLD: who seeks a truce "بين الطرفين" is not one of its sides -----------------------------------------------

_SEEKS = "وتسعى قطر إلى التوصل إلى هدنة بين الطرفين في غزة خلال الأيام المقبلة."


def test_a_state_seeking_a_truce_between_the_two_sides_is_no_party(offline_extract):
    (a,) = _agreements(offline_extract, _SEEKS)
    assert a.parties == [] and a.status == "proposed"


def test_the_two_sides_told_before_are_the_truces_sides_not_the_seeker(offline_extract):
    text = ("واندلعت اشتباكات عنيفة بين حركة حماس وإسرائيل يوم الجمعة. وتسعى قطر إلى التوصل إلى هدنة بين الطرفين.")
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["حركة حماس", "إسرائيل"]


def test_switched_off_the_seeker_is_read_as_a_party(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "DUAL_BETWEEN_UNTOLD", False)
    (a,) = _agreements(offline_extract, _SEEKS)
    assert "قطر" in a.parties


# LEADER_WITH and SIGNED_YEAR_WITH: a leader's state and the side a peace deal was signed with ------------------------------

_SIGNED = "وأكد رئيس الوزراء الصومالي تمسك حكومته باتفاق السلام المبرم سنة 2009 مع كينيا."


def test_a_leaders_state_and_the_side_signed_with_past_the_year(offline_extract):
    (a,) = _agreements(offline_extract, _SIGNED)
    assert sorted(a.parties) == sorted(["الصومال", "كينيا"])
    assert a.agreement_type == "political"


def test_a_participle_far_from_with_names_no_side(offline_extract):
    text = "وأكد رئيس الوزراء الصومالي تمسك حكومته باتفاق السلام المبرم في العاصمة بعد مشاورات طويلة مع كينيا."
    assert _agreements(offline_extract, text) == []


def test_switched_off_the_year_hides_the_side_signed_with(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "SIGNED_YEAR_WITH", False)
    assert _agreements(offline_extract, _SIGNED) == []


def test_switched_off_the_leader_is_no_subject_of_with(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "LEADER_WITH", False)
    text = "وجدد الرئيس الكيني تمسك بلاده باتفاقية السلام الموقعة عام 2011 مع جنوب السودان."
    assert _agreements(offline_extract, text) == []


# EXCHANGE_WORK: a centre named by the exchange it runs, in construct ------------------------------------------------------

_EXCHANGE = "وأكد المتحدث أن مركز تبادل المعلومات الأمنية بين الأردن ومصر والسعودية بدأ عمله الأسبوع الماضي."


def test_a_centre_of_exchange_shared_by_states_is_a_room(offline_extract):
    (r,) = _rooms(offline_extract, _EXCHANGE)
    assert sorted(r.participants) == sorted(["الأردن", "مصر", "السعودية"])


def test_a_centre_of_exchange_shared_by_no_one_is_no_room(offline_extract):
    assert _rooms(offline_extract, "وافتتح رجل أعمال مركز تبادل العملات في سوق البلدة القديم.") == []


def test_switched_off_a_centre_of_exchange_is_no_room(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_mentions, "EXCHANGE_WORK", False)
    assert _rooms(offline_extract, _EXCHANGE) == []


# RATIFIED: a ratification makes the agreement agreed ----------------------------------------------------------------------

_RATIFY = "وصادق برلمان الجبل الأسود على الاتفاقية الأمنية مع ألبانيا يوم الخميس."


def test_a_ratified_agreement_is_agreed(offline_extract):
    (a,) = _agreements(offline_extract, _RATIFY)
    assert a.status == "agreed"


def test_a_name_sadiq_near_an_agreement_is_no_ratification(offline_extract):
    text = "وقال صادق الأحمر إن الاتفاقية الأمنية بين ألبانيا والجبل الأسود ما زالت قيد الدراسة."
    (a,) = _agreements(offline_extract, text)
    assert a.status != "agreed"


def test_the_bare_verb_ratifies_what_its_ala_governs(offline_extract):
    (a,) = _agreements(offline_extract, "صادق البرلمان الألباني على الاتفاقية الأمنية مع الجبل الأسود يوم الخميس.")
    assert a.status == "agreed"


def test_a_man_named_sadiq_ali_ratifies_nothing(offline_extract):
    # "على" and the name "علي" are one word once normalised (review61 finding 1)
    text = "التقى الوزير محمد صادق علي بالسفير الألباني وبحثا الاتفاقية الأمنية بين ألبانيا والجبل الأسود."
    for a in _agreements(offline_extract, text):
        assert a.status != "agreed"


def test_switched_off_a_ratification_tells_nothing(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "RATIFIED", False)
    (a,) = _agreements(offline_extract, _RATIFY)
    assert a.status == "unknown"


# DUAL_BODIES: two ministries in the dual with two states' adjectives ------------------------------------------------------

_MINISTRIES = "ووقعت وزارتا الداخلية الأردنية والمصرية مذكرة تفاهم للتعاون الأمني في القاهرة."


def test_two_ministries_in_the_dual_are_their_two_states(offline_extract):
    (a,) = _agreements(offline_extract, _MINISTRIES)
    assert sorted(a.parties) == sorted(["الأردن", "مصر"])


def test_two_ministries_of_one_state_are_not_two_states(offline_extract):
    text = "ووقعت وزارتا الداخلية والدفاع الأردنيتان مذكرة تفاهم للتعاون الأمني في عمان."
    for a in _agreements(offline_extract, text):
        assert "مصر" not in a.parties and "الأردن" not in a.parties  # the rule reads no pair of states here


def test_switched_off_two_ministries_give_one_body(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_duals, "DUAL_BODIES", False)
    (a,) = _agreements(offline_extract, _MINISTRIES)
    assert sorted(a.parties) != sorted(["الأردن", "مصر"])


# STATES_LISTED: the place right after a list of member states is the room's ----------------------------------------------

_LISTED = "وأكد المتحدث أن مركزا لتبادل المعلومات بين الأردن ومصر والسعودية والكويت في عمان بدأ عمله."


def test_the_place_after_the_member_states_is_the_rooms(offline_extract):
    (r,) = _rooms(offline_extract, _LISTED)
    assert r.location is not None and r.location.name == "عمان"


def test_a_place_of_the_rooms_work_stays_out(offline_extract):
    text = ("وأعلن الجيشان تشكيل غرفة عمليات مشتركة بين الأردن ومصر لتنسيق الضربات الجوية على مواقع المهربين "
            "قرب الحدود الشرقية في العقبة.")
    for r in _rooms(offline_extract, text):
        assert r.location is None or r.location.name != "العقبة"


def test_switched_off_the_listed_states_keep_the_place_out(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_records, "STATES_LISTED", False)
    (r,) = _rooms(offline_extract, _LISTED)
    assert r.location is None


# SIGNATORY_BEFORE: the body told right before "الموقعة على" + the agreement signed it -----------------------------------

_SIGNERS = "وقالت الفصائل الموقعة على اتفاق خفض التصعيد إن قوات النظام خرقت الهدنة في ريف المدينة."


def test_the_signatory_before_the_participle_is_a_side(offline_extract):
    (a,) = _agreements(offline_extract, _SIGNERS)
    assert a.parties[0] == "الفصائل"


def test_states_before_the_participle_are_no_written_side(offline_extract):
    text = "وأشار إلى أن الدول الموقعة على الاتفاق الأمني مطالبة بتنفيذه قبل نهاية العام."
    for a in _agreements(offline_extract, text):
        assert "الدول" not in a.parties


def test_switched_off_the_signatory_is_no_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "SIGNATORY_BEFORE", False)
    (a,) = _agreements(offline_extract, _SIGNERS)
    assert "الفصائل" not in a.parties


# STATE_LIST_ON: a list of states joined by "و" is read to its end -----------------------------------------------------

_THREE = "وتقع البلدة ضمن المنطقة الآمنة التي اتفقت عليها تركيا والولايات المتحدة وفرنسا العام الماضي."


def test_a_third_state_in_the_list_is_a_side(offline_extract):
    (a,) = _agreements(offline_extract, _THREE)
    assert sorted(a.parties) == sorted(["تركيا", "الولايات المتحدة", "فرنسا"])


def test_a_state_after_the_list_past_a_verb_is_no_side(offline_extract):
    text = "وتقع البلدة ضمن المنطقة الآمنة التي اتفقت عليها تركيا والولايات المتحدة ثم زارها وفد من فرنسا."
    (a,) = _agreements(offline_extract, text)
    assert "فرنسا" not in a.parties


def test_switched_off_the_third_state_is_cut_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "STATE_LIST_ON", False)
    (a,) = _agreements(offline_extract, _THREE)
    assert "فرنسا" not in a.parties
