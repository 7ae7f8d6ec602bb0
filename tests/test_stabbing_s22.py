"""Stabbings are armed assaults (frames.STAB); the legal and figurative "طعن" are not. Sentences written for the test."""

import pytest

from marsad.agent.offline import OfflineExtractor, frames
from marsad.schemas.document import Document


def _attacks(text: str):
    doc = Document(doc_id="t-stab", title=None, source=None, published="2020-01-01", text=text)
    return OfflineExtractor().extract(doc).attacks


@pytest.fixture
def stab_on():
    old = frames.STAB
    frames.STAB = True
    yield
    frames.STAB = old


STABBINGS = [
    "طعن رجل ثلاثة أشخاص في مدينة ليون الفرنسية يوم الثلاثاء، وأصيب اثنان منهم بجروح خطيرة.",
    "قتل شخصان في هجوم بسكين نفذه مهاجم في مدينة ميونخ الألمانية مساء الجمعة.",
    "أعلنت الشرطة أن شابا مجهولا طعن أستاذا جامعيا في مدينة سيلهيت شمال شرقي بنغلاديش يوم السبت.",
]

NOT_STABBINGS = [
    "طعن المحامي في الحكم الصادر عن المحكمة الابتدائية في بغداد.",
    "قدم الحزب طعنا أمام المحكمة الدستورية في نتائج الانتخابات في تونس.",
    "وصف الوزير القرار بأنه طعنة في الظهر للشعب في غزة.",
    "وطعن المرشح الخاسر بشرعيتها في العاصمة كاراكاس يوم الاثنين.",
    "طلب المدرب من التلاميذ في لندن لعب دور رجال شرطة وطعنهم حتى الموت في تمثيلية.",
]


@pytest.mark.parametrize("text", STABBINGS)
def test_stabbing_is_armed_assault(stab_on, text):
    attacks = _attacks(text)
    assert attacks and all(str(getattr(a.attack_type, "value", a.attack_type)) == "armed_assault" for a in attacks)


@pytest.mark.parametrize("text", STABBINGS)
def test_stabbing_switch_off(text):
    old = frames.STAB
    frames.STAB = False
    try:
        attacks = _attacks(text)
    finally:
        frames.STAB = old
    assert not attacks or any(str(getattr(a.attack_type, "value", a.attack_type)) != "armed_assault" for a in attacks)


@pytest.mark.parametrize("text", NOT_STABBINGS)
def test_legal_or_figurative_stab_is_no_attack(stab_on, text):
    assert _attacks(text) == []


def test_stabbing_toll_from_casualty_reader(stab_on):
    attacks = _attacks("قتل شخصان في هجوم بسكين نفذه مهاجم في مدينة ميونخ الألمانية مساء الجمعة.")
    assert attacks[0].killed == 2
