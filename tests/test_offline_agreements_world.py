"""Issue 12 item 5: truces and agreements between foreign parties; negations and questions are none."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def agreements(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t", title=text[:20], text=text, published="2019-03-10")).agreements


def test_a_truce_between_named_sides_is_a_ceasefire(ex):
    text = "أعلنت الحكومة الأفغانية وحركة طالبان أمس التوصل إلى هدنة لمدة ثلاثة أيام بين الجيش الأفغاني وحركة طالبان."
    [a] = agreements(ex, text)
    assert a.agreement_type == "ceasefire"


def test_a_negated_agreement_is_none(ex):
    text = "وقال المتحدث إنه ليس هناك اتفاق بين الجيش التركي ووحدات حماية الشعب الكردية حول منبج."
    assert agreements(ex, text) == []


def test_a_question_is_no_agreement(ex):
    text = "هل من اتفاق بين الجيش التركي ووحدات حماية الشعب الكردية حول منبج؟"
    assert agreements(ex, text) == []
