"""Pass 39 perpetrator rule: the toll after "أسفر ... عن" takes the doer of the cause verb's subject
(``roles_perpetrator.CAUSE_SUBJECT``). Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_perpetrator as rp


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, published="2019-03-09").attacks]


# the cause verb's subject is long and holds its own event word (canisters), the toll comes after "عن"/"إلى"
CAUSE_SUBJECT = ("وأسفر الإطلاق العنيف التركي لعبوات الدخان فوق تجمع للمحتجين شمال بلدة جيلان بينار، "
                 "عن مقتل ثلاثة شبان السبت.")
CAUSE_SUBJECT_AN = ("وأدت الهجمات الجديدة الإسرائيلية بعبوات الدخان فوق حشد من المصلين قرب بيت حانون، "
                    "إلى مقتل فتى السبت.")


@pytest.mark.parametrize("text,doer", [(CAUSE_SUBJECT, "التركية"), (CAUSE_SUBJECT_AN, "الإسرائيلي")])
def test_toll_after_cause_verb_takes_its_subjects_doer(offline_extract, text, doer):
    perps = _perps(offline_extract, text)
    assert perps and all(p and doer in p for p in perps)


@pytest.mark.parametrize("text", [CAUSE_SUBJECT, CAUSE_SUBJECT_AN])
def test_toll_after_cause_verb_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rp, "CAUSE_SUBJECT", False)
    assert all(p is None for p in _perps(offline_extract, text))


def test_toll_with_another_group_in_between_keeps_no_borrowed_doer(offline_extract):
    # a group named between the two events: the toll may be its doing, not the first event's
    text = ("وأسفر الإطلاق العنيف التركي لعبوات الدخان فوق تجمع للمحتجين وهجوم عناصر من حزب العمال الكردستاني "
            "على موقع قرب جيلان بينار، عن مقتل ثلاثة شبان السبت.")
    perps = _perps(offline_extract, text)
    assert perps and not any(p and "التركية" in p for p in perps)
