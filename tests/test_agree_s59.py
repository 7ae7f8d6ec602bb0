"""Pass 59 (agree59): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_mentions, agreements_records, agreements_status


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


# CONSENSUS_SOUGHT: a consensus sought is no agreement -------------------------------------------------------------------

_SOUGHT = "ويرى الكاتب أن الحل في السودان يبدأ بإيجاد توافق إقليمي ودولي بين مصر وإثيوبيا على مواجهة الإرهاب."


def test_a_consensus_sought_is_no_agreement(offline_extract):
    assert _agreements(offline_extract, _SOUGHT) == []


def test_a_consensus_reached_on_a_truce_is_one(offline_extract):
    text = "وقال المتحدث إنه تم التوافق بين مصر وحركة حماس على تثبيت التهدئة في قطاع غزة."
    assert [a.agreement_type for a in _agreements(offline_extract, text)] == ["ceasefire"]


def test_switched_off_a_consensus_sought_is_a_proposal(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "CONSENSUS_SOUGHT", False)
    assert [a.status for a in _agreements(offline_extract, _SOUGHT)] == ["proposed"]


# EVENT_CLAUSE: a date of another event told in a relative clause is not the agreement's ---------------------------------

_ELECTION = ("وأعلنت الرئاسة المصرية أن الرئيس الفرنسي هنأ الرئيس المصري خلال مكالمة هاتفية اليوم بنجاحه في الانتخابات التي "
             "أجريت يوم الأحد، وأن الرئيسين اتفقا على تعزيز التعاون في مجالي الدفاع ومكافحة الإرهاب.")


def test_the_election_day_is_not_the_agreement_day(offline_extract):
    (a,) = offline_extract(_ELECTION, published="2018-06-26").agreements
    assert a.date == "2018-06-26"


def test_the_day_talks_were_held_still_dates_it(offline_extract):
    text = "واتفق الجانبان التركي والأمريكي خلال المحادثات التي جرت يوم الأحد على تعزيز التعاون الأمني."
    (a,) = offline_extract(text, published="2018-06-26").agreements
    assert a.date == "2018-06-24"


def test_switched_off_the_election_day_dates_it(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_records, "EVENT_CLAUSE", False)
    (a,) = offline_extract(_ELECTION, published="2018-06-26").agreements
    assert a.date == "2018-06-24"


# MEMO_SIGNED: a memo that states sign is an agreement -------------------------------------------------------------------

_MEMO = "ووقعت الأردن وسوريا في عمّان مذكرة لإعادة فتح المعبر الحدودي وتأمينه بقوات مشتركة."


def test_a_memo_signed_by_two_states_is_an_agreement(offline_extract):
    (a,) = _agreements(offline_extract, _MEMO)
    assert (sorted(a.parties), a.status) == (sorted(["الأردن", "سوريا"]), "agreed")


def test_a_petition_signed_by_deputies_is_none(offline_extract):
    assert _agreements(offline_extract, "ووقع عشرات النواب مذكرة لاستجواب وزير الدفاع بشأن صفقة الأسلحة.") == []


def test_switched_off_a_bare_memo_is_none(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "MEMO_SIGNED", False)
    assert _agreements(offline_extract, _MEMO) == []
