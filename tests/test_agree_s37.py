"""Pass 37 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import agreements_statement as ast
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _agreements(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t37", text=text, published="2019-03-11")).agreements


def _provisions(ex: OfflineExtractor, text: str) -> list[str]:
    return [p for a in _agreements(ex, text) for p in a.provisions]


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
def test_joint_statement_terms(ex, term):
    assert term in _provisions(ex, STATEMENT)


@pytest.mark.parametrize("term", ["تبادل المعلومات عن شبكات التهريب", "أمن البحر الأحمر مسؤولية مشتركة"])
def test_joint_statement_switch_off(ex, monkeypatch, term):
    monkeypatch.setattr(ast, "JOINT_STATEMENT", False)
    assert term not in _provisions(ex, STATEMENT)


def test_joint_statement_row_ends(ex):
    assert not any("الرحلات الجوية" in p for p in _provisions(ex, STATEMENT))


def test_joint_statement_second_in_sentence(ex):
    provisions = _provisions(ex, GLUED)
    assert "التعاون في ملاحقة الخلايا المسلحة" in provisions
    assert "حماية الحدود واجب مشترك" in provisions


def test_joint_statement_in_the_agreement_sentence(ex):
    text = ("وتم الاتفاق في عمان على تعزيز التعاون العسكري بين الأردن والعراق، وأكد البلدان على أهمية "
            "تأمين طريق الشاحنات الدولي.")
    assert "تأمين طريق الشاحنات الدولي" in _provisions(ex, text)


def test_joint_statement_after_proposal_only(ex):
    text = ("ودعت فرنسا إيطاليا إلى اتفاق لمراقبة السواحل الليبية. "
            "وأكد الجانبان على أهمية ملاحقة مهربي البشر في المتوسط.")
    assert not any("مهربي البشر" in p for p in _provisions(ex, text))
