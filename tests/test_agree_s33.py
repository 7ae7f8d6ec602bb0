"""Pass 33 (agreements and joint rooms on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_parties as ap
from marsad.agent.offline import agreements_records as ar
from marsad.agent.offline import agreements_status as ast
from marsad.agent.offline import rooms_members as rmm


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2015-07-28").agreements


def _switch(monkeypatch, mod, name: str, value: bool) -> None:
    monkeypatch.setattr(mod, name, value)


# SAFE_ZONE -----------------------------------------------------------------------------------------------------

SAFE = "وقال مسؤول في الخارجية الفرنسية إن باريس وروما اتفقتا على إقامة منطقة آمنة جنوب ليبيا."


def test_safe_zone_is_security_content(offline_extract):
    ags = _agreements(offline_extract, SAFE)
    assert len(ags) == 1
    assert ags[0].agreement_type == "security_agreement"
    assert set(ags[0].parties) == {"فرنسا", "إيطاليا"}


def test_safe_zone_switch_off(offline_extract, monkeypatch):
    _switch(monkeypatch, ar, "SAFE_ZONE", False)
    assert _agreements(offline_extract, SAFE) == []


def test_safe_alone_is_not_security(offline_extract):
    assert _agreements(offline_extract, "واتفقت الوزارة مع الشركة على توفير بيئة آمنة للعاملين في المصانع.") == []


# TRUCE_WITH ----------------------------------------------------------------------------------------------------

ENDED = "وأعلنت أنقرة مساء الأحد انتهاء الهدنة مع حزب العمال الكردستاني بعد هجوم على مخفر حدودي."
KEPT = "وأعلنت حركة حماس التزامها بالتهدئة مع إسرائيل رغم القصف."


def test_standing_truce_with_other_side(offline_extract):
    ags = _agreements(offline_extract, ENDED)
    assert len(ags) == 1
    assert ags[0].agreement_type == "ceasefire"
    assert ags[0].status == "stalled"
    assert ags[0].parties == ["تركيا", "حزب العمال الكردستاني"]
    ags = _agreements(offline_extract, KEPT)
    assert len(ags) == 1 and ags[0].parties == ["حركة حماس", "إسرائيل"]


def test_standing_truce_switch_off(offline_extract, monkeypatch):
    _switch(monkeypatch, ap, "TRUCE_WITH", False)
    assert _agreements(offline_extract, ENDED)[0].parties == ["تركيا"]


def test_truce_declared_anew_stays_unilateral(offline_extract):
    ags = _agreements(offline_extract, "أعلنت حركة طالبان أمس وقفا مؤقتا لإطلاق النار مع القوات الأفغانية طوال عطلة العيد.")
    assert len(ags) == 1 and ags[0].parties == ["حركة طالبان"]


# DUAL_STATE_LEADERS --------------------------------------------------------------------------------------------

LEADERS = ("استقبل العاهل الأردني الرئيس الفرنسي في عمان مساء الاثنين. "
           "وأكد بيان صدر عقب اللقاء أن البلدين اتفقا على تشكيل لجنة عسكرية مشتركة لتنسيق الحرب على الإرهاب.")


def test_dual_states_from_leaders(offline_extract):
    ags = _agreements(offline_extract, LEADERS)
    assert len(ags) == 1
    assert set(ags[0].parties) == {"الأردن", "فرنسا"}


def test_dual_states_from_leaders_switch_off(offline_extract, monkeypatch):
    _switch(monkeypatch, ap, "DUAL_STATE_LEADERS", False)
    assert _agreements(offline_extract, LEADERS) == []


# NAMED_OWNER_WITH (rooms) --------------------------------------------------------------------------------------

OWNER = "وذكر ضابط أن غرفة عمليات التحالف العربي تقود الهجوم على مدينة زنجبار بالتنسيق مع الجيش الوطني."


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2015-07-28").joint_rooms


def test_room_named_owner_works_with_others(offline_extract):
    rooms = _rooms(offline_extract, OWNER)
    assert len(rooms) == 1
    assert rooms[0].participants == ["التحالف العربي", "الجيش اليمني"]


def test_room_named_owner_switch_off(offline_extract, monkeypatch):
    _switch(monkeypatch, rmm, "NAMED_OWNER_WITH", False)
    assert _rooms(offline_extract, OWNER)[0].participants == ["الجيش اليمني"]


# Data (pass 33): a delegation told by its people's adjective stands for its state; intelligence sharing is security

def test_delegation_with_nisba_is_its_state(offline_extract):
    ags = _agreements(offline_extract, "وأكد مصدر أن محادثات تجري بين حركة أحرار الشام والوفد الإيراني للتوصل إلى هدنة في بلدة مضايا.")
    assert len(ags) == 1
    assert ags[0].agreement_type == "ceasefire" and ags[0].status == "proposed"
    assert ags[0].parties == ["حركة أحرار الشام", "إيران"]


def test_intelligence_sharing_is_security_content(offline_extract):
    ags = _agreements(offline_extract, "ونشرت وكالة أنباء خبر اتفاق بين الحكومة الأردنية وفرنسا على تبادل المعلومات الاستخباراتية.")
    assert len(ags) == 1
    assert ags[0].agreement_type == "security_agreement"


# ACCEPTED (status) ---------------------------------------------------------------------------------------------

ACCEPT = "وأعلنت جبهة النصرة قبولها بالهدنة التي دعا إليها المبعوث الدولي في حلب."


def test_accepted_truce_is_agreed(offline_extract):
    ags = _agreements(offline_extract, ACCEPT)
    assert len(ags) == 1 and ags[0].status == "agreed"


def test_accepted_switch_off(offline_extract, monkeypatch):
    _switch(monkeypatch, ast, "ACCEPTED", False)
    assert _agreements(offline_extract, ACCEPT)[0].status == "proposed"


def test_refused_acceptance_stays_proposed(offline_extract):
    ags = _agreements(offline_extract, "ورفضت جبهة النصرة قبول الهدنة التي اقترحها المبعوث الدولي في حلب.")
    assert len(ags) == 1 and ags[0].status == "proposed"
