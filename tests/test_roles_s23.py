"""Session 23 perpetrator rules (issue 12 item 3): claims of an incident told in another sentence."""

import pytest

from marsad.agent.offline import roles_claims as rc
from marsad.agent.offline import roles_subjects as rs
from marsad.agent.offline.context import build_context
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas.document import Document


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, published="2022-04-12").attacks]



BLAST_THEN_CLAIM = ("قتل سبعة أشخاص بانفجار سيارة مفخخة قرب سوق الخضار في بلدة الشرقاط يوم الاثنين. "
                    "وتبنى تنظيم داعش التفجير في بيان نشره لاحقا.")
RELATIVE_CLAIM = ("وقتل حارسان بإطلاق نار عند مدخل مصنع في ضاحية البلدة صباح الخميس. "
                  "وقال الوزير إن الهجوم الإرهابي الذي تبناه تنظيم داعش يذكر بحجم التهديد.")
UNCLAIMED_THEN_OTHER = ("قتل أربعة مدنيين بانفجار عبوة ناسفة في سوق مدينة قندوز يوم السبت. "
                        "ولم تتبن أي جهة مسؤولية الانفجار بعد. "
                        "وكان انفجار سيارة مفخخة قد قتل 30 شخصا في المدينة نفسها الشهر الماضي. "
                        "وأعلنت حركة طالبان مسؤوليتها عن التفجير.")


@pytest.mark.parametrize("text", [BLAST_THEN_CLAIM, RELATIVE_CLAIM])
def test_claim_of_incident_told_before(offline_extract, text):
    assert "داعش" in _perps(offline_extract, text)


def test_claim_of_incident_told_before_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rc, "CLAIM_BACK_NOUNS", False)
    assert "داعش" not in _perps(offline_extract, BLAST_THEN_CLAIM)


def _claim_flag(text: str) -> bool | None:
    ctx = build_context(Document(doc_id="t-perp-s23", text=text, published="2022-04-12"), get_gazetteer())
    found = rc._claim_in(ctx, len(ctx.sentences) - 1)
    return None if found is None else found[1]


def test_relative_claim_is_of_incident_told_before(monkeypatch):
    assert _claim_flag(RELATIVE_CLAIM) is True
    monkeypatch.setattr(rc, "CLAIM_BACK_NOUNS", False)
    assert _claim_flag(RELATIVE_CLAIM) is False


def test_unclaimed_incident_keeps_no_doer(offline_extract):
    perps = _perps(offline_extract, UNCLAIMED_THEN_OTHER)
    assert perps and perps[0] is None


ADMITTED = "واعترفت إسرائيل رسميا بأنها نفذت الضربة الجوية التي دمرت موقعا قرب بلدة الميادين عام 2009."
OWN_FIGHTERS = "وقال تنظيم داعش في بيان إن عناصره فجروا سيارة مفخخة عند حاجز للجيش في العريش يوم الجمعة."
OWN_FIGHTERS2 = "وأكدت حركة الشباب أن مقاتليها هاجموا قاعدة عسكرية قرب بلدة جلب وقتلوا 12 جنديا."


@pytest.mark.parametrize("text,doer", [(ADMITTED, "الجيش الإسرائيلي"), (OWN_FIGHTERS, "داعش"), (OWN_FIGHTERS2, "حركة الشباب")])
def test_own_report_wide(offline_extract, monkeypatch, text, doer):
    assert doer in _perps(offline_extract, text)
    monkeypatch.setattr(rs, "OWN_REPORT_WIDE", False)
    assert doer not in _perps(offline_extract, text)


ANOTHER_INCIDENT = ("قتل ثلاثة جنود بكمين نصبه مسلحو تنظيم داعش لدورية قرب بلدة العلم صباح الأحد. "
                    "وأعلن تنظيم داعش مسؤوليته عن الكمين في بيان. "
                    "ويأتي الكمين بعد يومين من هجوم آخر استهدف حاجزا للشرطة في قضاء الدور وأدى إلى إصابة شرطيين.")


def test_claim_is_not_carried_to_another_incident(offline_extract, monkeypatch):
    assert _perps(offline_extract, ANOTHER_INCIDENT).count("داعش") == 1
    monkeypatch.setattr(rc, "OTHER_INCIDENT", False)
    assert _perps(offline_extract, ANOTHER_INCIDENT).count("داعش") == 2
