"""Pass 38 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_parties as apt
from marsad.agent.offline import agreements_provisions as apr
from marsad.agent.offline import agreements_records as arc
from marsad.agent.offline import agreements_status as ast
from marsad.agent.offline import rooms_members as rmb
from marsad.agent.offline import rooms_mentions as rmn
from marsad.agent.offline import rooms_records as rrc


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2020-02-17").agreements


def _parties(offline_extract, text: str) -> list[str]:
    return [p for a in _agreements(offline_extract, text) for p in a.parties]


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in _agreements(offline_extract, text)]


# MEDIATOR_WITH: "مع X" after the mediator's relative clause names the other side ----------------------------------

MEDIATED = [
    "وجددت حركة حماس أمس التزامها بالتهدئة التي رعتها قطر مع إسرائيل.",
    "وأعلنت حماس مساء الخميس تمسكها بالهدنة التي توسطت فيها مصر مع إسرائيل.",
]


@pytest.mark.parametrize("text", MEDIATED)
def test_mediator_with_other_side(offline_extract, text):
    assert "إسرائيل" in _parties(offline_extract, text)


@pytest.mark.parametrize("text", MEDIATED)
def test_mediator_with_not_a_party(offline_extract, text):
    assert not {"قطر", "مصر"} & set(_parties(offline_extract, text))


@pytest.mark.parametrize("text", MEDIATED)
def test_mediator_with_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(apt, "MEDIATOR_WITH", False)
    assert "إسرائيل" not in _parties(offline_extract, text)


def test_mediator_with_needs_mediation_word():
    words = ["بالتهدئة", "التي", "أعلنتها", "الحركة", "مع", "إسرائيل"]
    assert apt._mediator_with(words, 1, len(words)) is None
    words = ["بالتهدئة", "التي", "رعتها", "قطر", "مع", "إسرائيل"]
    assert apt._mediator_with(words, 1, len(words)) == 4


# CALL_TO_END: a call to cancel or freeze an agreement is neither its end nor a proposal ------------------------------

CALLED = [
    "وطالب مجلس النواب العراقي أمس الحكومة بإلغاء الاتفاقية الأمنية مع الولايات المتحدة.",
    "ودعا نواب في البرلمان الأردني إلى تجميد اتفاقية الدفاع المشترك مع الولايات المتحدة.",
]


@pytest.mark.parametrize("text", CALLED)
def test_call_to_end_not_stalled(offline_extract, text):
    assert _statuses(offline_extract, text) and "stalled" not in _statuses(offline_extract, text)


@pytest.mark.parametrize("text", CALLED)
def test_call_to_end_not_proposed(offline_extract, text):
    assert "proposed" not in _statuses(offline_extract, text)


def test_call_to_end_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast, "CALL_TO_END", False)
    assert _statuses(offline_extract, CALLED[0]) == ["stalled"]
    assert _statuses(offline_extract, CALLED[1]) == ["proposed"]


def test_told_end_still_stalled(offline_extract):
    assert _statuses(offline_extract, "وأعلنت الحكومة العراقية أمس إلغاء الاتفاقية الأمنية مع تركيا.") == ["stalled"]


def test_call_to_reach_still_proposed(offline_extract):
    assert _statuses(offline_extract, "ودعا الأمين العام الطرفين إلى التوصل لاتفاق لوقف القتال في الإقليم.") == ["proposed"]


# COORDINATED_WITH: a room set up to coordinate with a list of partners reaches the coalition after "مع" -------------

COORDINATING = "وأعلن مجلس المقاومة في إب تشكيل غرفة عمليات لتنسيق المحاور مع الجيش الوطني وقوات التحالف."


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2020-02-17").joint_rooms


def test_coordinated_with_list(offline_extract):
    rooms = _rooms(offline_extract, COORDINATING)
    assert len(rooms) == 1 and rooms[0].status == "planned"


def test_coordinated_with_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "COORDINATED_WITH", False)
    assert not _rooms(offline_extract, COORDINATING)


def test_coordinated_with_own_room(offline_extract):
    assert not _rooms(offline_extract, "وأعلنت شرطة المحافظة تشكيل غرفة عمليات لتنسيق حركة السير مع دوريات المرور والإسعاف.")


# COMMAND_SET_UP: a command centre that several parties set up is a joint room --------------------------------------

COMMAND = "وأقامت قطر وتركيا مركز قيادة للعمليات في الدوحة يضم ضباطا من الجيشين."


def test_command_set_up_by_two(offline_extract):
    rooms = _rooms(offline_extract, COMMAND)
    assert len(rooms) == 1 and {"قطر", "تركيا"} <= set(rooms[0].participants)


def test_command_set_up_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "COMMAND_SET_UP", False)
    assert not _rooms(offline_extract, COMMAND)


def test_command_of_one_army(offline_extract):
    assert not _rooms(offline_extract, "وأقام الجيش الجزائري مركز قيادة متقدما في ولاية تمنراست.")


# ARMED_TERM: an armed group or force named in what two sides agree on is a security term ---------------------------

ARMED = [
    "واتفقت فرنسا وألمانيا أمس على إبعاد عناصر وحدات حماية الشعب عن بلدة تل رفعت.",
    "واتفق العراق وإيران على ملاحقة مقاتلي حزب العمال الكردستاني داخل المناطق الجبلية.",
]


@pytest.mark.parametrize("text", ARMED)
def test_armed_term_record(offline_extract, text):
    recs = _agreements(offline_extract, text)
    assert len(recs) == 1 and recs[0].agreement_type == "security_agreement" and len(recs[0].parties) == 2


@pytest.mark.parametrize("text", ARMED)
def test_armed_term_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(arc, "ARMED_TERM", False)
    assert not _agreements(offline_extract, text)


def test_armed_term_not_for_trade(offline_extract):
    assert not _agreements(offline_extract, "واتفقت فرنسا وألمانيا أمس على خفض الرسوم الجمركية على السيارات.")


# Extending a truce is its term (provision_heads_more "تمديد"); SAME_SENTENCE_TERM: no tail of it told twice ----------

EXTENDED = "واتفق الجيش الكونغولي والمتمردون في إقليم إيتوري على تمديد الهدنة لمدة عشرين يوما."


def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in _agreements(offline_extract, text) for p in a.provisions]


def test_extension_is_the_term(offline_extract):
    assert _provisions(offline_extract, EXTENDED) == ["تمديد الهدنة لمدة عشرين يوما"]


def test_extension_head_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apr, "MORE_HEADS", False)
    assert "تمديد الهدنة لمدة عشرين يوما" not in _provisions(offline_extract, EXTENDED)


def test_same_sentence_term_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(arc, "SAME_SENTENCE_TERM", False)
    assert "الهدنة لمدة عشرين يوما" in _provisions(offline_extract, EXTENDED)


def test_shorter_telling_elsewhere_stays(offline_extract):
    text = EXTENDED + " وقال متحدث عسكري إن الهدنة لمدة عشرين يوما تبدأ غدا."
    assert "تمديد الهدنة لمدة عشرين يوما" in _provisions(offline_extract, text)


# WITH_REGION: a region or capital after the "مع" of a shared room is the government it is shared with ---------------

REGION = "وقررت قيادة العمليات استئناف عمل غرفة التنسيق المشتركة مع إقليم كردستان في مخمور."
CAPITAL = "وقررت وزارة الداخلية إعادة فتح غرفة التنسيق المشتركة مع أربيل."


def test_with_region_member(offline_extract):
    rooms = _rooms(offline_extract, REGION)
    assert len(rooms) == 1 and "حكومة إقليم كوردستان" in rooms[0].participants


def test_with_region_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmb, "WITH_REGION", False)
    assert all("حكومة إقليم كوردستان" not in r.participants for r in _rooms(offline_extract, REGION))


def test_with_capital_is_no_place(offline_extract):
    rooms = _rooms(offline_extract, CAPITAL)
    assert len(rooms) == 1 and rooms[0].location is None and "حكومة إقليم كوردستان" in rooms[0].participants


def test_with_capital_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmb, "WITH_REGION", False)
    assert all(r.location is not None for r in _rooms(offline_extract, CAPITAL))


# SEAT_PLACE: the room's seat told after the work it runs is its location -----------------------------------------

SEAT = "وتشرف غرفة العمليات المشتركة للتحالف على الهجوم من مقرها في عدن منذ أسابيع."


def test_seat_place(offline_extract):
    rooms = _rooms(offline_extract, SEAT)
    assert len(rooms) == 1 and rooms[0].location is not None and rooms[0].location.name == "عدن"


def test_seat_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rrc, "SEAT_PLACE", False)
    assert all(r.location is None for r in _rooms(offline_extract, SEAT))


# HEAD_BEFORE_COMMAND: a joint command after the head of a centre is named from that head -------------------------

CENTRE = "وأنشأ الجيش التونسي والقوات الإيطالية مركز قيادة مشتركا في مدينة صفاقس."


def test_head_before_command_name(offline_extract):
    rooms = _rooms(offline_extract, CENTRE)
    assert len(rooms) == 1 and rooms[0].name == "مركز قيادة مشتركا"


def test_head_before_command_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "HEAD_BEFORE_COMMAND", False)
    assert [r.name for r in _rooms(offline_extract, CENTRE)] == ["قيادة مشتركا"]


# EVACUATION_TERM (agreements_find): a surrender or evacuation deal of an armed group is in the domain -------------

SURRENDER = "وتوصلت هيئة تحرير الشام إلى اتفاق مع الجانب الروسي يقضي بخروج مقاتليها من بلدة كفرزيتا نحو الشمال خلال يومين."


def test_a_deal_whose_term_is_the_fighters_leaving_is_recorded(offline_extract):
    agreements = _agreements(offline_extract, SURRENDER)
    assert len(agreements) == 1
    assert agreements[0].agreement_type == "ceasefire"
    assert any(p.startswith("خروج مقاتليها") for p in agreements[0].provisions)


def test_evacuation_term_switch_off_drops_it(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_find as afd
    monkeypatch.setattr(afd, "EVACUATION_TERM", False)
    assert _agreements(offline_extract, SURRENDER) == []
