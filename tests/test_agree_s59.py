"""Pass 59 (agree59): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_mentions, agreements_status


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-03-10").agreements


# INSTRUMENT_KINDS: a protocol or treaty of security or cooperation is an agreement --------------------------------------

_PROTOCOL = "وقع العراق والكويت بروتوكولا أمنيا لتبادل المعلومات عن المطلوبين."
_TREATY = "ووقعت مصر والسعودية معاهدة دفاع مشترك في القاهرة يوم الخميس."


def test_a_security_protocol_signed_is_an_agreement(offline_extract):
    (a,) = _agreements(offline_extract, _PROTOCOL)
    assert (a.parties, a.status) == (["العراق", "الكويت"], "agreed")


def test_a_defence_treaty_signed_is_an_agreement(offline_extract):
    (a,) = _agreements(offline_extract, _TREATY)
    assert (a.parties, a.agreement_type, a.date) == (["مصر", "السعودية"], "security_agreement", "2019-03-07")


def test_a_protocol_of_manners_is_none(offline_extract):
    assert _agreements(offline_extract, "والتزم وفد العراق والكويت بالبروتوكول الرسمي خلال حفل الاستقبال.") == []


def test_a_trade_treaty_is_none(offline_extract):
    assert _agreements(offline_extract, "ووقعت مصر والسعودية معاهدة تجارية جديدة في القاهرة.") == []


def test_switched_off_a_protocol_is_none(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "INSTRUMENT_KINDS", False)
    assert _agreements(offline_extract, _PROTOCOL) == []


# DISCUSSED_SIGNING: signing discussed is not signed ---------------------------------------------------------------------

_DISCUSSED = "وبحث وزير الداخلية الأردني مع نظيره العراقي توقيع مذكرة تفاهم لضبط الحدود بين البلدين."
_ON = "وناقش وزير الدفاع العراقي مع نظيره الروسي التوقيع على اتفاقية للتعاون العسكري."


def test_a_memo_whose_signing_is_discussed_is_proposed(offline_extract):
    (a,) = _agreements(offline_extract, _DISCUSSED)
    assert a.status == "proposed"


def test_signing_on_an_agreement_discussed_is_proposed(offline_extract):
    (a,) = _agreements(offline_extract, _ON)
    assert a.status == "proposed"


def test_signed_after_a_discussion_stays_agreed(offline_extract):
    text = "ووقع وزير الدفاع العراقي ونظيره الروسي اتفاقية للتعاون العسكري بعد أن بحثا الأوضاع في المنطقة."
    (a,) = _agreements(offline_extract, text)
    assert a.status == "agreed"


def test_switched_off_the_discussed_memo_is_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "DISCUSSED_SIGNING", False)
    (a,) = _agreements(offline_extract, _DISCUSSED)
    assert a.status == "agreed"
