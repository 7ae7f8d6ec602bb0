"""Pass 59 (fix59b): review fixes on the agreement and room rules; sentences written for these tests, none from the
corpus."""

from __future__ import annotations


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-04-08").agreements


# CONSENSUS_SOUGHT (narrowed): a consensus achieved is one reached; a bare noun marks it sought only after a word of seeking ---------------

_ACHIEVED = "ونجحت الوساطة العمانية في تحقيق توافق بين القوات الحكومية والقبائل على انسحاب المقاتلين من بلدة النخيل."


def test_a_consensus_achieved_is_an_agreement(offline_extract):
    assert len(_agreements(offline_extract, _ACHIEVED)) == 1


def test_a_consensus_found_before_a_withdrawal_is_an_agreement(offline_extract):
    text = "وبعد إيجاد توافق بين الجيش والقبائل، انسحب المقاتلون من بلدة النخيل يوم السبت."
    assert len(_agreements(offline_extract, text)) == 1


def test_a_consensus_called_for_is_none(offline_extract):
    text = "ودعا الوزير إلى إيجاد توافق بين الجيش والقبائل على انسحاب المقاتلين من بلدة النخيل."
    assert _agreements(offline_extract, text) == []


def test_a_consensus_in_a_purpose_form_is_none(offline_extract):
    text = "وتسعى الحكومة لتحقيق توافق بين الجيش والقبائل على انسحاب المقاتلين من بلدة النخيل."
    assert _agreements(offline_extract, text) == []


def test_a_consensus_failed_is_none(offline_extract):
    text = "وفشلت اللجنة في تحقيق توافق بين الجيش والقبائل على انسحاب المقاتلين من بلدة النخيل."
    assert _agreements(offline_extract, text) == []


# INSTRUMENT_KINDS (narrowed): a protocol is an agreement only when bound between parties, never the protocol of manners ---------------

_CEREMONY = "واستقبل الرئيس الأردني نظيره الإيطالي في مطار عمان وفق البروتوكول العسكري المتبع، ثم عزفت الموسيقى النشيد."


def test_a_ceremonial_protocol_is_none(offline_extract):
    assert _agreements(offline_extract, _CEREMONY) == []


def test_a_protocol_followed_in_a_ceremony_is_none(offline_extract):
    text = "وجرت مراسم الاستقبال حسب البروتوكول العسكري في القصر الجمهوري بحضور كبار الضباط."
    assert _agreements(offline_extract, text) == []


def test_a_protocol_signed_between_two_states_is_one(offline_extract):
    text = "ويقضي البروتوكول الأمني الموقع بين الأردن وإيطاليا بتبادل المعلومات."
    (a,) = _agreements(offline_extract, text)
    assert (a.parties, a.status) == (["الأردن", "إيطاليا"], "agreed")


def test_a_protocol_between_states_after_according_to_is_one(offline_extract):
    text = "وبحسب بروتوكول التعاون الأمني بين الأردن وإيطاليا يتبادل البلدان المعلومات عن المطلوبين."
    assert len(_agreements(offline_extract, text)) == 1


# DISCUSSED_SIGNING (narrowed): a discussion after a signing, or of its results, is not a proposal -------------------------------------

_AFTER = "وبحث الوزيران عقب توقيع اتفاقية أمنية بين الأردن وإيطاليا في عمان سبل تطبيقها."


def test_talks_after_a_signing_leave_it_agreed(offline_extract):
    (a,) = _agreements(offline_extract, _AFTER)
    assert a.status == "agreed"


def test_the_results_of_a_signing_discussed_leave_it_agreed(offline_extract):
    text = "وناقش المجلس نتائج توقيع الاتفاقية الأمنية بين الأردن وإيطاليا الشهر الماضي."
    (a,) = _agreements(offline_extract, text)
    assert a.status == "agreed"


def test_a_signing_itself_discussed_is_still_proposed(offline_extract):
    text = "وبحث وزير الداخلية الأردني مع نظيره الإيطالي توقيع مذكرة تفاهم لضبط الحدود بين البلدين."
    (a,) = _agreements(offline_extract, text)
    assert a.status == "proposed"
