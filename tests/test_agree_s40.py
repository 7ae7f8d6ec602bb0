"""Pass 40 (agreements): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _doc(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t40", text=text, published="2020-05-09"))


# verbal nouns that open a provision: "شراء"، "وضع"، "تحسين" ----------------------------------------------------------

def _provisions(ex: OfflineExtractor, text: str) -> list[str]:
    return [p for a in _doc(ex, text).agreements for p in a.provisions]


def test_purchase_is_the_term_not_its_aim(ex):
    text = "وقعت الهند اتفاقية مع فرنسا لشراء طائرات مقاتلة حديثة لتعزيز قوتها الجوية."
    provisions = _provisions(ex, text)
    assert provisions and provisions[0].startswith("شراء طائرات مقاتلة")


def test_setting_up_a_mechanism_is_kept_whole(ex):
    text = "وقال الناطق إن خلافا نشب بين الجيش والحشد في ديالى، وتم الاتفاق بعد ذلك على وضع آلية للتنسيق."
    assert _provisions(ex, text) == ["وضع آلية للتنسيق"]


def test_improving_and_stepping_up_open_a_provision(ex):
    assert _provisions(ex, "اتفقت اليونان وقبرص على تحسين التعاون الدفاعي بين البلدين.") == [
        "تحسين التعاون الدفاعي بين البلدين"]
    assert _provisions(ex, "اتفق الجانبان العراقي والأردني على تكثيف الدوريات المشتركة على الحدود.") == [
        "تكثيف الدوريات المشتركة على الحدود"]


def test_the_situation_opens_no_provision(ex):
    # "الوضع" (the situation) is no verbal noun of a term
    text = "وقعت مصر والسودان اتفاقية أمنية، وقال الوزير إن الوضع على الحدود هادئ."
    assert not any(p.startswith("الوضع") for p in _provisions(ex, text))

