"""Pass 34 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_cues as ac
from marsad.agent.offline import agreements_status as ast


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2016-03-10").agreements


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2016-03-10").joint_rooms


# PURPOSE_AFTER: "مذكرة تفاهم لتأمين الحدود" is what the memo is for, not an effort to reach one ---------------

MEMO = "وقعت مصر والسودان مذكرة تفاهم لتأمين الحدود المشتركة ومكافحة التهريب."
EXTEND = "ووقع الطرفان في الخرطوم اتفاقا لضمان انسحاب المسلحين من البلدة."


def test_memo_purpose_is_agreed(offline_extract):
    ags = _agreements(offline_extract, MEMO)
    assert len(ags) == 1
    assert ags[0].status == "agreed"
    assert set(ags[0].parties) == {"مصر", "السودان"}


def test_memo_purpose_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "PURPOSE_AFTER", False)
    assert _agreements(offline_extract, MEMO)[0].status == "proposed"


def test_effort_to_reach_stays_proposed(offline_extract):
    ags = _agreements(offline_extract, "وتبذل قطر مساعي للتوصل إلى تفاهم ينهي القتال بين الطرفين في دارفور.")
    assert all(a.status == "proposed" for a in ags)


# QUESTION_TALKS: an agreement asked about or under talks is not concluded ----------------------------------------

ASKED = "وتساءل الكاتب: هل توقع أنقرة اتفاقا أمنيا جديدا مع بغداد؟"
TALKS = "ويجري الجانبان الروسي والتركي محادثات حول اتفاق لوقف القتال في إدلب."


def test_question_is_proposed(offline_extract):
    ags = _agreements(offline_extract, ASKED)
    assert ags and all(a.status == "proposed" for a in ags)


def test_talks_about_agreement_proposed(offline_extract):
    ags = _agreements(offline_extract, TALKS)
    assert len(ags) == 1
    assert ags[0].status == "proposed"
    assert set(ags[0].parties) == {"روسيا", "تركيا"}


def test_question_talks_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "QUESTION_TALKS", False)
    assert _agreements(offline_extract, TALKS)[0].status == "agreed"


def test_talks_that_reached_agreement_stay_agreed(offline_extract):
    ags = _agreements(offline_extract, "وبعد مفاوضات استمرت أسبوعين وقعت عمان وأنقرة اتفاقية للتعاون العسكري.")
    assert len(ags) == 1 and ags[0].status == "agreed"


# SIDES_OWN: "اتفاقهما" opens a mention --------------------------------------------------------------------------

OWN = "استقبل الملك عبدالله الثاني الرئيس التونسي في عمان، وأكد البلدان اتفاقهما على تعزيز التعاون الأمني."


def test_sides_own_agreement(offline_extract):
    ags = _agreements(offline_extract, OWN)
    assert len(ags) == 1
    assert ags[0].status == "agreed"
    assert set(ags[0].parties) == {"الأردن", "تونس"}


def test_sides_own_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "SIDES_OWN", False)
    assert _agreements(offline_extract, OWN) == []


# Rooms: MEMBER_PEOPLES (members told by peoples' adjectives, delegates, a plural of parties) ----------------------

from marsad.agent.offline import rooms_mentions as rmn  # noqa: E402

PEOPLES = "وتدار المعركة من غرفة عمليات تضم ضباطا سعوديين وإماراتيين ويمنيين."
DELEGATES = "وأوضح الوزير أن غرفة العمليات الرئيسية في بيروت تعمل بمشاركة ضباط من الجيش والأمن العام وأمن الدولة."
FACTIONS = "وقالت غرفة عمليات البنيان التي تضم فصائل الجيش الحر في ريف القنيطرة إنها تقدمت نحو التلال."


def test_room_of_peoples_officers(offline_extract):
    rooms = _rooms(offline_extract, PEOPLES)
    assert len(rooms) == 1
    assert {"السعودية", "الإمارات", "اليمن"} <= set(rooms[0].participants)


def test_room_of_delegates(offline_extract):
    rooms = _rooms(offline_extract, DELEGATES)
    assert len(rooms) == 1
    assert len(rooms[0].participants) >= 2


def test_room_of_factions(offline_extract):
    assert len(_rooms(offline_extract, FACTIONS)) == 1


def test_member_peoples_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "MEMBER_PEOPLES", False)
    assert _rooms(offline_extract, PEOPLES) == []
    assert _rooms(offline_extract, DELEGATES) == []
    assert _rooms(offline_extract, FACTIONS) == []


def test_one_peoples_room_is_no_joint_room(offline_extract):
    assert _rooms(offline_extract, "وتلقت غرفة عمليات الهلال الأحمر بلاغا من مواطنين سعوديين عن حادث سير.") == []


# Rooms: COALITION_COMMAND ("قيادة العمليات المشتركة" of a coalition) --------------------------------------------

COMMAND = "وأوضح بيان صدر عن قيادة العمليات المشتركة للتحالف العربي أن الإمدادات بلغت مأرب."


def test_coalition_joint_command(offline_extract):
    rooms = _rooms(offline_extract, COMMAND)
    assert len(rooms) == 1
    assert rooms[0].participants == ["التحالف العربي"]


def test_coalition_joint_command_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "COALITION_COMMAND", False)
    assert _rooms(offline_extract, COMMAND) == []


def test_home_joint_command_alone_is_no_room(offline_extract):
    assert _rooms(offline_extract, "وقالت قيادة العمليات المشتركة إن القطعات حررت قرية جنوب الموصل.") == []


# Provisions: PROVIDES_VERB ("يقضي بـ"، "تنص على") --------------------------------------------------------------

from marsad.agent.offline import agreements_parties as apt  # noqa: E402
from marsad.agent.offline import agreements_provisions as apv  # noqa: E402

PROVIDES = "وأعلن الجيش الروسي أمس التوصل إلى اتفاق مع فصائل المعارضة في ريف حمص يقضي بتسليم السلاح الثقيل."


def test_provides_verb_provision(offline_extract):
    ags = _agreements(offline_extract, PROVIDES)
    assert len(ags) == 1
    assert any("تسليم السلاح الثقيل" in p for p in ags[0].provisions)


def test_provides_verb_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "PROVIDES_VERB", False)
    assert not any("تسليم السلاح" in p for p in _agreements(offline_extract, PROVIDES)[0].provisions)


# Parties: SIGNED_WITH ("الموقعة مع ...") ------------------------------------------------------------------------

SIGNED = "وأكد الجيش الأردني في بيان أنه سيواصل العمل باتفاقية ضبط الحدود المشتركة الموقعة مع العراق قبل عامين."


def test_signed_with_party(offline_extract):
    ags = _agreements(offline_extract, SIGNED)
    assert len(ags) == 1
    assert "العراق" in ags[0].parties or "الحكومة الاتحادية" in ags[0].parties


def test_signed_with_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apt, "SIGNED_WITH", False)
    ags = _agreements(offline_extract, SIGNED)
    assert not ags or not {"العراق", "الحكومة الاتحادية"} & set(ags[0].parties)


# Parties: LEADERS_FIRST (the dual "البلدان" after two leaders met and discussed other states) -------------------

LEADERS = ("استقبل أمير الكويت الرئيس اللبناني في قصر بيان أمس. وتناول الجانبان الأوضاع في فلسطين وسوريا والعراق. "
           "واتفق البلدان على توسيع التعاون الأمني.")
COUNTERPART = ("استقبل وزير الدفاع الإماراتي نظيره المغربي في أبوظبي. واستعرض الوزيران التطورات في ليبيا ومالي، "
               "واتفق البلدان على تبادل الخبرات العسكرية.")


def test_leaders_first_dual(offline_extract):
    ags = _agreements(offline_extract, LEADERS)
    assert len(ags) == 1
    assert set(ags[0].parties) == {"الكويت", "لبنان"}


def test_counterpart_dual(offline_extract):
    ags = _agreements(offline_extract, COUNTERPART)
    assert len(ags) == 1
    assert set(ags[0].parties) == {"الإمارات", "المغرب"}


def test_leaders_first_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apt, "LEADERS_FIRST", False)
    assert set(_agreements(offline_extract, LEADERS)[0].parties) != {"الكويت", "لبنان"}


# Status: STATUS_DONE_WORDS (completed, extension decided, "ساريا") -----------------------------------------------

COMPLETED = "وأنجزت الشرطة العسكرية الروسية تنفيذ اتفاق إخراج المقاتلين من ريف حماة الشمالي."
EXTENDED = "وقررت الحكومة الصومالية تمديد الهدنة مع حركة الشباب أسبوعا آخر."
STILL = "وقال مسؤول تركي إن اتفاق خفض التصعيد في ريف اللاذقية بات ساريا منذ الفجر."


def test_completed_carrying_out(offline_extract):
    ags = _agreements(offline_extract, COMPLETED)
    assert ags and ags[0].status == "implemented"


def test_extension_decided_in_force(offline_extract):
    ags = _agreements(offline_extract, EXTENDED)
    assert ags and ags[0].status == "implementing"


def test_in_force_accusative(offline_extract):
    ags = _agreements(offline_extract, STILL)
    assert ags and ags[0].status == "implementing"


def test_call_to_extend_stays_proposed(offline_extract):
    ags = _agreements(offline_extract, "ودعا المبعوث الأممي إلى تمديد الهدنة في اليمن أسبوعا آخر.")
    assert ags and ags[0].status == "proposed"


def test_status_done_words_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "STATUS_DONE_WORDS", False)
    assert _agreements(offline_extract, COMPLETED)[0].status != "implemented"
    assert _agreements(offline_extract, EXTENDED)[0].status != "implementing"


# Parties: JOINT_DECLARERS (sides told together with "و") --------------------------------------------------------

JOINT = "وأعلنت فرنسا وألمانيا وقف العمليات العسكرية في شمال مالي اعتبارا من الغد."
CHAINED = "واتفقت القوات الفرنسية والألمانية على تسيير دوريات مشتركة قرب تمبكتو."


def test_joint_declarers(offline_extract):
    ags = _agreements(offline_extract, JOINT)
    assert ags and {"فرنسا", "ألمانيا"} <= set(ags[0].parties)


def test_chained_force_adjectives(offline_extract):
    ags = _agreements(offline_extract, CHAINED)
    assert ags and "ألمانيا" in ags[0].parties


def test_joint_declarers_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apt, "JOINT_DECLARERS", False)
    assert "ألمانيا" not in _agreements(offline_extract, JOINT)[0].parties
    assert "ألمانيا" not in _agreements(offline_extract, CHAINED)[0].parties


def test_unilateral_truce_keeps_one_declarer(offline_extract):
    ags = _agreements(offline_extract, "وأعلنت حركة طالبان وقفا مؤقتا لإطلاق النار مع القوات الأفغانية خلال العيد.")
    assert ags and ags[0].parties == ["حركة طالبان"]


# Status: EFFORTS_RESULTED ("جهود ... أفضت إلى") -----------------------------------------------------------------

RESULTED = "وقال قيادي في حركة حماس إن اتصالات قطرية أفضت إلى العودة لتفاهمات التهدئة مع إسرائيل."


def test_efforts_resulted_agreed(offline_extract):
    ags = _agreements(offline_extract, RESULTED)
    assert ags and ags[0].status == "agreed"


def test_efforts_resulted_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "EFFORTS_RESULTED", False)
    assert _agreements(offline_extract, RESULTED)[0].status == "proposed"


def test_efforts_not_resulted_stay_proposed(offline_extract):
    ags = _agreements(offline_extract, "وقال قيادي في حركة حماس إن اتصالات قطرية لم تفض إلى العودة لتفاهمات التهدئة مع إسرائيل.")
    assert all(a.status == "proposed" for a in ags)


# Provisions: DENIED_CUT ("... غير صحيحة" is said of the report, not a term) --------------------------------------

DENIED = "وأعلن المتمردون هدنة من جانب واحد. وأكد محافظ الإقليم أن ما تردد عن وقف لإطلاق النار بكسلا غير صحيح."


def test_denied_report_cut(offline_extract):
    provisions = [p for a in _agreements(offline_extract, DENIED) for p in a.provisions]
    assert provisions and not any("صحيح" in p for p in provisions)


def test_denied_report_cut_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "DENIED_CUT", False)
    provisions = [p for a in _agreements(offline_extract, DENIED) for p in a.provisions]
    assert any("صحيح" in p for p in provisions)


def test_untrue_report_proposed(offline_extract):
    ags = _agreements(offline_extract, "وأكد محافظ الإقليم أن ما تردد عن وقف لإطلاق النار بكسلا غير صحيح.")
    assert ags and all(a.status == "proposed" for a in ags)


def test_untrue_report_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "UNTRUE_REPORT", False)
    ags = _agreements(offline_extract, "وأكد محافظ الإقليم أن ما تردد عن هدنة شاملة بكسلا غير صحيح.")
    assert not ags or ags[0].status != "proposed"
