"""Pass 51 (agree51): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_mentions, agreements_status


def _records(offline_extract, text: str):
    return offline_extract(text, published="2019-05-09").agreements


# NEGATED_KEEPING: a negation of keeping to / carrying out the agreement does not negate the agreement --------------

_NOT_KEPT = "واتهمت الحكومة الحوثيين بعدم الالتزام بالهدنة التي أعلنتها الأمم المتحدة في الحديدة."
_NOT_KEPT_VERB = "وقال المتحدث إن الحوثيين لم يلتزموا باتفاق التهدئة مع القبائل في صعدة."
_NOT_CARRIED_OUT = "وأشار النائب إلى عدم تنفيذ الاتفاق الأمني بين بغداد وأربيل حتى الآن."


def test_truce_not_kept_to_is_a_truce_in_force(offline_extract):
    got = _records(offline_extract, _NOT_KEPT)
    assert [(a.agreement_type, a.status) for a in got] == [("ceasefire", "implementing")]


def test_truce_not_kept_with_the_jussive_verb(offline_extract):
    got = _records(offline_extract, _NOT_KEPT_VERB)
    assert [(a.agreement_type, a.status) for a in got] == [("ceasefire", "implementing")]


def test_agreement_not_carried_out_is_stalled(offline_extract):
    got = _records(offline_extract, _NOT_CARRIED_OUT)
    assert [a.status for a in got] == ["stalled"]
    assert len(got[0].parties) == 2


def test_switched_off_the_negation_drops_them(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "NEGATED_KEEPING", False)
    assert _records(offline_extract, _NOT_KEPT) == []
    assert _records(offline_extract, _NOT_KEPT_VERB) == []
    assert _records(offline_extract, _NOT_CARRIED_OUT) == []


def test_switched_off_not_carried_out_is_no_longer_stalled(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "NEGATED_CARRY_OUT", False)
    assert [a.status for a in _records(offline_extract, _NOT_CARRIED_OUT)] != ["stalled"]


def test_negated_agreement_itself_is_still_none(offline_extract):
    # the negation governs the reaching or the agreement, not a keeping to it
    assert _records(offline_extract, "وقال المصدر إنه لم يتم التوصل بعد إلى اتفاق لوقف إطلاق النار في البلدة.") == []
    assert _records(offline_extract, "وأكد المتحدث أنه لا اتفاق مع الحوثيين على تسليم الميناء.") == []
