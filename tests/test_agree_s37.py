"""Pass 37 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_cues as acu
from marsad.agent.offline import agreements_find as afd
from marsad.agent.offline import agreements_parties as apt
from marsad.agent.offline import agreements_records as arc
from marsad.agent.offline import agreements_statement as ast
from marsad.agent.offline import agreements_status as ast2
from marsad.agent.offline import agreements_terms as atm
from marsad.agent.offline import rooms_mentions as rmn
from marsad.agent.offline import rooms_records as rrc


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-03-11").agreements


def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in _agreements(offline_extract, text) for p in a.provisions]


# JOINT_STATEMENT: what the two sides affirm right after the agreement are its terms --------------------------------

STATEMENT = ("واتفقت مصر والسودان أمس في الخرطوم على تعزيز التنسيق العسكري على الحدود المشتركة. "
             "وأكد الجانبان على أهمية تبادل المعلومات عن شبكات التهريب. "
             "وشدد البلدان على أن أمن البحر الأحمر مسؤولية مشتركة. "
             "وناقش الوفدان بعد ذلك ملفات المياه والتجارة. "
             "وأكد الجانبان على أهمية زيادة الرحلات الجوية بين العاصمتين.")
GLUED = ("ووقعت تونس والجزائر اتفاقا أمنيا لتأمين الحدود. "
         "وأكد البلدان أهمية التعاون في ملاحقة الخلايا المسلحة، خدمة لاستقرار المنطقة وشدد الطرفان على أن "
         "حماية الحدود واجب مشترك.")


@pytest.mark.parametrize("term", ["تبادل المعلومات عن شبكات التهريب", "أمن البحر الأحمر مسؤولية مشتركة"])
def test_joint_statement_terms(offline_extract, term):
    assert term in _provisions(offline_extract, STATEMENT)


@pytest.mark.parametrize("term", ["تبادل المعلومات عن شبكات التهريب", "أمن البحر الأحمر مسؤولية مشتركة"])
def test_joint_statement_switch_off(offline_extract, monkeypatch, term):
    monkeypatch.setattr(ast, "JOINT_STATEMENT", False)
    assert term not in _provisions(offline_extract, STATEMENT)


def test_joint_statement_row_ends(offline_extract):
    assert not any("الرحلات الجوية" in p for p in _provisions(offline_extract, STATEMENT))


def test_joint_statement_second_in_sentence(offline_extract):
    provisions = _provisions(offline_extract, GLUED)
    assert "التعاون في ملاحقة الخلايا المسلحة" in provisions
    assert "حماية الحدود واجب مشترك" in provisions


def test_joint_statement_in_the_agreement_sentence(offline_extract):
    text = ("وتم الاتفاق في عمان على تعزيز التعاون العسكري بين الأردن والعراق، وأكد البلدان على أهمية "
            "تأمين طريق الشاحنات الدولي.")
    assert "تأمين طريق الشاحنات الدولي" in _provisions(offline_extract, text)


def test_joint_statement_after_proposal_only(offline_extract):
    text = ("ودعت فرنسا إيطاليا إلى اتفاق لمراقبة السواحل الليبية. "
            "وأكد الجانبان على أهمية ملاحقة مهربي البشر في المتوسط.")
    assert not any("مهربي البشر" in p for p in _provisions(offline_extract, text))


# PURPOSE_AFTER_SIDES: "اتفاق مع X لتأمين ...": what the agreement is for, told after its other side -----------------
PURPOSE_SIDE = "وتوصلت حكومة لبنان إلى اتفاق مع الجانب السوري لتأمين معبر جديدة يابوس ونشر دوريات على الطريق."


def test_purpose_after_sides(offline_extract):
    assert [a.status for a in _agreements(offline_extract, PURPOSE_SIDE)] == ["agreed"]


def test_purpose_after_sides_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ast2, "PURPOSE_AFTER_SIDES", False)
    assert [a.status for a in _agreements(offline_extract, PURPOSE_SIDE)] != ["agreed"]


def test_effort_to_secure_still_proposed(offline_extract):
    text = "وتبذل قطر مساعي لتأمين اتفاق بين حكومة مالي والمتمردين الطوارق."
    assert all(a.status == "proposed" for a in _agreements(offline_extract, text))


# SECURING: securing a crossing, a road or a border strip is security content --------------------------------------

SECURE_STRIP = "ووقعت موريتانيا والسنغال أمس اتفاقا لتأمين الشريط الحدودي."


def test_securing_strip(offline_extract):
    ags = _agreements(offline_extract, SECURE_STRIP)
    assert [a.agreement_type for a in ags] == ["security_agreement"]


def test_securing_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(arc, "SECURING", False)
    assert not any(a.agreement_type == "security_agreement" for a in _agreements(offline_extract, SECURE_STRIP))


def test_securing_supplies_is_no_security(offline_extract):
    assert not _agreements(offline_extract, "ووقعت موريتانيا والسنغال أمس اتفاقا لتأمين إمدادات القمح.")


# PROVISION_TRUCE: an agreement whose provision is a truce is a ceasefire ------------------------------------------

TRUCE_TERM = "وتوصلت أرمينيا إلى اتفاق مع أذربيجان لوقف الأعمال القتالية في الإقليم."


def test_provision_truce(offline_extract):
    assert [a.agreement_type for a in _agreements(offline_extract, TRUCE_TERM)] == ["ceasefire"]


def test_provision_truce_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(arc, "PROVISION_TRUCE", False)
    assert [a.agreement_type for a in _agreements(offline_extract, TRUCE_TERM)] != ["ceasefire"]


def test_handing_over_weapons_is_security(offline_extract):
    text = "وتوصل مقاتلو المعارضة في حمص إلى اتفاق مع روسيا لتسليم السلاح المتوسط."
    assert [a.agreement_type for a in _agreements(offline_extract, text)] == ["security_agreement"]


# STRUCK_ROOM: a joint room that is bombed is a target, not a room record -----------------------------------------
STRUCK = "ودمرت غارة للتحالف غرفة عمليات مشتركة للمتمردين قرب الحدود."


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2019-03-11").joint_rooms


def test_struck_room(offline_extract):
    assert not _rooms(offline_extract, STRUCK)


def test_struck_room_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rmn, "STRUCK_ROOM", False)
    assert _rooms(offline_extract, STRUCK)


def test_room_set_up_after_shelling_kept(offline_extract):
    assert _rooms(offline_extract, "وأنشأ الجيش والمقاومة غرفة عمليات مشتركة في تعز بعد قصف المدينة.")


# COALITION_NAMED_ON: "القيادة المشتركة للتحالف العربي" is the Arab coalition's command --------------------------

ARAB_COMMAND = "وذكرت القيادة المشتركة للتحالف العربي أن دفاعاتها أسقطت طائرة مسيرة فوق جازان."


def test_coalition_named_on(offline_extract):
    assert [r.participants for r in _rooms(offline_extract, ARAB_COMMAND)] == [["التحالف العربي"]]


def test_coalition_named_on_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rrc, "COALITION_NAMED_ON", False)
    assert [r.participants for r in _rooms(offline_extract, ARAB_COMMAND)] != [["التحالف العربي"]]


def test_international_command_unchanged(offline_extract):
    text = "وذكرت القيادة المشتركة للتحالف الدولي أن طائراتها نفذت تسع غارات قرب الموصل."
    assert [r.participants for r in _rooms(offline_extract, text)] == [["التحالف الدولي"]]


# ACCESS_PURPOSE: what a granted access is for is a provision of its own --------------------------------------------

ACCESS = ("وأعلن مسؤول فرنسي أن الأردن سمح لفرنسا باستخدام قاعدة الأمير حسن الجوية في شمال المملكة، "
          "لتنفيذ طلعات ضد مواقع المسلحين في البادية.")


def test_access_purpose(offline_extract):
    assert any(p.startswith("لتنفيذ طلعات ضد مواقع المسلحين") for p in _provisions(offline_extract, ACCESS))


def test_access_purpose_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(atm, "ACCESS_PURPOSE", False)
    assert not any(p.startswith("لتنفيذ طلعات") for p in _provisions(offline_extract, ACCESS))


# MEDIATOR_SCOPE: a fronted mediator does not hide the sides told after the verb ------------------------------------

MEDIATED = "وبرعاية جزائرية، توصلت الحكومة المالية والمتمردون الطوارق إلى اتفاق لوقف القتال في الشمال."


def test_mediator_scope(offline_extract):
    parties = [p for a in _agreements(offline_extract, MEDIATED) for p in a.parties]
    assert "مالي" in parties or any("مالي" in p for p in parties)
    assert not any("الجزائر" in p for p in parties)


def test_mediator_scope_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apt, "MEDIATOR_SCOPE", False)
    parties = [p for a in _agreements(offline_extract, MEDIATED) for p in a.parties]
    assert not any("مالي" in p for p in parties)


def test_mediator_after_verb_still_no_party(offline_extract):
    text = "وتوصلت الحكومة المالية والمتمردون الطوارق بوساطة الجزائر إلى اتفاق لوقف القتال."
    assert not any("الجزائر" in p for a in _agreements(offline_extract, text) for p in a.parties)


# EXCHANGE_AGREED: "اتفقوا على تبادل الأسرى" is an exchange deal ---------------------------------------------------

EXCHANGE = "وأفاد مصدر بأن الحكومة السورية وفصائل المعارضة اتفقتا على تبادل الأسرى في حماة."


def test_exchange_agreed(offline_extract):
    assert any("تبادل الأسرى" in p for p in _provisions(offline_extract, EXCHANGE))


def test_exchange_agreed_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(acu, "EXCHANGE_AGREED", False)
    assert not _agreements(offline_extract, EXCHANGE)


# DENIAL_CARRIES: the truce told as the term of a denied agreement is denied with it ------------------------------

DENIED_TERM = "ونفت مصادر في الجيش الليبي وجود أي اتفاق مع قوات مصراتة لوقف القتال قرب سرت."


def test_denial_carries(offline_extract):
    assert not _agreements(offline_extract, DENIED_TERM)


def test_denial_carries_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(afd, "DENIAL_CARRIES", False)
    assert _agreements(offline_extract, DENIED_TERM)


# DUAL_OFFICIALS: "وزيرا داخلية العراق والأردن": both states are sides ------------------------------------------------

DUAL_MINISTERS = "واتفق وزيرا داخلية الكويت والبحرين في المنامة على تعزيز التعاون الأمني لمواجهة الإرهاب."


def test_dual_officials(offline_extract):
    assert [sorted(a.parties) for a in _agreements(offline_extract, DUAL_MINISTERS)] == [["البحرين", "الكويت"]]


def test_dual_officials_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apt, "DUAL_OFFICIALS", False)
    assert [sorted(a.parties) for a in _agreements(offline_extract, DUAL_MINISTERS)] != [["البحرين", "الكويت"]]
