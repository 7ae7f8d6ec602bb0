"""Pass 60 (agree60): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_find, agreements_parties, agreements_status


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


# DUAL_MEETING: "the two sides" after a meeting are the two states that met ------------------------------------------------

_MET = ("واستقبل وزير الداخلية الكويتي نظيره العراقي في مدينة الجهراء صباح الثلاثاء. وبحث الوزيران التنسيق بين الجيش "
        "العراقي وقوات البيشمركة. واتفق الجانبان على تشكيل لجنة أمنية مشتركة لضبط الحدود.")


def test_the_two_sides_after_a_meeting_are_the_states_that_met(offline_extract):
    (a,) = _agreements(offline_extract, _MET)
    assert a.parties == ["الكويت", "العراق"]


def test_the_two_sides_after_a_call_are_the_states_that_spoke(offline_extract):
    text = ("وأجرى الرئيس الفرنسي اتصالا هاتفيا بالرئيس التونسي مساء الأحد. واتفق الطرفان على تبادل المعلومات "
            "الاستخبارية لمكافحة الإرهاب.")
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["فرنسا", "تونس"]


def test_the_two_sides_of_a_war_with_no_meeting_keep_the_forces(offline_extract):
    text = ("واشتبك الجيش العراقي مع قوات البيشمركة قرب بلدة التون كوبري يوم الجمعة. وقال الرئيس الأمريكي إن واشنطن "
            "تتابع الوضع، واتفق الطرفان لاحقا على وقف إطلاق النار.")
    (a,) = _agreements(offline_extract, text)
    assert "الولايات المتحدة" not in a.parties


def test_switched_off_the_two_sides_are_the_forces_named_last(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "DUAL_MEETING", False)
    (a,) = _agreements(offline_extract, _MET)
    assert "الكويت" not in a.parties


# DUAL_MEETING, narrowed: two sides named after the meeting are what "the two sides" refer to -----------------------------------

_HOSTED = ("استقبل الملك الأردني نظيره البحريني في عمان مساء الاثنين. وأفاد بيان بأن حركة حماس وإسرائيل تحترمان "
           "التهدئة وأن الطرفين اتفقا على تمديدها أسبوعين.")


def test_the_two_sides_named_after_a_meeting_are_not_the_hosts(offline_extract):
    (a,) = _agreements(offline_extract, _HOSTED)
    assert a.parties == ["حركة حماس", "إسرائيل"]


def test_the_forces_a_meeting_discussed_leave_the_states_that_met(offline_extract):
    text = ("التقى وزير الدفاع الروسي نظيره الإيراني في طهران. وناقش الوزيران الوضع بين الجيش السوري وهيئة تحرير "
            "الشام في إدلب، واتفق الجانبان على تنسيق عسكري.")
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["روسيا", "إيران"]


# PROPOSAL_HEAD: a truce a proposal proposes is proposed --------------------------------------------------------------------

_OFFERED = ("وأعلن الوسيط الدولي أنه قدم مقترحا لوقف إطلاق النار بين الحكومة اليمنية والحوثيين في مدينة تعز خلال "
            "الأسبوع الجاري.")


def test_a_truce_a_proposal_offers_is_proposed(offline_extract):
    (a,) = _agreements(offline_extract, _OFFERED)
    assert (a.parties, a.status) == (["الحكومة اليمنية", "الحوثيين"], "proposed")


def test_a_plan_for_a_truce_is_proposed(offline_extract):
    text = "وطرحت الأمم المتحدة خطة لوقف إطلاق النار بين الحكومة اليمنية والحوثيين في مدينة تعز."
    assert [a.status for a in _agreements(offline_extract, text)] == ["proposed"]


def test_a_proposal_accepted_is_agreed(offline_extract):
    text = "ووافقت حركة حماس على المقترح المصري للتهدئة مع إسرائيل في قطاع غزة مساء الخميس."
    assert [a.status for a in _agreements(offline_extract, text)] == ["agreed"]


def test_switched_off_the_announced_proposal_is_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "PROPOSAL_HEAD", False)
    assert [a.status for a in _agreements(offline_extract, _OFFERED)] == ["agreed"]


# PROPOSAL_HEAD, narrowed: a plan the sides are bound by or act under is not proposed -------------------------------------------------

_BOUND = ("والتزمت الحكومة الصومالية وقوات الإقليم والعشائر المحلية بخطة وقف إطلاق النار في منطقة جوبا منذ ثلاثة "
          "أسابيع.")


def test_a_plan_the_sides_committed_to_is_not_proposed(offline_extract):
    assert "proposed" not in [a.status for a in _agreements(offline_extract, _BOUND)]


def test_a_truce_under_an_initiative_is_not_proposed(offline_extract):
    text = ("وانسحبت قوات الحكومة من المدينة بموجب المبادرة المصرية لوقف إطلاق النار بين الحكومة الصومالية وحركة "
            "الشباب.")
    assert "proposed" not in [a.status for a in _agreements(offline_extract, text)]


def test_a_lawful_right_is_no_draft(offline_extract):
    text = "وأكدت الحكومة الصومالية حقها المشروع بوقف إطلاق النار مع حركة الشباب."
    assert "proposed" not in [a.status for a in _agreements(offline_extract, text)]


def test_a_plan_put_forward_with_bi_is_still_proposed(offline_extract):
    text = "وتقدمت مصر بمبادرة لوقف إطلاق النار بين الحكومة الصومالية وحركة الشباب في منطقة جوبا."
    assert [a.status for a in _agreements(offline_extract, text)] == ["proposed"]


def test_a_draft_agreement_is_still_proposed(offline_extract):
    text = "وقالت الحكومة الصومالية إنها تدرس مشروع اتفاق لوقف إطلاق النار مع حركة الشباب."
    assert [a.status for a in _agreements(offline_extract, text)] == ["proposed"]


# PROPOSER_NOT_SIDE: the proposal's adjective names who proposed it, not a side --------------------------------------------

_REJECTED = "ورفضت حركة حماس المقترح المصري للتهدئة مع إسرائيل في قطاع غزة مساء الخميس."


def test_the_proposer_of_a_truce_is_no_side(offline_extract):
    (a,) = _agreements(offline_extract, _REJECTED)
    assert (a.parties, a.status) == (["حركة حماس", "إسرائيل"], "proposed")


def test_a_state_signing_is_still_a_side(offline_extract):
    text = "ووقعت مصر وإسرائيل اتفاقا للتهدئة على الحدود في قطاع غزة مساء الخميس."
    (a,) = _agreements(offline_extract, text)
    assert "مصر" in a.parties


def test_switched_off_the_proposer_is_a_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "PROPOSER_NOT_SIDE", False)
    (a,) = _agreements(offline_extract, _REJECTED)
    assert "مصر" in a.parties


# RESOLUTION_VOTERS: a state that voted for a resolution calling for a truce is no side of it --------------------------------

_VOTED = ("وطالبت بلجيكا بتطبيق قرار مجلس الأمن الذي صوتت لصالحه روسيا والصين والذي طالب بهدنة إنسانية لمدة شهر في "
          "مدينة إدلب.")


def test_states_that_voted_for_the_resolution_are_no_sides(offline_extract):
    (a,) = _agreements(offline_extract, _VOTED)
    assert (a.parties, a.status) == ([], "proposed")


def test_states_that_sign_a_truce_are_sides(offline_extract):
    text = "ووقعت روسيا وتركيا اتفاقا لوقف إطلاق النار في مدينة إدلب بعد قرار مجلس الأمن الأخير."
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["روسيا", "تركيا"]


def test_switched_off_a_voter_is_a_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "RESOLUTION_VOTERS", False)
    (a,) = _agreements(offline_extract, _VOTED)
    assert "الصين" in a.parties


# RESOLUTION_VOTERS, narrowed: a verb of agreeing is a vote only when the resolution is its object -------------------------------------

_AGREED_TRUCE = "ووافقت الحكومة الليبية على الهدنة الإنسانية التي يطلبها القرار الأممي الجديد."


def test_a_state_agreeing_to_the_truce_a_resolution_asks_is_its_side(offline_extract):
    (a,) = _agreements(offline_extract, _AGREED_TRUCE)
    assert a.parties == ["الحكومة الليبية"]


def test_states_agreeing_to_a_ceasefire_a_resolution_called_for_are_its_sides(offline_extract):
    text = "ووافقت أرمينيا وأذربيجان على وقف إطلاق النار في الإقليم الذي دعا إليه قرار مجلس الأمن."
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["أرمينيا", "أذربيجان"]


def test_states_agreeing_to_the_draft_resolution_are_no_sides(offline_extract):
    text = "ووافقت روسيا والصين على مشروع القرار الداعي إلى وقف إطلاق النار في مدينة حلب."
    (a,) = _agreements(offline_extract, text)
    assert a.parties == []


# WRITTEN_DECLARER: a truce declared by a side the registry does not know is that side's own -------------------------------

_DECLARED = "وأعلنت الفصائل المسلحة في الريف الشرقي هدنة مع القوات الحكومية لمدة خمسة أيام بمناسبة العيد."


def test_a_truce_declared_by_a_written_side_is_its_own(offline_extract):
    (a,) = _agreements(offline_extract, _DECLARED)
    assert a.parties == ["الفصائل المسلحة"]


def test_a_known_declarer_still_declares(offline_extract):
    text = "وأعلنت حركة طالبان هدنة مع القوات الحكومية لمدة خمسة أيام بمناسبة العيد."
    (a,) = _agreements(offline_extract, text)
    assert a.parties == ["حركة طالبان"]


def test_switched_off_only_the_counterpart_is_read(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "WRITTEN_DECLARER", False)
    (a,) = _agreements(offline_extract, _DECLARED)
    assert "الفصائل المسلحة" not in a.parties


# THEN_APART: the same sides' agreement told "then" is their earlier one, not joined ---------------------------------------

_THEN = ("وناقش وزير الدفاع الروسي مع نظيره الإسرائيلي في موسكو الاتفاق الروسي الإسرائيلي بشأن الجولان. وكان الرئيسان "
         "قد اجتمعا عام 2016، ونتج عن ذلك الاجتماع آنذاك اتفاق على التنسيق بين الجانبين في أجواء المنطقة.")


def test_the_sides_agreement_of_then_is_not_joined(offline_extract):
    (a,) = _agreements(offline_extract, _THEN)
    assert (a.parties, a.date) == (["روسيا", "إسرائيل"], None)


def test_switched_off_the_agreement_of_then_gives_its_year(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "THEN_APART", False)
    (a,) = _agreements(offline_extract, _THEN)
    assert a.date == "2016"


def test_an_agreement_of_then_still_in_force_is_a_record(offline_extract):
    text = "ووقع الأردن والعراق آنذاك اتفاقا أمنيا لضبط الحدود لا يزال ساريا حتى اليوم."
    assert [a.status for a in _agreements(offline_extract, text)] == ["implementing"]


# EFFORTS_MEANS: efforts told as what brought the truce about leave it reached -------------------------------------------

_MEANS = "وتوصلت الفصائل الفلسطينية وإسرائيل مساء السبت إلى تهدئة بجهود مصرية وأممية."


def test_a_truce_reached_through_efforts_is_agreed(offline_extract):
    assert [a.status for a in _agreements(offline_extract, _MEANS)] == ["agreed"]


def test_efforts_to_reach_a_truce_leave_it_proposed(offline_extract):
    text = "وتبذل مصر جهودا مكثفة للتوصل إلى تهدئة بين حركة حماس وإسرائيل في قطاع غزة."
    assert [a.status for a in _agreements(offline_extract, text)] == ["proposed"]


def test_switched_off_efforts_make_the_reached_truce_proposed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "EFFORTS_MEANS", False)
    assert [a.status for a in _agreements(offline_extract, _MEANS)] == ["proposed"]


# HIS_COUNTRY_READY: "his country" ready to sign is a side ---------------------------------------------------------------

_READY = "وقال وزير الخارجية الإيراني في مؤتمر صحفي إن بلاده مستعدة لتوقيع اتفاق أمني مع العراق."


def test_his_country_ready_to_sign_is_a_side(offline_extract):
    (a,) = _agreements(offline_extract, _READY)
    assert (a.parties, a.status) == (["إيران", "العراق"], "proposed")


def test_his_country_backing_an_agreement_is_no_side(offline_extract):
    text = "وقال وزير الدفاع التركي في مؤتمر صحفي إن بلاده تدعم الاتفاق الأمني بين الحكومة الليبية وقوات الشرق."
    (a,) = _agreements(offline_extract, text)
    assert "تركيا" not in a.parties


def test_switched_off_his_country_ready_is_no_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "HIS_COUNTRY_READY", False)
    (a,) = _agreements(offline_extract, _READY)
    assert a.parties == ["العراق"]
