"""Session 32 (type32b), on sentences written for the tests: the feminine and dual "هاجمت"/"هاجما"/"هاجمتا" tell an
attack as "هاجم" does (a minister or paper attacking a policy in words tells none); an air word naming anti-aircraft
arms ("مضادات الطيران"، "الدفاعات الجوية") makes no shelling an air strike."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, attacks_records
from marsad.core.arabic import normalize
from marsad.schemas import Document

_EX = OfflineExtractor()


def _records(text: str, published: str = "2019-03-14") -> list:
    return _EX.extract(Document(doc_id="t", title=None, text=text, published=published)).attacks


def test_feminine_attack_verb_with_a_named_group():
    recs = _records("هاجمت حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى الصومالي فجر الخميس.")
    assert [(r.perpetrator, r.location.name if r.location else None) for r in recs] == [("حركة الشباب", "شبيلي السفلى")]


def test_dual_attack_verbs():
    assert len(_records("وقالت الشرطة إن مسلحين اثنين هاجما نقطة تفتيش في مدينة رفح أمس وأصابا جنديين.")) == 1
    assert len(_records("أفاد مصدر أمني بأن طائرتين مسيرتين هاجمتا مطار مدينة أبها الثلاثاء.")) == 1


def test_attacking_in_words_is_no_attack():
    assert _records("هاجمت وزيرة الخارجية السويدية في تصريح الأربعاء سياسة الحكومة المجرية تجاه اللاجئين.") == []
    assert _records("هاجمت صحيفة بريطانية رئيس الوزراء أمس بسبب تصريحاته في البرلمان.") == []


# anti-aircraft arms (attacks_records.ANTI_AIR_NOT_AIR)

GROUP_AA = "قصفت ميليشيا الحوثي أحياء سكنية في مدينة الضالع أمس بقذائف الهاون ومضادات الطيران، ما أودى بحياة 4 مدنيين."
GROUP_AA_ADJ = ("قصف مسلحو حركة الشباب قاعدة للجيش في مدينة بلدوين بقذائف الهاون والرشاشات المضادة للطيران أمس، "
                "ما أسفر عن مقتل جنديين.")
STATE_AIR = "قصف طيران التحالف مواقع للمسلحين في مدينة صعدة أمس، ما أسفر عن مقتل 12 مسلحا."


def _types(text: str) -> list[str]:
    return [r.attack_type for r in _records(text)]


def test_anti_aircraft_guns_are_no_air_strike():
    assert _types(GROUP_AA) == ["shelling"]
    assert _types(GROUP_AA_ADJ) == ["shelling"]


def test_state_aircraft_still_make_air_strikes():
    assert _types(STATE_AIR) == ["airstrike"]


def test_anti_air_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(attacks_records, "ANTI_AIR_NOT_AIR", False)
    assert _types(GROUP_AA) == ["airstrike"]
    assert _types(GROUP_AA_ADJ) == ["airstrike"]


def test_anti_air_head():
    words = normalize("أطلقت المضادات الأرضية والدفاعات الجوية النار على مقاتلات").split()
    assert [x for x in range(len(words)) if attacks_records._anti_air(words, x)] == [2, 4]
